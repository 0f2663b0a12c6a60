// AdamW over a CLIP model's trainable parameters, set up as open_clip does it (two groups: with and
// without weight decay; betas (0.9, 0.98), eps 1e-6), with its state exported by parameter name so
// a checkpoint can hold it and a resumed run continue bit for bit.
#pragma once
#include "core/train/adamw.h"
#include "core/train/parameter_groups.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace clipft {

struct AdamWSettings {
    double lr = 1e-5;
    double weight_decay = 0.1;
    double beta1 = 0.9;
    double beta2 = 0.98;
    double eps = 1e-6;
};

class ClipOptimizer {
public:
    // The model's trainable parameters at this moment (freeze towers first).
    ClipOptimizer(ClipModelImpl& model, const AdamWSettings& settings);

    void setLearningRate(double lr);
    void zeroGrad();
    void step();
    // The step unless `found_inf` ([] on the device) is set, decided on the device (adamw.h).
    void step(const at::Tensor& found_inf);

    // Every trainable parameter, decay group first.
    const std::vector<NamedParameter>& parameters() const { return parameters_; }
    std::vector<at::Tensor> parameterTensors() const;

    // "optimizer.<parameter>.exp_avg", ".exp_avg_sq" (fp32, the parameter's shape) and ".step"
    // (int64 [1]) for every parameter that has state (none before the first step).
    std::vector<std::pair<std::string, at::Tensor>> exportState() const;
    // Restores what exportState() gave; `find(name)` returns an undefined tensor when absent.
    // Throws clipft::Error naming a tensor whose shape disagrees, or when a trainable parameter has
    // only part of its state.
    template <typename Find>
    void importState(Find&& find);

private:
    void importOne(size_t index, const at::Tensor& exp_avg, const at::Tensor& exp_avg_sq, const at::Tensor& step);

    std::vector<NamedParameter> parameters_;
    std::unique_ptr<AdamW> adamw_;
};

template <typename Find>
void ClipOptimizer::importState(Find&& find) {
    for (size_t i = 0; i < parameters_.size(); ++i) {
        const std::string prefix = "optimizer." + parameters_[i].name;
        importOne(i, find(prefix + ".exp_avg"), find(prefix + ".exp_avg_sq"), find(prefix + ".step"));
    }
}

}  // namespace clipft
