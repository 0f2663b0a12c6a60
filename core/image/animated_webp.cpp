#include "core/image/animated_webp.h"

#include "core/common/error.h"
#include "core/image/image_decoder.h"

#include <webp/demux.h>

#include <memory>

namespace clipft {
namespace {

struct AnimDecoderDeleter {
    void operator()(WebPAnimDecoder* decoder) const { WebPAnimDecoderDelete(decoder); }
};

[[noreturn]] void fail(const std::string& name, const std::string& what) {
    throw Error("Image file '" + name + "' could not be decoded as an animated WebP: " + what + ".");
}

}  // namespace

cv::Mat decodeAnimatedWebpFirstFrame(const uint8_t* data, size_t size, const std::string& name) {
    WebPAnimDecoderOptions options;
    if (!WebPAnimDecoderOptionsInit(&options)) fail(name, "libwebp's version does not match its headers");
    options.color_mode = MODE_RGBA;  // straight alpha, as PIL asks for it
    options.use_threads = 0;
    const WebPData webp{data, size};
    std::unique_ptr<WebPAnimDecoder, AnimDecoderDeleter> decoder(WebPAnimDecoderNew(&webp, &options));
    if (!decoder) fail(name, "the data is corrupt or truncated");
    WebPAnimInfo info;
    if (!WebPAnimDecoderGetInfo(decoder.get(), &info)) fail(name, "its header cannot be read");
    checkDecodedPixelCount(info.canvas_width, info.canvas_height, name);
    if (info.frame_count < 1 || !WebPAnimDecoderHasMoreFrames(decoder.get())) fail(name, "it holds no frame");
    uint8_t* canvas = nullptr;  // owned by the decoder: [canvas_height, canvas_width, 4]
    int timestamp = 0;
    if (!WebPAnimDecoderGetNext(decoder.get(), &canvas, &timestamp) || canvas == nullptr) {
        fail(name, "its first frame is corrupt or truncated");
    }
    const cv::Mat view(int(info.canvas_height), int(info.canvas_width), CV_8UC4, canvas);
    return view.clone();
}

}  // namespace clipft
