#include "core/model/residual_attention_block.h"

#include <cmath>

namespace clipft {

ResidualAttentionBlockImpl::ResidualAttentionBlockImpl(int width, int heads, int mlp_width, bool quick_gelu) {
    ln_1 = register_module("ln_1", LayerNorm(width));
    attn = register_module("attn", SelfAttention(width, heads));
    ln_2 = register_module("ln_2", LayerNorm(width));
    mlp = register_module("mlp", Mlp(width, mlp_width, quick_gelu));
}

at::Tensor ResidualAttentionBlockImpl::forward(const at::Tensor& x, bool causal) {
    at::Tensor h = x + attn->forward(ln_1->forward(x), causal);
    return h + mlp->forward(ln_2->forward(h));
}

TransformerImpl::TransformerImpl(int width_, int layers, int heads, int mlp_width, bool quick_gelu) : width(width_) {
    resblocks = register_module("resblocks", torch::nn::ModuleList());
    for (int i = 0; i < layers; ++i) {
        blocks.emplace_back(width, heads, mlp_width, quick_gelu);
        resblocks->push_back(blocks.back());
    }
}

void TransformerImpl::initialize() {
    const double layers = static_cast<double>(blocks.size());
    const double proj_std = std::pow(width, -0.5) * std::pow(2.0 * layers, -0.5);
    const double attn_std = std::pow(width, -0.5);
    const double fc_std = std::pow(2.0 * width, -0.5);
    for (auto& block : blocks) {
        block->attn->initialize(attn_std, proj_std);
        block->mlp->initialize(fc_std, proj_std);
    }
}

at::Tensor TransformerImpl::forward(at::Tensor x, bool causal) {
    for (auto& block : blocks) x = block->forward(x, causal);
    return x;
}

}  // namespace clipft
