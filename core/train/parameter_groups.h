// Which parameters AdamW decays: open_clip_train's rule (DESIGN.md, Facts: training).
#pragma once
#include <ATen/Tensor.h>

#include <string>
#include <vector>

namespace clipft {

class ClipModelImpl;

// True for parameters that get no weight decay: ndim < 2, or a name containing "bn", "ln", "bias"
// or "logit_scale". Everything else is decayed, the 2-D positional embeddings included.
bool isExcludedFromWeightDecay(const std::string& name, const at::Tensor& parameter);

struct NamedParameter {
    std::string name;  // "visual.transformer.resblocks.11.attn.in_proj_weight"
    at::Tensor tensor;
};

struct ParameterGroups {
    std::vector<NamedParameter> decay;     // trainable, weight decay applies
    std::vector<NamedParameter> no_decay;  // trainable, no weight decay
};

// The model's trainable parameters (requires_grad, so frozen towers are left out), split by the rule
// above, each group in the model's parameter order.
ParameterGroups splitForWeightDecay(ClipModelImpl& model);

}  // namespace clipft
