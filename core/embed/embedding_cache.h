// Where the evaluator keeps image embeddings between runs, keyed by (model fingerprint, image
// content hash): re-evaluating an unchanged model on unchanged images decodes nothing. An
// interface, so the evaluator does not depend on the project file and tests can count lookups.
#pragma once
#include "core/store/project_records.h"

#include <string>
#include <vector>

namespace clipft {

class ProjectStore;

class EmbeddingCache {
public:
    virtual ~EmbeddingCache() = default;
    // The rows stored for `hashes` under `fingerprint`; found[i] false where there is none.
    virtual EmbeddingLookup get(const std::string& fingerprint, const std::vector<std::string>& hashes) = 0;
    // rows: [hashes.size(), dim] float32 row-major; replaces rows already there.
    virtual void put(const std::string& fingerprint, const std::vector<std::string>& hashes, int dim,
                     const float* rows) = 0;
};

// The project file's embedding cache. Uses the store from the calling thread only (ProjectStore is
// not shared between threads); the store must outlive the cache.
class ProjectEmbeddingCache : public EmbeddingCache {
public:
    explicit ProjectEmbeddingCache(ProjectStore& store) : store_(store) {}
    EmbeddingLookup get(const std::string& fingerprint, const std::vector<std::string>& hashes) override;
    void put(const std::string& fingerprint, const std::vector<std::string>& hashes, int dim,
             const float* rows) override;

private:
    ProjectStore& store_;
};

}  // namespace clipft
