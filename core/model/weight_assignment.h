// Copies a named set of tensors into a module's parameters, checking that every parameter is
// present with its exact shape and that nothing is left over.
#pragma once
#include <torch/nn/module.h>

#include <functional>
#include <map>
#include <string>

namespace clipft {

// weights: clipft's internal parameter names -> tensors (any float dtype, any device).
// Throws clipft::Error naming the first missing, unexpected or wrongly shaped tensor (and how many
// more there are) with `source` (the file) in the message. Nothing is modified on error.
// A tensor of the parameter's dtype and device becomes the parameter's data (no copy: a weight
// memory-mapped from a file stays in the page cache, private copy-on-write if training changes it);
// any other is converted into the parameter's own memory.
// `after_each` (may be empty) is called after each parameter with (done, total); it may throw
// clipft::Cancelled, which leaves the module partly assigned (the caller discards it).
void assignWeights(torch::nn::Module& module, const std::map<std::string, at::Tensor>& weights,
                   const std::string& source,
                   const std::function<void(size_t done, size_t total)>& after_each = {});

}  // namespace clipft
