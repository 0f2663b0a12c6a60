#include "core/embed/embedding_cache.h"

#include "core/image/image_transform.h"
#include "core/store/project_store.h"

namespace clipft {
namespace {

// Rows are stored under the model's fingerprint and the image pipeline's version: both decide the
// embedding. Rows of an earlier pipeline stay in the file, unused.
std::string cacheKey(const std::string& fingerprint) {
    if (fingerprint.empty()) return fingerprint;  // the store refuses it with its own message
    return fingerprint + "/pixels-" + std::to_string(kImagePipelineVersion);
}

}  // namespace

EmbeddingLookup ProjectEmbeddingCache::get(const std::string& fingerprint, const std::vector<std::string>& hashes) {
    return store_.getEmbeddings(cacheKey(fingerprint), hashes);
}

void ProjectEmbeddingCache::put(const std::string& fingerprint, const std::vector<std::string>& hashes, int dim,
                                const float* rows) {
    store_.putEmbeddings(cacheKey(fingerprint), hashes, dim, rows);
}

}  // namespace clipft
