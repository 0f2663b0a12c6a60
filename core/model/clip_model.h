// The joint CLIP model: image tower ("visual."), text tower ("text."), and the learned temperature.
#pragma once
#include "core/model/clip_config.h"
#include "core/model/text_transformer.h"
#include "core/model/vision_transformer.h"

namespace clipft {

class ClipModelImpl : public torch::nn::Module {
public:
    // Random: open_clip's initialisation, for a model trained from scratch. Uninitialised: the
    // parameters' memory is allocated but never written, for a model whose weights are loaded next
    // (model_folder.h); their values are garbage until then.
    enum class Init { Random, Uninitialised };
    explicit ClipModelImpl(const ClipConfig& config, Init init = Init::Random);

    // images: [batch, 3, S, S] -> [batch, embed_dim], L2-normalised when normalize.
    at::Tensor encodeImage(const at::Tensor& images, bool normalize = true);
    // tokens: [batch, context] int64 -> [batch, embed_dim], L2-normalised when normalize.
    at::Tensor encodeText(const at::Tensor& tokens, bool normalize = true);

    ClipConfig config;
    VisionTransformer visual{nullptr};
    TextTransformer text{nullptr};
    at::Tensor logit_scale;  // [] stored as a log; exp() is the softmax temperature's inverse
};
TORCH_MODULE(ClipModel);

}  // namespace clipft
