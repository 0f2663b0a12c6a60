#include "core/train/parameter_groups.h"

#include "core/model/clip_model.h"

namespace clipft {
namespace {

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string lastComponent(const std::string& name) {
    const auto dot = name.rfind('.');
    return dot == std::string::npos ? name : name.substr(dot + 1);
}

}  // namespace

bool isExcludedFromWeightDecay(const std::string& name, const at::Tensor& parameter) {
    if (parameter.dim() < 2) return true;
    const std::string leaf = lastComponent(name);
    if (leaf == "logit_scale" || leaf == "positional_embedding" || leaf == "class_embedding") return true;
    if (endsWith(leaf, "bias")) return true;  // "bias", "in_proj_bias"
    // Norm layers: ln_1, ln_2, ln_pre, ln_post, ln_final (their weights are 1-D anyway).
    return name.rfind("ln_", 0) == 0 || name.find(".ln_") != std::string::npos;
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
