#include "core/embed/embedding_cache.h"

#include "core/store/project_store.h"

namespace clipft {

EmbeddingLookup ProjectEmbeddingCache::get(const std::string& fingerprint, const std::vector<std::string>& hashes) {
    return store_.getEmbeddings(fingerprint, hashes);
}

void ProjectEmbeddingCache::put(const std::string& fingerprint, const std::vector<std::string>& hashes, int dim,
                                const float* rows) {
    store_.putEmbeddings(fingerprint, hashes, dim, rows);
}

}  // namespace clipft
