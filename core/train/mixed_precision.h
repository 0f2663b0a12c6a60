// Mixed precision on CUDA: autocast for the forward pass (fp16 or bf16 activations, fp32 master
// weights), and for fp16 a dynamic loss scale so small gradients don't flush to zero — what
// torch.cuda.amp.autocast and GradScaler do in open_clip's trainer. On the CPU clipft trains in fp32.
#pragma once
#include <ATen/Tensor.h>
#include <c10/core/Device.h>

#include <cstdint>
#include <string>
#include <vector>

namespace clipft {

enum class Precision {
    Fp32,
    Amp,   // fp16 autocast + dynamic loss scaling
    Bf16,  // bf16 autocast; bf16 has fp32's range, so no loss scaling
};

const char* precisionName(Precision precision);  // "fp32", "amp", "bf16"
// Accepts the names above; throws clipft::Error naming the choices.
Precision parsePrecision(const std::string& name);
// Throws clipft::Error when `precision` cannot run on `device` (autocast needs CUDA here).
void checkPrecisionSupported(Precision precision, const c10::Device& device);

// Enables CUDA autocast for its lifetime (does nothing for Fp32).
class AutocastScope {
public:
    explicit AutocastScope(Precision precision);
    ~AutocastScope();
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;

private:
    bool active_ = false;
    bool previous_enabled_ = false;
    at::ScalarType previous_dtype_ = at::kHalf;
};

// GradScaler's rule: multiply the loss by `scale`; after backward, divide the gradients by it; when
// any gradient is inf/NaN skip the optimizer step and halve the scale; after `growth_interval`
// good steps in a row, double it. The scale and the count live in 0-dim tensors on the training
// device, so that the whole rule runs there and a GPU never waits for the CPU (to() places them).
class DynamicLossScaler {
public:
    explicit DynamicLossScaler(bool enabled, double initial_scale = 65536.0, int64_t growth_interval = 2000);

    void to(const c10::Device& device);
    bool enabled() const { return enabled_; }
    at::Tensor scaleLoss(const at::Tensor& loss) const;
    // Divides every gradient by the scale; returns [] bool on the gradients' device, true when one
    // holds inf or NaN (then the step must be skipped). When disabled: no division, and false.
    at::Tensor unscale(const std::vector<at::Tensor>& parameters) const;
    // After a step was taken or skipped (found_inf [] on the device).
    void update(const at::Tensor& found_inf);

    // The same on the host, reading the device (tests, and the CPU, where a read costs nothing).
    bool unscaleAndCheck(const std::vector<at::Tensor>& parameters) const;  // false: skip the step
    void update(bool found_finite);

    // The state as device tensors ([] float32 and [] int64), to read with other values at once.
    const at::Tensor& scaleTensor() const { return scale_; }
    const at::Tensor& goodStepsTensor() const { return good_steps_; }
    // For checkpoints and reports: reads the device.
    double scale() const;
    int64_t goodSteps() const;
    void restore(double scale, int64_t good_steps);

private:
    bool enabled_;
    int64_t growth_interval_;
    at::Tensor scale_;       // [] float32
    at::Tensor good_steps_;  // [] int64
};

}  // namespace clipft
