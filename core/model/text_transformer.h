// CLIP's text tower: token + positional embedding -> causal blocks -> ln_final at the EOT token
// (argmax of the ids) -> @ text_projection. Parameter names as in open_clip's CLIP (under "text.").
#pragma once
#include "core/model/clip_config.h"
#include "core/model/residual_attention_block.h"

#include "core/model/plain_layers.h"

namespace clipft {

class TextTransformerImpl : public torch::nn::Module {
public:
    TextTransformerImpl(const TextConfig& config, int embed_dim, bool quick_gelu);  // uninitialised
    void initialize();  // open_clip's random initialisation

    // tokens: [batch, context_length] int64 -> [batch, embed_dim] (not normalised).
    // Only positions up to the batch's last EOT are computed: with a causal mask, later positions
    // never influence an EOT row, so the result is identical and short captions are much cheaper.
    // Tokens on a GPU are not trimmed here (finding the length would wait for the device): trim
    // them on the CPU with trimToLongestCaption() before moving them.
    // trim=false runs all context positions (the reference's way; kept for benchmarks and tests).
    at::Tensor forward(const at::Tensor& tokens, bool trim = true);

    TextConfig config;
    Embedding token_embedding{nullptr};  // weight [vocab, width]
    at::Tensor positional_embedding;                // [context_length, width]
    Transformer transformer{nullptr};
    LayerNorm ln_final{nullptr};
    at::Tensor text_projection;                     // [width, embed_dim]
};
TORCH_MODULE(TextTransformer);

// tokens [batch, context] -> [batch, used]: the columns up to the batch's last EOT token. Later
// columns never reach an EOT row through the causal mask, so dropping them changes nothing.
at::Tensor trimToLongestCaption(const at::Tensor& tokens);

}  // namespace clipft
