#include "core/search/caption_ranks.h"

#include "core/common/error.h"

#include <ATen/ATen.h>

#include <algorithm>

namespace clipft {

at::Tensor captionRanks(const at::Tensor& image_embeds, const at::Tensor& text_embeds, const at::Tensor& caption_image,
                        int64_t chunk_rows) {
    if (image_embeds.dim() != 2 || text_embeds.dim() != 2 || image_embeds.size(1) != text_embeds.size(1))
        throw Error("caption ranks need [images, dim] and [captions, dim] embeddings of the same width");
    if (caption_image.dim() != 1 || caption_image.size(0) != text_embeds.size(0))
        throw Error("caption ranks need one image index per caption");
    if (chunk_rows < 1) throw Error("caption ranks are computed in chunks of at least one caption");
    if (!at::isfinite(image_embeds).all().item<bool>() || !at::isfinite(text_embeds).all().item<bool>())
        throw Error("the embeddings hold a NaN or infinite value: the model's weights may have diverged");
    const int64_t images = image_embeds.size(0), captions = text_embeds.size(0);
    const at::Tensor owner = caption_image.to(at::kCPU, at::kLong);  // [captions]
    if (captions > 0 && (owner.min().item<int64_t>() < 0 || owner.max().item<int64_t>() >= images))
        throw Error("a caption belongs to an image that is not among the " + std::to_string(images));

    // As F.normalize (and the retrieval metrics): x / max(||x||, 1e-12).
    const auto normalise = [](const at::Tensor& x) { return x / x.norm(2, -1, true).clamp_min(1e-12); };
    const at::Tensor image = normalise(image_embeds.to(at::kFloat));                     // [images, dim]
    const at::Tensor text = normalise(text_embeds.to(at::kFloat).to(image.device()));   // [captions, dim]
    at::Tensor ranks = at::empty({captions}, at::kLong);  // [captions]
    const at::Tensor owner_on_device = owner.to(image.device());
    for (int64_t start = 0; start < captions; start += chunk_rows) {
        const int64_t count = std::min(chunk_rows, captions - start);
        const at::Tensor scores = at::matmul(text.narrow(0, start, count), image.t());               // [count, images]
        const at::Tensor own = scores.gather(1, owner_on_device.narrow(0, start, count).unsqueeze(1));  // [count, 1]
        ranks.narrow(0, start, count).copy_((scores > own).sum(1).add(1).to(at::kCPU));
    }
    return ranks;
}

}  // namespace clipft
