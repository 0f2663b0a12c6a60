// Multi-head self-attention with open_clip's parameter layout (nn.MultiheadAttention's packed
// in_proj_weight/in_proj_bias, q,k,v in that order), batch first.
#pragma once
#include "core/model/plain_layers.h"

namespace clipft {

class SelfAttentionImpl : public torch::nn::Module {
public:
    SelfAttentionImpl(int width, int heads);  // parameters uninitialised: see initialize()

    // x: [batch, tokens, width] -> [batch, tokens, width]. causal: token i sees tokens <= i only.
    at::Tensor forward(const at::Tensor& x, bool causal);

    void initialize(double in_std, double out_std);

    int heads;
    at::Tensor in_proj_weight;  // [3*width, width]
    at::Tensor in_proj_bias;    // [3*width]
    Linear out_proj{nullptr};  // [width, width]
};
TORCH_MODULE(SelfAttention);

}  // namespace clipft
