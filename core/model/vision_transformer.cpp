#include "core/model/vision_transformer.h"

#include <ATen/ATen.h>
#include <torch/nn/init.h>

#include <cmath>

namespace clipft {

VisionTransformerImpl::VisionTransformerImpl(const VisionConfig& c, int embed_dim, bool quick_gelu) : config(c) {
    conv1 = register_module("conv1", PatchConv(3, c.width, c.patch_size));
    class_embedding = register_parameter("class_embedding", at::empty({c.width}));
    positional_embedding = register_parameter("positional_embedding", at::empty({c.tokens(), c.width}));
    ln_pre = register_module("ln_pre", LayerNorm(c.width));
    transformer = register_module("transformer", Transformer(c.width, c.layers, c.heads, c.mlp_width, quick_gelu));
    ln_post = register_module("ln_post", LayerNorm(c.width));
    proj = register_parameter("proj", at::empty({c.width, embed_dim}));
}

void VisionTransformerImpl::initialize() {
    torch::NoGradGuard no_grad;
    const double scale = std::pow(config.width, -0.5);
    // conv1 as torch's Conv2d initialises itself (open_clip leaves it so).
    torch::nn::init::kaiming_uniform_(conv1->weight, std::sqrt(5.0));
    class_embedding.normal_(0.0, scale);
    positional_embedding.normal_(0.0, scale);
    proj.normal_(0.0, scale);
    transformer->initialize();
}

at::Tensor VisionTransformerImpl::forward(const at::Tensor& images) {
    const int64_t batch = images.size(0);
    const int64_t p = config.patch_size, g = config.gridSize(), w = config.width;
    // The stride-p convolution is a GEMM over non-overlapping patches; doing it as one keeps it on
    // the fast BLAS path on CPU. patches: [batch*g*g, 3*p*p] in (channel, row, column) order like
    // the conv weight.
    at::Tensor patches = images.reshape({batch, 3, g, p, g, p})
                             .permute({0, 2, 4, 1, 3, 5})
                             .reshape({batch * g * g, 3 * p * p});
    at::Tensor x = at::matmul(patches, conv1->weight.reshape({w, 3 * p * p}).t());  // [batch*g*g, width]
    x = x.view({batch, g * g, w});
    at::Tensor cls = class_embedding.view({1, 1, w}).expand({batch, 1, w});
    x = at::cat({cls, x}, 1) + positional_embedding;  // [batch, tokens, width]
    x = ln_pre->forward(x);
    x = transformer->forward(x, /*causal=*/false);
    at::Tensor pooled = ln_post->forward(x.select(1, 0));  // [batch, width]
    return at::matmul(pooled, proj);                        // [batch, embed_dim]
}

}  // namespace clipft
