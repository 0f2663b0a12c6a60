// Four-component (CMYK and YCCK) JPEGs, decoded as PIL opens them: mode "CMYK", resized in CMYK,
// and turned into RGB only by convert("RGB") after the crop. OpenCV converts such files to BGR
// while decoding, with its own formula, so they are decoded here with libjpeg directly.
#pragma once

#include <opencv2/core.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

namespace clipft {

// Decodes a JPEG with four components into [height, width] CV_8UC4 of C, M, Y, K ink amounts
// (0 = no ink), as PIL holds them: libjpeg's CMYK output, inverted, for every such file
// (JpegImagePlugin's rawmode "CMYK;I" assumes the Adobe convention without looking for its
// marker). Throws clipft::Error naming `name` when libjpeg cannot decode the data.
cv::Mat decodeCmykJpeg(const uint8_t* data, size_t size, const std::string& name);

// PIL's convert("RGB") of one CMYK pixel channel (Convert.c, cmyk2rgb): with nk = 255 - K,
// nk - round(ink * nk / 255), the division done as PIL's MULDIV255.
inline uint8_t pilCmykInkToRgb(uint8_t ink, uint8_t k) {
    const int nk = 255 - k;
    const int product = ink * nk + 128;
    return static_cast<uint8_t>(nk - (((product >> 8) + product) >> 8));
}

// convert("RGB") of a whole CMYK image: [H, W] CV_8UC4 -> [H, W] CV_8UC3 in R, G, B order.
cv::Mat pilCmykToRgb(const cv::Mat& cmyk);

}  // namespace clipft
