#include "core/image/gif_decoder.h"

#include "core/common/error.h"

#include <gif_lib.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

namespace clipft {
namespace {

struct MemoryReader {
    const uint8_t* data;
    size_t size;
    size_t pos = 0;
};

int readFromMemory(GifFileType* gif, GifByteType* out, int wanted) {
    auto* reader = static_cast<MemoryReader*>(gif->UserData);
    const size_t n = std::min(reader->size - reader->pos, static_cast<size_t>(std::max(wanted, 0)));
    std::memcpy(out, reader->data + reader->pos, n);
    reader->pos += n;
    return static_cast<int>(n);
}

struct GifCloser {
    void operator()(GifFileType* gif) const {
        int ignored = 0;
        DGifCloseFile(gif, &ignored);
    }
};
using GifHandle = std::unique_ptr<GifFileType, GifCloser>;

std::string describe(int code) {
    // A short read anywhere means the file stops early; giflib's own wording says less.
    if (code == D_GIF_ERR_READ_FAILED || code == D_GIF_ERR_EOF_TOO_SOON) return "the file is truncated";
    const char* text = GifErrorString(code);
    return text != nullptr ? text : "giflib error " + std::to_string(code);
}

[[noreturn]] void fail(const std::string& name, const std::string& what) {
    throw Error("Image file '" + name + "' could not be decoded as a GIF: " + what + ".");
}

// PIL's _is_palette_needed: a palette whose every entry i is (i, i, i) is no palette at all.
bool isGreyRamp(const ColorMapObject& map) {
    for (int i = 0; i < map.ColorCount; ++i) {
        const GifColorType& c = map.Colors[i];
        if (c.Red != i || c.Green != i || c.Blue != i) return false;
    }
    return true;
}

}  // namespace

DecodedImage decodeGifFirstFrame(const uint8_t* data, size_t size, const std::string& name) {
    MemoryReader reader{data, size};
    int error = 0;
    GifHandle gif(DGifOpen(&reader, readFromMemory, &error));
    if (!gif) fail(name, describe(error));

    // Records up to the first image; a graphic control extension before it may name a transparent index.
    std::optional<int> transparent;
    for (;;) {
        GifRecordType record = UNDEFINED_RECORD_TYPE;
        if (DGifGetRecordType(gif.get(), &record) == GIF_ERROR) fail(name, describe(gif->Error));
        if (record == TERMINATE_RECORD_TYPE) fail(name, "it holds no image");
        if (record == IMAGE_DESC_RECORD_TYPE) break;
        if (record != EXTENSION_RECORD_TYPE) fail(name, "unexpected data between its blocks");
        int code = 0;
        GifByteType* block = nullptr;
        if (DGifGetExtension(gif.get(), &code, &block) == GIF_ERROR) fail(name, describe(gif->Error));
        // block[0] is the sub-block's length: flags, delay (2 bytes), transparent index.
        if (code == GRAPHICS_EXT_FUNC_CODE && block != nullptr && block[0] >= 4) {
            transparent = (block[1] & 1) ? std::optional<int>(block[4]) : std::nullopt;
        }
        while (block != nullptr) {
            if (DGifGetExtensionNext(gif.get(), &block) == GIF_ERROR) fail(name, describe(gif->Error));
        }
    }
    if (DGifGetImageDesc(gif.get()) == GIF_ERROR) fail(name, describe(gif->Error));
    const GifImageDesc& frame = gif->Image;
    if (frame.Width <= 0 || frame.Height <= 0) fail(name, "its first image is empty");

    // The canvas: the logical screen, grown to hold the frame (as PIL does).
    const int width = std::max(gif->SWidth, frame.Left + frame.Width);
    const int height = std::max(gif->SHeight, frame.Top + frame.Height);
    checkDecodedPixelCount(uint64_t(width), uint64_t(height), name);
    cv::Mat indices(height, width, CV_8UC1, cv::Scalar(transparent.value_or(0)));  // [H, W] palette indices

    // Rows arrive in file order; an interlaced image sends every 8th row from 0, every 8th from 4,
    // every 4th from 2, then every 2nd from 1.
    std::vector<int> rowOrder;
    rowOrder.reserve(size_t(frame.Height));
    if (frame.Interlace) {
        const int start[4] = {0, 4, 2, 1}, step[4] = {8, 8, 4, 2};
        for (int pass = 0; pass < 4; ++pass) {
            for (int y = start[pass]; y < frame.Height; y += step[pass]) rowOrder.push_back(y);
        }
    } else {
        for (int y = 0; y < frame.Height; ++y) rowOrder.push_back(y);
    }
    for (const int y : rowOrder) {
        GifPixelType* row = indices.ptr<uint8_t>(frame.Top + y) + frame.Left;
        if (DGifGetLine(gif.get(), row, frame.Width) == GIF_ERROR) fail(name, describe(gif->Error));
    }

    DecodedImage image;
    image.source = name;
    // The frame's own palette, else the global one; a grey ramp counts as none. (A frame whose own
    // palette is the grey ramp under a global colour palette: Pillow labels it "L" yet maps its
    // pixels through the global palette, as here.)
    const ColorMapObject* map = nullptr;
    if (frame.ColorMap != nullptr && !isGreyRamp(*frame.ColorMap)) {
        map = frame.ColorMap;
    } else if (gif->SColorMap != nullptr && !isGreyRamp(*gif->SColorMap)) {
        map = gif->SColorMap;
    }
    if (map == nullptr) {
        image.mode = PixelMode::L;  // PIL's "L": the indices are the grey values
        image.pixels = indices;
        return image;
    }
    // PIL's palette holds the file's entries and, past them, the grey ramp (i, i, i).
    std::array<cv::Vec3b, 256> colours;
    for (int i = 0; i < 256; ++i) colours[size_t(i)] = cv::Vec3b(uint8_t(i), uint8_t(i), uint8_t(i));
    for (int i = 0; i < std::min(map->ColorCount, 256); ++i) {
        colours[size_t(i)] = cv::Vec3b(map->Colors[i].Red, map->Colors[i].Green, map->Colors[i].Blue);
    }
    cv::Mat rgb(height, width, CV_8UC3);  // [H, W] R, G, B
    for (int y = 0; y < height; ++y) {
        const uint8_t* in = indices.ptr<uint8_t>(y);
        cv::Vec3b* out = rgb.ptr<cv::Vec3b>(y);
        for (int x = 0; x < width; ++x) out[x] = colours[in[x]];
    }
    image.mode = PixelMode::RGB;
    image.palette = true;
    image.pixels = rgb;
    return image;
}

}  // namespace clipft
