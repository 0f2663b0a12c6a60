// Retrieval metrics of a model on samples of the synthetic demo data set, rendered in memory: the
// demo model's held-out check during pre-training, its test, and the demo's "generic before/after"
// (how much a model fine-tuned on the specialised variant forgot), without writing files.
#pragma once
#include "core/common/progress.h"
#include "core/demo/demo_scene.h"
#include "core/eval/retrieval_metrics.h"
#include "core/model/clip_model.h"
#include "core/text/tokenizer.h"

#include <cstdint>

namespace clipft {

struct DemoEvaluationSet {
    DemoVariant variant = DemoVariant::Generic;
    uint64_t seed = 1;        // generateDemoSample's seed; pick one training never used
    int64_t first_index = 0;  // samples first_index .. first_index + count - 1
    int64_t count = 500;
};

// Embeds the set's images and all their captions with `model` (in eval mode, no gradients; the
// model is left in eval mode) and computes CLIP_benchmark's recall@1/5/10 and ranks. Progress
// stages "images" and "texts"; `cancel` is checked between batches (throws clipft::Cancelled).
RetrievalMetrics evaluateOnDemoSet(ClipModelImpl& model, const Tokenizer& tokenizer, const DemoEvaluationSet& set,
                                   int batch_size = 128, ProgressObserver* observer = nullptr,
                                   const CancelToken* cancel = nullptr);

}  // namespace clipft
