// WiSE-FT (Wortsman et al., "Robust fine-tuning of zero-shot models"): a model whose weights are
// (1 − α)·pretrained + α·fine-tuned. Fine-tuning on a narrow domain makes CLIP forget; an α below 1
// keeps most of the new domain's gain and most of what the pre-trained model knew.
#pragma once
#include "core/model/clip_model.h"

#include <vector>

namespace clipft {

// A new model (on the CPU, eval mode) with the interpolated weights. α = 0 gives the pre-trained
// weights, α = 1 the fine-tuned ones. Throws clipft::Error when α is outside [0, 1] or the two models
// differ in any tensor's name or shape.
ClipModel wiseFtInterpolate(ClipModelImpl& pretrained, ClipModelImpl& finetuned, double alpha);

// The α values a sweep evaluates by default: 0, 0.1, ..., 1.
std::vector<double> defaultWiseFtAlphas();

}  // namespace clipft
