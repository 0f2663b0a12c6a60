#include "core/embed/embed_job.h"

#include "core/common/error.h"
#include "core/data/image_transform.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include <algorithm>
#include <future>
#include <numeric>

namespace clipft {

at::Tensor tokenizeCaptions(const Tokenizer& tokenizer, const std::vector<std::string>& captions, int context_length) {
    at::Tensor tokens = at::zeros({static_cast<int64_t>(captions.size()), context_length}, at::kLong);
    auto* data = tokens.data_ptr<int64_t>();
    at::parallel_for(0, static_cast<int64_t>(captions.size()), 64, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            const auto row = tokenizer.encode(captions[i], context_length);
            std::copy(row.begin(), row.end(), data + i * context_length);
        }
    });
    return tokens;
}

namespace {
void checkCancel(const CancelToken* cancel) {
    if (cancel && cancel->isCancelled()) throw Cancelled();
}
}  // namespace

at::Tensor encodeTokensByLength(ClipModelImpl& model, const at::Tensor& tokens, int batch_size,
                                const c10::Device& device, ProgressObserver* observer, const CancelToken* cancel) {
    const int64_t n = tokens.size(0);
    at::Tensor out = at::empty({n, model.config.embed_dim}, at::kFloat);  // a normal tensor, not an inference one
    if (n == 0) return out;
    c10::InferenceMode guard;
    // Order captions by EOT position so batches hold captions of similar length.
    at::Tensor order = tokens.argmax(-1).argsort();  // [n]
    for (int64_t start = 0; start < n; start += batch_size) {
        checkCancel(cancel);
        const int64_t count = std::min<int64_t>(batch_size, n - start);
        at::Tensor rows = order.narrow(0, start, count);
        at::Tensor batch = tokens.index_select(0, rows).to(device);
        out.index_copy_(0, rows, model.encodeText(batch, /*normalize=*/true).to(at::kCPU, at::kFloat));
        if (observer) observer->onProgress("texts", start + count, n);
    }
    return out;
}

EmbedResult embed(const LoadedModel& loaded, const EmbedRequest& request, const c10::Device& device,
                  ProgressObserver* observer, const CancelToken* cancel) {
    if (request.batch_size <= 0) throw Error("batch size must be positive");
    ClipModelImpl& model = *loaded.model.ptr();  // the holder is const, the module it shares is not
    const ClipConfig& config = model.config;
    EmbedResult result;

    ImageTransformConfig transform;
    transform.image_size = config.vision.image_size;
    transform.mean = config.preprocess.mean;
    transform.std = config.preprocess.std;

    const int64_t n_images = static_cast<int64_t>(request.image_paths.size());
    result.image_embeds = at::empty({n_images, config.embed_dim}, at::kFloat);
    auto loadBatch = [&](int64_t start) {
        const int64_t end = std::min<int64_t>(start + request.batch_size, n_images);
        std::vector<std::string> paths(request.image_paths.begin() + start, request.image_paths.begin() + end);
        return loadImageBatch(paths, transform, nullptr, cancel);  // [batch, 3, S, S]
    };
    // Decode the next batch on another thread while the model runs on this one.
    std::future<at::Tensor> next;
    if (n_images > 0) next = std::async(std::launch::async, loadBatch, 0);
    for (int64_t start = 0; start < n_images; start += request.batch_size) {
        at::Tensor pixels = next.get();
        const int64_t following = start + request.batch_size;
        if (following < n_images) next = std::async(std::launch::async, loadBatch, following);
        checkCancel(cancel);
        c10::InferenceMode guard;
        at::Tensor features = model.encodeImage(pixels.to(device), /*normalize=*/true);
        result.image_embeds.narrow(0, start, pixels.size(0)).copy_(features.to(at::kCPU, at::kFloat));
        if (observer) observer->onProgress("images", start + pixels.size(0), n_images);
    }

    result.tokens = tokenizeCaptions(*loaded.tokenizer, request.captions, config.text.context_length);
    result.text_embeds = encodeTokensByLength(model, result.tokens, request.batch_size, device, observer, cancel);
    return result;
}

}  // namespace clipft
