// A model's identity for caches and records: a hash of everything that decides what the model
// computes (its config and every weight), not of where it was loaded from. The embedding cache is
// keyed by it, so an unchanged model finds the image embeddings it computed before.
#pragma once
#include "core/model/clip_model.h"

#include <string>

namespace clipft {

// 32 hex digits: XXH3-128 over the open_clip config JSON and every named parameter and buffer
// (name, dtype, shape, and the bytes of a contiguous fp32 CPU copy). The same weights give the same
// string wherever they were loaded from (folder, layout, device); changing any weight changes it.
// Reads every weight once (copying from the GPU when the model is there): about a second for
// ViT-L-14, so compute it once per model, not per batch.
std::string modelFingerprint(ClipModelImpl& model);

}  // namespace clipft
