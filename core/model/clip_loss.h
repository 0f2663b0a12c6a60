// open_clip's contrastive loss: the mean of cross-entropy over images (each image's caption among
// the batch's captions) and over captions (each caption's image among the batch's images).
#pragma once
#include <ATen/Tensor.h>

namespace clipft {

// image_features, text_features: [batch, embed_dim], row i of each is a positive pair (both
// L2-normalised, as ClipModel::encode* returns them); logit_scale: [] the *multiplier* s =
// exp(model.logit_scale). Returns [] (CE(s·I·Tᵀ, arange) + CE(s·T·Iᵀ, arange)) / 2.
at::Tensor clipLoss(const at::Tensor& image_features, const at::Tensor& text_features, const at::Tensor& logit_scale);

}  // namespace clipft
