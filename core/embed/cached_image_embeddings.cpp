#include "core/embed/cached_image_embeddings.h"

#include "core/common/error.h"
#include "core/embed/image_embedding.h"
#include "core/image/image_transform.h"

#include <ATen/ATen.h>

#include <cstring>

namespace clipft {

CachedImageEmbeddings cachedImageEmbeddings(ClipModelImpl& model, const std::vector<std::string>& paths,
                                            const std::vector<std::string>& hashes, int batch_size,
                                            const c10::Device& device, EmbeddingCache* cache,
                                            const std::string& fingerprint, ProgressObserver* observer,
                                            const CancelToken* cancel) {
    if (paths.size() != hashes.size()) throw Error("image embeddings need one content hash per image");
    const int64_t n = static_cast<int64_t>(paths.size());
    const int dim = model.config.embed_dim;
    CachedImageEmbeddings result;
    result.embeddings = at::zeros({n, dim}, at::kFloat);  // [images, dim]
    float* rows = result.embeddings.data_ptr<float>();

    std::vector<int64_t> missing;  // indices into paths, in order
    if (cache) {
        const EmbeddingLookup lookup = cache->get(fingerprint, hashes);
        // A different width cannot come from this fingerprint's model; recompute rather than trust it.
        const bool usable = lookup.dim == dim;
        for (int64_t i = 0; i < n; ++i) {
            if (usable && lookup.found[i])
                std::memcpy(rows + i * dim, lookup.values.data() + i * dim, sizeof(float) * dim);
            else
                missing.push_back(i);
        }
    } else {
        missing.resize(n);
        for (int64_t i = 0; i < n; ++i) missing[i] = i;
    }
    result.cached = n - static_cast<int64_t>(missing.size());
    if (observer) observer->onProgress("images", result.cached, n);
    if (missing.empty()) return result;

    const ImageTransformConfig transform = evalTransformOf(model);
    embedImageBatches(
        model, static_cast<int64_t>(missing.size()), batch_size, device,
        [&](int64_t start, int64_t count) {
            std::vector<std::string> batch_paths;
            for (int64_t j = start; j < start + count; ++j) batch_paths.push_back(paths[missing[j]]);
            return loadImageBatch(batch_paths, transform, nullptr, cancel);  // [count, 3, S, S]
        },
        [&](int64_t start, const at::Tensor& features) {  // features: [count, dim]
            const int64_t count = features.size(0);
            result.embeddings.index_copy_(0, at::tensor(at::ArrayRef<int64_t>(missing.data() + start, count)), features);
            if (cache) {
                std::vector<std::string> batch_hashes;
                batch_hashes.reserve(count);
                for (int64_t j = start; j < start + count; ++j) batch_hashes.push_back(hashes[missing[j]]);
                cache->put(fingerprint, batch_hashes, dim, features.data_ptr<float>());
            }
        },
        observer, cancel, ImageEmbeddingProgress{result.cached, n});
    return result;
}

}  // namespace clipft
