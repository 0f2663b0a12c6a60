#include "core/model/self_attention.h"

#include "core/common/torch_compat.h"

#include <ATen/ATen.h>
#include <torch/nn/init.h>

#include <cmath>
#include <limits>

namespace clipft {

SelfAttentionImpl::SelfAttentionImpl(int width, int heads_) : heads(heads_) {
    in_proj_weight = register_parameter("in_proj_weight", at::empty({3 * width, width}));
    in_proj_bias = register_parameter("in_proj_bias", at::empty({3 * width}));
    out_proj = register_module("out_proj", Linear(width, width));
}

void SelfAttentionImpl::initialize(double in_std, double out_std) {
    torch::NoGradGuard no_grad;
    torch::nn::init::normal_(in_proj_weight, 0.0, in_std);
    in_proj_bias.zero_();
    torch::nn::init::normal_(out_proj->weight, 0.0, out_std);
    out_proj->bias.zero_();
}

at::Tensor SelfAttentionImpl::forward(const at::Tensor& x, bool causal) {
    const int64_t batch = x.size(0), tokens = x.size(1), width = x.size(2);
    const int64_t head_dim = width / heads;
    // One GEMM for q, k and v: [batch*tokens, 3*width]
    at::Tensor qkv = at::addmm(in_proj_bias, x.reshape({batch * tokens, width}), in_proj_weight.t());
    qkv = qkv.view({batch, tokens, 3, heads, head_dim}).permute({2, 0, 3, 1, 4});  // [3, batch, heads, tokens, head_dim]
#if CLIPFT_HAVE_SDPA
    // Fused attention (flash / memory-efficient on CUDA); same scale 1/sqrt(head_dim), same mask.
    at::Tensor out = at::scaled_dot_product_attention(qkv[0], qkv[1], qkv[2], {}, 0.0, causal);
#else
    at::Tensor q = qkv[0] * (1.0 / std::sqrt(static_cast<double>(head_dim)));
    at::Tensor k = qkv[1];
    at::Tensor v = qkv[2];
    at::Tensor scores = at::matmul(q, k.transpose(-2, -1));  // [batch, heads, tokens, tokens]
    if (causal) {
        // -inf above the diagonal; the diagonal itself is always visible, so no row is all -inf.
        at::Tensor mask = at::ones({tokens, tokens}, x.options().dtype(at::kBool)).triu(1);
        scores = scores.masked_fill(mask, -std::numeric_limits<float>::infinity());
    }
    at::Tensor attn = at::softmax(scores, -1);
    at::Tensor out = at::matmul(attn, v);  // [batch, heads, tokens, head_dim]
#endif
    out = out.permute({0, 2, 1, 3}).reshape({batch * tokens, width});
    return out_proj->forward(out).view({batch, tokens, width});
}

}  // namespace clipft
