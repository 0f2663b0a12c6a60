// The few places where LibTorch 1.13 (Debian 12's, CPU) and LibTorch 2.x (the torch wheel's, CUDA)
// differ in public API. Everything else in clipft is written against the API both have.
#pragma once
#include <ATen/ATen.h>
#include <ATen/autocast_mode.h>
#include <torch/version.h>

#include <optional>

#if TORCH_VERSION_MAJOR >= 2
// at::scaled_dot_product_attention: fused flash / memory-efficient kernels on CUDA, a fused
// kernel on the CPU. 1.13 has no public fused attention, so it keeps the explicit softmax(QKᵀ)V.
#define CLIPFT_HAVE_SDPA 1
#else
#define CLIPFT_HAVE_SDPA 0
#endif

namespace clipft::compat {

// CUDA autocast's switch and dtype: 2.x names the device type, 1.13 had GPU-only calls (deprecated
// in 2.4 and warned about on every use since).
inline bool cudaAutocastEnabled() {
#if TORCH_VERSION_MAJOR >= 2 && (TORCH_VERSION_MAJOR > 2 || TORCH_VERSION_MINOR >= 4)
    return at::autocast::is_autocast_enabled(at::kCUDA);
#else
    return at::autocast::is_enabled();
#endif
}

inline at::ScalarType cudaAutocastDtype() {
#if TORCH_VERSION_MAJOR >= 2 && (TORCH_VERSION_MAJOR > 2 || TORCH_VERSION_MINOR >= 4)
    return at::autocast::get_autocast_dtype(at::kCUDA);
#else
    return at::autocast::get_autocast_gpu_dtype();
#endif
}

inline void setCudaAutocast(bool enabled, at::ScalarType dtype) {
#if TORCH_VERSION_MAJOR >= 2 && (TORCH_VERSION_MAJOR > 2 || TORCH_VERSION_MINOR >= 4)
    at::autocast::set_autocast_dtype(at::kCUDA, dtype);
    at::autocast::set_autocast_enabled(at::kCUDA, enabled);
#else
    at::autocast::set_autocast_gpu_dtype(dtype);
    at::autocast::set_enabled(enabled);
#endif
}

}  // namespace clipft::compat
