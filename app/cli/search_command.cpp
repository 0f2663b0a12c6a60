// clipft search --project FILE --dataset NAME --model DIR [--model-b DIR | --run RUN [--from best|final]
//               [--wise-ft A]] [--split S] [--k K] [--image FILE] [--batch-size N] [--device D]
//               [--threads N] [--no-cache] [--json] [QUERY ...]
#include "arguments.h"
#include "commands.h"
#include "console_progress.h"
#include "model_choice_arguments.h"

#include "core/common/error.h"
#include "core/common/runtime.h"
#include "core/jobs/search_job.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace clipft::cli {

namespace {

nlohmann::ordered_json hitsJson(const SplitSearchIndex& index, const QueryResult& result) {
    nlohmann::ordered_json hits = nlohmann::ordered_json::array();
    for (const SearchHit& hit : result.hits)
        hits.push_back({{"rank", hit.rank},
                        {"image", index.set().relative_paths[static_cast<size_t>(hit.image)]},
                        {"score", hit.score},
                        {"captions", index.captionsOf(hit.image)}});
    return hits;
}

void printHits(const SplitSearchIndex& index, const QueryResult& result, const char* label) {
    std::printf("  %s: %s\n", label, index.modelLabel().c_str());
    for (const SearchHit& hit : result.hits) {
        const bool truth = result.ground_truth && *result.ground_truth == hit.image;
        std::printf("   %3lld  %.4f  %s%s\n", static_cast<long long>(hit.rank), hit.score,
                    index.set().relative_paths[static_cast<size_t>(hit.image)].c_str(), truth ? "  (its image)" : "");
    }
}

}  // namespace

int runSearch(const std::vector<std::string>& raw) {
    std::set<std::string> valued{"project", "dataset", "model", "split", "k", "image", "batch-size", "device", "threads"};
    valued.insert(std::begin(kModelBOptions), std::end(kModelBOptions));
    const Arguments args(raw, valued, {"no-cache", "json"});
    const std::vector<std::string>& queries = args.positionals();
    if (queries.empty() && !args.has("image")) throw Error("give a text query, or an image with --image FILE");
    const int64_t k = args.int64Value("k", 5, 1);

    SearchIndexRequest request;
    request.project_path = args.required("project");
    request.dataset = args.required("dataset");
    request.split = args.value("split").value_or("auto");
    request.model.model_dir = args.required("model");
    request.batch_size = args.intValue("batch-size", request.batch_size, 1);
    request.use_cache = !args.has("no-cache");
    const std::optional<ModelChoice> model_b = modelBChoice(args);
    initRuntime(args.threads());
    request.device = parseDevice(args.value("device").value_or("auto"));

    std::unique_ptr<SplitSearchIndex> a, b;
    {
        ConsoleProgress progress;  // ends its line when it goes, before the results are printed
        a = buildSearchIndex(request, &progress);
        if (model_b) {
            SearchIndexRequest request_b = request;
            request_b.model = *model_b;
            b = buildSearchIndex(request_b, &progress);
        }
    }
    // Text queries first, in the order given, then the image.
    const auto searchAll = [&](const SplitSearchIndex& index) {
        std::vector<QueryResult> results = index.searchTexts(queries, k);
        if (auto image = args.value("image")) results.push_back(index.searchImageFile(*image, k));
        return results;
    };
    const std::vector<QueryResult> results_a = searchAll(*a);
    const std::vector<QueryResult> results_b = b ? searchAll(*b) : std::vector<QueryResult>{};

    if (args.has("json")) {
        nlohmann::ordered_json out = {{"queries", nlohmann::ordered_json::array()}};
        for (size_t q = 0; q < results_a.size(); ++q) {
            nlohmann::ordered_json entry = {{"query", results_a[q].query}, {"a", hitsJson(*a, results_a[q])}};
            if (b) entry["b"] = hitsJson(*b, results_b[q]);
            if (results_a[q].ground_truth) {
                entry["ground_truth"] = {{"image", a->set().relative_paths[static_cast<size_t>(*results_a[q].ground_truth)]},
                                         {"rank_a", results_a[q].ground_truth_rank}};
                if (b) entry["ground_truth"]["rank_b"] = results_b[q].ground_truth_rank;
            }
            out["queries"].push_back(entry);
        }
        std::cout << out.dump() << "\n";
        return 0;
    }
    std::printf("dataset %s, split %s: %lld images\n", a->set().dataset.c_str(), a->set().split.c_str(),
                static_cast<long long>(a->images()));
    for (size_t q = 0; q < results_a.size(); ++q) {
        std::printf("\n\"%s\"\n", results_a[q].query.c_str());
        printHits(*a, results_a[q], "A");
        if (b) printHits(*b, results_b[q], "B");
        if (results_a[q].ground_truth) {
            std::printf("  its image %s: rank %lld under A",
                        a->set().relative_paths[static_cast<size_t>(*results_a[q].ground_truth)].c_str(),
                        static_cast<long long>(results_a[q].ground_truth_rank));
            if (b) std::printf(", %lld under B", static_cast<long long>(results_b[q].ground_truth_rank));
            std::printf("\n");
        }
    }
    return 0;
}

}  // namespace clipft::cli
