// The one loop that turns images into embeddings, for every caller: `clipft embed`, the evaluator
// (only the images its cache lacks), the demo's in-memory images and the search index. The next
// batch's pixels are prepared on a helper thread while the model encodes the current one.
#pragma once
#include "core/common/progress.h"
#include "core/model/clip_model.h"

#include <c10/core/Device.h>

#include <functional>
#include <string>
#include <vector>

namespace clipft {

struct ImageTransformConfig;

// The pixels of images [start, start + count): [count, 3, S, S] float32 CPU, normalised. Runs on
// the helper thread; may throw clipft::Error (a bad file), which reaches the caller.
using PixelBatchLoader = std::function<at::Tensor(int64_t start, int64_t count)>;
// Receives the embeddings of images [start, start + rows): [rows, embed_dim] float32 CPU,
// contiguous, L2-normalised; called in order, on the calling thread.
using EmbeddingSink = std::function<void(int64_t start, const at::Tensor& embeddings)>;

struct ImageEmbeddingProgress {
    int64_t done_before = 0;  // images already there (e.g. cached), counted as done
    int64_t total = -1;       // the "images" total to report; -1: done_before + count
};

// Encodes `count` images in batches of `batch_size` on `device`, without gradients, leaving the
// model's train/eval mode as it was. "images" progress after each batch; a set cancel token stops
// between batches with clipft::Cancelled.
void embedImageBatches(ClipModelImpl& model, int64_t count, int batch_size, const c10::Device& device,
                       const PixelBatchLoader& load, const EmbeddingSink& sink, ProgressObserver* observer = nullptr,
                       const CancelToken* cancel = nullptr, ImageEmbeddingProgress progress = {});

// The eval transform a model expects (its image size and normalisation).
ImageTransformConfig evalTransformOf(const ClipModelImpl& model);

// Image files through the model's eval transform: [paths.size(), embed_dim] float32 CPU.
at::Tensor embedImageFiles(ClipModelImpl& model, const std::vector<std::string>& paths, int batch_size,
                           const c10::Device& device, ProgressObserver* observer = nullptr,
                           const CancelToken* cancel = nullptr);

}  // namespace clipft
