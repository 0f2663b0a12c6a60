// CLIP's image tower (open_clip's VisionTransformer with the standard options):
// patchify (conv1, no bias) -> [class] + patches -> + positional -> ln_pre -> blocks -> ln_post on
// the class token -> @ proj.
#pragma once
#include "core/model/clip_config.h"
#include "core/model/residual_attention_block.h"

#include "core/model/plain_layers.h"

namespace clipft {

class VisionTransformerImpl : public torch::nn::Module {
public:
    VisionTransformerImpl(const VisionConfig& config, int embed_dim, bool quick_gelu);  // uninitialised
    void initialize();  // open_clip's random initialisation

    // images: [batch, 3, image_size, image_size] normalised -> [batch, embed_dim] (not normalised)
    at::Tensor forward(const at::Tensor& images);

    VisionConfig config;
    PatchConv conv1{nullptr};      // weight [width, 3, patch, patch]
    at::Tensor class_embedding;        // [width]
    at::Tensor positional_embedding;   // [grid*grid + 1, width]
    LayerNorm ln_pre{nullptr};
    Transformer transformer{nullptr};
    LayerNorm ln_post{nullptr};
    at::Tensor proj;                   // [width, embed_dim]
};
TORCH_MODULE(VisionTransformer);

}  // namespace clipft
