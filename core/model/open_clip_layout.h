// open_clip's weight names <-> clipft's. open_clip keeps the text tower's parameters at the top level
// of CLIP (token_embedding, transformer, ln_final, ...); clipft keeps them under "text.".
#pragma once
#include <ATen/Tensor.h>

#include <map>
#include <string>

namespace clipft {

// Strips a leading "module." (DataParallel checkpoints), drops buffers that are not parameters
// (attn_mask, position_ids) and renames text keys. Tensors are passed through as they are.
std::map<std::string, at::Tensor> openClipToInternal(const std::map<std::string, at::Tensor>& weights);

// The reverse, for writing a folder that open_clip.create_model(..., pretrained=FILE) loads.
std::map<std::string, at::Tensor> internalToOpenClip(const std::map<std::string, at::Tensor>& weights);

}  // namespace clipft
