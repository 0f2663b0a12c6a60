#include "core/bench/benchmark_captions.h"

#include <ATen/ATen.h>

#include <algorithm>
#include <random>

namespace clipft {
namespace {

const char* const kWords[] = {"a", "man", "woman", "dog", "black", "white", "red", "running", "on", "the", "grass",
                              "two", "children", "playing", "in", "water", "with", "ball", "street", "near",
                              "building", "young", "girl", "wearing", "blue", "shirt", "jumping", "over", "fence",
                              "sitting", "bench", "park", "snow", "mountain", "bike", "riding", "beach", "ocean"};

}  // namespace

at::Tensor makeCaptionTokens(const ClipConfig& config, const Tokenizer* tokenizer, int count, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> words(10, 20);
    std::uniform_int_distribution<size_t> pick(0, sizeof(kWords) / sizeof(kWords[0]) - 1);
    const int ctx = config.text.context_length;
    at::Tensor tokens = at::zeros({count, ctx}, at::kLong);
    auto* data = tokens.data_ptr<int64_t>();
    for (int i = 0; i < count; ++i) {
        const int n = words(rng);
        if (tokenizer) {
            std::string caption;
            for (int w = 0; w < n; ++w) caption += std::string(w ? " " : "") + kWords[pick(rng)];
            const auto row = tokenizer->encode(caption, ctx);
            std::copy(row.begin(), row.end(), data + static_cast<int64_t>(i) * ctx);
        } else {
            // Without a vocabulary: one id per word plus a little sub-word splitting, SOT/EOT as the
            // two largest ids like CLIP's vocabulary.
            const int64_t vocab = config.text.vocab_size;
            const int len = std::min(ctx, n + n / 5 + 2);
            std::uniform_int_distribution<int64_t> id(1, std::max<int64_t>(1, vocab - 3));
            data[static_cast<int64_t>(i) * ctx] = vocab - 2;
            for (int p = 1; p < len - 1; ++p) data[static_cast<int64_t>(i) * ctx + p] = id(rng);
            data[static_cast<int64_t>(i) * ctx + len - 1] = vocab - 1;
        }
    }
    return tokens;
}

}  // namespace clipft
