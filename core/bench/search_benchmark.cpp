#include "core/bench/search_benchmark.h"

#include "core/bench/stopwatch.h"
#include "core/common/error.h"
#include "core/embed/text_embedding.h"
#include "core/search/approximate_index.h"
#include "core/search/embedding_index.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <cmath>
#include <vector>

#ifdef CLIPFT_HAVE_FAISS
#include <faiss/IndexFlat.h>
#endif

namespace clipft {

bool searchBenchmarkHasFaiss() {
#ifdef CLIPFT_HAVE_FAISS
    return true;
#else
    return false;
#endif
}

namespace {

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

at::Tensor randomUnitRows(int64_t rows, int64_t dim, at::Generator& generator) {
    const at::Tensor x = at::randn({rows, dim}, generator, at::kFloat);  // [rows, dim]
    return (x / x.norm(2, 1, true)).contiguous();
}

// Unit rows around `centres` random centres: a centre plus noise of about half its length, so
// that a row's cosine with its own centre is about 0.9.
at::Tensor clusteredUnitRows(int64_t rows, const at::Tensor& centres, at::Generator& generator) {
    const at::Tensor which = at::randint(centres.size(0), {rows}, generator, at::kLong);                  // [rows]
    const at::Tensor noise = at::randn({rows, centres.size(1)}, generator, at::kFloat) * (0.5 / std::sqrt(double(centres.size(1))));
    const at::Tensor x = centres.index_select(0, which) + noise;                                             // [rows, dim]
    return (x / x.norm(2, 1, true)).contiguous();
}

}  // namespace

SearchBenchmarkResult runSearchBenchmark(const SearchBenchmarkOptions& options, ProgressObserver* observer) {
    if (options.images < 1 || options.dim < 1 || options.k < 1 || options.queries < 1)
        throw Error("the search benchmark needs at least one image, dimension, result and query");
    if (options.images * options.dim > int64_t(4) << 30)
        throw Error("the search benchmark holds images x dim floats in memory; " + std::to_string(options.images) +
                    " x " + std::to_string(options.dim) + " is more than 16 GB");
    at::Generator generator = at::detail::createCPUGenerator(options.seed);
    const int warmup = 3;
    at::Tensor rows, queries;  // [N, D], [Q, D]
    if (options.clustered) {
        const at::Tensor centres = randomUnitRows(1000, options.dim, generator);  // [1000, D]
        rows = clusteredUnitRows(options.images, centres, generator);
        queries = clusteredUnitRows(options.queries + warmup, centres, generator);
    } else {
        rows = randomUnitRows(options.images, options.dim, generator);
        queries = randomUnitRows(options.queries + warmup, options.dim, generator);
    }

    SearchBenchmarkResult result;
    Stopwatch build_clock;
    const EmbeddingIndex index(rows);
    result.build_seconds = build_clock.seconds();

#ifdef CLIPFT_HAVE_FAISS
    faiss::IndexFlatIP faiss_index(static_cast<faiss::Index::idx_t>(options.dim));
    faiss_index.add(static_cast<faiss::Index::idx_t>(options.images), rows.data_ptr<float>());
    std::vector<float> faiss_scores(static_cast<size_t>(options.k));
    std::vector<faiss::Index::idx_t> faiss_rows(static_cast<size_t>(options.k));
#endif

    std::vector<double> ours, torch, faiss;
    // The methods take turns on each query, so that a busy moment of the machine falls on all of them.
    for (int q = 0; q < options.queries + warmup; ++q) {
        const at::Tensor query = queries[q];  // [D]
        Stopwatch clock;
        const SearchHits hits = index.search(query, options.k);
        const double ours_ms = clock.seconds() * 1e3;

        clock = Stopwatch();
        const SearchHits reference = index.searchByMatmul(query, options.k);
        const double torch_ms = clock.seconds() * 1e3;

#ifdef CLIPFT_HAVE_FAISS
        clock = Stopwatch();
        faiss_index.search(1, query.data_ptr<float>(), static_cast<faiss::Index::idx_t>(options.k), faiss_scores.data(),
                           faiss_rows.data());
        faiss.push_back(clock.seconds() * 1e3);
        if (q < warmup) faiss.pop_back();
#endif
        if (q < warmup) continue;
        ours.push_back(ours_ms);
        torch.push_back(torch_ms);
        if (!hits.indices.equal(reference.indices)) ++result.mismatched_queries;
        result.max_score_difference =
            std::max(result.max_score_difference, (hits.scores - reference.scores).abs().max().item<double>());
        if (observer) observer->onProgress("queries", q + 1 - warmup, options.queries);
    }
    if (options.model_a && options.model_b) {
        // A query of 12 tokens (start, 10 words' pieces, end), as typed into the Search page.
        const ClipConfig& config = options.model_a->config;
        at::Tensor tokens = at::zeros({1, config.text.context_length}, at::kLong);  // [1, ctx]
        const int64_t vocab = config.text.vocab_size;
        tokens[0][0] = vocab - 2;  // CLIP's <start_of_text>
        tokens.narrow(1, 1, 10).copy_(at::randint(1, vocab - 2, {1, 10}, generator, at::kLong));
        tokens[0][11] = vocab - 1;  // <end_of_text>, the highest id: where the tower reads the embedding
        options.model_a->eval();
        options.model_b->eval();
        std::vector<double> total, encode;
        for (int q = 0; q < options.queries + warmup; ++q) {
            Stopwatch clock;
            const at::Tensor qa = encodeTokensByLength(*options.model_a, tokens, 1, c10::Device(c10::kCPU));  // [1, D]
            const double encode_ms = clock.seconds() * 1e3;
            index.search(qa, options.k);
            const at::Tensor qb = encodeTokensByLength(*options.model_b, tokens, 1, c10::Device(c10::kCPU));
            index.search(qb, options.k);
            if (q < warmup) continue;
            total.push_back(clock.seconds() * 1e3);
            encode.push_back(encode_ms);
        }
        result.query_to_results_ms = median(total);
        result.text_encoding_ms = median(encode);
    }
    if (options.approximate) {
        Stopwatch build;
        ApproximateIndexOptions approximate_options;
        approximate_options.probes = options.probes;
        const ApproximateIndex approximate(rows, approximate_options);
        result.approximate_build_seconds = build.seconds();
        result.approximate_lists = approximate.lists();
        std::vector<double> times;
        int64_t found = 0, wanted = 0;
        for (int q = 0; q < options.queries + warmup; ++q) {
            const at::Tensor query = queries[q];
            Stopwatch clock;
            const SearchHits hits = approximate.search(query, options.k);
            const double ms = clock.seconds() * 1e3;
            if (q < warmup) continue;
            times.push_back(ms);
            const SearchHits exact = index.searchByMatmul(query, options.k);
            const double recall = recallAgainstExact(hits, exact);
            found += std::llround(recall * double(exact.indices.size(1)));
            wanted += exact.indices.size(1);
        }
        result.approximate_ms_per_query = median(times);
        result.approximate_recall = double(found) / double(wanted);
    }
    result.ms_per_query = median(ours);
    result.torch_ms_per_query = median(torch);
    if (!faiss.empty()) result.faiss_ms_per_query = median(faiss);
    return result;
}

}  // namespace clipft
