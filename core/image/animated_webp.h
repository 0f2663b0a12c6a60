// Animated WebP files, first frame only, as PIL opens them: libwebp's animation decoder renders
// the frame onto the canvas (transparent where the frame does not cover it), in RGBA. OpenCV reads
// only still WebP files.
#pragma once

#include <opencv2/core.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

namespace clipft {

// [height, width] CV_8UC4: R, G, B, straight alpha. Throws clipft::Error naming `name` when
// libwebp cannot decode the file.
cv::Mat decodeAnimatedWebpFirstFrame(const uint8_t* data, size_t size, const std::string& name);

}  // namespace clipft
