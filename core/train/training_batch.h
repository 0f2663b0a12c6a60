// What the trainer consumes: batches of augmented images with one tokenized caption each, from a
// source that can be positioned anywhere (so a resumed run sees exactly the batches it would have).
#pragma once
#include "core/common/progress.h"

#include <ATen/Tensor.h>

#include <cstdint>
#include <string>
#include <vector>

namespace clipft {

struct TrainingBatch {
    int64_t epoch = 0;
    int64_t batch_in_epoch = 0;
    at::Tensor images;                       // [batch, 3, S, S] float32, CPU
    at::Tensor tokens;                       // [batch, context_length] int64, CPU
    std::vector<int64_t> item_indices;       // [batch] which training items these rows are
    std::vector<std::string> skipped_files;  // images of this batch that could not be read
};

class BatchSource {
public:
    virtual ~BatchSource() = default;
    virtual int64_t batchesPerEpoch() const = 0;
    // Where the next batch starts.
    virtual void seek(int64_t epoch, int64_t batch_in_epoch) = 0;
    // Blocks until the batch is ready; after an epoch's last batch comes the next epoch's first.
    // Throws clipft::Cancelled when `cancel` is set.
    virtual TrainingBatch next(const CancelToken* cancel) = 0;
};

}  // namespace clipft
