// The training data loader: worker threads decode, augment (RandomResizedCrop) and tokenize the
// batches ahead of the trainer, so the device never waits for JPEG decoding.
//
// Everything a batch holds is a function of (seed, epoch, batch index) alone: each epoch is a
// permutation of the items computed from (seed, epoch) with a portable shuffle, and each image's
// caption and crop come from (seed, epoch, item index). Neither thread timing nor the thread count
// changes a batch, and seek() to (epoch, b) gives exactly the batches an uninterrupted loader gives
// there, which is what makes a resumed run repeat the loss curve of an uninterrupted one.
#pragma once

#include "core/common/progress.h"
#include "core/image/image_transform.h"
#include "core/image/random_resized_crop.h"
#include "core/text/tokenizer.h"
#include "core/train/training_batch.h"

#include <ATen/core/Tensor.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace clipft {

struct TrainingItem {
    std::string image_path;
    std::vector<std::string> captions;  // at least one; one of them is used per epoch
};

struct TrainingLoaderOptions {
    int batch_size = 32;
    uint64_t seed = 0;
    int threads = 0;           // worker threads; 0 = one per core
    int prefetch_batches = 2;  // batches prepared ahead of the consumer (at least 1)
    ImageTransformConfig transform;
    RandomResizedCropConfig crop;  // open_clip's scale (0.9, 1.0), ratio (3/4, 4/3)
    int context_length = 77;
    bool augment = true;    // false: the eval transform (resize, centre crop), for debugging and tests
    bool drop_last = true;  // drop the partial last batch of each epoch, as open_clip does for training
};

// The order of the items in `epoch`: a Fisher-Yates shuffle of 0..items-1 driven by CropRandom
// seeded from (seed, epoch). [items]
std::vector<int64_t> trainingEpochOrder(int64_t items, uint64_t seed, int64_t epoch);
// Which of an item's `caption_count` captions it is paired with in `epoch`.
int64_t trainingCaptionChoice(uint64_t seed, int64_t epoch, int64_t item_index, int64_t caption_count);
// The sample seed of trainTransform for an item in `epoch`.
uint64_t trainingCropSeed(uint64_t seed, int64_t epoch, int64_t item_index);

class TrainingBatchLoader : public BatchSource {
public:
    // Throws clipft::Error when there are fewer items than one batch (with drop_last), an item has
    // no caption, or an option is out of range. `warnings` (may be null) must outlive the loader; it
    // is only called from the thread that calls next().
    TrainingBatchLoader(std::vector<TrainingItem> items, std::shared_ptr<const Tokenizer> tokenizer,
                        TrainingLoaderOptions options, ProgressObserver* warnings = nullptr);
    // Stops the workers and joins them; each finishes at most the image it is working on.
    ~TrainingBatchLoader() override;
    TrainingBatchLoader(const TrainingBatchLoader&) = delete;
    TrainingBatchLoader& operator=(const TrainingBatchLoader&) = delete;

    int64_t batchesPerEpoch() const override;
    int64_t itemCount() const;

    // Where the next batch starts (to resume a run); batch_in_epoch past the end of an epoch carries
    // into the following epochs. Batches prepared for the old position are discarded.
    void seek(int64_t epoch, int64_t batch_in_epoch) override;

    // The next batch, in order; after an epoch's last batch comes batch 0 of the next epoch. Blocks
    // until it is ready. Images that cannot be read are left out of the batch (listed in
    // skipped_files, reported once per file through onWarning); a batch none of whose images can be
    // read throws clipft::Error (and is passed over, so the following call continues after it).
    // Throws clipft::Cancelled soon after `cancel` is set; the batch is then still the next one.
    // Call next() and seek() from one thread at a time.
    TrainingBatch next(const CancelToken* cancel = nullptr) override;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace clipft
