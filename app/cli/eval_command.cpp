// clipft eval --project FILE --dataset NAME --model DIR [--split train|val|test|all] [--k 1,5,10]
//             [--batch-size N] [--device D] [--threads N] [--no-cache] [--json]
#include "arguments.h"
#include "commands.h"
#include "console_progress.h"

#include "core/common/error.h"
#include "core/common/runtime.h"
#include "core/eval/embedding_cache.h"
#include "core/eval/evaluation_set.h"
#include "core/eval/retrieval_evaluation.h"
#include "core/model/model_fingerprint.h"
#include "core/model/model_folder.h"
#include "core/store/project_store.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

namespace clipft::cli {

namespace {

std::vector<int> parseKs(const std::string& text) {
    std::vector<int> ks;
    std::stringstream list(text);
    std::string item;
    while (std::getline(list, item, ',')) {
        size_t used = 0;
        int k = 0;
        try {
            k = std::stoi(item, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0 || used != item.size() || k <= 0)
            throw Error("--k needs whole numbers of at least 1 separated by commas, like 1,5,10, not '" + text + "'");
        ks.push_back(k);
    }
    if (ks.empty()) throw Error("--k needs at least one number, like 1,5,10");
    std::sort(ks.begin(), ks.end());
    ks.erase(std::unique(ks.begin(), ks.end()), ks.end());
    return ks;
}

// CLIP_benchmark's keys, in a reading order: recall by direction and k, then ranks, then the loss.
std::vector<std::string> metricOrder(const std::vector<int>& ks, const std::map<std::string, double>& metrics) {
    std::vector<std::string> order;
    for (const char* direction : {"image_retrieval", "text_retrieval"})
        for (int k : ks) order.push_back(std::string(direction) + "_recall@" + std::to_string(k));
    for (const char* direction : {"image_retrieval", "text_retrieval"})
        for (const char* rank : {"_mean_rank", "_median_rank"}) order.push_back(std::string(direction) + rank);
    order.push_back("clip_val_loss");
    std::vector<std::string> present;
    for (const auto& key : order)
        if (metrics.count(key)) present.push_back(key);
    for (const auto& [key, value] : metrics)  // anything the evaluator adds later still shows
        if (std::find(order.begin(), order.end(), key) == order.end()) present.push_back(key);
    return present;
}

}  // namespace

int runEval(const std::vector<std::string>& raw) {
    const Arguments args(raw, {"project", "dataset", "model", "split", "k", "batch-size", "device", "threads"},
                         {"no-cache", "json"});
    if (!args.positionals().empty()) throw Error("unexpected argument '" + args.positionals().front() + "'");
    const std::string split = args.value("split").value_or("auto");
    if (split != "train" && split != "val" && split != "test" && split != "all" && split != "auto")
        throw Error("--split is train, val, test or all, not '" + split + "'");
    EvaluationOptions options;
    if (auto k = args.value("k")) options.ks = parseKs(*k);
    options.batch_size = args.intValue("batch-size", options.batch_size);
    if (options.batch_size <= 0) throw Error("--batch-size must be positive");
    initRuntime(args.intValue("threads", 0));
    const c10::Device device = parseDevice(args.value("device").value_or("auto"));

    // The cheap checks first: a wrong dataset or split fails before the model is read.
    ProjectStore store = ProjectStore::open(args.required("project"));
    const EvaluationSet set = loadEvaluationSet(store, args.required("dataset"), split);
    const LoadedModel model = loadModel(args.required("model"), device);
    ClipModelImpl& module = *model.model.ptr();
    // Also without the cache: the stored evaluation names the model it measured.
    const std::string fingerprint = modelFingerprint(module);

    std::unique_ptr<EmbeddingCache> cache;
    if (!args.has("no-cache")) cache = std::make_unique<ProjectEmbeddingCache>(store);
    EvaluationResult result;
    {
        ConsoleProgress progress;  // ends its line when it goes, before the results are printed
        result = evaluateRetrieval(module, *model.tokenizer, set, options, device, cache.get(), fingerprint, &progress);
    }

    const std::vector<std::string> order = metricOrder(options.ks, result.metrics);
    nlohmann::ordered_json metrics = nlohmann::ordered_json::object();
    for (const auto& key : order) metrics[key] = result.metrics.at(key);
    store.addEvaluation(NewEvaluation{std::nullopt, std::nullopt, fingerprint, set.dataset, set.split, metrics.dump()});

    if (args.has("json")) {
        std::cout << metrics.dump() << "\n";
    } else {
        std::printf("dataset   %s\nsplit     %s\nimages    %lld\ncaptions  %lld\n", set.dataset.c_str(), set.split.c_str(),
                    static_cast<long long>(result.images), static_cast<long long>(result.captions));
        for (const auto& key : order) std::printf("%-30s %10.4f\n", key.c_str(), result.metrics.at(key));
    }
    std::cerr << "evaluated " << model.folder.dir << " (model " << fingerprint.substr(0, 12) << ") on "
              << describeDevice(device) << "; " << result.cached_images << " of " << result.images
              << " image embeddings from the cache\n";
    return 0;
}

}  // namespace clipft::cli
