#include "core/model/text_transformer.h"
#include "core/embed/text_embedding.h"

#include "core/common/error.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>
#include <c10/core/InferenceMode.h>

#include <algorithm>

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

at::Tensor encodeTokensByLength(ClipModelImpl& model, const at::Tensor& tokens, int batch_size,
                                const c10::Device& device, ProgressObserver* observer, const CancelToken* cancel) {
    const int64_t n = tokens.size(0);
    at::Tensor out = at::empty({n, model.config.embed_dim}, at::kFloat);  // a normal tensor, not an inference one
    if (n == 0) return out;
    c10::InferenceMode guard;
    // Order captions by EOT position so batches hold captions of similar length.
    at::Tensor order = tokens.argmax(-1).argsort();  // [n]
    for (int64_t start = 0; start < n; start += batch_size) {
        if (cancel && cancel->isCancelled()) throw Cancelled();
        const int64_t count = std::min<int64_t>(batch_size, n - start);
        at::Tensor rows = order.narrow(0, start, count);
        at::Tensor batch = trimToLongestCaption(tokens.index_select(0, rows)).to(device);
        out.index_copy_(0, rows, model.encodeText(batch, /*normalize=*/true).to(at::kCPU, at::kFloat));
        if (observer) observer->onProgress("texts", start + count, n);
    }
    return out;
}

}  // namespace clipft
