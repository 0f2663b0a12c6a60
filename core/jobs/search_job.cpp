#include "core/jobs/search_job.h"

#include "core/common/error.h"
#include "core/embed/cached_image_embeddings.h"
#include "core/embed/embedding_cache.h"
#include "core/embed/image_embedding.h"
#include "core/embed/text_embedding.h"
#include "core/store/project_store.h"

#include <ATen/ATen.h>

#include <algorithm>

namespace clipft {

SplitSearchIndex::SplitSearchIndex(EvaluationSet set, ChosenModel model, at::Tensor image_embeddings, int batch_size,
                                   const c10::Device& device, int64_t cached_images)
    : set_(std::move(set)),
      model_(std::move(model)),
      // Normalised as the retrieval metrics do, so that a score is the cosine similarity.
      index_(image_embeddings.to(at::kFloat) / image_embeddings.to(at::kFloat).norm(2, -1, true).clamp_min(1e-12)),
      batch_size_(batch_size),
      device_(device),
      cached_images_(cached_images) {
    for (size_t c = 0; c < set_.captions.size(); ++c) caption_owner_.emplace(set_.captions[c], set_.caption_image[c]);
    if (index_.size() >= kApproximateSearchFromImages && approximateSearchAvailable())
        approximate_ = std::make_shared<const ApproximateIndex>(index_.rows());
}

std::vector<std::string> SplitSearchIndex::captionsOf(int64_t image) const {
    std::vector<std::string> captions;
    for (size_t c = 0; c < set_.captions.size(); ++c)
        if (set_.caption_image[c] == image) captions.push_back(set_.captions[c]);
    return captions;
}

QueryResult SplitSearchIndex::resultOf(const std::string& query, const at::Tensor& embedding, int64_t k) const {
    const at::Tensor q = (embedding / embedding.norm().clamp_min(1e-12)).contiguous();  // [dim]
    const SearchHits hits = approximate_ ? approximate_->search(q, k) : index_.search(q, k);  // [1, k]
    QueryResult result;
    result.query = query;
    result.approximate = approximate_ != nullptr;
    const at::Tensor scores = hits.scores.contiguous(), indices = hits.indices.contiguous();
    for (int64_t i = 0; i < indices.size(1); ++i) {
        const int64_t row = indices[0][i].item<int64_t>();
        if (row < 0) break;  // the lists scanned held fewer than k images
        result.hits.push_back({i + 1, row, scores[0][i].item<double>()});
    }
    return result;
}

std::vector<QueryResult> SplitSearchIndex::searchTexts(const std::vector<std::string>& queries, int64_t k) const {
    if (k < 1) throw Error("a search returns at least one image (k >= 1), not " + std::to_string(k));
    const at::Tensor tokens = tokenizeCaptions(*model_.tokenizer, queries, model_.model->config.text.context_length);
    const at::Tensor embeddings = encodeTokensByLength(*model_.model.ptr(), tokens, batch_size_, device_);  // [queries, dim]
    std::vector<QueryResult> results;
    for (size_t i = 0; i < queries.size(); ++i) {
        const at::Tensor q = embeddings[static_cast<int64_t>(i)];  // [dim]
        QueryResult result = resultOf(queries[i], q, k);
        const auto owner = caption_owner_.find(queries[i]);
        if (owner != caption_owner_.end()) {
            result.ground_truth = owner->second;
            result.ground_truth_rank = index_.rankOf(q / q.norm().clamp_min(1e-12), owner->second);
        }
        results.push_back(std::move(result));
    }
    return results;
}

QueryResult SplitSearchIndex::searchImageFile(const std::string& path, int64_t k) const {
    if (k < 1) throw Error("a search returns at least one image (k >= 1), not " + std::to_string(k));
    const at::Tensor embedding = embedImageFiles(*model_.model.ptr(), {path}, 1, device_);  // [1, dim]
    return resultOf(path, embedding[0], k);
}

int64_t SplitSearchIndex::rowOfImage(int64_t image_id) const {
    const auto& ids = set_.image_ids;
    const auto found = std::find(ids.begin(), ids.end(), image_id);
    return found == ids.end() ? -1 : static_cast<int64_t>(found - ids.begin());
}

QueryResult SplitSearchIndex::searchLikeImage(int64_t image, int64_t k) const {
    if (image < 0 || image >= images())
        throw Error("image " + std::to_string(image) + " is not among the " + std::to_string(images()) + " of the split");
    if (k < 1) throw Error("a search returns at least one image (k >= 1), not " + std::to_string(k));
    return resultOf(set_.relative_paths[static_cast<size_t>(image)], index_.rows()[image], k);
}

at::Tensor SplitSearchIndex::captionEmbeddings(ProgressObserver* observer, const CancelToken* cancel) const {
    if (!caption_embeddings_.defined()) {
        const at::Tensor tokens =
            tokenizeCaptions(*model_.tokenizer, set_.captions, model_.model->config.text.context_length);
        caption_embeddings_ = encodeTokensByLength(*model_.model.ptr(), tokens, batch_size_, device_, observer, cancel);
    }
    return caption_embeddings_;
}

std::unique_ptr<SplitSearchIndex> buildSearchIndex(const SearchIndexRequest& request, ProgressObserver* observer,
                                                   const CancelToken* cancel) {
    if (request.batch_size <= 0) throw Error("the embedding batch size must be positive");
    // The cheap checks first: a wrong dataset or split fails before the model is read.
    ProjectStore store = ProjectStore::open(request.project_path);
    EvaluationSet set = loadEvaluationSet(store, request.dataset, request.split);
    ChosenModel model = loadChosenModel(store, request.model, request.device, observer, cancel);
    std::unique_ptr<EmbeddingCache> cache;
    if (request.use_cache) cache = std::make_unique<ProjectEmbeddingCache>(store);
    CachedImageEmbeddings images =
        cachedImageEmbeddings(*model.model, set.image_paths, set.content_hashes, request.batch_size, request.device,
                              cache.get(), model.fingerprint, observer, cancel);  // [images, dim]
    if (cancel && cancel->isCancelled()) throw Cancelled();
    return std::make_unique<SplitSearchIndex>(std::move(set), std::move(model), images.embeddings, request.batch_size,
                                              request.device, images.cached);
}

ModelComparison compareSearchIndexes(const SplitSearchIndex& a, const SplitSearchIndex& b, const std::vector<int>& ks,
                                     ProgressObserver* observer, const CancelToken* cancel) {
    if (a.set().dataset != b.set().dataset || a.set().split != b.set().split || a.set().image_ids != b.set().image_ids ||
        a.set().captions != b.set().captions)
        throw Error("the two models are compared on one split: dataset '" + a.set().dataset + "' split '" + a.set().split +
                    "' against dataset '" + b.set().dataset + "' split '" + b.set().split + "'");
    const at::Tensor text_a = a.captionEmbeddings(observer, cancel);  // [captions, dim]
    const at::Tensor text_b = b.captionEmbeddings(observer, cancel);  // [captions, dim]
    if (cancel && cancel->isCancelled()) throw Cancelled();
    return compareModels(a.index().rows(), text_a, b.index().rows(), text_b, at::tensor(a.set().caption_image), ks);
}

}  // namespace clipft
