// The transformer block's feed-forward part: c_fc -> GELU (exact or quick) -> c_proj.
#pragma once
#include "core/model/plain_layers.h"

namespace clipft {

class MlpImpl : public torch::nn::Module {
public:
    MlpImpl(int width, int hidden, bool quick_gelu);
    at::Tensor forward(const at::Tensor& x);  // [..., width] -> [..., width]
    void initialize(double fc_std, double proj_std);

    bool quick_gelu;
    Linear c_fc{nullptr};    // [hidden, width]
    Linear c_proj{nullptr};  // [width, hidden]
};
TORCH_MODULE(Mlp);

}  // namespace clipft
