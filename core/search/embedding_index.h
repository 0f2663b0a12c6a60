// An in-memory index of image embeddings (one dataset split under one model) answering exact
// top-k inner-product queries. A single query scans an int8 copy of the rows (a quarter of fp32's
// memory traffic, which is what bounds one query) and then rescores in fp32 every row whose
// score bound could still reach the top k, so the rows and scores returned are those of fp32
// matmul + topk. Batches of queries (a split's captions) go through fp32 matmul in chunks.
#pragma once
#include <ATen/Tensor.h>

#include <cstdint>

namespace clipft {

struct SearchHits {
    at::Tensor scores;   // [queries, k] float32, best first
    at::Tensor indices;  // [queries, k] int64 rows of the index (rows of equal score in either order)
};

class EmbeddingIndex {
public:
    EmbeddingIndex() = default;
    // rows: [N, D] float32 (any device; kept as a contiguous CPU copy). Throws clipft::Error for
    // another shape or dtype.
    explicit EmbeddingIndex(const at::Tensor& rows);

    int64_t size() const;
    int64_t dim() const;
    const at::Tensor& rows() const { return rows_; }  // [N, D] float32 CPU

    // queries: [Q, D] (or [D]) float32. k is clamped to size(). Exact: see above.
    SearchHits search(const at::Tensor& queries, int64_t k) const;
    // The reference path: fp32 matmul + topk, for the benchmark's baseline and the tests.
    SearchHits searchByMatmul(const at::Tensor& queries, int64_t k) const;
    // query: [D] float32. 1 + the number of rows scoring strictly higher than `row` (fp32 matmul):
    // where a known image stands for a query, however far down the list.
    int64_t rankOf(const at::Tensor& query, int64_t row) const;

private:
    SearchHits searchOne(const float* query, int64_t k) const;

    at::Tensor rows_;            // [N, D] float32
    at::Tensor codes_;           // [N, D] int8: round(row / scale)
    at::Tensor scales_;          // [N] float32: max |row| / 127 (1 for an all-zero row)
    at::Tensor slack_;           // [N] float32: |score - int8 score| <= slack * ||query||
};

}  // namespace clipft
