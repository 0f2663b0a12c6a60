#include "core/image/cmyk_jpeg.h"

#include "core/common/error.h"
#include "core/image/image_decoder.h"

// jpeglib.h needs size_t and FILE declared first.
#include <cstdio>
#include <csetjmp>
#include <jpeglib.h>

namespace clipft {
namespace {

// libjpeg reports fatal errors through error_exit, which must not return: it jumps back to the
// setjmp in whichever step was running. Only plain C data lives in the frames it jumps over.
struct JpegErrors {
    jpeg_error_mgr base;  // first, so libjpeg's pointer to it is a pointer to the whole
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

struct JpegSession {
    jpeg_decompress_struct info;
    JpegErrors errors;
    bool created = false;
};

extern "C" void jumpOnJpegError(j_common_ptr info) {
    auto* errors = reinterpret_cast<JpegErrors*>(info->err);
    (*info->err->format_message)(info, errors->message);
    std::longjmp(errors->jump, 1);
}

// Warnings (extraneous bytes, corrupt data that libjpeg fills in) are not errors to PIL either.
extern "C" void ignoreJpegMessage(j_common_ptr, int) {}

// Reads the header; false on a libjpeg error.
bool readHeader(JpegSession& s, const uint8_t* data, size_t size) {
    s.info.err = jpeg_std_error(&s.errors.base);
    s.errors.base.error_exit = jumpOnJpegError;
    s.errors.base.emit_message = ignoreJpegMessage;
    s.errors.message[0] = '\0';
    if (setjmp(s.errors.jump) != 0) return false;
    jpeg_create_decompress(&s.info);
    s.created = true;
    jpeg_mem_src(&s.info, const_cast<unsigned char*>(data), static_cast<unsigned long>(size));
    jpeg_read_header(&s.info, TRUE);
    return true;
}

// Starts decompression to CMYK (which for a progressive file already decodes every scan); false on
// a libjpeg error.
bool startCmykDecode(JpegSession& s) {
    if (setjmp(s.errors.jump) != 0) return false;
    s.info.out_color_space = JCS_CMYK;  // from CMYK or YCCK, as PIL asks for it
    jpeg_start_decompress(&s.info);
    return true;
}

// Decodes every row into `pixels` (output_height rows of `stride` bytes); false on a libjpeg error.
bool readCmykRows(JpegSession& s, uint8_t* pixels, size_t stride) {
    if (setjmp(s.errors.jump) != 0) return false;
    while (s.info.output_scanline < s.info.output_height) {
        JSAMPROW row = pixels + stride * s.info.output_scanline;
        jpeg_read_scanlines(&s.info, &row, 1);
    }
    jpeg_finish_decompress(&s.info);
    return true;
}

class SessionCleanup {
public:
    explicit SessionCleanup(JpegSession& s) : s_(s) {}
    ~SessionCleanup() {
        if (s_.created) jpeg_destroy_decompress(&s_.info);
    }
    SessionCleanup(const SessionCleanup&) = delete;
    SessionCleanup& operator=(const SessionCleanup&) = delete;

private:
    JpegSession& s_;
};

[[noreturn]] void throwJpegError(const JpegSession& s, const std::string& name) {
    const std::string what = s.errors.message[0] != '\0' ? s.errors.message : "libjpeg failed";
    throw Error("Image file '" + name + "' could not be decoded as a CMYK JPEG: " + what + ".");
}

}  // namespace

cv::Mat decodeCmykJpeg(const uint8_t* data, size_t size, const std::string& name) {
    JpegSession session;
    SessionCleanup cleanup(session);
    if (!readHeader(session, data, size)) throwJpegError(session, name);
    checkDecodedPixelCount(session.info.image_width, session.info.image_height, name);
    if (!startCmykDecode(session)) throwJpegError(session, name);
    cv::Mat pixels(static_cast<int>(session.info.output_height), static_cast<int>(session.info.output_width),
                   CV_8UC4);  // [H, W] C, M, Y, K as libjpeg gives them
    if (!readCmykRows(session, pixels.data, pixels.step[0])) throwJpegError(session, name);
    // PIL's "CMYK;I": ink = 255 - sample.
    cv::bitwise_not(pixels, pixels);
    return pixels;
}

cv::Mat pilCmykToRgb(const cv::Mat& cmyk) {
    cv::Mat rgb(cmyk.size(), CV_8UC3);
    for (int y = 0; y < cmyk.rows; ++y) {
        const uint8_t* in = cmyk.ptr<uint8_t>(y);
        uint8_t* out = rgb.ptr<uint8_t>(y);
        for (int x = 0; x < cmyk.cols; ++x, in += 4, out += 3) {
            for (int c = 0; c < 3; ++c) out[c] = pilCmykInkToRgb(in[c], in[3]);
        }
    }
    return rgb;
}

}  // namespace clipft
