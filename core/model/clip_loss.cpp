#include "core/model/clip_loss.h"

#include "core/common/error.h"

#include <ATen/ATen.h>

namespace clipft {

at::Tensor clipLoss(const at::Tensor& image_features, const at::Tensor& text_features, const at::Tensor& logit_scale) {
    if (image_features.dim() != 2 || text_features.sizes() != image_features.sizes())
        throw Error("contrastive loss: image and text features must both be [batch, dim] of one shape");
    const int64_t batch = image_features.size(0);
    if (batch == 0) throw Error("contrastive loss: empty batch");
    const auto labels = at::arange(batch, image_features.options().dtype(at::kLong));  // [batch]
    // Logits in fp32 even under autocast: a softmax over a large batch loses too much in fp16.
    const at::Tensor images = image_features.to(at::kFloat);  // [batch, dim]
    const at::Tensor texts = text_features.to(at::kFloat);    // [batch, dim]
    const at::Tensor per_image = logit_scale.to(at::kFloat) * at::matmul(images, texts.t());  // [batch, batch]
    const at::Tensor per_text = per_image.t();                                                // [batch, batch]
    return (at::cross_entropy_loss(per_image, labels) + at::cross_entropy_loss(per_text, labels)) / 2.0;
}

}  // namespace clipft
