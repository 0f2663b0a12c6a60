// open_clip's training preprocessing: RandomResizedCrop(S, scale=(0.9, 1.0), ratio=(3/4, 4/3),
// BICUBIC), convert("RGB"), ToTensor, Normalize. The crop is drawn with torchvision's get_params
// algorithm, step for step, but from our own portable random stream, so a (seed, sample) pair gives
// the same crop on every machine and standard library (torch's generator is not available here, and
// std:: distributions differ between libstdc++ and libc++).
#pragma once

#include "core/image/image_decoder.h"
#include "core/image/image_transform.h"

#include <ATen/core/Tensor.h>

#include <array>
#include <cstdint>

namespace clipft {

// RandomResizedCrop's parameters; the defaults are open_clip's (image_transform, is_train=True).
struct RandomResizedCropConfig {
    std::array<double, 2> scale{0.9, 1.0};                // fraction of the image area, [lo, hi]
    std::array<double, 2> ratio{3.0 / 4.0, 4.0 / 3.0};    // width / height, [lo, hi], drawn log-uniformly
};

// The crop torchvision's get_params returns: rows [top, top + height), columns [left, left + width).
struct CropBox {
    int left = 0, top = 0, width = 0, height = 0;
    bool fallback = false;  // none of the 10 random attempts fitted: the central crop was taken
};

// A counter-based random stream (splitmix64): the k-th draw depends only on the seed and k, so it is
// the same for every platform and thread. Used for crops, and by the training loader for its shuffle.
class CropRandom {
public:
    explicit CropRandom(uint64_t seed) : state_(seed) {}
    uint64_t next();
    // Uniform in [0, 1), 53 random bits.
    double uniform();
    // Uniform in [0, n), unbiased (rejection); n >= 1.
    int64_t uniformInt(int64_t n);

private:
    uint64_t state_;
};

// A stable seed for one sample from a few integers (e.g. run seed, epoch, item, stream): nearby
// inputs give unrelated streams.
uint64_t mixSeed(uint64_t a, uint64_t b, uint64_t c = 0, uint64_t d = 0);

// torchvision.transforms.RandomResizedCrop.get_params for a width x height image:
//   10 tries: area * U(scale), exp(U(log ratio)), w = round(sqrt(a * r)), h = round(sqrt(a / r)),
//   accepted when 0 < w <= width and 0 < h <= height, placed at randint(0, height - h),
//   randint(0, width - w); otherwise the central crop, clamped to the ratio range.
// Throws clipft::Error for an empty image or a scale/ratio range that is empty or not positive.
CropBox sampleResizedCrop(int width, int height, CropRandom& random, const RandomResizedCropConfig& config = {});

// torchvision's resized_crop on a PIL image: crop the box, then Image.resize((S, S), BICUBIC) in the
// image's own mode, then convert("RGB"), ToTensor, Normalize into `out` ([3, S, S] contiguous floats).
// Note: this is crop-then-resize, not Image.resize(box=...): PIL's box resampling reads pixels just
// outside the box, which the cropped image no longer has.
void writeResizedCrop(const DecodedImage& image, const CropBox& box, const ImageTransformConfig& config, float* out);

// The whole training transform of one image: the crop is sampleResizedCrop(CropRandom(sample_seed)).
at::Tensor trainTransform(const DecodedImage& image, const ImageTransformConfig& config, uint64_t sample_seed,
                          const RandomResizedCropConfig& crop = {});  // [3, S, S] float32

}  // namespace clipft
