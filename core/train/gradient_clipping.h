// Gradient clipping by the global L2 norm, as torch.nn.utils.clip_grad_norm_ computes it (the same
// arithmetic as LibTorch's), but returning the norm as a device tensor: LibTorch's C++ version
// returns a double, which makes a GPU wait for the CPU on every step.
#pragma once
#include <ATen/Tensor.h>

#include <vector>

namespace clipft {

// Scales the gradients by min(1, max_norm / (norm + 1e-6)); returns the norm before clipping,
// [] on the gradients' device (undefined when no parameter has a gradient).
at::Tensor clipGradientNorm(const std::vector<at::Tensor>& parameters, double max_norm);

}  // namespace clipft
