// Searching a dataset split's images with one model, as `clipft search`, `clipft compare` and the
// Search page do: build the split's index once (image embeddings from the project's cache, only
// the missing ones computed), then answer text and image queries from it in milliseconds.
#pragma once
#include "core/common/progress.h"
#include "core/eval/evaluation_set.h"
#include "core/jobs/model_choice.h"
#include "core/search/approximate_index.h"
#include "core/search/embedding_index.h"
#include "core/search/model_comparison.h"

#include <c10/core/Device.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace clipft {

struct SearchIndexRequest {
    std::string project_path;  // the job opens its own connection (it may run on a worker thread)
    std::string dataset;
    std::string split = "auto";  // train, val, test, all, or auto: test when there is one, else all
    ModelChoice model;
    int batch_size = 64;         // images (and captions) per forward pass, as `clipft eval`
    bool use_cache = true;
    c10::Device device{c10::kCPU};
};

struct SearchHit {
    int64_t rank = 0;   // 1-based place in the result list
    int64_t image = 0;  // index into the index's set().image_paths
    double score = 0;   // cosine similarity of the query and the image
};

struct QueryResult {
    std::string query;                  // the text, or the query image's path
    std::vector<SearchHit> hits;        // best first
    std::optional<int64_t> ground_truth;  // the image whose caption the text query is, when it is one
    int64_t ground_truth_rank = 0;      // 1 + images scoring strictly higher than it (when known)
    bool approximate = false;           // the hits come from the approximate index (huge splits)
};

// One split under one model. Queries may run on any thread, one at a time (the model's forward is
// not shared between concurrent callers).
class SplitSearchIndex {
public:
    SplitSearchIndex(EvaluationSet set, ChosenModel model, at::Tensor image_embeddings, int batch_size,
                     const c10::Device& device, int64_t cached_images);

    const EvaluationSet& set() const { return set_; }  // images, relative paths, ids, captions
    const std::string& modelLabel() const { return model_.label; }
    const std::string& fingerprint() const { return model_.fingerprint; }
    int64_t cachedImages() const { return cached_images_; }
    int64_t images() const { return index_.size(); }
    const EmbeddingIndex& index() const { return index_; }
    std::vector<std::string> captionsOf(int64_t image) const;  // in stored order
    // The row of the project's image `image_id` in this index, -1 when the split does not hold it
    // (two indexes of one split built at different times may order or hold their images differently).
    int64_t rowOfImage(int64_t image_id) const;

    // Each text encoded as a caption is (tokenized, the text tower, normalised), then the top k.
    std::vector<QueryResult> searchTexts(const std::vector<std::string>& queries, int64_t k) const;
    // An image file through the model's eval transform; a clipft::Error names an unreadable file.
    QueryResult searchImageFile(const std::string& path, int64_t k) const;
    // "More like this": the split's image `image` as the query (it comes first, at score 1).
    QueryResult searchLikeImage(int64_t image, int64_t k) const;

    // [captions, dim] float32 CPU: every caption of the split, encoded as `clipft eval` encodes
    // them (computed once, then kept). "texts" progress; cancellable between batches.
    at::Tensor captionEmbeddings(ProgressObserver* observer = nullptr, const CancelToken* cancel = nullptr) const;

private:
    QueryResult resultOf(const std::string& query, const at::Tensor& embedding, int64_t k) const;

    EvaluationSet set_;
    ChosenModel model_;
    EmbeddingIndex index_;  // over [images, dim] normalised image embeddings
    // From kApproximateSearchFromImages images on (with FAISS): the top k of a query come from an
    // inverted file; ranks (rankOf) stay exact.
    std::shared_ptr<const ApproximateIndex> approximate_;
    int batch_size_;
    c10::Device device_;
    int64_t cached_images_;
    std::unordered_map<std::string, int64_t> caption_owner_;  // caption text -> its (first) image
    mutable at::Tensor caption_embeddings_;                   // [captions, dim], once computed
};

// Throws clipft::Error for an unknown dataset or split (before any model is read), an unknown
// model or run, or an unreadable image; clipft::Cancelled when cancelled. Progress: "loading
// weights", then "images".
std::unique_ptr<SplitSearchIndex> buildSearchIndex(const SearchIndexRequest& request,
                                                   ProgressObserver* observer = nullptr,
                                                   const CancelToken* cancel = nullptr);

// Both indexes must be over the same split of the same dataset. Every caption's rank under A and
// B, the counts, and recall@k for both (equal to `clipft eval`'s on the same split).
ModelComparison compareSearchIndexes(const SplitSearchIndex& a, const SplitSearchIndex& b,
                                     const std::vector<int>& ks = {1, 5, 10}, ProgressObserver* observer = nullptr,
                                     const CancelToken* cancel = nullptr);

}  // namespace clipft
