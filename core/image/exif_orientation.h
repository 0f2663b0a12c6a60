// EXIF orientation: cameras and phones store pixels as the sensor saw them and record in the EXIF
// Orientation tag how to turn them for display. We read the tag ourselves because OpenCV ignores it
// when decoding with IMREAD_UNCHANGED, the only mode that keeps alpha and 16-bit samples.
#pragma once

#include <opencv2/core.hpp>

#include <cstddef>
#include <cstdint>

namespace clipft {

// The Orientation tag (1..8) of an EXIF block that starts with the TIFF header ("II*\0" or
// "MM\0*"), optionally preceded by "Exif\0\0". Returns 1 (as stored) when the tag is absent, out of
// range or the block is malformed; never reads outside [data, data + size).
int readExifOrientation(const uint8_t* data, size_t size);

// Turns stored pixels into display orientation (2 mirror, 3 rotate 180, 4 flip, 5 transpose,
// 6 rotate 90° clockwise, 7 transverse, 8 rotate 90° counter-clockwise), as PIL's
// ImageOps.exif_transpose. Any other value returns the image unchanged.
cv::Mat applyExifOrientation(const cv::Mat& image, int orientation);

}  // namespace clipft
