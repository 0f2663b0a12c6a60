// clipft-gpu-check: the checks scripts/gpu-check.sh runs on a machine with a GPU, built from the
// training numerics alone (LibTorch and header-only libraries: no OpenCV, SQLite or Qt there).
//
//   clipft-gpu-check [--device cuda|cpu] [--report FILE.md] [--quick]
//
// It writes FILE.md (a table for people) and FILE.json (the same figures for programs), and exits
// 1 when a check failed. On the CPU (--device cpu, the test suite's way) the checks that need CUDA
// are reported as skipped, and --quick shrinks the benchmarks to a tiny model.
#include "core/common/error.h"
#include "core/common/runtime.h"
#include "core/model/clip_config.h"
#include "core/model/clip_model.h"
#include "core/model/flop_count.h"
#include "core/train/clip_optimizer.h"
#include "core/train/contrastive_step.h"
#include "core/train/trainer.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>
#include <nlohmann/json.hpp>
#include <torch/cuda.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace clipft;

namespace {

constexpr double kH200Bf16PeakFlops = 790e12;  // dense bf16, the H200's datasheet figure

using Clock = std::chrono::steady_clock;

struct CheckResult {
    std::string name;
    std::string status = "pass";  // pass, fail, skipped
    std::string detail;
    double seconds = 0;
    nlohmann::json figures = nlohmann::json::object();
};

void synchronize(const c10::Device& device) {
    if (device.is_cuda()) torch::cuda::synchronize(device.index());
}

ClipConfig tinyConfig() {
    ClipConfig config;
    config.name = "tiny-check";
    config.embed_dim = 32;
    config.vision = {2, 64, 4, 16, 32, 128};  // layers, width, heads, patch, image size, mlp width
    config.text = {16, 64, 64, 4, 2, 128};    // context, vocab, width, heads, layers, mlp width
    return config;
}

// Captions of 8 to 14 tokens, EOT (the largest id) last: what CLIP's text tower pools on.
at::Tensor randomTokens(const ClipConfig& config, int64_t batch, at::Generator& generator) {
    const int64_t context = config.text.context_length, vocab = config.text.vocab_size;
    at::Tensor tokens = at::zeros({batch, context}, at::kLong);
    for (int64_t i = 0; i < batch; ++i) {
        const int64_t length = std::min<int64_t>(context, 8 + i % 7);
        tokens[i].narrow(0, 1, length - 2).copy_(at::randint(1, vocab - 2, {length - 2}, generator));
        tokens[i][0] = vocab - 2;
        tokens[i][length - 1] = vocab - 1;
    }
    return tokens;
}

// The same random batch every time: images and tokens made on the CPU, then moved.
class RandomBatches : public BatchSource {
public:
    RandomBatches(const ClipConfig& config, int64_t batch, const c10::Device& device)
        : config_(config), batch_(batch), device_(device) {}
    int64_t batchesPerEpoch() const override { return 1000000; }
    void seek(int64_t, int64_t) override {}
    TrainingBatch next(const CancelToken*) override {
        if (!images_.defined()) {
            at::Generator generator = at::detail::createCPUGenerator(17);
            const int size = config_.vision.image_size;
            // Made on the device directly: a huge batch (the memory check) would take long on the CPU.
            images_ = at::randn({batch_, 3, size, size}, at::TensorOptions().device(device_));
            tokens_ = randomTokens(config_, batch_, generator);
        }
        TrainingBatch batch;
        batch.images = images_;
        batch.tokens = tokens_;
        return batch;
    }

private:
    ClipConfig config_;
    int64_t batch_;
    c10::Device device_;
    at::Tensor images_, tokens_;
};

double relativeDifference(const at::Tensor& a, const at::Tensor& b) {
    const at::Tensor x = a.detach().to(at::kCPU, at::kDouble), y = b.detach().to(at::kCPU, at::kDouble);
    return ((x - y).norm() / y.norm().clamp_min(1e-30)).item<double>();
}

std::string format(const char* pattern, double value) {
    char text[64];
    std::snprintf(text, sizeof text, pattern, value);
    return text;
}

// Loss, every gradient and one AdamW step on `device` against the CPU, for one tiny model.
CheckResult checkStepAgainstCpu(const c10::Device& device) {
    CheckResult r;
    r.name = "tiny model: loss, gradients and one AdamW step on " + device.str() + " vs the CPU";
    const ClipConfig config = tinyConfig();
    // cuDNN convolutions (the patch embedding) may use TF32 by default: fp32 proper for the comparison.
    at::globalContext().setAllowTF32CuDNN(false);
    torch::manual_seed(3);
    ClipModel on_cpu(config);
    ClipModel on_device(config);
    {
        torch::NoGradGuard no_grad;
        const auto source = on_cpu->named_parameters(true);
        auto target = on_device->named_parameters(true);
        for (const auto& item : source) target[item.key()].copy_(item.value());
    }
    on_device->to(device);
    at::Generator generator = at::detail::createCPUGenerator(5);
    const at::Tensor images = at::randn({8, 3, config.vision.image_size, config.vision.image_size}, generator);
    const at::Tensor tokens = randomTokens(config, 8, generator);
    DynamicLossScaler no_scaling(false);
    AdamWSettings settings;
    settings.lr = 1e-3;
    ClipOptimizer cpu_optimizer(*on_cpu, settings), device_optimizer(*on_device, settings);
    const double cpu_loss = accumulateContrastiveGradients(*on_cpu, {{images, tokens}}, Precision::Fp32, no_scaling).read();
    const double device_loss =
        accumulateContrastiveGradients(*on_device, {{images.to(device), tokens.to(device)}}, Precision::Fp32, no_scaling).read();
    double worst_grad = 0, worst_weight = 0;
    const auto cpu_parameters = on_cpu->named_parameters(true);
    auto device_parameters = on_device->named_parameters(true);
    for (const auto& item : cpu_parameters)
        worst_grad = std::max(worst_grad, relativeDifference(device_parameters[item.key()].grad(), item.value().grad()));
    cpu_optimizer.step();
    device_optimizer.step();
    for (const auto& item : cpu_parameters)
        worst_weight = std::max(worst_weight, relativeDifference(device_parameters[item.key()], item.value()));
    const double loss_gap = std::abs(device_loss - cpu_loss) / std::abs(cpu_loss);
    r.figures = {{"loss_cpu", cpu_loss}, {"loss_device", device_loss}, {"loss_relative_difference", loss_gap},
                 {"worst_gradient_relative_l2", worst_grad}, {"worst_weight_relative_l2", worst_weight}};
    // With TF32 off (cuBLAS's default in LibTorch, cuDNN's set above) the GPU agrees to float rounding.
    const bool ok = loss_gap < 1e-4 && worst_grad < 1e-3 && worst_weight < 1e-5;
    r.status = ok ? "pass" : "fail";
    r.detail = "loss " + format("%.6f", cpu_loss) + " vs " + format("%.6f", device_loss) + ", gradients within " +
               format("%.1e", worst_grad) + ", weights after the step within " + format("%.1e", worst_weight);
    return r;
}

// A short run under autocast: every loss finite, the loss falling, the first loss near fp32's.
CheckResult checkMixedPrecision(const c10::Device& device, Precision precision) {
    CheckResult r;
    r.name = std::string(precision == Precision::Amp ? "fp16 autocast with loss scaling" : "bf16 autocast") +
             " (tiny model, 30 steps)";
    if (!device.is_cuda()) {
        r.status = "skipped";
        r.detail = "needs a CUDA device";
        return r;
    }
    std::vector<double> first_losses;
    double last_loss = 0, loss_scale = 0;
    for (Precision p : {Precision::Fp32, precision}) {
        torch::manual_seed(9);
        ClipModel model(tinyConfig());
        RandomBatches data(tinyConfig(), 32, device);
        TrainingOptions options;
        options.max_steps = 30;
        options.batch_size = 32;
        options.adamw.lr = 1e-3;
        options.warmup_steps = 3;
        options.log_every = 10;
        options.eval_at_start = false;
        options.precision = p;
        Trainer trainer(model, data, options, device, "");
        struct Losses : TrainingObserver {
            std::vector<double> values;
            void onStep(const StepReport& report) override { values.push_back(report.loss); }
        } losses;
        const TrainingOutcome outcome = trainer.run(&losses);
        first_losses.push_back(losses.values.front());
        last_loss = losses.values.back();
        loss_scale = outcome.state.loss_scale;
        for (double v : losses.values)
            if (!std::isfinite(v)) r.status = "fail";
    }
    const double gap = std::abs(first_losses[1] - first_losses[0]) / first_losses[0];
    r.figures = {{"first_loss_fp32", first_losses[0]}, {"first_loss", first_losses[1]}, {"last_loss", last_loss},
                 {"loss_scale", loss_scale}};
    if (gap > 2e-2 || !(last_loss < first_losses[1])) r.status = "fail";
    r.detail = "first loss " + format("%.4f", first_losses[1]) + " (fp32 " + format("%.4f", first_losses[0]) +
               "), last " + format("%.4f", last_loss) +
               (precision == Precision::Amp ? ", loss scale " + format("%g", loss_scale) : std::string());
    return r;
}

// A batch far beyond the GPU's memory: the trainer must report it with the batch size, not crash.
CheckResult checkOutOfMemory(const c10::Device& device) {
    CheckResult r;
    r.name = "out of memory at a huge batch (ViT-B-32, 16384 images)";
    if (!device.is_cuda()) {
        r.status = "skipped";
        r.detail = "needs a CUDA device";
        return r;
    }
    try {
        const ClipConfig config = builtinConfig("ViT-B-32");
        ClipModel model(config);
        RandomBatches data(config, 16384, device);
        TrainingOptions options;
        options.max_steps = 1;
        options.batch_size = 16384;
        options.eval_at_start = false;
        options.precision = Precision::Bf16;
        Trainer trainer(model, data, options, device, "");
        trainer.run();
        r.status = "fail";
        r.detail = "a batch of 16384 trained without running out of memory";
    } catch (const Error& e) {
        const std::string message = e.what();
        r.detail = message;
        r.status = message.find("out of GPU memory with a batch of 16384") != std::string::npos ? "pass" : "fail";
    } catch (const std::exception& e) {
        r.status = "fail";
        r.detail = std::string("not a clipft error: ") + e.what();
    }
    return r;
}

// Training throughput: samples/s and model FLOP utilisation against the bf16 peak.
CheckResult benchTrain(const c10::Device& device, const ClipConfig& config, int batch, Precision precision, int steps) {
    CheckResult r;
    r.name = "bench train " + config.name + ", batch " + std::to_string(batch) + ", " + precisionName(precision);
    torch::manual_seed(1);
    ClipModel model(config);
    RandomBatches data(config, batch, device);
    TrainingOptions options;
    options.max_steps = 3 + steps;
    options.batch_size = batch;
    options.warmup_steps = 1;
    options.eval_at_start = false;
    options.precision = precision;
    options.log_every = 3;  // a device read after the 3 untimed steps, then at the end
    Trainer trainer(model, data, options, device, "");
    struct Clock3 : TrainingObserver {
        c10::Device device{c10::kCPU};
        Clock::time_point start;
        void onStep(const StepReport& report) override {
            if (report.step == 3) synchronize(device), start = Clock::now();
        }
    } clock;
    clock.device = device;
    trainer.run(&clock);
    synchronize(device);
    const double seconds = std::chrono::duration<double>(Clock::now() - clock.start).count();
    const double samples_per_s = batch * steps / seconds;
    at::Generator generator = at::detail::createCPUGenerator(17);
    const at::Tensor tokens = randomTokens(config, batch, generator);
    const int positions = static_cast<int>(tokens.argmax(-1).max().item<int64_t>()) + 1;
    const double flops_per_sample = 3.0 * (imageForwardFlops(config) + textForwardFlops(config, positions));
    const double achieved = flops_per_sample * samples_per_s;
    r.figures = {{"samples_per_s", samples_per_s}, {"step_seconds", seconds / steps},
                 {"tflops", achieved / 1e12}, {"mfu_vs_h200_bf16_peak", achieved / kH200Bf16PeakFlops}};
    r.detail = format("%.1f samples/s", samples_per_s) + ", " + format("%.1f TFLOP/s", achieved / 1e12) + " = " +
               format("%.1f%%", 100 * achieved / kH200Bf16PeakFlops) + " of the H200's bf16 peak";
    return r;
}

// Image embedding throughput (inference, as `clipft embed` runs the image tower).
CheckResult benchEmbed(const c10::Device& device, const ClipConfig& config, int batch, int batches, Precision precision) {
    CheckResult r;
    r.name = "bench embed " + config.name + ", batch " + std::to_string(batch) + ", " + precisionName(precision);
    torch::manual_seed(2);
    ClipModel model(config);
    model->to(device);
    model->eval();
    c10::InferenceMode guard;
    const int size = config.vision.image_size;
    const at::Tensor images = at::randn({batch, 3, size, size}, at::TensorOptions().device(device));
    AutocastScope autocast(precision);
    model->encodeImage(images);  // warm-up: kernels chosen, memory cached
    synchronize(device);
    const auto start = Clock::now();
    for (int i = 0; i < batches; ++i) model->encodeImage(images);
    synchronize(device);
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const double images_per_s = batch * batches / seconds;
    const double achieved = imageForwardFlops(config) * images_per_s;
    r.figures = {{"images_per_s", images_per_s}, {"tflops", achieved / 1e12}};
    r.detail = format("%.0f images/s", images_per_s) + ", " + format("%.1f TFLOP/s", achieved / 1e12);
    return r;
}

CheckResult timed(const std::function<CheckResult()>& check, const std::string& name) {
    const auto start = Clock::now();
    CheckResult r;
    try {
        r = check();
    } catch (const std::exception& e) {
        r.name = name;
        r.status = "fail";
        r.detail = e.what();
    }
    r.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::cerr << "clipft-gpu-check: " << r.status << ": " << r.name << " (" << format("%.1f s", r.seconds) << ")\n";
    return r;
}

std::string markdownCell(std::string text) {
    for (auto& c : text)
        if (c == '|' || c == '\n') c = ' ';
    return text;
}

}  // namespace

int main(int argc, char** argv) {
    std::string device_name = "cuda", report_path = "gpu-check.md";
    bool quick = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--device" && i + 1 < argc) device_name = argv[++i];
        else if (arg == "--report" && i + 1 < argc) report_path = argv[++i];
        else if (arg == "--quick") quick = true;
        else {
            std::cerr << "usage: clipft-gpu-check [--device cuda|cpu] [--report FILE.md] [--quick]\n";
            return 2;
        }
    }
    try {
        const c10::Device device = parseDevice(device_name);
        if (device.is_cuda() && !torch::cuda::is_available())
            throw Error("no CUDA device is visible to LibTorch (clipft --version lists what it sees)");
        const ClipConfig big = quick ? tinyConfig() : builtinConfig("ViT-B-32");
        const Precision bench_precision = device.is_cuda() ? Precision::Bf16 : Precision::Fp32;
        const int train_batch = quick ? 16 : 256, train_steps = quick ? 3 : 10;
        const int embed_batch = quick ? 16 : 512, embed_batches = quick ? 2 : 20;

        std::vector<CheckResult> results;
        results.push_back(timed([&] { return checkStepAgainstCpu(device); }, "step vs CPU"));
        results.push_back(timed([&] { return checkMixedPrecision(device, Precision::Amp); }, "fp16"));
        results.push_back(timed([&] { return checkMixedPrecision(device, Precision::Bf16); }, "bf16"));
        results.push_back(timed([&] { return checkOutOfMemory(device); }, "out of memory"));
        results.push_back(timed([&] { return benchTrain(device, big, train_batch, bench_precision, train_steps); }, "bench train"));
        results.push_back(timed([&] { return benchEmbed(device, big, embed_batch, embed_batches, bench_precision); }, "bench embed"));

        std::ostringstream md;
        md << "# clipft GPU check\n\n";
        std::string build = describeBuild();
        md << "```\n" << build << "```\n\n| check | result | detail | seconds |\n|---|---|---|---|\n";
        nlohmann::json json = {{"build", build}, {"device", device.str()}, {"checks", nlohmann::json::array()}};
        bool failed = false;
        for (const auto& r : results) {
            failed = failed || r.status == "fail";
            md << "| " << markdownCell(r.name) << " | " << r.status << " | " << markdownCell(r.detail) << " | "
               << format("%.1f", r.seconds) << " |\n";
            json["checks"].push_back({{"name", r.name}, {"status", r.status}, {"detail", r.detail},
                                      {"seconds", r.seconds}, {"figures", r.figures}});
        }
        json["passed"] = !failed;
        std::ofstream(report_path) << md.str();
        const std::string json_path =
            (report_path.size() > 3 && report_path.substr(report_path.size() - 3) == ".md"
                 ? report_path.substr(0, report_path.size() - 3)
                 : report_path) + ".json";
        std::ofstream(json_path) << json.dump(2) << "\n";
        std::cout << md.str();
        return failed ? 1 : 0;
    } catch (const std::exception& e) {
        std::cerr << "clipft-gpu-check: error: " << e.what() << "\n";
        return 1;
    }
}
