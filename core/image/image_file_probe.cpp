#include "core/image/image_file_probe.h"

#include "core/image/exif_orientation.h"

#include <cstring>

namespace clipft {
namespace {

const char* const kTruncated = "the file is truncated";

uint32_t be32(const uint8_t* p) { return uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3]; }
uint32_t le32(const uint8_t* p) { return uint32_t(p[3]) << 24 | uint32_t(p[2]) << 16 | uint32_t(p[1]) << 8 | p[0]; }
unsigned le16(const uint8_t* p) { return unsigned(p[1]) << 8 | p[0]; }

bool startsWith(const uint8_t* data, size_t size, const char* magic, size_t magicSize) {
    return size >= magicSize && std::memcmp(data, magic, magicSize) == 0;
}

// Walks the marker segments and the entropy-coded data after each SOS (progressive files have
// several) up to EOI. Data after EOI is allowed: some cameras append their own blocks.
void probeJpeg(const uint8_t* d, size_t n, ImageFileProbe& probe) {
    size_t pos = 2;  // after SOI
    bool haveExif = false;
    for (;;) {
        // Tolerate stray bytes before a marker, as libjpeg does (it only warns).
        const void* ff = pos < n ? std::memchr(d + pos, 0xFF, n - pos) : nullptr;
        if (ff == nullptr) {
            probe.problem = std::string(kTruncated) + " (no end-of-image marker)";
            return;
        }
        pos = static_cast<size_t>(static_cast<const uint8_t*>(ff) - d);
        while (pos < n && d[pos] == 0xFF) ++pos;  // fill bytes
        if (pos >= n) {
            probe.problem = std::string(kTruncated) + " (no end-of-image marker)";
            return;
        }
        const uint8_t marker = d[pos++];
        if (marker == 0xD9) return;  // EOI: complete
        if (marker == 0x00 || marker == 0x01 || marker == 0xD8 || (marker >= 0xD0 && marker <= 0xD7)) continue;
        if (n - pos < 2) {
            probe.problem = std::string(kTruncated) + " (inside a JPEG segment header)";
            return;
        }
        const size_t length = size_t(d[pos]) << 8 | d[pos + 1];
        if (length < 2) {
            probe.problem = "the JPEG structure is corrupt (a segment has an impossible length)";
            return;
        }
        if (n - pos < length) {
            probe.problem = std::string(kTruncated) + " (inside a JPEG segment)";
            return;
        }
        if (marker == 0xE1 && !haveExif && length >= 2 + 6 && std::memcmp(d + pos + 2, "Exif\0\0", 6) == 0) {
            haveExif = true;
            probe.exifOrientation = readExifOrientation(d + pos + 2, length - 2);
        }
        // The first frame header (SOF0..SOF15 but DHT, JPG and DAC), as libjpeg reads it:
        // precision, height, width, components.
        const bool frameHeader = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frameHeader && length >= 8 && probe.jpegComponents == 0) probe.jpegComponents = d[pos + 7];
        pos += length;
        if (marker != 0xDA) continue;
        // Entropy-coded data: 0xFF is followed by a stuffed 0x00, a restart marker or fill bytes;
        // anything else is the next marker.
        for (;;) {
            const void* next = pos < n ? std::memchr(d + pos, 0xFF, n - pos) : nullptr;
            if (next == nullptr || static_cast<const uint8_t*>(next) + 1 >= d + n) {
                probe.problem = std::string(kTruncated) + " (image data ends before the end-of-image marker)";
                return;
            }
            pos = static_cast<size_t>(static_cast<const uint8_t*>(next) - d);
            const uint8_t b = d[pos + 1];
            if (b == 0x00 || (b >= 0xD0 && b <= 0xD7)) {
                pos += 2;
            } else if (b == 0xFF) {
                pos += 1;
            } else {
                break;
            }
        }
    }
}

void probePng(const uint8_t* d, size_t n, ImageFileProbe& probe) {
    size_t pos = 8;  // after the signature
    bool first = true;
    for (;;) {
        if (n - pos < 8) {
            probe.problem = std::string(kTruncated) + " (no IEND chunk)";
            return;
        }
        const uint32_t length = be32(d + pos);
        const uint8_t* type = d + pos + 4;
        if (length > 0x7FFFFFFFu) {
            probe.problem = "the PNG structure is corrupt (a chunk has an impossible length)";
            return;
        }
        if (n - pos - 8 < size_t(length) + 4) {
            probe.problem = std::string(kTruncated) + " (a PNG chunk is cut short)";
            return;
        }
        const uint8_t* data = d + pos + 8;
        if (first && std::memcmp(type, "IHDR", 4) != 0) {
            probe.problem = "the PNG structure is corrupt (it does not start with an IHDR chunk)";
            return;
        }
        first = false;
        if (std::memcmp(type, "IHDR", 4) == 0 && length >= 13) {
            const unsigned bitDepth = data[8];
            const unsigned colorType = data[9];
            // PIL: colour type 3 opens as "P", 1-bit greyscale as "1"; both resize with nearest.
            probe.paletteLike = colorType == 3 || (colorType == 0 && bitDepth == 1);
            // Types 0, 2 and 3 have no alpha channel; OpenCV turns a tRNS chunk into one, PIL doesn't.
            probe.dropDecodedAlpha = colorType == 0 || colorType == 2 || colorType == 3;
        } else if (std::memcmp(type, "eXIf", 4) == 0) {
            probe.exifOrientation = readExifOrientation(data, length);
        } else if (std::memcmp(type, "IEND", 4) == 0) {
            return;
        }
        pos += 12 + size_t(length);
    }
}

void probeWebP(const uint8_t* d, size_t n, ImageFileProbe& probe) {
    const size_t riffEnd = size_t(le32(d + 4)) + 8;
    if (riffEnd > n) {
        probe.problem = std::string(kTruncated) + " (shorter than its RIFF header says)";
        return;
    }
    size_t pos = 12;
    while (riffEnd - pos >= 8) {
        const uint32_t length = le32(d + pos + 4);
        if (riffEnd - pos - 8 < length) {
            probe.problem = std::string(kTruncated) + " (a WebP chunk is cut short)";
            return;
        }
        if (std::memcmp(d + pos, "EXIF", 4) == 0) probe.exifOrientation = readExifOrientation(d + pos + 8, length);
        if (std::memcmp(d + pos, "VP8X", 4) == 0 && length >= 1) {
            probe.webpAnimated = (d[pos + 8] & 0x02) != 0;
            probe.webpAlpha = (d[pos + 8] & 0x10) != 0;
        }
        pos += 8 + size_t(length) + (length & 1u);
        if (pos > riffEnd) break;
    }
}

// PIL opens a BMP of up to 8 bits per pixel as "P" (resized with nearest) unless its palette is
// exactly the grey ramp 0, 1, 2, ... (or black, white for two colours); then it is "L" (or "1").
bool bmpOpensAsL(const uint8_t* d, size_t n, uint32_t headerSize, unsigned bitsPerPixel) {
    uint64_t colors = headerSize >= 40 ? le32(d + 14 + 32) : 0;
    if (colors == 0) colors = uint64_t(1) << bitsPerPixel;
    const uint64_t entrySize = headerSize == 12 ? 3 : 4;
    const uint64_t palette = 14 + uint64_t(headerSize);
    if (colors > 65536 || palette + entrySize * colors > n) return false;
    for (uint64_t i = 0; i < colors; ++i) {
        const uint8_t v = static_cast<uint8_t>(colors == 2 ? (i == 0 ? 0 : 255) : (i & 0xFF));
        const uint8_t* e = d + palette + entrySize * i;
        if (e[0] != v || e[1] != v || e[2] != v) return false;
    }
    return colors != 2;  // a black-and-white palette makes PIL's mode "1", which is resized with nearest too
}

void probeBmp(const uint8_t* d, size_t n, ImageFileProbe& probe) {
    if (n < 26) {
        probe.problem = std::string(kTruncated) + " (incomplete BMP header)";
        return;
    }
    const uint64_t pixelOffset = le32(d + 10);
    const uint32_t headerSize = le32(d + 14);
    int64_t width = 0, height = 0;
    unsigned bitsPerPixel = 0;
    uint32_t compression = 0;
    if (headerSize == 12) {  // OS/2 core header
        width = le16(d + 18);
        height = le16(d + 20);
        bitsPerPixel = le16(d + 24);
    } else if (headerSize >= 40 && n >= 14 + 40) {
        width = static_cast<int32_t>(le32(d + 18));
        height = static_cast<int32_t>(le32(d + 22));
        bitsPerPixel = le16(d + 28);
        compression = le32(d + 30);
    } else {
        return;  // leave the verdict to the decoder
    }
    if (bitsPerPixel >= 1 && bitsPerPixel <= 8) probe.paletteLike = !bmpOpensAsL(d, n, headerSize, bitsPerPixel);
    if (compression != 0 || width <= 0 || bitsPerPixel == 0) return;  // RLE/bitfields: decoder decides
    const uint64_t stride = (uint64_t(width) * bitsPerPixel + 31) / 32 * 4;
    const uint64_t rows = static_cast<uint64_t>(height < 0 ? -height : height);
    if (pixelOffset + stride * rows > n) probe.problem = std::string(kTruncated) + " (pixel data is missing)";
}

}  // namespace

const char* containerName(ImageContainer container) {
    switch (container) {
        case ImageContainer::Jpeg: return "JPEG";
        case ImageContainer::Png: return "PNG";
        case ImageContainer::WebP: return "WebP";
        case ImageContainer::Bmp: return "BMP";
        case ImageContainer::Tiff: return "TIFF";
        case ImageContainer::Gif: return "GIF";
        case ImageContainer::Unknown: break;
    }
    return "unknown";
}

ImageFileProbe probeImageBytes(const uint8_t* data, size_t size) {
    ImageFileProbe probe;
    if (data == nullptr) return probe;
    if (startsWith(data, size, "\xFF\xD8\xFF", 3)) {
        probe.container = ImageContainer::Jpeg;
        probeJpeg(data, size, probe);
    } else if (startsWith(data, size, "\x89PNG\r\n\x1A\n", 8)) {
        probe.container = ImageContainer::Png;
        probePng(data, size, probe);
    } else if (size >= 12 && std::memcmp(data, "RIFF", 4) == 0 && std::memcmp(data + 8, "WEBP", 4) == 0) {
        probe.container = ImageContainer::WebP;
        probeWebP(data, size, probe);
    } else if (startsWith(data, size, "BM", 2)) {
        probe.container = ImageContainer::Bmp;
        probeBmp(data, size, probe);
    } else if (startsWith(data, size, "II*\0", 4) || startsWith(data, size, "MM\0*", 4)) {
        probe.container = ImageContainer::Tiff;  // libtiff reports damage itself
    } else if (startsWith(data, size, "GIF87a", 6) || startsWith(data, size, "GIF89a", 6)) {
        probe.container = ImageContainer::Gif;  // giflib reports damage, the decoder the mode
    }
    return probe;
}

}  // namespace clipft
