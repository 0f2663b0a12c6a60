#include "core/train/clip_optimizer.h"

#include "core/common/error.h"
#include "core/model/clip_model.h"

#include <ATen/ATen.h>

namespace clipft {
namespace {

std::vector<at::Tensor> tensorsOf(const std::vector<NamedParameter>& parameters) {
    std::vector<at::Tensor> tensors;
    for (const auto& p : parameters) tensors.push_back(p.tensor);
    return tensors;
}

}  // namespace

ClipOptimizer::ClipOptimizer(ClipModelImpl& model, const AdamWSettings& settings) {
    const ParameterGroups groups = splitForWeightDecay(model);
    if (groups.decay.empty() && groups.no_decay.empty())
        throw Error("nothing to train: every parameter of the model is frozen");
    parameters_ = groups.decay;
    parameters_.insert(parameters_.end(), groups.no_decay.begin(), groups.no_decay.end());

    std::vector<AdamWGroup> adam_groups;
    if (!groups.decay.empty()) adam_groups.push_back({tensorsOf(groups.decay), settings.weight_decay});
    if (!groups.no_decay.empty()) adam_groups.push_back({tensorsOf(groups.no_decay), 0.0});
    adamw_ = std::make_unique<AdamW>(std::move(adam_groups), settings.lr, settings.beta1, settings.beta2, settings.eps);
}

void ClipOptimizer::setLearningRate(double lr) { adamw_->setLearningRate(lr); }

void ClipOptimizer::zeroGrad() { adamw_->zeroGrad(); }

void ClipOptimizer::step() { adamw_->step(); }

void ClipOptimizer::step(const at::Tensor& found_inf) { adamw_->step(found_inf); }

std::vector<at::Tensor> ClipOptimizer::parameterTensors() const { return tensorsOf(parameters_); }

std::vector<std::pair<std::string, at::Tensor>> ClipOptimizer::exportState() const {
    std::vector<std::pair<std::string, at::Tensor>> tensors;
    for (size_t i = 0; i < parameters_.size(); ++i) {
        const AdamWState& adam = adamw_->stateOf(i);
        if (!adam.exp_avg.defined()) continue;
        const std::string prefix = "optimizer." + parameters_[i].name;
        tensors.emplace_back(prefix + ".exp_avg", adam.exp_avg.to(at::kCPU).contiguous());
        tensors.emplace_back(prefix + ".exp_avg_sq", adam.exp_avg_sq.to(at::kCPU).contiguous());
        tensors.emplace_back(prefix + ".step", at::full({1}, adamw_->stepsOf(i), at::kLong));
    }
    return tensors;
}

void ClipOptimizer::importOne(size_t index, const at::Tensor& exp_avg, const at::Tensor& exp_avg_sq,
                              const at::Tensor& step) {
    const NamedParameter& parameter = parameters_[index];
    const std::string prefix = "optimizer." + parameter.name;
    AdamWState& adam = adamw_->stateOf(index);
    if (!exp_avg.defined() && !exp_avg_sq.defined() && !step.defined()) {
        adam = AdamWState();  // not stepped yet
        return;
    }
    if (!exp_avg.defined() || !exp_avg_sq.defined() || !step.defined())
        throw Error("the checkpoint holds only part of the optimizer state of " + parameter.name);
    if (exp_avg.sizes() != parameter.tensor.sizes() || exp_avg_sq.sizes() != parameter.tensor.sizes() ||
        step.numel() != 1)
        throw Error("the checkpoint's optimizer state for " + parameter.name + " does not fit the model (" + prefix +
                    ".exp_avg has the wrong shape)");
    const auto options = parameter.tensor.options().requires_grad(false);
    adam = AdamWState();
    adam.step = step.to(at::kLong).item<int64_t>();
    adam.exp_avg = exp_avg.to(options).clone();
    adam.exp_avg_sq = exp_avg_sq.to(options).clone();
}

}  // namespace clipft
