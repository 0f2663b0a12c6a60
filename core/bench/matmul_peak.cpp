#include "core/bench/matmul_peak.h"

#include "core/bench/stopwatch.h"

#include <ATen/ATen.h>

#include <algorithm>

namespace clipft {

double measureMatmulPeakGflops(const c10::Device& device, int n, int repeats) {
    at::Tensor a = at::randn({n, n}, at::TensorOptions().device(device));
    at::Tensor b = at::randn({n, n}, at::TensorOptions().device(device));
    at::Tensor c = at::matmul(a, b);  // warm-up: thread pools, BLAS buffers, CUDA context
    synchronize(device);
    double best = 1e30;
    for (int i = 0; i < repeats; ++i) {
        Stopwatch watch;
        at::matmul_out(c, a, b);
        synchronize(device);
        best = std::min(best, watch.seconds());
    }
    return 2.0 * n * static_cast<double>(n) * n / best / 1e9;
}

}  // namespace clipft
