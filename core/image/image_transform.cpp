#include "core/image/image_transform.h"

#include "core/common/error.h"
#include "core/image/cmyk_jpeg.h"

#include <ATen/ATen.h>
#include <opencv2/core/utility.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>

namespace clipft {
namespace {

void checkImageSize(int size) {
    if (size < 1) throw Error("image size must be at least 1 pixel, got " + std::to_string(size));
}

}  // namespace

cv::Size shortestSideResize(int width, int height, int size) {
    checkImageSize(size);
    if (width < 1 || height < 1) throw Error("cannot resize an empty image");
    const bool portrait = width <= height;
    const int64_t shortSide = portrait ? width : height;
    const int64_t longSide = portrait ? height : width;
    // Python: int(size * long / short) — an exact product, one correctly rounded division, truncation.
    const double newLong = static_cast<double>(int64_t(size) * longSide) / static_cast<double>(shortSide);
    if (newLong >= 2147483647.0) throw Error("image is too elongated to resize");
    const int longOut = static_cast<int>(newLong);
    return portrait ? cv::Size(size, longOut) : cv::Size(longOut, size);
}

int centerCropOffset(int from, int to) {
    const int diff = from - to;
    const int half = diff / 2;  // C++ truncates towards zero, like int() in Python
    if (diff % 2 == 0) return half;
    // (diff / 2.0) ends in .5: round half to even, away from `half` towards the even neighbour.
    const int other = diff > 0 ? half + 1 : half - 1;
    return (half % 2 == 0) ? half : other;
}

DecodedImage resizeLikePil(const DecodedImage& image, cv::Size size, std::optional<ResampleBox> box,
                           std::optional<cv::Rect> outputRoi) {
    DecodedImage out;
    out.mode = image.mode;
    out.palette = image.palette;
    out.source = image.source;
    const cv::Rect roi = outputRoi.value_or(cv::Rect(0, 0, size.width, size.height));
    const bool fullBox = !box || (box->x0 == 0.f && box->y0 == 0.f && box->x1 == image.width() &&
                                  box->y1 == image.height());
    if (size == image.pixels.size() && fullBox) {
        // PIL returns a copy: in particular RGBA is not sent through the lossy premultiply round trip.
        if ((cv::Rect(0, 0, size.width, size.height) & roi) != roi) {
            throw Error("requested part of the resized image lies outside it");
        }
        out.pixels = image.pixels(roi).clone();
        return out;
    }
    if (image.palette) {
        out.pixels = pilResize(image.pixels, size, PilFilter::Nearest, box, roi);
    } else if (image.mode == PixelMode::RGBA) {
        const cv::Mat resized = pilResize(pilPremultiplyAlpha(image.pixels), size, PilFilter::Bicubic, box, roi);
        out.pixels = pilUnpremultiplyAlpha(resized);
    } else {
        out.pixels = pilResize(image.pixels, size, PilFilter::Bicubic, box, roi);
    }
    return out;
}

void writeNormalizedChw(const DecodedImage& image, const ImageTransformConfig& config, float* out) {
    // ToTensor then Normalize, in float32 and in torchvision's order (v / 255, minus mean, divided
    // by std), tabulated for the 256 possible values of each channel.
    float table[3][256];
    for (int c = 0; c < 3; ++c) {
        if (!(config.std[c] != 0.f)) throw Error("normalisation std must not be zero");
        for (int v = 0; v < 256; ++v) {
            const float x = static_cast<float>(v) / 255.0f;
            table[c][v] = (x - config.mean[c]) / config.std[c];
        }
    }
    const cv::Mat& px = image.pixels;
    const int channels = px.channels();
    const size_t plane = static_cast<size_t>(px.rows) * px.cols;
    float* r = out;
    float* g = out + plane;
    float* b = out + 2 * plane;
    for (int y = 0; y < px.rows; ++y) {
        const uint8_t* p = px.ptr<uint8_t>(y);
        const size_t row = static_cast<size_t>(y) * px.cols;
        if (image.mode == PixelMode::CMYK) {
            for (int x = 0; x < px.cols; ++x, p += 4) {
                r[row + x] = table[0][pilCmykInkToRgb(p[0], p[3])];
                g[row + x] = table[1][pilCmykInkToRgb(p[1], p[3])];
                b[row + x] = table[2][pilCmykInkToRgb(p[2], p[3])];
            }
            continue;
        }
        for (int x = 0; x < px.cols; ++x, p += channels) {
            // Greyscale becomes three equal channels; alpha, if any, is dropped (convert("RGB")).
            const uint8_t vr = p[0];
            const uint8_t vg = channels >= 3 ? p[1] : p[0];
            const uint8_t vb = channels >= 3 ? p[2] : p[0];
            r[row + x] = table[0][vr];
            g[row + x] = table[1][vg];
            b[row + x] = table[2][vb];
        }
    }
}

namespace {

void evalTransformInto(const DecodedImage& image, const ImageTransformConfig& config, float* out) {
    const int s = config.image_size;
    const cv::Size resized = shortestSideResize(image.width(), image.height(), s);
    // Only the centre crop of the resized image is computed; the pixels are the same.
    const cv::Rect crop(centerCropOffset(resized.width, s), centerCropOffset(resized.height, s), s, s);
    writeNormalizedChw(resizeLikePil(image, resized, std::nullopt, crop), config, out);
}

}  // namespace

at::Tensor evalTransform(const DecodedImage& image, const ImageTransformConfig& config) {
    checkImageSize(config.image_size);
    if (image.pixels.empty()) throw Error("cannot transform an empty image");
    at::Tensor out = at::empty({3, config.image_size, config.image_size}, at::kFloat);  // [3, S, S]
    evalTransformInto(image, config, out.data_ptr<float>());
    return out;
}

at::Tensor loadImageBatch(const std::vector<std::string>& paths, const ImageTransformConfig& config,
                          ProgressObserver* observer, const CancelToken* cancel) {
    checkImageSize(config.image_size);
    const int64_t n = static_cast<int64_t>(paths.size());
    const int64_t s = config.image_size;
    at::Tensor batch = at::empty({n, 3, s, s}, at::kFloat);  // [N, 3, S, S]
    if (n == 0) return batch;
    float* base = batch.data_ptr<float>();
    const size_t perImage = static_cast<size_t>(3 * s * s);

    // Groups of a few images per thread: between groups we can cancel and report progress from
    // the calling thread, so observers never see calls from worker threads.
    const int64_t group = std::max(1, cv::getNumThreads()) * 4;
    std::vector<std::string> errors(paths.size());
    using Clock = std::chrono::steady_clock;
    Clock::time_point lastReport = Clock::now() - std::chrono::seconds(1);
    for (int64_t start = 0; start < n; start += group) {
        if (cancel != nullptr && cancel->isCancelled()) throw Cancelled();
        const int64_t end = std::min(n, start + group);
        cv::parallel_for_(
            cv::Range(static_cast<int>(start), static_cast<int>(end)),
            [&](const cv::Range& range) {
                for (int i = range.start; i < range.end; ++i) {
                    try {
                        evalTransformInto(decodeImageFile(paths[i]), config, base + perImage * i);
                    } catch (const Error& e) {
                        errors[i] = e.what();
                    } catch (const std::exception& e) {
                        errors[i] = "Image file '" + paths[i] + "' could not be processed: " + e.what();
                    } catch (...) {
                        errors[i] = "Image file '" + paths[i] + "' could not be processed.";
                    }
                }
            },
            static_cast<double>(end - start));
        for (int64_t i = start; i < end; ++i) {
            if (!errors[i].empty()) throw Error(errors[i]);
        }
        const Clock::time_point now = Clock::now();
        if (observer != nullptr && (end == n || now - lastReport >= std::chrono::milliseconds(50))) {
            observer->onProgress("images", end, n);
            lastReport = now;
        }
    }
    return batch;
}

}  // namespace clipft
