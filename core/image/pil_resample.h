// Resizing exactly as Pillow's Image.resize does it for 8-bit images, so the engine sees the pixels
// open_clip's preprocessing produced during pre-training (a different resampler shifts embeddings
// measurably). Works on CV_8UC1..CV_8UC4 cv::Mat; the caller handles modes (premultiplied alpha,
// palette images) the way Image.resize does — see resizeLikePil in image_transform.h.
#pragma once

#include <opencv2/core.hpp>

#include <optional>

namespace clipft {

enum class PilFilter {
    Nearest,  // what PIL uses for "P" and "1" images whatever filter was asked for
    Bicubic,  // antialiased (the kernel widens when downscaling), a = -0.5
};

// The region of the source to resample, in source pixels (PIL's `box`); floats as in PIL, so a
// random crop can be resampled straight from the full image (RandomResizedCrop).
struct ResampleBox {
    float x0 = 0.f, y0 = 0.f, x1 = 0.f, y1 = 0.f;
};

// Resizes `box` of `src` (default: all of it) to `outSize`, bit-identical to Pillow's
// ImagingResample / ImagingScaleAffine for 8-bit bands. When `outputRoi` is given, only that part of
// the `outSize` result is computed and returned (the same pixels as resizing everything and then
// cropping, without the cost of the discarded part). Rows are processed in parallel.
// Throws clipft::Error for an unsupported type, an empty size or a box outside the image.
cv::Mat pilResize(const cv::Mat& src, cv::Size outSize, PilFilter filter,
                  std::optional<ResampleBox> box = std::nullopt,
                  std::optional<cv::Rect> outputRoi = std::nullopt);

// PIL's RGBA <-> RGBa conversions (colour multiplied by alpha/255, rounded; undone by a truncating
// 255*c/alpha), which Image.resize wraps around resampling RGBA so transparent colours don't bleed.
cv::Mat pilPremultiplyAlpha(const cv::Mat& rgba);    // CV_8UC4 -> CV_8UC4
cv::Mat pilUnpremultiplyAlpha(const cv::Mat& rgba);  // CV_8UC4 -> CV_8UC4

}  // namespace clipft
