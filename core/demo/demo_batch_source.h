// Training batches of the synthetic demo data (demo_dataset.h) rendered in memory as they are
// needed: no files, no import, and any batch can be made on its own from (epoch, batch), so a
// resumed run sees the batches it would have seen. Used to pre-train the built-in demo model
// (generic variant) and to fine-tune it quickly in experiments and tests (either variant).
#pragma once
#include "core/demo/demo_scene.h"
#include "core/model/clip_config.h"
#include "core/text/tokenizer.h"
#include "core/train/training_batch.h"

#include <ATen/Tensor.h>
#include <opencv2/core.hpp>

#include <cstdint>
#include <memory>
#include <vector>

namespace clipft {

struct DemoBatchOptions {
    DemoVariant variant = DemoVariant::Generic;
    uint64_t data_seed = 0;   // generateDemoSample's seed: which data set
    int64_t first_index = 0;  // the epoch is samples first_index .. first_index + images - 1
    int64_t images = 10000;
    int batch_size = 128;     // an epoch is images / batch_size full batches (the rest is dropped)
    int image_size = 64;
    int context_length = 32;
    uint64_t order_seed = 0;  // shuffling and caption choice, independent of the data
    PreprocessConfig normalisation;

    // Throws clipft::Error naming the first setting out of range.
    void validate() const;
};

class DemoBatchSource : public BatchSource {
public:
    // Throws clipft::Error for bad options (see DemoBatchOptions::validate).
    DemoBatchSource(DemoBatchOptions options, std::shared_ptr<const Tokenizer> tokenizer);

    int64_t batchesPerEpoch() const override;
    void seek(int64_t epoch, int64_t batch_in_epoch) override;
    // Each epoch visits the images in a fresh order; each visit draws one of the image's captions.
    // Images are rendered on LibTorch's intra-op threads.
    TrainingBatch next(const CancelToken* cancel) override;

    // The batch at (epoch, batch_in_epoch) without moving the position.
    TrainingBatch batchAt(int64_t epoch, int64_t batch_in_epoch);

private:
    const std::vector<int64_t>& orderOf(int64_t epoch);

    DemoBatchOptions options_;
    std::shared_ptr<const Tokenizer> tokenizer_;
    int64_t epoch_ = 0;
    int64_t batch_ = 0;
    int64_t order_epoch_ = -1;
    std::vector<int64_t> order_;  // [images] sample offsets of order_epoch_, in visiting order
};

// A demo image (CV_8UC3, R, G, B) as the model's input: /255, normalised, channels first.
// [3, rows, cols] float32
at::Tensor demoImageTensor(const cv::Mat& rgb, const PreprocessConfig& normalisation);

}  // namespace clipft
