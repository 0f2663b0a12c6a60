// Copies a named set of tensors into a module's parameters, checking that every parameter is
// present with its exact shape and that nothing is left over.
#pragma once
#include <torch/nn/module.h>

#include <map>
#include <string>

namespace clipft {

// weights: clipft's internal parameter names -> tensors (any float dtype, any device).
// Throws clipft::Error naming the first missing, unexpected or wrongly shaped tensor (and how many
// more there are) with `source` (the file) in the message. Nothing is modified on error.
void assignWeights(torch::nn::Module& module, const std::map<std::string, at::Tensor>& weights,
                   const std::string& source);

}  // namespace clipft
