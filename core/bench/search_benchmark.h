// `clipft bench search`: how long one text-to-image query takes over N image embeddings of D
// dimensions, for clipft's index and, measured in the same run on the same vectors, torch's own
// fp32 matmul + topk and (where the build has it) FAISS's exact IndexFlatIP.
#pragma once
#include "core/common/progress.h"
#include "core/model/clip_model.h"

#include <cstdint>
#include <optional>

namespace clipft {

struct SearchBenchmarkOptions {
    int64_t images = 100000;
    int64_t dim = 512;
    int64_t k = 10;
    int queries = 60;   // timed queries per method, after a few untimed ones
    uint64_t seed = 1234;
    // With two models (e.g. two ViT-B-32, random weights), also what the Search page does per
    // keystroke: encode a 12-token query with each text tower and search each index. dim is then
    // the models' embedding width.
    ClipModelImpl* model_a = nullptr;
    ClipModelImpl* model_b = nullptr;
    // Also FAISS's inverted-file index (approximate_index.h): its time per query and its recall@k
    // against the exact top k.
    bool approximate = false;
    int64_t probes = 32;
    // Rows (and queries) drawn around 1,000 random centres, as real embeddings gather by subject,
    // instead of uniformly on the sphere (where an inverted file has nothing to find).
    bool clustered = false;
};

struct SearchBenchmarkResult {
    double ms_per_query = 0;                    // clipft's index, the median over the queries
    double torch_ms_per_query = 0;              // at::matmul + topk on the same rows
    std::optional<double> faiss_ms_per_query;   // faiss::IndexFlatIP; none when built without FAISS
    double build_seconds = 0;                   // building clipft's index from the fp32 rows
    int64_t mismatched_queries = 0;             // queries whose top-k rows differ from torch's (0: exact)
    double max_score_difference = 0;            // largest |score - torch's score| over all hits
    std::optional<double> query_to_results_ms;  // both models: text encoding + search, the median
    std::optional<double> text_encoding_ms;     // of which one model's text tower, the median
    std::optional<double> approximate_ms_per_query;  // the inverted file, the median
    std::optional<double> approximate_recall;        // share of the exact top k it found, over all queries
    std::optional<double> approximate_build_seconds;
    int64_t approximate_lists = 0;
};

// Random unit vectors (rows and queries) from `seed`. Runs on the CPU with the threads LibTorch has.
SearchBenchmarkResult runSearchBenchmark(const SearchBenchmarkOptions& options, ProgressObserver* observer = nullptr);

// Whether this build can measure FAISS (Debian's libfaiss-dev was found at configure time).
bool searchBenchmarkHasFaiss();

}  // namespace clipft
