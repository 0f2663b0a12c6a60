#include "core/model/flop_count.h"

namespace clipft {

namespace {
// A transformer over `tokens` positions: q,k,v and output projections, attention scores and the
// weighted sum, and the MLP.
double transformerFlops(int layers, int width, int mlp_width, double tokens) {
    const double w = width;
    const double per_layer = 2.0 * tokens * w * 3.0 * w   // qkv projection
                             + 2.0 * tokens * tokens * w  // q·kᵀ over all heads
                             + 2.0 * tokens * tokens * w  // attention · v
                             + 2.0 * tokens * w * w       // out projection
                             + 2.0 * 2.0 * tokens * w * mlp_width;  // c_fc and c_proj
    return layers * per_layer;
}
}  // namespace

double imageForwardFlops(const ClipConfig& c) {
    const auto& v = c.vision;
    const double patches = static_cast<double>(v.gridSize()) * v.gridSize();
    const double patch_embed = 2.0 * patches * 3.0 * v.patch_size * v.patch_size * v.width;
    return patch_embed + transformerFlops(v.layers, v.width, v.mlp_width, v.tokens()) + 2.0 * v.width * c.embed_dim;
}

double textForwardFlops(const ClipConfig& c, int positions) {
    const auto& t = c.text;
    return transformerFlops(t.layers, t.width, t.mlp_width, positions) + 2.0 * t.width * c.embed_dim;
}

}  // namespace clipft
