#include "core/train/memory_estimate.h"

#include "core/common/error.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <numeric>
#include <vector>

namespace clipft {
namespace {

// One residual attention block: ln_1, in_proj (packed q,k,v with bias), out_proj, ln_2, c_fc, c_proj.
int64_t blockParameters(int64_t w, int64_t mlp) {
    return 2 * w + (3 * w * w + 3 * w) + (w * w + w) + 2 * w + (w * mlp + mlp) + (mlp * w + w);
}

// A tower's parameters by open_clip's lock groups, front to back (tower_freezing.h):
// [embeddings], each block but the last, [last block, final LayerNorm], projection.
std::vector<int64_t> lockGroupSizes(int64_t embeddings, int layers, int64_t block, int64_t final_norm,
                                    int64_t projection) {
    std::vector<int64_t> groups{embeddings};
    for (int i = 0; i + 1 < layers; ++i) groups.push_back(block);
    groups.push_back((layers > 0 ? block : 0) + final_norm);
    groups.push_back(projection);
    return groups;
}

std::vector<int64_t> imageGroups(const ClipConfig& c) {
    const VisionConfig& v = c.vision;
    const int64_t w = v.width;
    const int64_t embeddings = 3LL * v.patch_size * v.patch_size * w  // conv1, no bias
                               + w                                    // class_embedding
                               + static_cast<int64_t>(v.tokens()) * w  // positional_embedding
                               + 2 * w;                                // ln_pre
    return lockGroupSizes(embeddings, v.layers, blockParameters(w, v.mlp_width), 2 * w, w * c.embed_dim);
}

std::vector<int64_t> textGroups(const ClipConfig& c) {
    const TextConfig& t = c.text;
    const int64_t w = t.width;
    const int64_t embeddings = static_cast<int64_t>(t.vocab_size) * w + static_cast<int64_t>(t.context_length) * w;
    return lockGroupSizes(embeddings, t.layers, blockParameters(w, t.mlp_width), 2 * w, w * c.embed_dim);
}

int64_t sum(const std::vector<int64_t>& values) { return std::accumulate(values.begin(), values.end(), int64_t{0}); }

// The last `unlocked` groups train (all of them without a lock), as lockTower() leaves them.
int64_t trainable(const std::vector<int64_t>& groups, std::optional<int> unlocked) {
    if (!unlocked) return sum(groups);
    const size_t n = std::min(groups.size(), static_cast<size_t>(std::max(0, *unlocked)));
    return std::accumulate(groups.end() - static_cast<std::ptrdiff_t>(n), groups.end(), int64_t{0});
}

// The blocks inside the trainable groups: group 1 from the back is the projection, group 2 holds
// the last block, each further group one more block.
int trainableBlocks(int layers, std::optional<int> unlocked) {
    if (!unlocked) return layers;
    return std::clamp(*unlocked - 1, 0, layers);
}

// Elements autograd keeps per sample for one pre-LN block (x + attn(ln_1(x)); h + mlp(ln_2(h))):
// the input of ln_1 and its output (the q/k/v GEMM's input), q, k and v (3), the attention output
// (out_proj's input), the input of ln_2 and its output (c_fc's input): 8 · width per token; the
// MLP's hidden layer before GELU and after it (c_proj's input): 2 · mlp_width per token, so 16 ·
// width for open_clip's MLP ratio 4; plus the softmax's attention probabilities, heads · tokens².
// Those are materialised by the plain attention path (LibTorch 1.13); the fused one of 2.x keeps
// far less, so this is an upper bound there. Embeddings, pooling, LayerNorm statistics and the
// loss add a few percent and are left out; a tower that trains no block keeps almost nothing,
// since a frozen part needs no saved inputs.
int64_t blockActivationElements(int64_t tokens, int64_t width, int64_t mlp_width, int64_t heads) {
    return tokens * (8 * width + 2 * mlp_width) + heads * tokens * tokens;
}

}  // namespace

int64_t imageTowerParameters(const ClipConfig& config) { return sum(imageGroups(config)); }
int64_t textTowerParameters(const ClipConfig& config) { return sum(textGroups(config)); }

TrainingMemoryEstimate estimateTrainingMemory(const ClipConfig& config, int batch_size, Precision precision,
                                              std::optional<int> lock_image, std::optional<int> lock_text) {
    config.validate();
    if (batch_size < 1) throw Error("a memory estimate needs a batch size of at least 1");
    const std::vector<int64_t> image = imageGroups(config), text = textGroups(config);
    const int64_t logit_scale = 1;

    TrainingMemoryEstimate e;
    e.parameters = sum(image) + sum(text) + logit_scale;
    e.trainable_parameters = trainable(image, lock_image) + trainable(text, lock_text) + logit_scale;
    const bool autocast = precision != Precision::Fp32;
    // Master weights stay fp32 under autocast (mixed_precision.h); autocast caches one 16-bit cast
    // of each trainable weight for the forward and backward pass.
    e.weights_bytes = 4 * e.parameters + (autocast ? 2 * e.trainable_parameters : 0);
    e.gradients_bytes = 4 * e.trainable_parameters;
    e.optimizer_bytes = 2 * 4 * e.trainable_parameters;  // exp_avg and exp_avg_sq

    const VisionConfig& v = config.vision;
    const TextConfig& t = config.text;
    // The text tower runs at most context_length tokens (the loader may trim to the longest caption).
    const int64_t per_sample =
        trainableBlocks(v.layers, lock_image) * blockActivationElements(v.tokens(), v.width, v.mlp_width, v.heads) +
        trainableBlocks(t.layers, lock_text) *
            blockActivationElements(t.context_length, t.width, t.mlp_width, t.heads);
    e.activations_bytes = per_sample * batch_size * (autocast ? 2 : 4);

    e.total_bytes = e.weights_bytes + e.gradients_bytes + e.optimizer_bytes + e.activations_bytes;
    return e;
}

std::string formatBytes(int64_t bytes) {
    if (bytes < 0) return "-" + formatBytes(bytes == INT64_MIN ? INT64_MAX : -bytes);
    if (bytes < 1024) return std::to_string(bytes) + " B";
    static const char* const units[] = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double value = static_cast<double>(bytes) / 1024.0;
    size_t unit = 0;
    // Move up while the value would print as 1024 or more ("1024 MiB" reads better as "1.0 GiB").
    while (unit + 1 < std::size(units) && std::round(value) >= 1024.0) {
        value /= 1024.0;
        ++unit;
    }
    char buffer[32];
    const bool decimal = value < 9.95;  // 9.96 would print as "10.0"
    const auto written = decimal ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 1)
                                 : std::to_chars(buffer, buffer + sizeof buffer, std::round(value),
                                                 std::chars_format::fixed, 0);
    return std::string(buffer, written.ptr) + " " + units[unit];
}

}  // namespace clipft
