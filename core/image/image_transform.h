// open_clip's evaluation preprocessing, reproduced to the bit: Resize(S, BICUBIC) of the shortest
// side on the image in its own mode (PIL), CenterCrop(S), convert("RGB"), ToTensor (/255),
// Normalize(mean, std). Also the batch loader that decodes files in parallel threads.
#pragma once

#include "core/common/progress.h"
#include "core/image/image_decoder.h"
#include "core/image/pil_resample.h"

#include <ATen/core/Tensor.h>
#include <opencv2/core.hpp>

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace clipft {

// Raised whenever decoding or the eval transform changes the pixels of some file (2: 16-bit samples
// keep their high byte; 3: CMYK JPEGs are resized in CMYK). Cached image embeddings are keyed by
// it, so an embedding made by an earlier pipeline is computed again rather than reused.
constexpr int kImagePipelineVersion = 3;

struct ImageTransformConfig {
    int image_size = 224;
    std::array<float, 3> mean{0.48145466f, 0.4578275f, 0.40821073f};  // CLIP's (OpenAI) values
    std::array<float, 3> std{0.26862954f, 0.26130258f, 0.27577711f};
};

// torchvision's Resize(int) size rule: the shorter side becomes `size`, the longer one
// int(size * long / short) (truncated). Returns (width, height).
cv::Size shortestSideResize(int width, int height, int size);

// torchvision's CenterCrop offset along one axis: int(round((from - to) / 2.0)), Python's
// round-half-to-even.
int centerCropOffset(int from, int to);

// Image.resize(size, BICUBIC, box) as PIL does it for the image's mode: a copy when nothing changes,
// nearest neighbour for palette images, resampling in premultiplied alpha for RGBA. `outputRoi`
// computes only that part of the result (see pilResize).
DecodedImage resizeLikePil(const DecodedImage& image, cv::Size size, std::optional<ResampleBox> box = std::nullopt,
                           std::optional<cv::Rect> outputRoi = std::nullopt);

// convert("RGB") then ToTensor and Normalize, written to `out`, which holds [3, height, width]
// contiguous floats. Alpha is dropped (not composited), greyscale is repeated, CMYK goes through
// PIL's cmyk2rgb, as PIL does.
void writeNormalizedChw(const DecodedImage& image, const ImageTransformConfig& config, float* out);

// The whole eval transform of one decoded image.
at::Tensor evalTransform(const DecodedImage& image, const ImageTransformConfig& config);  // [3, S, S] float32

// Decodes and transforms `paths` on parallel threads (decoding is the bottleneck when a GPU does
// the embedding). Reports "images" progress and checks `cancel` between small groups of images
// (throws clipft::Cancelled). Throws clipft::Error naming the first file, in order, that fails.
at::Tensor loadImageBatch(const std::vector<std::string>& paths, const ImageTransformConfig& config,
                          ProgressObserver* observer = nullptr,
                          const CancelToken* cancel = nullptr);  // [N, 3, S, S] float32

}  // namespace clipft
