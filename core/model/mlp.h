// The transformer block's feed-forward part: c_fc -> GELU (exact or quick) -> c_proj.
#pragma once
#include <torch/nn/module.h>
#include <torch/nn/modules/linear.h>

namespace clipft {

class MlpImpl : public torch::nn::Module {
public:
    MlpImpl(int width, int hidden, bool quick_gelu);
    at::Tensor forward(const at::Tensor& x);  // [..., width] -> [..., width]
    void initialize(double fc_std, double proj_std);

    bool quick_gelu;
    torch::nn::Linear c_fc{nullptr};    // [hidden, width]
    torch::nn::Linear c_proj{nullptr};  // [width, hidden]
};
TORCH_MODULE(Mlp);

}  // namespace clipft
