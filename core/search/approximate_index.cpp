#include "core/search/approximate_index.h"

#include "core/common/error.h"

#include <ATen/ATen.h>

#ifdef CLIPFT_HAVE_FAISS
#include <faiss/IndexFlat.h>
#include <faiss/IndexIVFFlat.h>
#endif

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_set>

namespace clipft {

#ifdef CLIPFT_HAVE_FAISS
struct ApproximateIndex::Faiss {
    std::unique_ptr<faiss::IndexFlatIP> quantizer;  // the lists' centroids
    std::unique_ptr<faiss::IndexIVFFlat> index;
};
bool approximateSearchAvailable() { return true; }
#else
struct ApproximateIndex::Faiss {};
bool approximateSearchAvailable() { return false; }
#endif

ApproximateIndex::ApproximateIndex(const at::Tensor& rows, const ApproximateIndexOptions& options) {
    if (rows.dim() != 2 || rows.size(0) < 1) throw Error("an approximate index needs a [rows, dim] matrix of embeddings");
#ifndef CLIPFT_HAVE_FAISS
    (void)options;
    throw Error("approximate search needs FAISS, and this build has none (install libfaiss-dev and build again)");
#else
    const at::Tensor data = rows.to(at::kCPU, at::kFloat).contiguous();  // [N, D]
    size_ = data.size(0);
    dim_ = data.size(1);
    lists_ = options.lists > 0 ? options.lists : std::max<int64_t>(1, std::llround(std::sqrt(double(size_))));
    lists_ = std::min(lists_, size_);  // k-means needs at least one row per list
    faiss_ = std::make_unique<Faiss>();
    faiss_->quantizer = std::make_unique<faiss::IndexFlatIP>(dim_);
    faiss_->index = std::make_unique<faiss::IndexIVFFlat>(faiss_->quantizer.get(), dim_, lists_, faiss::METRIC_INNER_PRODUCT);
    faiss_->index->cp.seed = static_cast<int>(options.seed & 0x7fffffff);
    faiss_->index->cp.niter = 10;
    faiss_->index->cp.spherical = true;  // centroids on the sphere, as the rows are
    // k-means learns the lists from a random sample: 64 rows per list is plenty (FAISS's own hint).
    const int64_t sample = std::min(size_, options.training_rows > 0 ? options.training_rows : 64 * lists_);
    faiss_->index->cp.max_points_per_centroid = static_cast<int>((sample + lists_ - 1) / lists_);
    at::Tensor training = data;
    if (sample < size_) {
        at::Generator generator = at::detail::createCPUGenerator(options.seed);
        training = data.index_select(0, at::randperm(size_, generator, at::kLong).narrow(0, 0, sample)).contiguous();
    }
    faiss_->index->train(sample, training.data_ptr<float>());
    faiss_->index->add(size_, data.data_ptr<float>());
    setProbes(options.probes);
#endif
}

ApproximateIndex::~ApproximateIndex() = default;
ApproximateIndex::ApproximateIndex(ApproximateIndex&&) noexcept = default;
ApproximateIndex& ApproximateIndex::operator=(ApproximateIndex&&) noexcept = default;

void ApproximateIndex::setProbes(int64_t probes) {
#ifdef CLIPFT_HAVE_FAISS
    faiss_->index->nprobe = static_cast<size_t>(std::clamp<int64_t>(probes, 1, lists_));
#else
    (void)probes;
#endif
}

SearchHits ApproximateIndex::search(const at::Tensor& queries, int64_t k) const {
    const at::Tensor q = (queries.dim() == 1 ? queries.unsqueeze(0) : queries).to(at::kCPU, at::kFloat).contiguous();  // [Q, D]
    if (q.dim() != 2 || q.size(1) != dim_)
        throw Error("a query of " + std::to_string(q.size(-1)) + " dimensions for an index of " + std::to_string(dim_));
    k = std::max<int64_t>(1, std::min(k, size_));
    SearchHits hits;
    hits.scores = at::empty({q.size(0), k}, at::kFloat);    // [Q, k]
    hits.indices = at::empty({q.size(0), k}, at::kLong);    // [Q, k]
#ifdef CLIPFT_HAVE_FAISS
    static_assert(sizeof(faiss::Index::idx_t) == sizeof(int64_t), "FAISS ids are 64-bit");
    faiss_->index->search(q.size(0), q.data_ptr<float>(), k, hits.scores.data_ptr<float>(),
                          reinterpret_cast<faiss::Index::idx_t*>(hits.indices.data_ptr<int64_t>()));
    // FAISS marks a missing hit with id -1 and score -max: say -inf, which no real score is.
    hits.scores.masked_fill_(hits.indices.lt(0), -std::numeric_limits<float>::infinity());
#endif
    return hits;
}

double recallAgainstExact(const SearchHits& approximate, const SearchHits& exact) {
    const at::Tensor a = approximate.indices.contiguous(), e = exact.indices.contiguous();  // [Q, k]
    if (a.size(0) != e.size(0) || a.size(0) == 0) throw Error("recall needs the same queries in both searches");
    int64_t found = 0, wanted = 0;
    for (int64_t q = 0; q < e.size(0); ++q) {
        std::unordered_set<int64_t> got(a[q].data_ptr<int64_t>(), a[q].data_ptr<int64_t>() + a.size(1));
        const int64_t* truth = e[q].data_ptr<int64_t>();
        for (int64_t j = 0; j < e.size(1); ++j) found += got.count(truth[j]) ? 1 : 0;
        wanted += e.size(1);
    }
    return static_cast<double>(found) / static_cast<double>(wanted);
}

}  // namespace clipft
