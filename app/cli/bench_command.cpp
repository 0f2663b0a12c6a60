// clipft bench embed --model DIR | --config NAME [--batch-size N] [--device D] [--json]
#include "arguments.h"
#include "commands.h"

#include "core/bench/embed_benchmark.h"
#include "core/bench/import_benchmark.h"
#include "core/bench/search_benchmark.h"
#include "core/bench/train_benchmark.h"
#include "console_progress.h"
#include "core/common/error.h"
#include "core/common/runtime.h"
#include "core/model/model_folder.h"
#include "core/search/approximate_index.h"

#include <ATen/Parallel.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace clipft::cli {

namespace {

struct BenchModel {
    ClipModel model{nullptr};
    std::shared_ptr<const Tokenizer> tokenizer;  // null for a built-in config
    std::string name;
};

// --model DIR (real weights and tokenizer) or --config NAME (random weights: speed doesn't depend
// on them), on `device`.
BenchModel benchModel(const Arguments& args, const c10::Device& device) {
    BenchModel bench;
    if (auto dir = args.value("model")) {
        LoadedModel loaded = loadModel(*dir, device);
        bench.model = loaded.model;
        bench.tokenizer = loaded.tokenizer;
        bench.name = loaded.model->config.name;
    } else {
        bench.name = *args.value("config");
        bench.model = ClipModel(builtinConfig(bench.name));
        bench.model->to(device);
    }
    return bench;
}

int runBenchEmbed(const std::vector<std::string>& raw) {
    const Arguments args(raw, {"model", "config", "device", "batch-size", "threads", "batches", "captions"}, {"json"});
    if (args.has("model") == args.has("config")) throw Error("give exactly one of --model DIR or --config NAME");
    initRuntime(args.threads());
    const c10::Device device = parseDevice(args.value("device").value_or("auto"));

    EmbedBenchmarkOptions options;
    options.batch_size = args.intValue("batch-size", 32, 1);
    options.image_batches = args.intValue("batches", 4, 1);
    options.text_captions = args.intValue("captions", 512, 1);
    if (options.batch_size <= 0 || options.image_batches <= 0 || options.text_captions <= 0)
        throw Error("--batch-size, --batches and --captions must be positive");

    BenchModel bench = benchModel(args, device);
    ClipModel model = bench.model;
    const std::string name = bench.name;
    const EmbedBenchmarkResult r = runEmbedBenchmark(*model, bench.tokenizer.get(), device, options);

    if (args.has("json")) {
        nlohmann::json j = {{"model", name},
                            {"device", describeDevice(device)},
                            {"threads", at::get_num_threads()},
                            {"batch_size", options.batch_size},
                            {"images_per_s", r.images_per_s},
                            {"texts_per_s", r.texts_per_s},
                            {"texts_per_s_full_context", r.texts_per_s_full_context},
                            {"peak_gflops", r.peak_gflops},
                            {"image_gflops", r.image_gflops},
                            {"image_peak_fraction", r.image_gflops / r.peak_gflops},
                            {"text_gflops", r.text_gflops},
                            {"mean_text_positions", r.mean_text_positions},
                            {"text_trim_speedup", r.texts_per_s / r.texts_per_s_full_context},
                            {"text_trim_max_abs_diff", r.text_max_abs_diff}};
        std::cout << j.dump() << "\n";
        return 0;
    }
    std::printf("model            %s on %s, batch %d\n", name.c_str(), describeDevice(device).c_str(), options.batch_size);
    std::printf("matmul peak      %.1f GFLOP/s (fp32, 2048x2048)\n", r.peak_gflops);
    std::printf("images           %.2f images/s, %.1f GFLOP/s = %.0f%% of peak\n", r.images_per_s, r.image_gflops,
                100.0 * r.image_gflops / r.peak_gflops);
    std::printf("texts            %.1f texts/s (%.1f positions per caption on average)\n", r.texts_per_s,
                r.mean_text_positions);
    std::printf("texts, all 77    %.1f texts/s -> trimming is %.1fx faster (max |diff| %.1e)\n",
                r.texts_per_s_full_context, r.texts_per_s / r.texts_per_s_full_context, r.text_max_abs_diff);
    return 0;
}

// clipft bench train --model DIR | --config NAME [--batch-size N] [--steps N] [--precision P] [--json]
int runBenchTrain(const std::vector<std::string>& raw) {
    const Arguments args(raw, {"model", "config", "device", "batch-size", "threads", "steps", "precision"}, {"json"});
    if (args.has("model") == args.has("config")) throw Error("give exactly one of --model DIR or --config NAME");
    initRuntime(args.threads());
    const c10::Device device = parseDevice(args.value("device").value_or("auto"));

    TrainBenchmarkOptions options;
    options.batch_size = args.intValue("batch-size", 32, 1);
    options.timed_steps = args.intValue("steps", 3);
    options.precision = parsePrecision(args.value("precision").value_or("fp32"));
    if (options.batch_size < 2 || options.timed_steps <= 0)
        throw Error("--batch-size must be at least 2 and --steps positive");

    BenchModel bench = benchModel(args, device);
    const std::string name = bench.name;
    ConsoleProgress progress;
    const TrainBenchmarkResult r = runTrainBenchmark(bench.model, bench.tokenizer.get(), device, options, &progress);

    if (args.has("json")) {
        nlohmann::json j = {{"model", name},
                            {"device", describeDevice(device)},
                            {"threads", at::get_num_threads()},
                            {"batch_size", options.batch_size},
                            {"precision", precisionName(options.precision)},
                            {"samples_per_s", r.samples_per_s},
                            {"step_seconds", r.step_seconds},
                            {"peak_gflops", r.peak_gflops},
                            {"achieved_gflops", r.achieved_gflops},
                            {"peak_fraction", r.achieved_gflops / r.peak_gflops},
                            {"flops_per_sample", r.flops_per_sample},
                            {"text_positions", r.text_positions},
                            {"forward_backward_seconds", r.forward_backward_seconds},
                            {"optimizer_seconds", r.optimizer_seconds}};
        std::cout << j.dump() << "\n";
        return 0;
    }
    std::printf("model            %s on %s, batch %d, %s\n", name.c_str(), describeDevice(device).c_str(),
                options.batch_size, precisionName(options.precision));
    std::printf("matmul peak      %.1f GFLOP/s (fp32, 2048x2048)\n", r.peak_gflops);
    std::printf("training         %.2f samples/s (%.2f s per step of %d)\n", r.samples_per_s, r.step_seconds,
                options.batch_size);
    std::printf("FLOP rate        %.1f GFLOP/s = %.0f%% of peak (forward + backward, 6 FLOPs per multiply-add,\n"
                "                 %.1f GFLOP per sample, %d text positions)\n",
                r.achieved_gflops, 100.0 * r.achieved_gflops / r.peak_gflops, r.flops_per_sample / 1e9,
                static_cast<int>(r.text_positions));
    std::printf("one step         %.2f s forward + backward, %.2f s clipping + AdamW\n",
                r.forward_backward_seconds, r.optimizer_seconds);
    return 0;
}

int runBenchImport(const std::vector<std::string>& raw) {
    const Arguments args(raw, {"images", "captions-per-image", "threads"}, {"json"});
    initRuntime(args.threads());
    ConsoleProgress progress;
    const ImportBenchmarkResult r =
        runImportBenchmark(args.intValue("images", 8000, 1), args.intValue("captions-per-image", 5, 1), &progress);
    if (args.has("json")) {
        std::cout << nlohmann::json{{"images", r.images},
                                    {"captions", r.captions},
                                    {"seconds", r.seconds},
                                    {"images_per_s", r.images_per_s},
                                    {"megabytes", r.megabytes}}
                         .dump()
                  << "\n";
        return 0;
    }
    std::printf("imported %d images (%.0f MB of JPEG) with %d captions in %.1f s: %.0f images/s\n", r.images,
                r.megabytes, r.captions, r.seconds, r.images_per_s);
    return 0;
}

// clipft bench search [--images N] [--dim D] [--k K] [--queries Q] [--threads N] [--approximate [--probes P]]
//                     [--clustered] [--json]
int runBenchSearch(const std::vector<std::string>& raw) {
    const Arguments args(raw, {"images", "dim", "k", "queries", "threads", "config", "probes"},
                         {"json", "approximate", "clustered"});
    initRuntime(args.threads());
    SearchBenchmarkOptions options;
    options.images = args.int64Value("images", options.images, 1);
    options.dim = args.int64Value("dim", options.dim, 1);
    // --config NAME: two such models with random weights (A and B), for the per-keystroke time.
    ClipModel model_a{nullptr}, model_b{nullptr};
    if (auto config = args.value("config")) {
        if (args.has("dim")) throw Error("--config sets the width from the model; drop --dim");
        model_a = ClipModel(builtinConfig(*config));
        model_b = ClipModel(builtinConfig(*config));
        options.model_a = model_a.ptr().get();
        options.model_b = model_b.ptr().get();
        options.dim = model_a->config.embed_dim;
    }
    options.k = args.int64Value("k", options.k, 1);
    options.queries = args.intValue("queries", options.queries, 1);
    options.approximate = args.has("approximate");
    options.probes = args.int64Value("probes", options.probes, 1);
    options.clustered = args.has("clustered");
    if (options.approximate && !approximateSearchAvailable())
        throw Error("--approximate measures FAISS's inverted file, and this build has no FAISS (apt-get install libfaiss-dev)");
    SearchBenchmarkResult r;
    {
        ConsoleProgress progress;
        r = runSearchBenchmark(options, &progress);
    }
    const double ratio = r.ms_per_query > 0 ? r.torch_ms_per_query / r.ms_per_query : 0;
    if (args.has("json")) {
        nlohmann::ordered_json out = {{"images", options.images},
                                      {"dim", options.dim},
                                      {"k", std::min(options.k, options.images)},
                                      {"threads", at::get_num_threads()},
                                      {"ms_per_query", r.ms_per_query},
                                      {"torch_matmul_topk_ms_per_query", r.torch_ms_per_query},
                                      {"speedup_over_torch", ratio}};
        if (r.faiss_ms_per_query) out["faiss_flat_ip_ms_per_query"] = *r.faiss_ms_per_query;
        if (r.query_to_results_ms) {
            out["model"] = *args.value("config");
            out["query_to_results_ms"] = *r.query_to_results_ms;
            out["text_encoding_ms"] = *r.text_encoding_ms;
        }
        if (r.approximate_ms_per_query) {
            out["approximate_ms_per_query"] = *r.approximate_ms_per_query;
            out["approximate_recall"] = *r.approximate_recall;
            out["approximate_lists"] = r.approximate_lists;
            out["approximate_probes"] = options.probes;
            out["approximate_build_seconds"] = *r.approximate_build_seconds;
        }
        out["clustered"] = options.clustered;
        out["mismatched_queries"] = r.mismatched_queries;
        out["max_score_difference"] = r.max_score_difference;
        out["index_build_seconds"] = r.build_seconds;
        std::cout << out.dump() << "\n";
        return 0;
    }
    std::printf("one query over %lld images of %lld dimensions, top %lld, %d threads (median of %d queries)\n",
                static_cast<long long>(options.images), static_cast<long long>(options.dim),
                static_cast<long long>(std::min(options.k, options.images)), at::get_num_threads(), options.queries);
    std::printf("clipft index          %8.2f ms\n", r.ms_per_query);
    std::printf("torch matmul + topk   %8.2f ms   (clipft is %.2fx as fast)\n", r.torch_ms_per_query, ratio);
    if (r.faiss_ms_per_query)
        std::printf("FAISS IndexFlatIP     %8.2f ms   (clipft is %.2fx as fast)\n", *r.faiss_ms_per_query,
                    *r.faiss_ms_per_query / r.ms_per_query);
    else
        std::printf("FAISS IndexFlatIP     not in this build (Debian's libfaiss-dev was not found)\n");
    if (r.query_to_results_ms)
        std::printf("a typed query, two %s models: %.1f ms to both result lists (text tower %.1f ms each)\n",
                    args.value("config")->c_str(), *r.query_to_results_ms, *r.text_encoding_ms);
    if (r.approximate_ms_per_query)
        std::printf("approximate (FAISS IVF, %lld lists, %lld probed) %6.2f ms   recall@%lld against exact %.3f; built in %.1f s\n",
                    static_cast<long long>(r.approximate_lists), static_cast<long long>(options.probes),
                    *r.approximate_ms_per_query, static_cast<long long>(std::min(options.k, options.images)),
                    *r.approximate_recall, *r.approximate_build_seconds);
    std::printf("exact: %lld of %d queries differ from torch's top-k (largest score difference %.2g); index built in %.2f s\n",
                static_cast<long long>(r.mismatched_queries), options.queries, r.max_score_difference, r.build_seconds);
    return 0;
}

}  // namespace

int runBench(const std::vector<std::string>& args) {
    if (args.empty()) throw Error("bench needs a benchmark name: embed, train, import or search");
    const std::vector<std::string> rest(args.begin() + 1, args.end());
    if (args[0] == "embed") return runBenchEmbed(rest);
    if (args[0] == "train") return runBenchTrain(rest);
    if (args[0] == "import") return runBenchImport(rest);
    if (args[0] == "search") return runBenchSearch(rest);
    throw Error("unknown benchmark '" + args[0] + "' (known: embed, train, import, search)");
}

}  // namespace clipft::cli
