// Decoding image files (JPEG, PNG, WebP, BMP, TIFF, GIF) into 8-bit pixels in the mode PIL would give
// them, so the resize that follows can treat them as open_clip's PIL pipeline does.
//
// Differences from PIL, on purpose:
// - EXIF orientation is applied (PIL only does so when asked with ImageOps.exif_transpose; a
//   sideways photo is a worse training example than a slightly different resize).
// - 16-bit greyscale keeps the high byte of each sample, as PIL does for 16-bit colour (which
//   clipft matches); PIL itself opens 16-bit greyscale as "I" and clips it to 255 when converting
//   to RGB, which turns most such images white.
// GIF and animated WebP: the first frame, as PIL opens it (gif_decoder.h, animated_webp.h).
// CMYK (and YCCK) JPEGs stay CMYK as in PIL (cmyk_jpeg.h): they are resized in CMYK and turned into
// RGB after the crop, with PIL's formula.
#pragma once

#include <opencv2/core.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

namespace clipft {

enum class PixelMode {
    L,     // greyscale, CV_8UC1
    RGB,   // CV_8UC3, in R, G, B order (not OpenCV's BGR)
    RGBA,  // CV_8UC4, R, G, B, straight (not premultiplied) alpha; greyscale+alpha is stored here too
    CMYK,  // CV_8UC4, C, M, Y, K ink amounts (0 = none) as PIL holds a CMYK JPEG; no alpha
};

struct DecodedImage {
    cv::Mat pixels;              // [height, width] of 1, 3 or 4 channels, see mode
    PixelMode mode = PixelMode::RGB;
    bool palette = false;        // PIL would open it as "P" or "1" and resize it with nearest neighbour
    std::string source;          // file name, for messages

    int width() const { return pixels.cols; }
    int height() const { return pixels.rows; }
};

// Throws clipft::Error naming `name` when a width x height image is over the limit OpenCV's
// decoders keep (CV_IO_MAX_IMAGE_PIXELS, 2^30 pixels): for the decoders clipft calls itself,
// before they allocate.
void checkDecodedPixelCount(uint64_t width, uint64_t height, const std::string& name);

// Reads and decodes a file. Throws clipft::Error naming the file and the problem for a missing,
// unreadable, empty, truncated, corrupt or non-image file; never crashes on bad input.
DecodedImage decodeImageFile(const std::string& path);

// The same for bytes already in memory; `name` is used in error messages.
DecodedImage decodeImageFromMemory(const void* data, size_t size, const std::string& name);

}  // namespace clipft
