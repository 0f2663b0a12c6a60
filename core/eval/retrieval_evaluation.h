// Zero-shot retrieval evaluation of a model on an EvaluationSet, as CLIP_benchmark computes it
// (image and text recall@k, mean and median rank), plus open_clip's contrastive loss on the set.
// The engine behind `clipft eval`, the trainer's periodic evaluation and the demo.
#pragma once
#include "core/common/progress.h"
#include "core/embed/embedding_cache.h"
#include "core/eval/evaluation_set.h"
#include "core/model/clip_model.h"
#include "core/text/tokenizer.h"

#include <c10/core/Device.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace clipft {

struct EvaluationOptions {
    std::vector<int> ks{1, 5, 10};
    int batch_size = 64;  // images (and captions) per forward pass; also the loss's batch
    bool compute_loss = true;
    // Text queries whose top images are reported too (the Train page's probe queries).
    std::vector<std::string> probe_queries;
    int probe_k = 5;
};

// A probe query's best images in the set. When the query is one of the set's captions, the images
// it captions are its ground truth.
struct ProbeResult {
    std::string query;
    std::vector<int64_t> top_images;  // [<= probe_k] indices into the set's images, best first
    std::vector<double> scores;       // [<= probe_k] cosine similarity
    std::vector<bool> top_is_truth;   // [<= probe_k]
    int64_t truth_rank = 0;  // 1 + the images scoring strictly higher than its best truth image; 0: no truth
};

struct EvaluationResult {
    // computeRetrievalMetrics' keys ("image_retrieval_recall@5", ..., "text_retrieval_median_rank")
    // and, when EvaluationOptions::compute_loss, "clip_val_loss".
    std::map<std::string, double> metrics;
    int64_t images = 0;
    int64_t captions = 0;
    int64_t cached_images = 0;      // image embeddings taken from the cache, not computed
    std::string model_fingerprint;  // the one used for the cache; "" when neither given nor needed
    std::vector<ProbeResult> probes;  // one per EvaluationOptions::probe_queries, in order
};

// Image embeddings come from `cache` where it has them for (fingerprint, content hash); only the
// missing images are decoded and encoded, in batches, and written back to the cache batch by batch
// (so a cancelled evaluation keeps what it computed). Text embeddings are recomputed (cheap).
// `fingerprint` "" with a cache: computed here with modelFingerprint(). cache nullptr: nothing is
// cached (e.g. the trainer, whose model changes every step).
//
// clip_val_loss: clipLoss with exp(logit_scale) clamped to at most 100, over consecutive batches
// of batch_size images each paired with its first caption (so no image appears twice in a batch),
// averaged weighted by batch size; a last batch of one image is skipped (its loss is trivially 0)
// unless it is the only one.
//
// The model runs in eval mode without autograd; its train/eval mode is restored on return (the
// trainer calls this mid-training). Progress stages "images" and "texts"; a set cancel token stops
// between batches with clipft::Cancelled. An unreadable image is a clipft::Error naming it.
EvaluationResult evaluateRetrieval(ClipModelImpl& model, const Tokenizer& tokenizer, const EvaluationSet& set,
                                   const EvaluationOptions& options, const c10::Device& device,
                                   EmbeddingCache* cache, const std::string& fingerprint = {},
                                   ProgressObserver* observer = nullptr, const CancelToken* cancel = nullptr);

// The contrastive validation loss alone, from embeddings already computed. image_embeds:
// [images, dim], text_embeds: [captions, dim] (L2-normalised), caption_image: [captions] int64;
// logit_scale_multiplier: [] exp(logit_scale), clamped here to at most 100. As described above.
double contrastiveValidationLoss(const at::Tensor& image_embeds, const at::Tensor& text_embeds,
                                 const at::Tensor& caption_image, const at::Tensor& logit_scale_multiplier,
                                 int batch_size);

}  // namespace clipft
