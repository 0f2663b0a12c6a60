#include "core/image/image_decoder.h"

#include "core/common/error.h"
#include "core/image/animated_webp.h"
#include "core/image/cmyk_jpeg.h"
#include "core/image/exif_orientation.h"
#include "core/image/gif_decoder.h"
#include "core/image/image_file_probe.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <new>
#include <vector>

namespace clipft {
namespace {

std::string quoted(const std::string& name) { return "'" + name + "'"; }

std::vector<uint8_t> readWholeFile(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) throw Error("Image file " + quoted(path) + " does not exist.");
    if (fs::is_directory(status)) throw Error(quoted(path) + " is a folder, not an image file.");

    errno = 0;
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) {
        const int err = errno;
        throw Error("Cannot open image file " + quoted(path) + ": " +
                    (err != 0 ? std::strerror(err) : "permission denied or unreadable") + ".");
    }
    const std::streamoff size = in.tellg();
    if (size < 0) throw Error("Cannot read image file " + quoted(path) + ".");
    if (size > INT_MAX) throw Error("Image file " + quoted(path) + " is too large (over 2 GiB).");
    std::vector<uint8_t> bytes(static_cast<size_t>(size));
    in.seekg(0);
    if (size > 0 && !in.read(reinterpret_cast<char*>(bytes.data()), size)) {
        throw Error("Cannot read image file " + quoted(path) + " (read error).");
    }
    return bytes;
}

// 16-bit samples to 8 bits by their high byte, as PIL unpacks 16-bit colour ("RGB;16B" and the
// like take the most significant byte of each sample).
cv::Mat to8Bit(const cv::Mat& image, const std::string& name) {
    if (image.depth() == CV_8U) return image;
    if (image.depth() != CV_16U) {
        throw Error("Image file " + quoted(name) +
                    " stores its pixels as signed or floating-point samples; only 8- and 16-bit images are supported.");
    }
    cv::Mat out(image.size(), CV_MAKETYPE(CV_8U, image.channels()));
    const int values = image.cols * image.channels();
    for (int y = 0; y < image.rows; ++y) {
        const uint16_t* in = image.ptr<uint16_t>(y);
        uint8_t* o = out.ptr<uint8_t>(y);
        for (int i = 0; i < values; ++i) o[i] = static_cast<uint8_t>(in[i] >> 8);
    }
    return out;
}

}  // namespace

void checkDecodedPixelCount(uint64_t width, uint64_t height, const std::string& name) {
    if (width * height > (uint64_t(1) << 30)) {
        throw Error("Image file " + quoted(name) + " is too large (" + std::to_string(width) + "x" +
                    std::to_string(height) + " pixels; at most 2^30 pixels are supported).");
    }
}

DecodedImage decodeImageFile(const std::string& path) {
    const std::vector<uint8_t> bytes = readWholeFile(path);
    return decodeImageFromMemory(bytes.data(), bytes.size(), path);
}

namespace {

DecodedImage decodeBytes(const void* data, size_t size, const std::string& name) {
    if (data == nullptr || size == 0) throw Error("Image file " + quoted(name) + " is empty (0 bytes).");
    if (size > INT_MAX) throw Error("Image file " + quoted(name) + " is too large (over 2 GiB).");
    const auto* bytes = static_cast<const uint8_t*>(data);
    const ImageFileProbe probe = probeImageBytes(bytes, size);
    if (!probe.problem.empty()) {
        throw Error("Image file " + quoted(name) + " is damaged: " + probe.problem + ".");
    }

    if (probe.container == ImageContainer::Gif) return decodeGifFirstFrame(bytes, size, name);
    if (probe.container == ImageContainer::WebP && probe.webpAnimated) {
        // PIL: "RGBA" when the file says it has alpha, else "RGB" (the alpha is then all 255).
        DecodedImage image;
        image.source = name;
        cv::Mat rgba = decodeAnimatedWebpFirstFrame(bytes, size, name);
        if (probe.webpAlpha) {
            image.mode = PixelMode::RGBA;
            image.pixels = std::move(rgba);
        } else {
            image.mode = PixelMode::RGB;
            cv::cvtColor(rgba, image.pixels, cv::COLOR_RGBA2RGB);
        }
        image.pixels = applyExifOrientation(image.pixels, probe.exifOrientation);
        return image;
    }
    if (probe.container == ImageContainer::Jpeg && probe.jpegComponents == 4) {
        DecodedImage image;
        image.source = name;
        image.mode = PixelMode::CMYK;
        image.pixels = applyExifOrientation(decodeCmykJpeg(bytes, size, name), probe.exifOrientation);
        return image;
    }

    cv::Mat raw;
    try {
        // IMREAD_UNCHANGED is the only mode that keeps alpha and 16-bit samples; it skips EXIF
        // orientation, which the probe read for us.
        const cv::Mat buffer(1, static_cast<int>(size), CV_8UC1, const_cast<uint8_t*>(bytes));
        raw = cv::imdecode(buffer, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception& e) {
        throw Error("Image file " + quoted(name) + " could not be decoded: " + e.err + ".");
    } catch (const std::exception& e) {
        throw Error("Image file " + quoted(name) + " could not be decoded: " + e.what() + ".");
    }
    if (raw.empty()) {
        if (probe.container == ImageContainer::Unknown) {
            throw Error(quoted(name) + " is not an image clipft can read (expected JPEG, PNG, WebP, BMP, TIFF or GIF).");
        }
        throw Error("Image file " + quoted(name) + " could not be decoded: the " +
                    containerName(probe.container) + " data is corrupt or uses a variant that is not supported.");
    }

    DecodedImage image;
    image.source = name;
    image.palette = probe.paletteLike;
    cv::Mat pixels = to8Bit(raw, name);
    switch (pixels.channels()) {
        case 1:
            image.mode = PixelMode::L;
            break;
        case 2: {  // greyscale + alpha: PIL's "LA" resizes like RGBA with equal colour channels
            cv::Mat planes[2];
            cv::split(pixels, planes);
            if (probe.dropDecodedAlpha) {
                pixels = planes[0];
                image.mode = PixelMode::L;
            } else {
                cv::merge(std::vector<cv::Mat>{planes[0], planes[0], planes[0], planes[1]}, pixels);
                image.mode = PixelMode::RGBA;
            }
            break;
        }
        case 3:
            cv::cvtColor(pixels, pixels, cv::COLOR_BGR2RGB);
            image.mode = PixelMode::RGB;
            break;
        case 4:
            if (probe.dropDecodedAlpha) {
                cv::cvtColor(pixels, pixels, cv::COLOR_BGRA2RGB);
                image.mode = PixelMode::RGB;
            } else {
                cv::cvtColor(pixels, pixels, cv::COLOR_BGRA2RGBA);
                image.mode = PixelMode::RGBA;
            }
            break;
        default:
            throw Error("Image file " + quoted(name) + " has " + std::to_string(pixels.channels()) +
                        " channels; only greyscale, RGB and RGBA images are supported.");
    }
    image.pixels = applyExifOrientation(pixels, probe.exifOrientation);
    return image;
}

}  // namespace

DecodedImage decodeImageFromMemory(const void* data, size_t size, const std::string& name) {
    // Whatever fails past the decoder itself (a conversion, the EXIF rotation, an allocation for a
    // huge image) is still one file's problem, reported with its name, never a crash.
    try {
        return decodeBytes(data, size, name);
    } catch (const Error&) {
        throw;
    } catch (const cv::Exception& e) {
        throw Error("Image file " + quoted(name) + " could not be decoded: " + e.err + ".");
    } catch (const std::bad_alloc&) {
        throw Error("Image file " + quoted(name) + " is too large to decode in the memory available.");
    } catch (const std::exception& e) {
        throw Error("Image file " + quoted(name) + " could not be decoded: " + e.what() + ".");
    }
}

}  // namespace clipft
