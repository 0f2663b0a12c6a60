// The machine's measured fp32 matmul rate: the yardstick benchmarks report their FLOP rates against.
#pragma once
#include <c10/core/Device.h>

namespace clipft {

// Best of several timed n×n×n matmuls (after a warm-up), in GFLOP/s (2 FLOPs per multiply-add).
double measureMatmulPeakGflops(const c10::Device& device, int n = 2048, int repeats = 8);

}  // namespace clipft
