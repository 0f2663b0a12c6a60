// Approximate top-k for collections too large for an exact scan to feel instant (beyond about a
// million images: the exact int8 scan reads N·D bytes per query, ~0.5 GB at 1M × 512). FAISS's
// inverted file (IndexIVFFlat, inner product): k-means splits the rows into lists, a query scans
// only the lists nearest to it. What it misses is measured, not assumed: `clipft bench search
// --approximate` reports its recall@k against the exact index on the same rows.
#pragma once
#include "core/search/embedding_index.h"

#include <ATen/Tensor.h>

#include <cstdint>
#include <memory>

namespace clipft {

struct ApproximateIndexOptions {
    int64_t lists = 0;          // inverted lists; 0: √N (the lists' k-means stays seconds per million rows)
    int64_t probes = 32;        // lists scanned per query: more is slower and finds more
    int64_t training_rows = 0;  // rows k-means learns the lists from; 0: min(N, 64 per list)
    uint64_t seed = 1234;
};

// The collections from which Studio and `clipft search` use the approximate index.
constexpr int64_t kApproximateSearchFromImages = 1000000;

// Whether this build has FAISS (Debian's libfaiss-dev was found when it was configured).
bool approximateSearchAvailable();

class ApproximateIndex {
public:
    // rows: [N, D] float32, L2-normalised (any device; copied). Trains the lists and adds the
    // rows (seconds per million rows). Throws clipft::Error without FAISS or for a bad shape.
    explicit ApproximateIndex(const at::Tensor& rows, const ApproximateIndexOptions& options = {});
    ~ApproximateIndex();
    ApproximateIndex(ApproximateIndex&&) noexcept;
    ApproximateIndex& operator=(ApproximateIndex&&) noexcept;

    int64_t size() const { return size_; }
    int64_t lists() const { return lists_; }
    void setProbes(int64_t probes);

    // queries: [Q, D] (or [D]) float32 → the best k rows it finds, best first (k clamped to size();
    // a row of -1 with score -inf where fewer than k were found in the lists scanned).
    SearchHits search(const at::Tensor& queries, int64_t k) const;

private:
    struct Faiss;  // the FAISS index, out of this header
    std::unique_ptr<Faiss> faiss_;
    int64_t size_ = 0, dim_ = 0, lists_ = 0;
};

// The share of `exact`'s rows that `approximate` found, over all queries: recall@k of an
// approximate search against the exact top k ([Q, k] indices each).
double recallAgainstExact(const SearchHits& approximate, const SearchHits& exact);

}  // namespace clipft
