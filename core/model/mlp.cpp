#include "core/model/mlp.h"

#include <ATen/ATen.h>
#include <torch/nn/init.h>

namespace clipft {

MlpImpl::MlpImpl(int width, int hidden, bool quick_gelu_) : quick_gelu(quick_gelu_) {
    c_fc = register_module("c_fc", Linear(width, hidden));
    c_proj = register_module("c_proj", Linear(hidden, width));
}

void MlpImpl::initialize(double fc_std, double proj_std) {
    torch::NoGradGuard no_grad;
    torch::nn::init::normal_(c_fc->weight, 0.0, fc_std);
    torch::nn::init::normal_(c_proj->weight, 0.0, proj_std);
    c_fc->bias.zero_();
    c_proj->bias.zero_();
}

at::Tensor MlpImpl::forward(const at::Tensor& x) {
    at::Tensor h = c_fc->forward(x);
    // quick_gelu: x * sigmoid(1.702 x), what OpenAI's and laion400m's weights were trained with.
    h = quick_gelu ? h * at::sigmoid(h * 1.702) : at::gelu(h);
    return c_proj->forward(h);
}

}  // namespace clipft
