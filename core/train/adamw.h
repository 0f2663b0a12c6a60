// AdamW (decoupled weight decay), the update torch.optim.AdamW and LibTorch's torch::optim::AdamW
// make, with its state held by clipft rather than in LibTorch's optimizer (whose state map is keyed
// by internal tensor addresses, differently in 1.13 and 2.x). It can also skip a step on the device:
// when the gradients held inf/NaN (a 0-dim flag tensor computed on the GPU), the step leaves
// parameters and moments as they were without the CPU ever reading the flag, as the fused AdamW of
// PyTorch 2.x does with GradScaler's found_inf.
#pragma once
#include <ATen/Tensor.h>

#include <cstdint>
#include <vector>

namespace clipft {

struct AdamWGroup {
    std::vector<at::Tensor> parameters;
    double weight_decay = 0;
};

// One parameter's moments. `step` counts the steps taken; in device mode it lives in
// `device_step` (0-dim float64 on the parameter's device) instead, since skips are decided there.
struct AdamWState {
    at::Tensor exp_avg;     // parameter's shape
    at::Tensor exp_avg_sq;  // parameter's shape
    int64_t step = 0;
    at::Tensor device_step;  // [] float64, device mode only
};

class AdamW {
public:
    AdamW(std::vector<AdamWGroup> groups, double lr, double beta1, double beta2, double eps);

    void setLearningRate(double lr) { lr_ = lr; }
    double learningRate() const { return lr_; }
    void zeroGrad();

    // The step as LibTorch's AdamW computes it, bias corrections from the host's step count.
    void step();
    // The same step, taken only where `found_inf` ([] bool or float, on the parameters' device) is
    // false, with no device-to-host read. Bias corrections come from the device's step count, so the
    // result equals step()'s to float rounding, not bit for bit. A state used here stays in device
    // mode (stateOf().device_step).
    void step(const at::Tensor& found_inf);

    // Parameters in group order; state for each (undefined moments before the first step).
    const std::vector<at::Tensor>& parameters() const { return parameters_; }
    AdamWState& stateOf(size_t index) { return states_[index]; }
    const AdamWState& stateOf(size_t index) const { return states_[index]; }
    // The steps taken by a parameter, reading the device's count when in device mode (a sync).
    int64_t stepsOf(size_t index) const;

private:
    std::vector<at::Tensor> parameters_;
    std::vector<double> weight_decay_;  // per parameter, from its group
    std::vector<AdamWState> states_;
    double lr_, beta1_, beta2_, eps_;
};

}  // namespace clipft
