// clipft pretrain-demo --out DIR [--steps N | --epochs N] [--images N] [--batch-size N] [--seed S]
//                      [--lr X] [--vocab-size N] [--eval-every N] [--eval-images N] [--threads N]
//                      [--fp32] [--json]
// Makes the built-in demo model from nothing (core/train/demo_pretraining.h). The defaults are the
// recipe that produced resources/demo-model.
#include "arguments.h"
#include "commands.h"

#include "core/common/error.h"
#include "core/common/runtime.h"
#include "core/demo/demo_pretraining.h"

#include <ATen/Parallel.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace clipft::cli {

namespace {

std::string clockText(double seconds) {
    const long long s = static_cast<long long>(seconds + 0.5);
    char text[32];
    if (s >= 3600)
        std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", s / 3600, s / 60 % 60, s % 60);
    else
        std::snprintf(text, sizeof text, "%lld:%02lld", s / 60, s % 60);
    return text;
}

// One line per logging interval and per evaluation, on stdout (stderr with --json, which keeps
// stdout for the result).
class PretrainPrinter : public TrainingObserver {
public:
    PretrainPrinter(FILE* out, int64_t log_every) : out_(out), log_every_(log_every) {}

    void onProgress(const std::string& stage, long long done, long long total) override {
        if (done != 0) return;  // announce each stage once, when it starts
        if (stage == "vocabulary") line("training the sentencepiece vocabulary");
        if (stage == "saving") line("saving the model");
    }
    void onWarning(const std::string& message) override { line("warning: " + message); }
    void onStep(const StepReport& r) override {
        if (r.step % log_every_ != 0 && r.step != r.total_steps) return;
        std::fprintf(out_, "step %lld/%lld  epoch %.2f  loss %.4f  lr %.2e  scale %.1f  %.0f samples/s  ETA %s\n",
                     static_cast<long long>(r.step), static_cast<long long>(r.total_steps), r.epoch, r.loss, r.lr,
                     r.logit_scale, r.samples_per_s, clockText(r.eta_s).c_str());
        std::fflush(out_);
    }
    void onEvaluation(const EvaluationReport& r) override {
        std::fprintf(out_, "step %lld  held-out generic: image R@1 %.3f  R@5 %.3f  R@10 %.3f  text R@5 %.3f\n",
                     static_cast<long long>(r.step), metric(r.metrics, "image_retrieval_recall@1"),
                     metric(r.metrics, "image_retrieval_recall@5"), metric(r.metrics, "image_retrieval_recall@10"),
                     metric(r.metrics, "text_retrieval_recall@5"));
        std::fflush(out_);
    }

    static double metric(const std::map<std::string, double>& metrics, const std::string& key) {
        const auto found = metrics.find(key);
        return found == metrics.end() ? 0.0 : found->second;
    }

private:
    void line(const std::string& text) {
        std::fprintf(out_, "%s\n", text.c_str());
        std::fflush(out_);
    }
    FILE* out_;
    int64_t log_every_;
};

nlohmann::json recallJson(const std::map<std::string, double>& metrics) {
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [key, value] : metrics) j[key] = value;
    return j;
}

}  // namespace

int runPretrainDemo(const std::vector<std::string>& raw) {
    const Arguments args(raw,
                         {"out", "steps", "epochs", "images", "batch-size", "seed", "lr", "vocab-size", "eval-every",
                          "eval-images", "threads", "log-every"},
                         {"fp32", "json"});
    if (args.has("steps") && args.has("epochs")) throw Error("give --steps or --epochs, not both");
    initRuntime(args.threads());

    DemoPretrainingOptions options;
    options.out_dir = args.required("out");
    options.seed = static_cast<uint64_t>(args.intValue("seed", static_cast<int>(options.seed)));
    if (args.has("steps")) options.steps = args.intValue("steps", 0);
    if (args.has("epochs")) options.steps = 0, options.epochs = args.intValue("epochs", 1, 1);
    options.images = args.intValue("images", static_cast<int>(options.images, 1));
    options.batch_size = args.intValue("batch-size", options.batch_size, 1);
    options.lr = args.doubleValue("lr", options.lr);
    options.vocabulary_size = args.intValue("vocab-size", options.vocabulary_size, 1);
    options.eval_every = args.intValue("eval-every", static_cast<int>(options.eval_every));
    options.eval_images = args.intValue("eval-images", static_cast<int>(options.eval_images, 1));
    options.log_every = args.intValue("log-every", static_cast<int>(options.log_every));
    if (args.has("fp32")) options.weight_dtype = at::kFloat;
    if (args.has("steps") && options.steps <= 0) throw Error("--steps must be positive");

    const bool json = args.has("json");
    PretrainPrinter printer(json ? stderr : stdout, options.log_every);
    std::fprintf(json ? stderr : stdout, "pre-training the demo model on %d threads into %s\n", at::get_num_threads(),
                 options.out_dir.c_str());
    const DemoPretrainingResult r = pretrainDemoModel(options, &printer);
    if (r.cancelled) throw Cancelled();

    if (json) {
        nlohmann::json j = {{"out", r.out_dir},
                            {"parameters", r.parameters},
                            {"vocabulary_pieces", r.vocabulary_pieces},
                            {"steps", r.steps},
                            {"samples", r.samples},
                            {"threads", at::get_num_threads()},
                            {"train_seconds", r.train_seconds},
                            {"total_seconds", r.total_seconds},
                            {"generic", recallJson(r.generic)},
                            {"specialised", recallJson(r.specialised)}};
        std::cout << j.dump() << "\n";
        return 0;
    }
    std::printf("wrote %s: %lld parameters, %lld sentencepiece pieces, %lld steps (%lld samples) in %s (%s in all)\n",
                r.out_dir.c_str(), static_cast<long long>(r.parameters), static_cast<long long>(r.vocabulary_pieces),
                static_cast<long long>(r.steps), static_cast<long long>(r.samples), clockText(r.train_seconds).c_str(),
                clockText(r.total_seconds).c_str());
    for (const auto& [name, metrics] : {std::pair{"generic", &r.generic}, std::pair{"specialised", &r.specialised}})
        std::printf("held-out %-11s image R@1 %.3f  R@5 %.3f  R@10 %.3f  text R@1 %.3f  R@5 %.3f  R@10 %.3f\n", name,
                    PretrainPrinter::metric(*metrics, "image_retrieval_recall@1"),
                    PretrainPrinter::metric(*metrics, "image_retrieval_recall@5"),
                    PretrainPrinter::metric(*metrics, "image_retrieval_recall@10"),
                    PretrainPrinter::metric(*metrics, "text_retrieval_recall@1"),
                    PretrainPrinter::metric(*metrics, "text_retrieval_recall@5"),
                    PretrainPrinter::metric(*metrics, "text_retrieval_recall@10"));
    return 0;
}

}  // namespace clipft::cli
