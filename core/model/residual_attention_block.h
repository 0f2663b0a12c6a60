// One pre-norm transformer block: x + attn(ln_1(x)); x + mlp(ln_2(x)). Names as in open_clip.
#pragma once
#include "core/model/mlp.h"
#include "core/model/self_attention.h"

#include <torch/nn/modules/container/modulelist.h>

namespace clipft {

class ResidualAttentionBlockImpl : public torch::nn::Module {
public:
    ResidualAttentionBlockImpl(int width, int heads, int mlp_width, bool quick_gelu);
    at::Tensor forward(const at::Tensor& x, bool causal);  // [batch, tokens, width]

    LayerNorm ln_1{nullptr};
    SelfAttention attn{nullptr};
    LayerNorm ln_2{nullptr};
    Mlp mlp{nullptr};
};
TORCH_MODULE(ResidualAttentionBlock);

// The stack of blocks, registered as `resblocks.N` like open_clip's Transformer.
class TransformerImpl : public torch::nn::Module {
public:
    TransformerImpl(int width, int layers, int heads, int mlp_width, bool quick_gelu);
    at::Tensor forward(at::Tensor x, bool causal);  // [batch, tokens, width]
    // open_clip's initialisation (std scaled by width and depth); the constructor leaves the
    // weights uninitialised.
    void initialize();

    int width;
    std::vector<ResidualAttentionBlock> blocks;
    torch::nn::ModuleList resblocks{nullptr};
};
TORCH_MODULE(Transformer);

}  // namespace clipft
