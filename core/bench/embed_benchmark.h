// `clipft bench embed`: how fast the towers embed, against the machine's own matmul peak.
#pragma once
#include "core/common/progress.h"
#include "core/model/clip_model.h"
#include "core/text/tokenizer.h"

#include <c10/core/Device.h>

namespace clipft {

struct EmbedBenchmarkOptions {
    int batch_size = 32;
    int image_batches = 4;    // timed batches after one warm-up batch
    int text_captions = 512;  // captions of 10–20 words
    unsigned seed = 1234;
};

struct EmbedBenchmarkResult {
    double peak_gflops = 0;           // measured fp32 matmul rate
    double images_per_s = 0;          // vision tower on preprocessed pixels
    double image_gflops = 0;          // achieved by the vision tower
    double texts_per_s = 0;           // text tower, captions grouped by length, positions trimmed to each batch's longest
    double texts_per_s_full_context = 0;  // the same captions with all context positions computed
    double text_gflops = 0;
    double mean_text_positions = 0;   // positions computed per caption when trimmed
    double text_max_abs_diff = 0;     // trimmed vs full-context embeddings (should be ~1e-6)
};

// Captions are made from a small word list through `tokenizer` when given, else as random ids of
// the same lengths (the config-only benchmark has no vocabulary files).
EmbedBenchmarkResult runEmbedBenchmark(ClipModelImpl& model, const Tokenizer* tokenizer, const c10::Device& device,
                                       const EmbedBenchmarkOptions& options, ProgressObserver* observer = nullptr);

}  // namespace clipft
