#include "core/dataset/image_validation.h"

#include "core/common/error.h"
#include "core/image/image_decoder.h"
#include "core/image/image_file_probe.h"

#include "core/common/content_hasher.h"

#include <cstdio>
#include <cstring>
#include <fstream>
#include <vector>

namespace clipft {

namespace {

std::string hexHash(const std::vector<uint8_t>& bytes) { return ContentHasher::hexOf(bytes.data(), bytes.size()); }

// Formats people do have in photo folders that clipft does not decode.
const char* unsupportedFormatName(const std::vector<uint8_t>& b) {
    auto starts = [&](const std::string& magic, size_t offset = 0) {  // std::string: magic may hold NULs
        return b.size() >= offset + magic.size() && std::memcmp(b.data() + offset, magic.data(), magic.size()) == 0;
    };
    if (starts("ftypheic", 4) || starts("ftypheix", 4) || starts("ftypmif1", 4) || starts("ftyphevc", 4)) return "HEIC";
    if (starts("ftypavif", 4)) return "AVIF";
    if (starts("\xFF\x0A") || starts(std::string("\x00\x00\x00\x0CJXL ", 8))) return "JPEG XL";
    return nullptr;
}

ImageCheck fail(ImportProblemKind kind, std::string reason) {
    ImageCheck check;
    check.problem = kind;
    check.reason = std::move(reason);
    return check;
}

}  // namespace

ImageCheck checkImageFile(const std::string& path, int min_side) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(ImportProblemKind::MissingFile, "the file does not exist or cannot be read");
    std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.empty()) return fail(ImportProblemKind::NotAnImage, "the file is empty (0 bytes)");
    if (const char* format = unsupportedFormatName(bytes))
        return fail(ImportProblemKind::UnsupportedFormat,
                    std::string("a ") + format + " image: convert it to JPEG or PNG to use it");
    if (probeImageBytes(bytes.data(), bytes.size()).container == ImageContainer::Unknown)
        return fail(ImportProblemKind::NotAnImage, "not an image file (no JPEG, PNG, WebP, BMP, TIFF or GIF header)");

    ImageCheck check;
    try {
        const DecodedImage image = decodeImageFromMemory(bytes.data(), bytes.size(), path);
        check.width = image.width();
        check.height = image.height();
    } catch (const Error& e) {
        // The decoder's message starts with the file name; the report already shows the path.
        std::string reason = e.what();
        if (reason.rfind(path + ": ", 0) == 0) reason = reason.substr(path.size() + 2);
        return fail(ImportProblemKind::Corrupt, reason);
    }
    if (min_side > 0 && std::min(check.width, check.height) < min_side)
        return fail(ImportProblemKind::TooSmall, std::to_string(check.width) + "x" + std::to_string(check.height) +
                                                     " is smaller than the minimum side of " + std::to_string(min_side));
    check.ok = true;
    check.content_hash = hexHash(bytes);
    return check;
}

}  // namespace clipft
