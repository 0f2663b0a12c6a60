#include "core/model/weight_assignment.h"

#include "core/common/error.h"

#include <sstream>

namespace clipft {

namespace {
std::string shapeText(at::IntArrayRef sizes) {
    std::ostringstream out;
    out << "[";
    for (size_t i = 0; i < sizes.size(); ++i) out << (i ? ", " : "") << sizes[i];
    out << "]";
    return out.str();
}

std::string listProblems(const std::vector<std::string>& items, const std::string& what) {
    std::string text = what + " '" + items.front() + "'";
    if (items.size() > 1) text += " (and " + std::to_string(items.size() - 1) + " more)";
    return text;
}
}  // namespace

void assignWeights(torch::nn::Module& module, const std::map<std::string, at::Tensor>& weights,
                   const std::string& source, const std::function<void(size_t done, size_t total)>& after_each) {
    auto params = module.named_parameters(/*recurse=*/true);
    std::vector<std::string> missing, unexpected, wrong_shape;
    for (const auto& item : params) {
        auto it = weights.find(item.key());
        if (it == weights.end()) {
            missing.push_back(item.key());
        } else if (!it->second.sizes().equals(item.value().sizes())) {
            wrong_shape.push_back(item.key() + "' has shape " + shapeText(it->second.sizes()) + " but the model needs " +
                                  shapeText(item.value().sizes()) + "'");
        } else if (!it->second.is_floating_point()) {
            throw Error(source + ": tensor '" + item.key() + "' is not a floating-point tensor");
        }
    }
    for (const auto& [name, tensor] : weights) {
        if (!params.contains(name)) unexpected.push_back(name);
    }
    if (!wrong_shape.empty()) {
        // The message already has its quotes: "tensor 'x' has shape [..] but the model needs [..]"
        std::string first = wrong_shape.front();
        first.pop_back();
        throw Error(source + ": tensor '" + first +
                    (wrong_shape.size() > 1 ? " (and " + std::to_string(wrong_shape.size() - 1) + " more)" : "") +
                    " — the weights belong to a model of another size than its config says");
    }
    if (!missing.empty()) throw Error(source + ": " + listProblems(missing, "missing tensor"));
    if (!unexpected.empty())
        throw Error(source + ": " + listProblems(unexpected, "unexpected tensor") +
                    " — the weights belong to another architecture than clipft's CLIP");

    torch::NoGradGuard no_grad;
    size_t done = 0;
    for (auto& item : params) {
        at::Tensor& target = item.value();
        const at::Tensor& source_tensor = weights.at(item.key());
        if (source_tensor.scalar_type() == target.scalar_type() && source_tensor.device() == target.device() &&
            source_tensor.is_contiguous())
            target.set_data(source_tensor);
        else
            target.set_data(source_tensor.to(target.device(), target.scalar_type()).contiguous());
        if (after_each) after_each(++done, params.size());
    }
}

}  // namespace clipft
