#include "core/embed/image_embedding.h"

#include "core/common/error.h"
#include "core/image/image_transform.h"

#include <ATen/ATen.h>
#include <c10/core/GradMode.h>

#include <algorithm>
#include <future>

namespace clipft {

void embedImageBatches(ClipModelImpl& model, int64_t count, int batch_size, const c10::Device& device,
                       const PixelBatchLoader& load, const EmbeddingSink& sink, ProgressObserver* observer,
                       const CancelToken* cancel, ImageEmbeddingProgress progress) {
    if (batch_size <= 0) throw Error("the batch size must be positive");
    const int64_t total = progress.total >= 0 ? progress.total : progress.done_before + count;
    if (count <= 0) return;
    const bool was_training = model.is_training();
    model.eval();
    try {
        const auto loadFrom = [&](int64_t start) { return load(start, std::min<int64_t>(batch_size, count - start)); };
        std::future<at::Tensor> next = std::async(std::launch::async, loadFrom, 0);
        for (int64_t start = 0; start < count; start += batch_size) {
            at::Tensor pixels = next.get();  // [batch, 3, S, S]
            const int64_t rows = pixels.size(0);
            if (start + rows < count) next = std::async(std::launch::async, loadFrom, start + rows);
            if (cancel && cancel->isCancelled()) throw Cancelled();  // the future's destructor waits for its batch
            at::Tensor features;  // [batch, embed_dim]
            {
                c10::NoGradGuard no_grad;
                features = model.encodeImage(pixels.to(device), /*normalize=*/true).to(at::kCPU, at::kFloat).contiguous();
            }
            sink(start, features);
            if (observer) observer->onProgress("images", progress.done_before + start + rows, total);
        }
    } catch (...) {
        model.train(was_training);
        throw;
    }
    model.train(was_training);
}

ImageTransformConfig evalTransformOf(const ClipModelImpl& model) {
    ImageTransformConfig transform;
    transform.image_size = model.config.vision.image_size;
    transform.mean = model.config.preprocess.mean;
    transform.std = model.config.preprocess.std;
    return transform;
}

at::Tensor embedImageFiles(ClipModelImpl& model, const std::vector<std::string>& paths, int batch_size,
                           const c10::Device& device, ProgressObserver* observer, const CancelToken* cancel) {
    const int64_t n = static_cast<int64_t>(paths.size());
    at::Tensor embeds = at::empty({n, model.config.embed_dim}, at::kFloat);  // [images, embed_dim]
    const ImageTransformConfig transform = evalTransformOf(model);
    embedImageBatches(
        model, n, batch_size, device,
        [&](int64_t start, int64_t rows) {
            const std::vector<std::string> batch(paths.begin() + start, paths.begin() + start + rows);
            return loadImageBatch(batch, transform, nullptr, cancel);  // [rows, 3, S, S]
        },
        [&](int64_t start, const at::Tensor& features) { embeds.narrow(0, start, features.size(0)).copy_(features); },
        observer, cancel);
    return embeds;
}

}  // namespace clipft
