#include "core/bench/embed_benchmark.h"

#include "core/bench/benchmark_captions.h"
#include "core/bench/matmul_peak.h"
#include "core/bench/stopwatch.h"
#include "core/model/flop_count.h"

#include <ATen/ATen.h>
#include <c10/core/InferenceMode.h>

#include <random>

namespace clipft {

EmbedBenchmarkResult runEmbedBenchmark(ClipModelImpl& model, const Tokenizer* tokenizer, const c10::Device& device,
                                       const EmbedBenchmarkOptions& options, ProgressObserver* observer) {
    EmbedBenchmarkResult r;
    const ClipConfig& config = model.config;
    model.eval();
    c10::InferenceMode guard;

    if (observer) observer->onProgress("matmul peak", 0, 3);
    r.peak_gflops = measureMatmulPeakGflops(device);

    // Vision tower on random normalised pixels: decoding is benchmarked separately (bench import).
    const int s = config.vision.image_size;
    at::Tensor pixels = at::randn({options.batch_size, 3, s, s}, at::TensorOptions().device(device));
    if (observer) observer->onProgress("images", 1, 3);
    model.encodeImage(pixels);  // warm-up
    synchronize(device);
    Stopwatch image_watch;
    for (int i = 0; i < options.image_batches; ++i) model.encodeImage(pixels);
    synchronize(device);
    const double image_seconds = image_watch.seconds();
    const double images = static_cast<double>(options.batch_size) * options.image_batches;
    r.images_per_s = images / image_seconds;
    r.image_gflops = imageForwardFlops(config) * images / image_seconds / 1e9;

    // Text tower: trimmed (what clipft runs) against all context positions (what the reference runs).
    if (observer) observer->onProgress("texts", 2, 3);
    at::Tensor tokens = makeCaptionTokens(config, tokenizer, options.text_captions, options.seed);
    // Grouped by length, as clipft's embedding job does (encodeTokensByLength), so each batch
    // computes only what its captions need.
    tokens = tokens.index_select(0, tokens.argmax(-1).argsort()).to(device);
    const int64_t n = tokens.size(0);
    auto runText = [&](bool trim, at::Tensor* out, double* flops) {
        std::vector<at::Tensor> parts;
        for (int64_t start = 0; start < n; start += options.batch_size) {
            at::Tensor batch = tokens.narrow(0, start, std::min<int64_t>(options.batch_size, n - start));
            parts.push_back(model.text->forward(batch, trim));
            if (flops) {
                const int positions = trim ? static_cast<int>(batch.argmax(-1).max().item<int64_t>() + 1)
                                           : config.text.context_length;
                *flops += textForwardFlops(config, positions) * batch.size(0);
                r.mean_text_positions += static_cast<double>(positions) * batch.size(0) / n;
            }
        }
        synchronize(device);
        if (out) *out = at::cat(parts);
    };
    runText(true, nullptr, nullptr);  // warm-up
    at::Tensor trimmed, full;
    double text_flops = 0;
    Stopwatch trim_watch;
    runText(true, &trimmed, &text_flops);
    const double trim_seconds = trim_watch.seconds();
    Stopwatch full_watch;
    runText(false, &full, nullptr);
    const double full_seconds = full_watch.seconds();
    r.texts_per_s = n / trim_seconds;
    r.texts_per_s_full_context = n / full_seconds;
    r.text_gflops = text_flops / trim_seconds / 1e9;
    r.text_max_abs_diff = (trimmed - full).abs().max().item<double>();
    if (observer) observer->onProgress("done", 3, 3);
    return r;
}

}  // namespace clipft
