#include "core/train/mixed_precision.h"

#include "core/common/error.h"

#include <ATen/ATen.h>
#include <ATen/autocast_mode.h>

namespace clipft {

const char* precisionName(Precision precision) {
    switch (precision) {
    case Precision::Fp32: return "fp32";
    case Precision::Amp: return "amp";
    case Precision::Bf16: return "bf16";
    }
    return "fp32";
}

Precision parsePrecision(const std::string& name) {
    if (name == "fp32") return Precision::Fp32;
    if (name == "amp" || name == "fp16") return Precision::Amp;
    if (name == "bf16") return Precision::Bf16;
    throw Error("unknown precision '" + name + "': use fp32, amp (fp16 with loss scaling) or bf16");
}

void checkPrecisionSupported(Precision precision, const c10::Device& device) {
    if (precision != Precision::Fp32 && !device.is_cuda())
        throw Error(std::string("precision ") + precisionName(precision) +
                    " needs a CUDA device; on the CPU clipft trains in fp32 (--precision fp32)");
}

AutocastScope::AutocastScope(Precision precision) {
    if (precision == Precision::Fp32) return;
    active_ = true;
    previous_enabled_ = at::autocast::is_enabled();
    previous_dtype_ = at::autocast::get_autocast_gpu_dtype();
    at::autocast::set_autocast_gpu_dtype(precision == Precision::Bf16 ? at::kBFloat16 : at::kHalf);
    at::autocast::set_enabled(true);
    at::autocast::increment_nesting();
}

AutocastScope::~AutocastScope() {
    if (!active_) return;
    // Casts are cached while autocast is on; drop them when the outermost scope ends, as
    // torch.autocast's __exit__ does, or the cache would pin stale weight copies.
    if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
    at::autocast::set_enabled(previous_enabled_);
    at::autocast::set_autocast_gpu_dtype(previous_dtype_);
}

DynamicLossScaler::DynamicLossScaler(bool enabled, double initial_scale, int64_t growth_interval)
    : enabled_(enabled), scale_(initial_scale), growth_interval_(growth_interval) {}

at::Tensor DynamicLossScaler::scaleLoss(const at::Tensor& loss) const { return enabled_ ? loss * scale_ : loss; }

bool DynamicLossScaler::unscaleAndCheck(const std::vector<at::Tensor>& parameters) {
    if (!enabled_) return true;
    bool finite = true;
    const double inverse = 1.0 / scale_;
    for (const auto& parameter : parameters) {
        at::Tensor grad = parameter.grad();
        if (!grad.defined()) continue;
        grad.mul_(inverse);
        if (finite && !at::isfinite(grad).all().item<bool>()) finite = false;
    }
    return finite;
}

void DynamicLossScaler::update(bool found_finite) {
    if (!enabled_) return;
    if (!found_finite) {
        scale_ *= 0.5;
        good_steps_ = 0;
        return;
    }
    if (++good_steps_ >= growth_interval_) {
        scale_ *= 2.0;
        good_steps_ = 0;
    }
}

void DynamicLossScaler::restore(double scale, int64_t good_steps) {
    scale_ = scale;
    good_steps_ = good_steps;
}

}  // namespace clipft
