// transformers' CLIPModel weight names -> clipft's. q/k/v projections are concatenated into
// open_clip's packed in_proj; the projections are stored transposed (nn.Linear weights).
#pragma once
#include <ATen/Tensor.h>

#include <map>
#include <string>

namespace clipft {

// `source` names the file in errors (an unknown or incomplete q/k/v group).
std::map<std::string, at::Tensor> transformersToInternal(const std::map<std::string, at::Tensor>& weights,
                                                         const std::string& source);

}  // namespace clipft
