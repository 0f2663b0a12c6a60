#include "core/image/exif_orientation.h"

#include <cstring>

namespace clipft {
namespace {

class TiffReader {
public:
    TiffReader(const uint8_t* data, size_t size, bool bigEndian) : data_(data), size_(size), big_(bigEndian) {}

    bool u16(size_t at, unsigned& out) const {
        if (at > size_ || size_ - at < 2) return false;
        out = big_ ? (data_[at] << 8 | data_[at + 1]) : (data_[at + 1] << 8 | data_[at]);
        return true;
    }
    bool u32(size_t at, uint32_t& out) const {
        if (at > size_ || size_ - at < 4) return false;
        const uint8_t* p = data_ + at;
        out = big_ ? (uint32_t(p[0]) << 24 | uint32_t(p[1]) << 16 | uint32_t(p[2]) << 8 | p[3])
                   : (uint32_t(p[3]) << 24 | uint32_t(p[2]) << 16 | uint32_t(p[1]) << 8 | p[0]);
        return true;
    }

private:
    const uint8_t* data_;
    size_t size_;
    bool big_;
};

constexpr unsigned kOrientationTag = 0x0112;
constexpr unsigned kTypeShort = 3;

}  // namespace

int readExifOrientation(const uint8_t* data, size_t size) {
    if (data == nullptr) return 1;
    if (size >= 6 && std::memcmp(data, "Exif\0\0", 6) == 0) {
        data += 6;
        size -= 6;
    }
    if (size < 8) return 1;
    bool bigEndian;
    if (std::memcmp(data, "II*\0", 4) == 0) {
        bigEndian = false;
    } else if (std::memcmp(data, "MM\0*", 4) == 0) {
        bigEndian = true;
    } else {
        return 1;
    }
    const TiffReader tiff(data, size, bigEndian);
    uint32_t ifd0 = 0;
    unsigned entries = 0;
    if (!tiff.u32(4, ifd0) || !tiff.u16(ifd0, entries)) return 1;
    for (unsigned i = 0; i < entries; ++i) {
        const size_t entry = size_t(ifd0) + 2 + size_t(i) * 12;
        unsigned tag = 0, type = 0, value = 0;
        uint32_t count = 0;
        if (!tiff.u16(entry, tag) || !tiff.u16(entry + 2, type) || !tiff.u32(entry + 4, count)) return 1;
        if (tag != kOrientationTag) continue;
        // A single SHORT sits left-aligned in the 4-byte value field.
        if (type != kTypeShort || count < 1 || !tiff.u16(entry + 8, value)) return 1;
        return (value >= 1 && value <= 8) ? static_cast<int>(value) : 1;
    }
    return 1;
}

cv::Mat applyExifOrientation(const cv::Mat& image, int orientation) {
    cv::Mat out;
    switch (orientation) {
        case 2: cv::flip(image, out, 1); break;
        case 3: cv::flip(image, out, -1); break;
        case 4: cv::flip(image, out, 0); break;
        case 5: cv::transpose(image, out); break;
        case 6: cv::transpose(image, out); cv::flip(out, out, 1); break;
        case 7: cv::transpose(image, out); cv::flip(out, out, -1); break;
        case 8: cv::transpose(image, out); cv::flip(out, out, 0); break;
        default: return image;
    }
    return out;
}

}  // namespace clipft
