#include "core/model/clip_model.h"

#include <ATen/ATen.h>

#include <cmath>

namespace clipft {

ClipModelImpl::ClipModelImpl(const ClipConfig& c, Init init) : config(c) {
    config.validate();
    visual = register_module("visual", VisionTransformer(c.vision, c.embed_dim, c.quick_gelu));
    text = register_module("text", TextTransformer(c.text, c.embed_dim, c.quick_gelu));
    logit_scale = register_parameter("logit_scale", at::full({}, std::log(1.0 / 0.07)));
    if (init == Init::Random) {
        visual->initialize();
        text->initialize();
    }
}

namespace {
at::Tensor l2normalize(const at::Tensor& x) {
    return x / x.norm(2, -1, /*keepdim=*/true).clamp_min(1e-12);
}
}  // namespace

at::Tensor ClipModelImpl::encodeImage(const at::Tensor& images, bool normalize) {
    at::Tensor features = visual->forward(images);
    return normalize ? l2normalize(features) : features;
}

at::Tensor ClipModelImpl::encodeText(const at::Tensor& tokens, bool normalize) {
    at::Tensor features = text->forward(tokens);
    return normalize ? l2normalize(features) : features;
}

}  // namespace clipft
