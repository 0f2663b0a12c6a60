#include "core/image/random_resized_crop.h"

#include "core/common/error.h"
#include "core/common/splitmix64.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace clipft {
namespace {

// Python's round() on a float: half to even, whatever the FPU rounding mode is.
int roundHalfEven(double x) {
    const double lower = std::floor(x);
    const double diff = x - lower;
    double r = lower;
    if (diff > 0.5 || (diff == 0.5 && std::fmod(lower, 2.0) != 0.0)) r = lower + 1.0;
    return static_cast<int>(r);
}

// torch.empty(1).uniform_(lo, hi) on a float32 tensor: the bounds and the draw are float32.
float uniformFloat(CropRandom& random, float lo, float hi) {
    return lo + static_cast<float>(random.uniform()) * (hi - lo);
}

void checkConfig(const RandomResizedCropConfig& c) {
    // The negated comparisons also reject NaN.
    if (!(c.scale[0] > 0.0 && c.scale[0] <= c.scale[1])) {
        throw Error("RandomResizedCrop scale range (" + std::to_string(c.scale[0]) + ", " + std::to_string(c.scale[1]) +
                    ") must be positive and in increasing order");
    }
    if (!(c.ratio[0] > 0.0 && c.ratio[0] <= c.ratio[1])) {
        throw Error("RandomResizedCrop aspect ratio range (" + std::to_string(c.ratio[0]) + ", " +
                    std::to_string(c.ratio[1]) + ") must be positive and in increasing order");
    }
}

}  // namespace

uint64_t CropRandom::next() {
    state_ += 0x9E3779B97F4A7C15ull;
    uint64_t z = state_;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

double CropRandom::uniform() {
    return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0);  // / 2^53
}

int64_t CropRandom::uniformInt(int64_t n) {
    if (n <= 1) return 0;
    const uint64_t range = static_cast<uint64_t>(n);
    // 2^64 mod n: draws below it would make small values slightly more likely.
    const uint64_t threshold = (0 - range) % range;
    uint64_t x;
    do {
        x = next();
    } while (x < threshold);
    return static_cast<int64_t>(x % range);
}

uint64_t mixSeed(uint64_t a, uint64_t b, uint64_t c, uint64_t d) {
    return splitmix64(splitmix64(splitmix64(splitmix64(a) ^ b) ^ c) ^ d);
}

CropBox sampleResizedCrop(int width, int height, CropRandom& random, const RandomResizedCropConfig& config) {
    checkConfig(config);
    if (width < 1 || height < 1) {
        throw Error("cannot crop an empty image (" + std::to_string(width) + "x" + std::to_string(height) + ")");
    }
    const double area = static_cast<double>(width) * height;
    // torch.log(torch.tensor(ratio)): float32.
    const float logLo = std::log(static_cast<float>(config.ratio[0]));
    const float logHi = std::log(static_cast<float>(config.ratio[1]));
    const float scaleLo = static_cast<float>(config.scale[0]);
    const float scaleHi = static_cast<float>(config.scale[1]);
    for (int attempt = 0; attempt < 10; ++attempt) {
        const double targetArea = area * static_cast<double>(uniformFloat(random, scaleLo, scaleHi));
        const double aspect = static_cast<double>(std::exp(uniformFloat(random, logLo, logHi)));
        const int w = roundHalfEven(std::sqrt(targetArea * aspect));
        const int h = roundHalfEven(std::sqrt(targetArea / aspect));
        if (0 < w && w <= width && 0 < h && h <= height) {
            CropBox box;
            box.top = static_cast<int>(random.uniformInt(int64_t(height) - h + 1));
            box.left = static_cast<int>(random.uniformInt(int64_t(width) - w + 1));
            box.width = w;
            box.height = h;
            return box;
        }
    }
    // Central crop, as wide or as tall as the ratio range allows.
    CropBox box;
    box.fallback = true;
    const double inRatio = static_cast<double>(width) / static_cast<double>(height);
    if (inRatio < config.ratio[0]) {
        box.width = width;
        box.height = std::max(1, roundHalfEven(box.width / config.ratio[0]));
    } else if (inRatio > config.ratio[1]) {
        box.height = height;
        box.width = std::max(1, roundHalfEven(box.height * config.ratio[1]));
    } else {
        box.width = width;
        box.height = height;
    }
    // round() can overshoot by a pixel for a ratio range that does not contain the image's ratio.
    box.width = std::min(box.width, width);
    box.height = std::min(box.height, height);
    box.top = (height - box.height) / 2;
    box.left = (width - box.width) / 2;
    return box;
}

void writeResizedCrop(const DecodedImage& image, const CropBox& box, const ImageTransformConfig& config, float* out) {
    const int s = config.image_size;
    if (s < 1) throw Error("image size must be at least 1 pixel, got " + std::to_string(s));
    if (image.pixels.empty()) throw Error("cannot transform an empty image");
    if (box.width < 1 || box.height < 1 || box.left < 0 || box.top < 0 || box.left + box.width > image.width() ||
        box.top + box.height > image.height()) {
        throw Error("crop " + std::to_string(box.width) + "x" + std::to_string(box.height) + "+" +
                    std::to_string(box.left) + "+" + std::to_string(box.top) + " lies outside the " +
                    std::to_string(image.width()) + "x" + std::to_string(image.height()) + " image " + image.source);
    }
    // Image.crop: the cropped image is all the resize sees (a view; no copy needed).
    DecodedImage cropped;
    cropped.pixels = image.pixels(cv::Rect(box.left, box.top, box.width, box.height));
    cropped.mode = image.mode;
    cropped.palette = image.palette;
    cropped.source = image.source;
    writeNormalizedChw(resizeLikePil(cropped, cv::Size(s, s)), config, out);
}

at::Tensor trainTransform(const DecodedImage& image, const ImageTransformConfig& config, uint64_t sample_seed,
                          const RandomResizedCropConfig& crop) {
    if (config.image_size < 1) throw Error("image size must be at least 1 pixel, got " + std::to_string(config.image_size));
    CropRandom random(sample_seed);
    const CropBox box = sampleResizedCrop(image.width(), image.height(), random, crop);
    at::Tensor out = at::empty({3, config.image_size, config.image_size}, at::kFloat);  // [3, S, S]
    writeResizedCrop(image, box, config, out.data_ptr<float>());
    return out;
}

}  // namespace clipft
