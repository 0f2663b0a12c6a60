#include "core/model/text_transformer.h"

#include "core/common/error.h"

#include <ATen/ATen.h>
#include <torch/nn/init.h>

#include <cmath>

namespace clipft {

TextTransformerImpl::TextTransformerImpl(const TextConfig& c, int embed_dim, bool quick_gelu) : config(c) {
    token_embedding = register_module("token_embedding", Embedding(c.vocab_size, c.width));
    positional_embedding = register_parameter("positional_embedding", at::empty({c.context_length, c.width}));
    transformer = register_module("transformer", Transformer(c.width, c.layers, c.heads, c.mlp_width, quick_gelu));
    ln_final = register_module("ln_final", LayerNorm(c.width));
    text_projection = register_parameter("text_projection", at::empty({c.width, embed_dim}));
}

void TextTransformerImpl::initialize() {
    torch::NoGradGuard no_grad;
    torch::nn::init::normal_(token_embedding->weight, 0.0, 0.02);
    torch::nn::init::normal_(positional_embedding, 0.0, 0.01);
    transformer->initialize();
    torch::nn::init::normal_(text_projection, 0.0, std::pow(config.width, -0.5));
}

at::Tensor trimToLongestCaption(const at::Tensor& tokens) {
    if (tokens.dim() != 2 || tokens.size(0) == 0) return tokens;
    // EOT has the largest id of the vocabulary, so argmax finds it (as open_clip's pooling does).
    const int64_t used = tokens.argmax(-1).max().item<int64_t>() + 1;
    return tokens.narrow(1, 0, used);
}

at::Tensor TextTransformerImpl::forward(const at::Tensor& tokens, bool trim) {
    if (tokens.dim() != 2 || tokens.size(1) > config.context_length)
        throw Error("text batch must be [batch, <= " + std::to_string(config.context_length) + "] token ids");
    const int64_t batch = tokens.size(0);
    // Trimming reads the longest caption's length; on a GPU that read would wait for the device,
    // so there the caller trims on the CPU before the transfer (trimToLongestCaption).
    const at::Tensor used_tokens = trim && tokens.device().is_cpu() ? trimToLongestCaption(tokens) : tokens;
    const int64_t used = used_tokens.size(1);
    at::Tensor eot = used_tokens.argmax(-1);  // [batch]
    at::Tensor x = token_embedding->forward(used_tokens) + positional_embedding.narrow(0, 0, used);  // [batch, used, width]
    x = transformer->forward(x, /*causal=*/true);
    at::Tensor rows = at::arange(batch, eot.options());
    at::Tensor pooled = ln_final->forward(x.index({rows, eot}));  // [batch, width]
    return at::matmul(pooled, text_projection);                    // [batch, embed_dim]
}

}  // namespace clipft
