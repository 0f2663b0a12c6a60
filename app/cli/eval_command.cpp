// clipft eval --project FILE --dataset NAME (--model DIR | --run RUN [--from W] [--wise-ft A,B,...])
//             [--split train|val|test|all] [--k 1,5,10] [--batch-size N] [--device D] [--threads N]
//             [--no-cache] [--json]
#include "arguments.h"
#include "commands.h"
#include "console_progress.h"

#include "core/common/error.h"
#include "core/common/runtime.h"
#include "core/jobs/evaluation_job.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <sstream>

namespace clipft::cli {

namespace {

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

}  // namespace

int runEval(const std::vector<std::string>& raw) {
    const Arguments args(raw, {"project", "dataset", "model", "run", "from", "wise-ft", "split", "k", "batch-size", "device",
                               "threads"},
                         {"no-cache", "json"});
    if (args.has("model") == args.has("run")) throw Error("give exactly one of --model DIR or --run RUN");
    if (args.has("wise-ft") && !args.has("run")) throw Error("--wise-ft sweeps a run's models: give --run RUN");
    if (!args.positionals().empty()) throw Error("unexpected argument '" + args.positionals().front() + "'");
    EvaluationJobRequest request;
    request.project_path = args.required("project");
    request.dataset = args.required("dataset");
    request.split = args.value("split").value_or("auto");
    if (request.split != "train" && request.split != "val" && request.split != "test" && request.split != "all" &&
        request.split != "auto")
        throw Error("--split is train, val, test or all, not '" + request.split + "'");
    if (auto k = args.value("k")) request.options.ks = parseRecallKs(*k);
    request.options.batch_size = args.intValue("batch-size", request.options.batch_size, 1);
    request.use_cache = !args.has("no-cache");
    if (args.has("run")) {
        request.run = args.int64Value("run", 0);
        request.from = args.value("from").value_or("");
        // A run is evaluated as a sweep (a list), at alpha 1 unless --wise-ft says otherwise.
        request.wise_ft_alphas = parseAlphas(args.value("wise-ft").value_or("1"));
    } else {
        request.model_dir = args.required("model");
    }
    initRuntime(args.threads());
    request.device = parseDevice(args.value("device").value_or("auto"));

    EvaluationJobResult result;
    {
        ConsoleProgress progress;  // ends its line when it goes, before the results are printed
        result = runEvaluationJob(request, &progress);
    }
    const auto metricsOf = [](const EvaluationPoint& point) {
        nlohmann::ordered_json metrics = nlohmann::ordered_json::object();
        for (const auto& key : point.metric_order) metrics[key] = point.result.metrics.at(key);
        return metrics;
    };

    if (request.run) {
        nlohmann::ordered_json sweep = nlohmann::ordered_json::array();
        for (const auto& point : result.points) {
            nlohmann::ordered_json entry = {{"alpha", point.wise_ft_alpha.value_or(1.0)}};
            entry.update(metricsOf(point));
            sweep.push_back(entry);
        }
        if (args.has("json")) {
            std::cout << sweep.dump() << "\n";
            return 0;
        }
        std::printf("%s on %s, split %s: WiSE-FT (1 - alpha) * pre-trained + alpha * fine-tuned\n", result.model.c_str(),
                    result.dataset.c_str(), result.split.c_str());
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

    const EvaluationPoint& point = result.points.front();
    if (args.has("json")) {
        std::cout << metricsOf(point).dump() << "\n";
    } else {
        std::printf("dataset   %s\nsplit     %s\nimages    %lld\ncaptions  %lld\n", result.dataset.c_str(),
                    result.split.c_str(), static_cast<long long>(point.result.images),
                    static_cast<long long>(point.result.captions));
        for (const auto& key : point.metric_order) std::printf("%-30s %10.4f\n", key.c_str(), point.result.metrics.at(key));
    }
    std::cerr << "evaluated " << result.model << " (model " << point.model_fingerprint.substr(0, 12) << ") on "
              << describeDevice(request.device) << "; " << point.result.cached_images << " of " << point.result.images
              << " image embeddings from the cache\n";
    return 0;
}

}  // namespace clipft::cli
