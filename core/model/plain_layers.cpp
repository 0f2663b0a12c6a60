#include "core/model/plain_layers.h"

#include <ATen/ATen.h>

namespace clipft {

LinearImpl::LinearImpl(int64_t in_features, int64_t out_features, bool with_bias) {
    weight = register_parameter("weight", at::empty({out_features, in_features}));
    if (with_bias) bias = register_parameter("bias", at::empty({out_features}));
}

at::Tensor LinearImpl::forward(const at::Tensor& x) {
    if (x.dim() == 2 && bias.defined()) return at::addmm(bias, x, weight.t());
    at::Tensor y = at::matmul(x, weight.t());
    return bias.defined() ? y + bias : y;
}

LayerNormImpl::LayerNormImpl(int64_t width) {
    weight = register_parameter("weight", at::ones({width}));
    bias = register_parameter("bias", at::zeros({width}));
}

at::Tensor LayerNormImpl::forward(const at::Tensor& x) {
    return at::layer_norm(x, {weight.size(0)}, weight, bias, 1e-5);
}

EmbeddingImpl::EmbeddingImpl(int64_t count, int64_t width) {
    weight = register_parameter("weight", at::empty({count, width}));
}

at::Tensor EmbeddingImpl::forward(const at::Tensor& ids) { return at::embedding(weight, ids); }

PatchConvImpl::PatchConvImpl(int64_t channels, int64_t width, int64_t patch_) : patch(patch_) {
    weight = register_parameter("weight", at::empty({width, channels, patch, patch}));
}

at::Tensor PatchConvImpl::forward(const at::Tensor& images) {
    return at::conv2d(images, weight, {}, {patch, patch});
}

}  // namespace clipft
