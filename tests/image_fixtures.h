// Image files for tests that OpenCV cannot write directly: EXIF-oriented JPEGs, raw byte files.
#pragma once
#include <opencv2/imgcodecs.hpp>

#include <cstdint>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace fixtures {

using Bytes = std::vector<uint8_t>;

inline void writeBytes(const std::string& path, const Bytes& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
}

inline Bytes encode(const std::string& ext, const cv::Mat& image, const std::vector<int>& params = {}) {
    Bytes out;
    if (!cv::imencode(ext, image, out, params)) throw std::runtime_error("could not encode fixture " + ext);
    return out;
}

inline void putBe16(Bytes& b, unsigned v) { b.push_back(uint8_t(v >> 8)); b.push_back(uint8_t(v)); }
inline void putBe32(Bytes& b, uint32_t v) { putBe16(b, v >> 16); putBe16(b, v & 0xFFFF); }
inline void putLe16(Bytes& b, unsigned v) { b.push_back(uint8_t(v)); b.push_back(uint8_t(v >> 8)); }
inline void putLe32(Bytes& b, uint32_t v) { putLe16(b, v & 0xFFFF); putLe16(b, v >> 16); }

// A TIFF-structured EXIF block with a single IFD0 entry: Orientation.
inline Bytes exifBlock(int orientation, bool bigEndian) {
    Bytes t;
    auto u16 = [&](unsigned v) { bigEndian ? putBe16(t, v) : putLe16(t, v); };
    auto u32 = [&](uint32_t v) { bigEndian ? putBe32(t, v) : putLe32(t, v); };
    t.push_back(bigEndian ? 'M' : 'I');
    t.push_back(bigEndian ? 'M' : 'I');
    u16(42);
    u32(8);       // IFD0 right after the header
    u16(1);       // one entry
    u16(0x0112);  // Orientation
    u16(3);       // SHORT
    u32(1);
    u16(static_cast<unsigned>(orientation));
    u16(0);  // padding of the 4-byte value field
    u32(0);  // no next IFD
    return t;
}

// A JPEG with an APP1 Exif segment spliced in right after SOI, where cameras put it.
inline Bytes jpegWithOrientation(const cv::Mat& bgr, int orientation, bool bigEndian) {
    const Bytes jpeg = encode(".jpg", bgr, {cv::IMWRITE_JPEG_QUALITY, 95});
    Bytes app1{0xFF, 0xE1};
    const Bytes tiff = exifBlock(orientation, bigEndian);
    putBe16(app1, static_cast<unsigned>(2 + 6 + tiff.size()));
    for (char c : std::string("Exif\0\0", 6)) app1.push_back(static_cast<uint8_t>(c));
    app1.insert(app1.end(), tiff.begin(), tiff.end());
    Bytes out = jpeg;
    out.insert(out.begin() + 2, app1.begin(), app1.end());
    return out;
}

}  // namespace fixtures
