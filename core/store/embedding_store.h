// The project's embedding cache, keyed by (model fingerprint, image content hash): shared by
// every dataset holding the same image. Part of ProjectStore.
#pragma once
#include "core/store/project_records.h"

#include <string>
#include <vector>

namespace clipft {

class SqliteDatabase;

class EmbeddingStore {
public:
    // Stores `embeddings` [content_hashes.size(), dim] (float32, row-major), replacing rows
    // already there.
    void putEmbeddings(const std::string& model_fingerprint, const std::vector<std::string>& content_hashes,
                       int dim, const float* embeddings);
    // Throws when the rows found for one fingerprint disagree in size (a corrupt cache).
    EmbeddingLookup getEmbeddings(const std::string& model_fingerprint,
                                  const std::vector<std::string>& content_hashes);
    int64_t deleteEmbeddings(const std::string& model_fingerprint);  // rows removed

protected:
    explicit EmbeddingStore(SqliteDatabase* database) : database_(database) {}

private:
    SqliteDatabase* database_;  // owned by the ProjectStore
};

}  // namespace clipft
