#include "core/demo/demo_batch_source.h"

#include "core/common/error.h"
#include "core/demo/demo_dataset.h"
#include "core/demo/demo_random.h"
#include "core/image/image_transform.h"

#include <ATen/ATen.h>
#include <ATen/Parallel.h>

#include <numeric>

namespace clipft {

namespace {
// Seed streams of order_seed; the data set's own streams come from data_seed, so the two never mix.
enum OrderStream : uint64_t { kShuffle = 0, kCaptionChoice = 1 };
}  // namespace

void DemoBatchOptions::validate() const {
    if (images <= 0) throw Error("the demo training set needs at least one image");
    if (first_index < 0) throw Error("the first demo sample index must not be negative");
    if (batch_size < 2) throw Error("the batch size must be at least 2 (contrastive training needs negatives)");
    if (images < batch_size)
        throw Error("the demo training set has " + std::to_string(images) + " images, fewer than one batch of " +
                    std::to_string(batch_size) + ": use more images or a smaller batch");
    if (image_size < 16 || image_size > 4096) throw Error("the demo image size must be 16 to 4096 pixels");
    if (context_length < 2) throw Error("the text context must hold at least SOT and EOT");
}

namespace {
ImageTransformConfig transformOf(const PreprocessConfig& normalisation, int image_size) {
    ImageTransformConfig config;
    config.image_size = image_size;
    config.mean = normalisation.mean;
    config.std = normalisation.std;
    return config;
}

// The demo image is already S x S, so open_clip's eval transform is just ToTensor + Normalize.
void writeDemoImage(const cv::Mat& rgb, const ImageTransformConfig& config, float* out) {
    if (rgb.type() != CV_8UC3) throw Error("a demo image must be 8-bit RGB");
    DecodedImage image;
    image.pixels = rgb;
    image.mode = PixelMode::RGB;
    writeNormalizedChw(image, config, out);
}
}  // namespace

at::Tensor demoImageTensor(const cv::Mat& rgb, const PreprocessConfig& normalisation) {
    at::Tensor out = at::empty({3, rgb.rows, rgb.cols}, at::kFloat);  // [3, rows, cols]
    writeDemoImage(rgb, transformOf(normalisation, rgb.cols), out.data_ptr<float>());
    return out;
}

DemoBatchSource::DemoBatchSource(DemoBatchOptions options, std::shared_ptr<const Tokenizer> tokenizer)
    : options_(std::move(options)), tokenizer_(std::move(tokenizer)) {
    options_.validate();
    if (!tokenizer_) throw Error("the demo batch source needs a tokenizer");
}

int64_t DemoBatchSource::batchesPerEpoch() const { return options_.images / options_.batch_size; }

void DemoBatchSource::seek(int64_t epoch, int64_t batch_in_epoch) {
    epoch_ = epoch;
    batch_ = batch_in_epoch;
}

const std::vector<int64_t>& DemoBatchSource::orderOf(int64_t epoch) {
    if (order_epoch_ != epoch) {
        order_.resize(static_cast<size_t>(options_.images));
        std::iota(order_.begin(), order_.end(), int64_t{0});
        DemoRandom rng(deriveDemoSeed(options_.order_seed, static_cast<uint64_t>(epoch), kShuffle));
        // Fisher-Yates with 64-bit draws: DemoRandom::shuffle takes int counts, the set may be larger.
        for (size_t i = order_.size(); i > 1; --i) {
            const uint64_t draw = (static_cast<uint64_t>(rng.next()) << 32) | rng.next();
            std::swap(order_[i - 1], order_[static_cast<size_t>(draw % i)]);
        }
        order_epoch_ = epoch;
    }
    return order_;
}

TrainingBatch DemoBatchSource::batchAt(int64_t epoch, int64_t batch_in_epoch) {
    const std::vector<int64_t>& order = orderOf(epoch);
    const int64_t n = options_.batch_size;
    const int size = options_.image_size;
    TrainingBatch batch;
    batch.epoch = epoch;
    batch.batch_in_epoch = batch_in_epoch;
    batch.images = at::empty({n, 3, size, size}, at::kFloat);             // [batch, 3, S, S]
    batch.tokens = at::zeros({n, options_.context_length}, at::kLong);    // [batch, context]
    batch.item_indices.resize(static_cast<size_t>(n));
    const uint64_t caption_seed = deriveDemoSeed(options_.order_seed, static_cast<uint64_t>(epoch), kCaptionChoice);
    int64_t* tokens = batch.tokens.data_ptr<int64_t>();
    float* pixels = batch.images.data_ptr<float>();
    const ImageTransformConfig transform = transformOf(options_.normalisation, size);
    const int64_t image_floats = 3 * static_cast<int64_t>(size) * size;
    // Rows are independent and each draws from its own seed, so the batch is the same on any number of threads.
    at::parallel_for(0, n, 1, [&](int64_t begin, int64_t end) {
        for (int64_t row = begin; row < end; ++row) {
            const int64_t index = options_.first_index + order[static_cast<size_t>(batch_in_epoch * n + row)];
            const DemoSample sample = generateDemoSample(options_.variant, options_.data_seed, index, size);
            writeDemoImage(sample.image, transform, pixels + row * image_floats);
            DemoRandom rng(deriveDemoSeed(caption_seed, static_cast<uint64_t>(index), 0));
            const std::vector<int64_t> ids = tokenizer_->encode(rng.pick(sample.captions), options_.context_length);
            std::copy(ids.begin(), ids.end(), tokens + row * options_.context_length);
            batch.item_indices[static_cast<size_t>(row)] = index;
        }
    });
    return batch;
}

TrainingBatch DemoBatchSource::next(const CancelToken* cancel) {
    if (cancel && cancel->isCancelled()) throw Cancelled();
    TrainingBatch batch = batchAt(epoch_, batch_);
    if (++batch_ == batchesPerEpoch()) batch_ = 0, ++epoch_;
    return batch;
}

}  // namespace clipft
