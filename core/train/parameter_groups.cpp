#include "core/train/parameter_groups.h"

#include "core/model/clip_model.h"

namespace clipft {
namespace {

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

}  // namespace

// open_clip_train/main.py: exclude = lambda n, p: p.ndim < 2 or "bn" in n or "ln" in n or "bias" in n
// or 'logit_scale' in n. Substring tests on the whole name, as there: the 2-D positional embeddings
// are decayed, the 1-D class embedding is exempt by its ndim.
bool isExcludedFromWeightDecay(const std::string& name, const at::Tensor& parameter) {
    return parameter.dim() < 2 || contains(name, "bn") || contains(name, "ln") || contains(name, "bias") ||
           contains(name, "logit_scale");
}

ParameterGroups splitForWeightDecay(ClipModelImpl& model) {
    ParameterGroups groups;
    for (const auto& item : model.named_parameters(/*recurse=*/true)) {
        if (!item.value().requires_grad()) continue;
        NamedParameter parameter{item.key(), item.value()};
        (isExcludedFromWeightDecay(item.key(), item.value()) ? groups.no_decay : groups.decay).push_back(parameter);
    }
    return groups;
}

}  // namespace clipft
