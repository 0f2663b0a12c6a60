#include "core/bench/stopwatch.h"

#include <torch/cuda.h>

namespace clipft {

void synchronize(const c10::Device& device) {
    if (device.is_cuda()) torch::cuda::synchronize(device.index());
}

}  // namespace clipft
