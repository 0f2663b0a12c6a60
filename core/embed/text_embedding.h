// Captions into embeddings: tokenized in parallel, grouped by length so that each batch computes
// only the positions its longest caption needs (the text tower is causal, so this changes nothing).
#pragma once
#include "core/common/progress.h"
#include "core/model/clip_model.h"
#include "core/text/tokenizer.h"

#include <c10/core/Device.h>

#include <string>
#include <vector>

namespace clipft {

// [captions, context_length] int64: every caption through the model's tokenizer.
at::Tensor tokenizeCaptions(const Tokenizer& tokenizer, const std::vector<std::string>& captions, int context_length);

// Text embeddings for a token batch, L2-normalised; output rows in input order. "texts" progress;
// a set cancel token stops between batches. [n, embed_dim] float32 CPU
at::Tensor encodeTokensByLength(ClipModelImpl& model, const at::Tensor& tokens, int batch_size, const c10::Device& device,
                                ProgressObserver* observer = nullptr, const CancelToken* cancel = nullptr);

}  // namespace clipft
