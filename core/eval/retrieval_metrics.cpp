#include "core/eval/retrieval_metrics.h"

#include "core/common/error.h"

#include <ATen/ATen.h>

#include <algorithm>

namespace clipft {

namespace {

at::Tensor l2normalize(const at::Tensor& x) { return x / x.norm(2, -1, true).clamp_min(1e-12); }

struct DirectionResult {
    std::vector<at::Tensor> hits;  // per k: [queries] bool
    at::Tensor best_rank;          // [queries] int64, 1-based rank of the best positive
};

// q queries against n keys; scores(start, rows) gives a chunk's [rows, n] scores and
// positive(start, rows) its [rows, n] bool positives.
template <typename ScoresFn, typename PositiveFn>
DirectionResult rankDirection(int64_t q, int64_t n, const std::vector<int>& ks, int64_t chunk_rows, ScoresFn score,
                              PositiveFn positive) {
    DirectionResult result;
    std::vector<std::vector<at::Tensor>> hit_parts(ks.size());
    std::vector<at::Tensor> rank_parts;
    for (int64_t start = 0; start < q; start += chunk_rows) {
        const int64_t rows = std::min(chunk_rows, q - start);
        at::Tensor scores = score(start, rows);  // [rows, n]
        at::Tensor pos = positive(start, rows);                                      // [rows, n] bool
        for (size_t i = 0; i < ks.size(); ++i) {
            const int64_t k = std::min<int64_t>(ks[i], n);
            at::Tensor top = std::get<1>(at::topk(scores, k, 1));  // [rows, k], as CLIP_benchmark
            hit_parts[i].push_back(pos.gather(1, top).any(1));
        }
        // Rank of the best positive: 1 + how many scores beat it (ties count in the query's favour).
        at::Tensor best = scores.masked_fill(pos.logical_not(), -std::numeric_limits<float>::infinity()).amax(1, true);
        rank_parts.push_back((scores > best).sum(1) + 1);
    }
    for (auto& parts : hit_parts) result.hits.push_back(q ? at::cat(parts) : at::zeros({0}, at::kBool));
    result.best_rank = q ? at::cat(rank_parts) : at::zeros({0}, at::kLong);
    return result;
}

void addDirection(RetrievalMetrics& m, const std::string& prefix, const DirectionResult& r, const std::vector<int>& ks) {
    for (size_t i = 0; i < ks.size(); ++i)
        m.values[prefix + "_recall@" + std::to_string(ks[i])] = r.hits[i].to(at::kDouble).mean().item<double>();
    at::Tensor ranks = r.best_rank.to(at::kDouble);
    m.values[prefix + "_mean_rank"] = ranks.mean().item<double>();
    // The lower median, as torch.median returns.
    m.values[prefix + "_median_rank"] = ranks.numel() ? ranks.median().item<double>() : 0.0;
}

}  // namespace

RetrievalMetrics computeRetrievalMetrics(const at::Tensor& image_embeds, const at::Tensor& text_embeds,
                                         const at::Tensor& caption_image, const std::vector<int>& ks,
                                         int64_t chunk_rows) {
    if (image_embeds.dim() != 2 || text_embeds.dim() != 2 || image_embeds.size(1) != text_embeds.size(1))
        throw Error("retrieval metrics need [images, dim] and [captions, dim] embeddings of one dimension");
    if (caption_image.dim() != 1 || caption_image.size(0) != text_embeds.size(0))
        throw Error("retrieval metrics need one image index per caption");
    const int64_t n_images = image_embeds.size(0), n_texts = text_embeds.size(0);
    if (n_images == 0 || n_texts == 0) throw Error("retrieval metrics need at least one image and one caption");
    for (int k : ks)
        if (k <= 0) throw Error("recall@k needs k >= 1");
    if (chunk_rows <= 0) chunk_rows = 1024;

    const at::Tensor images = l2normalize(image_embeds.to(at::kFloat));
    const at::Tensor texts = l2normalize(text_embeds.to(at::kFloat).to(images.device()));
    const at::Tensor owner = caption_image.to(at::kLong).to(images.device());  // [captions]
    if (owner.min().item<int64_t>() < 0 || owner.max().item<int64_t>() >= n_images)
        throw Error("a caption's image index is outside the image list");
    const at::Tensor image_ids = at::arange(n_images, owner.options());

    RetrievalMetrics m;
    // Every score is computed as CLIP_benchmark does, texts x imagesᵀ, in both directions: the
    // transposed product (images x textsᵀ) can differ in the last bit and flip a near-tie.
    // text -> image: caption c's positive is image owner[c].
    addDirection(m, "image_retrieval",
                 rankDirection(
                     n_texts, n_images, ks, chunk_rows,
                     [&](int64_t start, int64_t rows) { return at::matmul(texts.narrow(0, start, rows), images.t()); },
                     [&](int64_t start, int64_t rows) {
                         return owner.narrow(0, start, rows).unsqueeze(1) == image_ids.unsqueeze(0);
                     }),
                 ks);
    // image -> text: image i's positives are all its captions.
    addDirection(m, "text_retrieval",
                 rankDirection(
                     n_images, n_texts, ks, chunk_rows,
                     [&](int64_t start, int64_t rows) {
                         return at::matmul(texts, images.narrow(0, start, rows).t()).t().contiguous();
                     },
                     [&](int64_t start, int64_t rows) {
                         return image_ids.narrow(0, start, rows).unsqueeze(1) == owner.unsqueeze(0);
                     }),
                 ks);
    return m;
}

}  // namespace clipft
