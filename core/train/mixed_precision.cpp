#include "core/train/mixed_precision.h"

#include "core/common/error.h"
#include "core/common/torch_compat.h"

#include <ATen/ATen.h>

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
    previous_enabled_ = compat::cudaAutocastEnabled();
    previous_dtype_ = compat::cudaAutocastDtype();
    compat::setCudaAutocast(true, precision == Precision::Bf16 ? at::kBFloat16 : at::kHalf);
    at::autocast::increment_nesting();
}

AutocastScope::~AutocastScope() {
    if (!active_) return;
    // Casts are cached while autocast is on; drop them when the outermost scope ends, as
    // torch.autocast's __exit__ does, or the cache would pin stale weight copies.
    if (at::autocast::decrement_nesting() == 0) at::autocast::clear_cache();
    compat::setCudaAutocast(previous_enabled_, previous_dtype_);
}

DynamicLossScaler::DynamicLossScaler(bool enabled, double initial_scale, int64_t growth_interval)
    : enabled_(enabled),
      growth_interval_(growth_interval),
      scale_(at::full({}, enabled ? initial_scale : 1.0, at::kFloat)),
      good_steps_(at::zeros({}, at::kLong)) {}

void DynamicLossScaler::to(const c10::Device& device) {
    scale_ = scale_.to(device);
    good_steps_ = good_steps_.to(device);
}

// The scale is always a power of two, so multiplying by it and by its inverse is exact.
at::Tensor DynamicLossScaler::scaleLoss(const at::Tensor& loss) const { return enabled_ ? loss * scale_ : loss; }

at::Tensor DynamicLossScaler::unscale(const std::vector<at::Tensor>& parameters) const {
    std::vector<at::Tensor> grads;
    for (const auto& parameter : parameters)
        if (parameter.grad().defined()) grads.push_back(parameter.grad());
    const c10::Device device = grads.empty() ? scale_.device() : grads.front().device();
    if (!enabled_) return at::zeros({}, at::TensorOptions().dtype(at::kBool).device(device));
    const at::Tensor inverse = scale_.reciprocal();  // []
    if (device.is_cuda()) {
        // One fused kernel over all gradients (GradScaler's own), instead of two per parameter.
        at::Tensor found = at::zeros({}, at::TensorOptions().dtype(at::kFloat).device(device));
        at::_amp_foreach_non_finite_check_and_unscale_(grads, found, inverse);
        return found.to(at::kBool);
    }
    at::Tensor found = at::zeros({}, at::TensorOptions().dtype(at::kBool).device(device));
    for (auto& grad : grads) {
        grad.mul_(inverse);
        found = at::logical_or(found, at::logical_not(at::isfinite(grad).all()));
    }
    return found;
}

void DynamicLossScaler::update(const at::Tensor& found_inf) {
    if (!enabled_) return;
    const at::Tensor found = found_inf.to(scale_.device(), at::kBool);
    const at::Tensor good = at::where(found, at::zeros_like(good_steps_), good_steps_ + 1);
    const at::Tensor grow = good >= growth_interval_;
    scale_ = at::where(found, scale_ * 0.5, at::where(grow, scale_ * 2.0, scale_));
    good_steps_ = at::where(grow, at::zeros_like(good), good);
}

bool DynamicLossScaler::unscaleAndCheck(const std::vector<at::Tensor>& parameters) const {
    if (!enabled_) return true;
    return !unscale(parameters).item<bool>();
}

void DynamicLossScaler::update(bool found_finite) {
    update(at::full({}, !found_finite, at::TensorOptions().dtype(at::kBool).device(scale_.device())));
}

double DynamicLossScaler::scale() const { return enabled_ ? scale_.item<double>() : 1.0; }

int64_t DynamicLossScaler::goodSteps() const { return good_steps_.item<int64_t>(); }

void DynamicLossScaler::restore(double scale, int64_t good_steps) {
    scale_ = at::full({}, scale, scale_.options());
    good_steps_ = at::full({}, good_steps, good_steps_.options());
}

}  // namespace clipft
