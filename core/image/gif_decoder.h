// GIF files, first frame only, as PIL opens them (GifImagePlugin): the canvas is the logical screen
// (grown to hold the frame), filled with the frame's transparent index or else index 0 where the
// frame does not cover it; mode "P" with the frame's own palette, or else the global one, where a
// palette that is the grey ramp (i, i, i) counts as none; "L" holding the raw indices when no
// palette is left. OpenCV does not read GIF, so giflib does the decoding.
#pragma once

#include "core/image/image_decoder.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace clipft {

// "P" images come back as RGB through the palette with `palette` set (they are resized with
// nearest neighbour, which gives the same pixels whether the palette is applied before or after);
// "L" images as greyscale. Throws clipft::Error naming `name` for a truncated or corrupt file, or
// one without an image.
DecodedImage decodeGifFirstFrame(const uint8_t* data, size_t size, const std::string& name);

}  // namespace clipft
