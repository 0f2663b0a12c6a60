// Embeds images and captions with a loaded model: the engine behind `clipft embed`, the evaluator's
// embedding step and the search index.
#pragma once
#include "core/common/progress.h"
#include "core/model/model_folder.h"

#include <string>
#include <vector>

namespace clipft {

struct EmbedRequest {
    std::vector<std::string> image_paths;
    std::vector<std::string> captions;
    int batch_size = 32;
};

struct EmbedResult {
    at::Tensor image_embeds;  // [images, embed_dim] float32 CPU, L2-normalised
    at::Tensor text_embeds;   // [captions, embed_dim] float32 CPU, L2-normalised
    at::Tensor tokens;        // [captions, context_length] int64 CPU: the ids fed to the text tower
};

// Images are decoded on worker threads one batch ahead of the model. Progress stages are "images"
// and "texts"; a set cancel token stops between batches with clipft::Cancelled. A bad image file is
// a clipft::Error naming it.
EmbedResult embed(const LoadedModel& model, const EmbedRequest& request, const c10::Device& device,
                  ProgressObserver* observer = nullptr, const CancelToken* cancel = nullptr);

// [captions, context_length] int64: every caption through the model's tokenizer.
at::Tensor tokenizeCaptions(const Tokenizer& tokenizer, const std::vector<std::string>& captions, int context_length);

// Text embeddings for a token batch; captions are grouped by length so each batch only computes the
// positions its longest caption needs. Output rows are in input order. [n, embed_dim]
at::Tensor encodeTokensByLength(ClipModelImpl& model, const at::Tensor& tokens, int batch_size, const c10::Device& device,
                                ProgressObserver* observer = nullptr, const CancelToken* cancel = nullptr);

}  // namespace clipft
