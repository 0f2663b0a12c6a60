// clipft compare --project FILE --dataset NAME --model DIR (--model-b DIR | --run RUN [--from best|final]
//                [--wise-ft A]) [--split S] [--k 1,5,10] [--batch-size N] [--device D] [--threads N]
//                [--no-cache] [--json]
#include "arguments.h"
#include "commands.h"
#include "console_progress.h"
#include "model_choice_arguments.h"

#include "core/common/error.h"
#include "core/common/runtime.h"
#include "core/jobs/evaluation_job.h"
#include "core/jobs/search_job.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace clipft::cli {

int runCompare(const std::vector<std::string>& raw) {
    std::set<std::string> valued{"project", "dataset", "model", "split", "k", "batch-size", "device", "threads"};
    valued.insert(std::begin(kModelBOptions), std::end(kModelBOptions));
    const Arguments args(raw, valued, {"no-cache", "json"});
    if (!args.positionals().empty()) throw Error("unexpected argument '" + args.positionals().front() + "'");
    const std::optional<ModelChoice> model_b = modelBChoice(args);
    if (!model_b) throw Error("compare needs a second model: --model-b DIR or --run RUN");
    const std::vector<int> ks = parseRecallKs(args.value("k").value_or("1,5,10"));

    SearchIndexRequest request;
    request.project_path = args.required("project");
    request.dataset = args.required("dataset");
    request.split = args.value("split").value_or("auto");
    request.model.model_dir = args.required("model");
    request.batch_size = args.intValue("batch-size", request.batch_size, 1);
    request.use_cache = !args.has("no-cache");
    initRuntime(args.threads());
    request.device = parseDevice(args.value("device").value_or("auto"));

    std::unique_ptr<SplitSearchIndex> a, b;
    ModelComparison comparison;
    {
        ConsoleProgress progress;
        a = buildSearchIndex(request, &progress);
        SearchIndexRequest request_b = request;
        request_b.model = *model_b;
        b = buildSearchIndex(request_b, &progress);
        comparison = compareSearchIndexes(*a, *b, ks, &progress);
    }
    const std::vector<std::string> order_a = metricReadingOrder(ks, comparison.metrics_a);
    const auto metricsJson = [&](const std::map<std::string, double>& metrics) {
        nlohmann::ordered_json out = nlohmann::ordered_json::object();
        for (const auto& key : order_a) out[key] = metrics.at(key);
        return out;
    };
    const EvaluationSet& set = a->set();
    if (args.has("json")) {
        nlohmann::ordered_json out = {{"dataset", set.dataset},       {"split", set.split},
                                      {"model_a", a->modelLabel()},   {"model_b", b->modelLabel()},
                                      {"a", metricsJson(comparison.metrics_a)}, {"b", metricsJson(comparison.metrics_b)},
                                      {"improved", comparison.improved}, {"worse", comparison.worse},
                                      {"unchanged", comparison.unchanged}, {"queries", nlohmann::ordered_json::array()}};
        for (const CaptionRankChange& row : comparison.captions)
            out["queries"].push_back({{"caption", set.captions[static_cast<size_t>(row.caption)]},
                                      {"image", set.relative_paths[static_cast<size_t>(row.image)]},
                                      {"rank_a", row.rank_a},
                                      {"rank_b", row.rank_b}});
        std::cout << out.dump() << "\n";
        return 0;
    }
    std::printf("dataset %s, split %s: %zu images, %zu captions\nA  %s\nB  %s\n\n", set.dataset.c_str(),
                set.split.c_str(), set.image_paths.size(), set.captions.size(), a->modelLabel().c_str(),
                b->modelLabel().c_str());
    std::printf("%-30s %10s %10s\n", "", "A", "B");
    for (const auto& key : order_a)
        std::printf("%-30s %10.4f %10.4f\n", key.c_str(), comparison.metrics_a.at(key), comparison.metrics_b.at(key));
    std::printf("\ncaptions whose image ranks higher under B: %lld, lower: %lld, the same: %lld\n",
                static_cast<long long>(comparison.improved), static_cast<long long>(comparison.worse),
                static_cast<long long>(comparison.unchanged));
    // The five biggest moves each way: what a reader wants to look at first.
    std::vector<CaptionRankChange> rows = comparison.captions;
    std::stable_sort(rows.begin(), rows.end(), [](const CaptionRankChange& x, const CaptionRankChange& y) {
        return (x.rank_a - x.rank_b) > (y.rank_a - y.rank_b);
    });
    const auto show = [&](const char* title, auto begin, auto end, bool better) {
        bool any = false;
        for (auto it = begin; it != end && it - begin < 5; ++it) {
            if (better ? it->rank_b >= it->rank_a : it->rank_b <= it->rank_a) break;
            if (!any) std::printf("\n%s\n", title);
            any = true;
            std::printf("  %5lld -> %-5lld %s\n", static_cast<long long>(it->rank_a), static_cast<long long>(it->rank_b),
                        set.captions[static_cast<size_t>(it->caption)].c_str());
        }
    };
    show("most improved (rank under A -> under B):", rows.begin(), rows.end(), true);
    show("most worsened:", rows.rbegin(), rows.rend(), false);
    return 0;
}

}  // namespace clipft::cli
