// Floating-point operation counts of the towers' forward passes (2 FLOPs per multiply-add), for
// benchmarks that report achieved FLOP rates. Only matmul-like work is counted (the part that can
// approach the machine's peak); norms, softmax and activations are a few percent and left out.
#pragma once
#include "core/model/clip_config.h"

namespace clipft {

// One image through the vision tower.
double imageForwardFlops(const ClipConfig& config);
// One caption through the text tower when `positions` token positions are computed.
double textForwardFlops(const ClipConfig& config, int positions);

}  // namespace clipft
