#include "core/store/embedding_store.h"

#include "core/common/error.h"
#include "core/store/sqlite_database.h"

#include <cstring>

namespace clipft {

void EmbeddingStore::putEmbeddings(const std::string& model_fingerprint, const std::vector<std::string>& content_hashes,
                                 int dim, const float* embeddings) {
    if (dim <= 0) throw Error(database_->path() + ": an embedding needs at least one dimension");
    if (model_fingerprint.empty()) throw Error(database_->path() + ": cached embeddings need a model fingerprint");
    SqliteTransaction transaction(*database_);
    // Stored as the machine's float32 bytes: little-endian on every platform clipft targets.
    SqliteStatement insert(*database_,
                           "INSERT OR REPLACE INTO embedding_cache (model_fingerprint, content_hash, dim, embedding) "
                           "VALUES (?1, ?2, ?3, ?4)");
    const std::size_t rowBytes = sizeof(float) * static_cast<std::size_t>(dim);
    for (std::size_t row = 0; row < content_hashes.size(); ++row) {
        if (content_hashes[row].empty()) throw Error(database_->path() + ": a cached embedding needs an image content hash");
        insert.bind(1, model_fingerprint)
            .bind(2, content_hashes[row])
            .bind(3, dim)
            .bindBlob(4, embeddings + row * static_cast<std::size_t>(dim), rowBytes)
            .run();
    }
    transaction.commit();
}

EmbeddingLookup EmbeddingStore::getEmbeddings(const std::string& model_fingerprint,
                                            const std::vector<std::string>& content_hashes) {
    SqliteTransaction snapshot(*database_, SqliteTransaction::Kind::Deferred);
    SqliteStatement select(*database_,
                           "SELECT dim, embedding FROM embedding_cache WHERE model_fingerprint = ?1 AND content_hash = ?2");
    EmbeddingLookup lookup;
    lookup.found.assign(content_hashes.size(), false);
    for (std::size_t row = 0; row < content_hashes.size(); ++row) {
        select.bind(1, model_fingerprint).bind(2, content_hashes[row]);
        if (select.step()) {
            const int dim = static_cast<int>(select.columnInt64(0));
            if (lookup.dim == 0) {
                lookup.dim = dim;
                lookup.values.assign(content_hashes.size() * static_cast<std::size_t>(dim), 0.0f);
            }
            const std::size_t rowBytes = sizeof(float) * static_cast<std::size_t>(dim);
            if (dim != lookup.dim || select.columnBytes(1) != rowBytes)
                throw Error(database_->path() + ": the embedding cache of model " + model_fingerprint +
                            " holds embeddings of different sizes; clear it and embed again");
            std::memcpy(lookup.values.data() + row * static_cast<std::size_t>(dim), select.columnBlob(1), rowBytes);
            lookup.found[row] = true;
        }
        select.reset();
    }
    return lookup;
}

int64_t EmbeddingStore::deleteEmbeddings(const std::string& model_fingerprint) {
    SqliteTransaction transaction(*database_);
    SqliteStatement remove(*database_, "DELETE FROM embedding_cache WHERE model_fingerprint = ?1");
    remove.bind(1, model_fingerprint).run();
    const int64_t removed = database_->changes();
    transaction.commit();
    return removed;
}

}  // namespace clipft
