#include "core/train/gradient_clipping.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

namespace clipft {

at::Tensor clipGradientNorm(const std::vector<at::Tensor>& parameters, double max_norm) {
    torch::NoGradGuard no_grad;
    std::vector<at::Tensor> grads, norms;
    for (const auto& parameter : parameters) {
        if (!parameter.grad().defined()) continue;
        grads.push_back(parameter.grad());
        norms.push_back(parameter.grad().norm(2));  // []
    }
    if (grads.empty()) return at::Tensor();
    const at::Tensor total = norms.size() == 1 ? norms[0] : at::stack(norms).norm(2);  // []
    const at::Tensor coefficient = (max_norm / (total + 1e-6)).clamp_max(1.0);  // []
    for (auto& grad : grads) grad.mul_(coefficient);
    return total;
}

}  // namespace clipft
