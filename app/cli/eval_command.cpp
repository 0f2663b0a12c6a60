// clipft eval --project FILE --dataset NAME (--model DIR | --run RUN [--from W] [--wise-ft A,B,...])
//             [--split train|val|test|all] [--k 1,5,10] [--batch-size N] [--device D] [--threads N]
//             [--no-cache] [--json]
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
#include "core/train/run_model.h"
#include "core/train/wise_ft.h"

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

std::vector<double> parseAlphas(const std::string& text) {
    std::vector<double> alphas;
    std::stringstream list(text);
    std::string item;
    while (std::getline(list, item, ',')) {
        size_t used = 0;
        double alpha = -1;
        try {
            alpha = std::stod(item, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0 || used != item.size() || !(alpha >= 0 && alpha <= 1))
            throw Error("--wise-ft needs numbers between 0 and 1 separated by commas, like 0,0.5,1, not '" + text + "'");
        alphas.push_back(alpha);
    }
    if (alphas.empty()) throw Error("--wise-ft needs at least one alpha, like 0,0.5,1");
    return alphas;
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

// Evaluates a run's WiSE-FT mixes (1 - alpha) * pre-trained + alpha * fine-tuned, one per alpha.
int runWiseFtSweep(const Arguments& args, ProjectStore& store, const EvaluationSet& set, const EvaluationOptions& options,
                   const c10::Device& device) {
    const int64_t id = args.int64Value("run", -1);
    const auto run = store.findRun(id);
    if (!run) throw Error("the project has no run " + *args.value("run") + " (see clipft runs list)");
    const std::vector<double> alphas = parseAlphas(args.value("wise-ft").value_or("1"));
    LoadedModel base = loadModel(run->base_model_path, device);
    RunModel tuned = loadRunModel(*run, args.value("from").value_or(""), base.model->config, device);
    std::unique_ptr<EmbeddingCache> cache;
    if (!args.has("no-cache")) cache = std::make_unique<ProjectEmbeddingCache>(store);

    nlohmann::ordered_json sweep = nlohmann::ordered_json::array();
    for (const double alpha : alphas) {
        ClipModel mixed = wiseFtInterpolate(*base.model, *tuned.model, alpha);
        mixed->to(device);
        const std::string fingerprint = modelFingerprint(*mixed);
        EvaluationResult result;
        {
            ConsoleProgress progress;
            result = evaluateRetrieval(*mixed, *base.tokenizer, set, options, device, cache.get(), fingerprint, &progress);
        }
        nlohmann::ordered_json metrics = nlohmann::ordered_json::object();
        for (const auto& key : metricOrder(options.ks, result.metrics)) metrics[key] = result.metrics.at(key);
        store.addEvaluation(NewEvaluation{run->id, std::nullopt, fingerprint, set.dataset, set.split, metrics.dump()});
        nlohmann::ordered_json point = {{"alpha", alpha}};
        point.update(metrics);
        sweep.push_back(point);
    }
    if (args.has("json")) {
        std::cout << sweep.dump() << "\n";
        return 0;
    }
    std::printf("run %lld (%s weights) on %s, split %s: WiSE-FT (1 - alpha) * pre-trained + alpha * fine-tuned\n",
                static_cast<long long>(run->id), tuned.source.c_str(), set.dataset.c_str(), set.split.c_str());
    std::printf("%-6s %-10s %-10s %-10s %-10s %-10s %-10s\n", "alpha", "img R@1", "img R@5", "img R@10", "txt R@1",
                "txt R@5", "txt R@10");
    for (const auto& point : sweep) {
        const auto get = [&](const char* key) { return point.contains(key) ? point[key].get<double>() : 0.0; };
        std::printf("%-6.2f %-10.4f %-10.4f %-10.4f %-10.4f %-10.4f %-10.4f\n", point["alpha"].get<double>(),
                    get("image_retrieval_recall@1"), get("image_retrieval_recall@5"), get("image_retrieval_recall@10"),
                    get("text_retrieval_recall@1"), get("text_retrieval_recall@5"), get("text_retrieval_recall@10"));
    }
    return 0;
}

}  // namespace

int runEval(const std::vector<std::string>& raw) {
    const Arguments args(raw, {"project", "dataset", "model", "run", "from", "wise-ft", "split", "k", "batch-size", "device",
                               "threads"},
                         {"no-cache", "json"});
    if (args.has("model") == args.has("run")) throw Error("give exactly one of --model DIR or --run RUN");
    if (args.has("wise-ft") && !args.has("run")) throw Error("--wise-ft sweeps a run's models: give --run RUN");
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
    if (args.has("run")) return runWiseFtSweep(args, store, set, options, device);
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
