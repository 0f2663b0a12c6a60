// Image embeddings of a list of image files under one model, taken from an embedding cache where
// it has them and computed (then stored) only for the images it lacks. The evaluator and the
// search index both start here, so an image embedded once for `clipft eval` is not embedded again
// for `clipft search`, and the other way round.
#pragma once
#include "core/common/progress.h"
#include "core/embed/embedding_cache.h"
#include "core/model/clip_model.h"

#include <c10/core/Device.h>

#include <cstdint>
#include <string>
#include <vector>

namespace clipft {

struct CachedImageEmbeddings {
    at::Tensor embeddings;  // [images, embed_dim] float32 CPU, L2-normalised
    int64_t cached = 0;     // rows taken from the cache rather than computed
};

// paths[i] is the file of the image whose content hash is hashes[i] (the cache key, with
// `fingerprint`, the model's). cache nullptr: everything is computed and nothing is stored. The
// missing images are encoded in batches of batch_size and written to the cache batch by batch, so
// a cancelled call keeps what it computed. "images" progress counts cached rows as done; a set
// cancel token stops between batches (clipft::Cancelled); an unreadable image is a clipft::Error
// naming it. The model runs as it is (the caller sets eval mode).
CachedImageEmbeddings cachedImageEmbeddings(ClipModelImpl& model, const std::vector<std::string>& paths,
                                            const std::vector<std::string>& hashes, int batch_size,
                                            const c10::Device& device, EmbeddingCache* cache,
                                            const std::string& fingerprint, ProgressObserver* observer = nullptr,
                                            const CancelToken* cancel = nullptr);

}  // namespace clipft
