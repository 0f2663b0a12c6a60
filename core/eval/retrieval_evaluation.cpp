#include "core/eval/retrieval_evaluation.h"

#include "core/common/error.h"
#include "core/embed/cached_image_embeddings.h"
#include "core/embed/text_embedding.h"
#include "core/eval/retrieval_metrics.h"
#include "core/model/model_fingerprint.h"
#include "core/model/clip_loss.h"

#include <ATen/ATen.h>
#include <c10/core/GradMode.h>

#include <algorithm>
#include <limits>

namespace clipft {

namespace {

void checkCancel(const CancelToken* cancel) {
    if (cancel && cancel->isCancelled()) throw Cancelled();
}

// Puts the model in eval mode and gives it back in the mode it had, whatever way the evaluation
// ends: the trainer evaluates mid-training and goes on training.
class EvalModeScope {
public:
    explicit EvalModeScope(ClipModelImpl& model) : model_(model), was_training_(model.is_training()) { model_.eval(); }
    ~EvalModeScope() { model_.train(was_training_); }
    EvalModeScope(const EvalModeScope&) = delete;
    EvalModeScope& operator=(const EvalModeScope&) = delete;

private:
    ClipModelImpl& model_;
    bool was_training_;
};

// The top images of each probe query, and the rank of its ground truth when it is a caption.
std::vector<ProbeResult> probeQueries(ClipModelImpl& model, const Tokenizer& tokenizer, const EvaluationSet& set,
                                      const at::Tensor& image_embeds, const EvaluationOptions& options,
                                      const c10::Device& device) {
    const at::Tensor tokens = tokenizeCaptions(tokenizer, options.probe_queries, model.config.text.context_length);
    const at::Tensor queries = encodeTokensByLength(model, tokens, options.batch_size, device);  // [q, dim]
    const at::Tensor scores = queries.matmul(image_embeds.to(at::kCPU, at::kFloat).t()).contiguous();  // [q, images]
    const int64_t k = std::min<int64_t>(std::max(options.probe_k, 1), scores.size(1));
    const auto [top_scores, top_indices] = scores.topk(k, 1);  // [q, k] each
    std::vector<ProbeResult> probes;
    for (size_t q = 0; q < options.probe_queries.size(); ++q) {
        ProbeResult probe;
        probe.query = options.probe_queries[q];
        std::vector<bool> is_truth(set.image_paths.size(), false);
        bool has_truth = false;
        for (size_t c = 0; c < set.captions.size(); ++c)
            if (set.captions[c] == probe.query) is_truth[set.caption_image[c]] = has_truth = true;
        const float* row = scores[q].data_ptr<float>();
        for (int64_t j = 0; j < k; ++j) {
            const int64_t image = top_indices[q][j].item<int64_t>();
            probe.top_images.push_back(image);
            probe.scores.push_back(top_scores[q][j].item<float>());
            probe.top_is_truth.push_back(is_truth[image]);
        }
        if (has_truth) {
            float best = -std::numeric_limits<float>::infinity();
            for (size_t i = 0; i < is_truth.size(); ++i)
                if (is_truth[i]) best = std::max(best, row[i]);
            probe.truth_rank = 1;
            for (size_t i = 0; i < is_truth.size(); ++i) probe.truth_rank += row[i] > best ? 1 : 0;
        }
        probes.push_back(std::move(probe));
    }
    return probes;
}

void validateSet(const EvaluationSet& set) {
    const std::string name = "dataset '" + set.dataset + "' split '" + set.split + "'";
    if (set.image_paths.empty() || set.captions.empty()) throw Error("nothing to evaluate: " + name + " has no images with captions");
    if (set.content_hashes.size() != set.image_paths.size() || set.caption_image.size() != set.captions.size())
        throw Error("evaluation set of " + name + " is inconsistent (one content hash per image, one image per caption)");
    std::vector<bool> has_caption(set.image_paths.size(), false);
    for (int64_t owner : set.caption_image) {
        if (owner < 0 || owner >= static_cast<int64_t>(set.image_paths.size()))
            throw Error("evaluation set of " + name + " has a caption of an image that is not in it");
        has_caption[owner] = true;
    }
    for (size_t i = 0; i < has_caption.size(); ++i)
        if (!has_caption[i]) throw Error("evaluation set of " + name + ": image " + set.image_paths[i] + " has no caption");
}

}  // namespace

double contrastiveValidationLoss(const at::Tensor& image_embeds, const at::Tensor& text_embeds,
                                 const at::Tensor& caption_image, const at::Tensor& logit_scale_multiplier,
                                 int batch_size) {
    if (batch_size <= 0) throw Error("the validation loss needs a positive batch size");
    const int64_t n = image_embeds.size(0);
    if (n == 0) throw Error("the validation loss needs at least one image");
    // Each image's first caption: every image once per batch, so each row has one true positive.
    const at::Tensor owner = caption_image.to(at::kCPU, at::kLong).contiguous();  // [captions]
    const int64_t* owners = owner.data_ptr<int64_t>();
    std::vector<int64_t> first(n, -1);
    for (int64_t c = owner.numel() - 1; c >= 0; --c) first[owners[c]] = c;
    if (std::find(first.begin(), first.end(), -1) != first.end())
        throw Error("the validation loss needs at least one caption for every image");
    const at::Tensor images = image_embeds.to(at::kCPU, at::kFloat);                                    // [images, dim]
    const at::Tensor texts = text_embeds.to(at::kCPU, at::kFloat).index_select(0, at::tensor(first));  // [images, dim]
    const at::Tensor scale = logit_scale_multiplier.detach().to(at::kCPU, at::kFloat).clamp_max(100.0);  // []

    double total = 0;
    int64_t counted = 0;
    for (int64_t start = 0; start < n; start += batch_size) {
        const int64_t count = std::min<int64_t>(batch_size, n - start);
        if (count == 1 && start > 0) break;  // one image against itself: loss 0, would only dilute the mean
        total += clipLoss(images.narrow(0, start, count), texts.narrow(0, start, count), scale).item<double>() * count;
        counted += count;
    }
    return total / static_cast<double>(counted);
}

EvaluationResult evaluateRetrieval(ClipModelImpl& model, const Tokenizer& tokenizer, const EvaluationSet& set,
                                   const EvaluationOptions& options, const c10::Device& device,
                                   EmbeddingCache* cache, const std::string& fingerprint,
                                   ProgressObserver* observer, const CancelToken* cancel) {
    if (options.batch_size <= 0) throw Error("the evaluation batch size must be positive");
    for (int k : options.ks)
        if (k <= 0) throw Error("recall@k needs k >= 1, not " + std::to_string(k));
    validateSet(set);
    checkCancel(cancel);

    EvaluationResult result;
    result.images = static_cast<int64_t>(set.image_paths.size());
    result.captions = static_cast<int64_t>(set.captions.size());
    result.model_fingerprint = fingerprint.empty() && cache ? modelFingerprint(model) : fingerprint;

    EvalModeScope eval_mode(model);
    CachedImageEmbeddings images = cachedImageEmbeddings(model, set.image_paths, set.content_hashes, options.batch_size,
                                                         device, cache, result.model_fingerprint, observer, cancel);
    result.cached_images = images.cached;
    const at::Tensor image_embeds = images.embeddings;  // [images, dim]
    checkCancel(cancel);
    const at::Tensor tokens = tokenizeCaptions(tokenizer, set.captions, model.config.text.context_length);  // [captions, ctx]
    const at::Tensor text_embeds =
        encodeTokensByLength(model, tokens, options.batch_size, device, observer, cancel);  // [captions, dim]
    checkCancel(cancel);

    const at::Tensor owner = at::tensor(set.caption_image);  // [captions] int64
    result.metrics = computeRetrievalMetrics(image_embeds, text_embeds, owner, options.ks).values;
    if (options.compute_loss) {
        at::Tensor scale;  // []
        {
            c10::NoGradGuard no_grad;
            scale = model.logit_scale.detach().exp();
        }
        result.metrics["clip_val_loss"] =
            contrastiveValidationLoss(image_embeds, text_embeds, owner, scale, options.batch_size);
    }
    if (!options.probe_queries.empty())
        result.probes = probeQueries(model, tokenizer, set, image_embeds, options, device);
    return result;
}

}  // namespace clipft
