#include "core/train/adamw.h"

#include "core/common/error.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <cmath>

namespace clipft {

AdamW::AdamW(std::vector<AdamWGroup> groups, double lr, double beta1, double beta2, double eps)
    : lr_(lr), beta1_(beta1), beta2_(beta2), eps_(eps) {
    for (auto& group : groups)
        for (auto& parameter : group.parameters) {
            parameters_.push_back(parameter);
            weight_decay_.push_back(group.weight_decay);
        }
    states_.resize(parameters_.size());
}

void AdamW::zeroGrad() {
    for (auto& parameter : parameters_) {
        at::Tensor& grad = parameter.mutable_grad();
        if (!grad.defined()) continue;
        // Zeroed in place, not released: a CPU step would otherwise map and fault in fresh pages
        // for every gradient (hundreds of MB for ViT-B-32) on each step.
        grad.detach_();
        grad.zero_();
    }
}

void AdamW::step() {
    torch::NoGradGuard no_grad;
    for (size_t i = 0; i < parameters_.size(); ++i) {
        at::Tensor& p = parameters_[i];
        const at::Tensor& grad = p.grad();
        if (!grad.defined()) continue;
        AdamWState& s = states_[i];
        if (s.device_step.defined()) throw Error("internal: AdamW state is in device mode; use step(found_inf)");
        if (weight_decay_[i] != 0) p.mul_(1 - lr_ * weight_decay_[i]);
        if (!s.exp_avg.defined()) {
            s.exp_avg = at::zeros_like(p, at::MemoryFormat::Preserve);
            s.exp_avg_sq = at::zeros_like(p, at::MemoryFormat::Preserve);
        }
        s.step += 1;
        const double bias_correction1 = 1 - std::pow(beta1_, static_cast<double>(s.step));
        const double bias_correction2 = 1 - std::pow(beta2_, static_cast<double>(s.step));
        s.exp_avg.mul_(beta1_).add_(grad, 1 - beta1_);
        s.exp_avg_sq.mul_(beta2_).addcmul_(grad, grad, 1 - beta2_);
        const at::Tensor denom = (s.exp_avg_sq.sqrt() / std::sqrt(bias_correction2)).add_(eps_);
        p.addcdiv_(s.exp_avg, denom, -lr_ / bias_correction1);
    }
}

void AdamW::step(const at::Tensor& found_inf) {
    torch::NoGradGuard no_grad;
    // The per-step factors, once per step (all parameters are on one device): 0-dim tensors.
    at::Tensor skip, keep, beta1, beta2, zero;
    for (size_t i = 0; i < parameters_.size(); ++i) {
        at::Tensor& p = parameters_[i];
        const at::Tensor& grad = p.grad();
        if (!grad.defined()) continue;
        if (!skip.defined() || skip.device() != p.device()) {
            skip = found_inf.to(p.device(), at::kBool);
            keep = at::logical_not(skip).to(at::kDouble);  // 1: take the step, 0: skip it
            // Under a skip the moments keep their values: beta 1, and (1 - beta) 0.
            beta1 = 1 - (1 - beta1_) * keep;
            beta2 = 1 - (1 - beta2_) * keep;
            zero = at::zeros({}, grad.options());
        }
        AdamWState& s = states_[i];
        if (!s.exp_avg.defined()) {
            s.exp_avg = at::zeros_like(p, at::MemoryFormat::Preserve);
            s.exp_avg_sq = at::zeros_like(p, at::MemoryFormat::Preserve);
        }
        if (!s.device_step.defined())
            s.device_step = at::full({}, static_cast<double>(s.step), p.options().dtype(at::kDouble));
        s.device_step.add_(keep);
        const auto type = p.scalar_type();
        // Non-finite gradients must not reach the moments even multiplied by 0 (NaN * 0 = NaN).
        const at::Tensor g = at::where(skip, zero, grad);
        if (weight_decay_[i] != 0) p.mul_((1 - lr_ * weight_decay_[i] * keep).to(type));
        s.exp_avg.mul_(beta1.to(type)).add_(g * (1 - beta1).to(type));
        s.exp_avg_sq.mul_(beta2.to(type)).add_(g * g * (1 - beta2).to(type));
        // A skipped first step has taken 0 steps; count 1 there so that nothing divides by 0
        // (the step is multiplied by 0 anyway).
        const at::Tensor steps = s.device_step.clamp_min(1.0);           // [] float64
        const at::Tensor bias_correction1 = 1 - at::pow(beta1_, steps);  // [] float64
        const at::Tensor bias_correction2 = 1 - at::pow(beta2_, steps);
        const at::Tensor denom = (s.exp_avg_sq.sqrt() / bias_correction2.sqrt().to(type)).add_(eps_);
        const at::Tensor step_size = (lr_ * keep / bias_correction1).to(type);  // [] 0 when skipped
        p.sub_(s.exp_avg / denom * step_size);
    }
}

int64_t AdamW::stepsOf(size_t index) const {
    const AdamWState& s = states_.at(index);
    return s.device_step.defined() ? static_cast<int64_t>(s.device_step.item<double>()) : s.step;
}

}  // namespace clipft
