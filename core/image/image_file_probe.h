// A cheap look at an image file's container (JPEG markers, PNG chunks, RIFF chunks, BMP header)
// before decoding, for what the decoder cannot tell us: whether the file is complete (libjpeg
// silently pads a truncated JPEG with grey), the EXIF orientation, and the mode PIL would open it in
// (palette images are resized with nearest neighbour; a PNG alpha channel made from tRNS is not an
// alpha channel to PIL).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace clipft {

enum class ImageContainer { Unknown, Jpeg, Png, WebP, Bmp, Tiff, Gif };

struct ImageFileProbe {
    ImageContainer container = ImageContainer::Unknown;
    // Empty when the structure looks complete; otherwise what is wrong, e.g. "the file is truncated
    // (no end-of-image marker)".
    std::string problem;
    int exifOrientation = 1;       // 1..8; 1 when absent
    bool paletteLike = false;      // PIL opens it as "P" or "1": resize uses nearest neighbour
    bool dropDecodedAlpha = false; // OpenCV adds a 4th channel (from tRNS) that PIL's mode lacks
    bool webpAnimated = false;     // a VP8X header with the animation flag: OpenCV cannot read it
    bool webpAlpha = false;        // ... and with the alpha flag
    int jpegComponents = 0;        // from the JPEG frame header: 1 grey, 3 colour, 4 CMYK or YCCK
};

// Never throws and never reads outside [data, data + size).
ImageFileProbe probeImageBytes(const uint8_t* data, size_t size);

const char* containerName(ImageContainer container);

}  // namespace clipft
