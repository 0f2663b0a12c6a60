#include "core/train/clip_optimizer.h"

#include "core/common/error.h"
#include "core/model/clip_model.h"

#include <c10/util/string_utils.h>

namespace clipft {
namespace {

// LibTorch keys optimizer state by the parameter's TensorImpl address, as a string.
std::string stateKey(const at::Tensor& parameter) { return c10::guts::to_string(parameter.unsafeGetTensorImpl()); }

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

    const auto options = [&](double weight_decay) {
        return torch::optim::AdamWOptions(settings.lr)
            .betas(std::make_tuple(settings.beta1, settings.beta2))
            .eps(settings.eps)
            .weight_decay(weight_decay);
    };
    std::vector<torch::optim::OptimizerParamGroup> param_groups;
    if (!groups.decay.empty())
        param_groups.emplace_back(tensorsOf(groups.decay),
                                  std::make_unique<torch::optim::AdamWOptions>(options(settings.weight_decay)));
    if (!groups.no_decay.empty())
        param_groups.emplace_back(tensorsOf(groups.no_decay), std::make_unique<torch::optim::AdamWOptions>(options(0.0)));
    adamw_ = std::make_unique<torch::optim::AdamW>(std::move(param_groups), options(settings.weight_decay));
}

void ClipOptimizer::setLearningRate(double lr) {
    for (auto& group : adamw_->param_groups()) static_cast<torch::optim::AdamWOptions&>(group.options()).lr(lr);
}

void ClipOptimizer::zeroGrad() { adamw_->zero_grad(); }

void ClipOptimizer::step() { adamw_->step(); }

std::vector<at::Tensor> ClipOptimizer::parameterTensors() const { return tensorsOf(parameters_); }

std::vector<std::pair<std::string, at::Tensor>> ClipOptimizer::exportState() const {
    std::vector<std::pair<std::string, at::Tensor>> tensors;
    const auto& state = adamw_->state();
    for (const auto& parameter : parameters_) {
        const auto found = state.find(stateKey(parameter.tensor));
        if (found == state.end()) continue;
        const auto& adam = static_cast<const torch::optim::AdamWParamState&>(*found->second);
        const std::string prefix = "optimizer." + parameter.name;
        tensors.emplace_back(prefix + ".exp_avg", adam.exp_avg().to(at::kCPU).contiguous());
        tensors.emplace_back(prefix + ".exp_avg_sq", adam.exp_avg_sq().to(at::kCPU).contiguous());
        tensors.emplace_back(prefix + ".step", at::full({1}, adam.step(), at::kLong));
    }
    return tensors;
}

void ClipOptimizer::importOne(const NamedParameter& parameter, const at::Tensor& exp_avg, const at::Tensor& exp_avg_sq,
                              const at::Tensor& step) {
    const std::string prefix = "optimizer." + parameter.name;
    auto& state = adamw_->state();
    if (!exp_avg.defined() && !exp_avg_sq.defined() && !step.defined()) {
        state.erase(stateKey(parameter.tensor));  // not stepped yet
        return;
    }
    if (!exp_avg.defined() || !exp_avg_sq.defined() || !step.defined())
        throw Error("the checkpoint holds only part of the optimizer state of " + parameter.name);
    if (exp_avg.sizes() != parameter.tensor.sizes() || exp_avg_sq.sizes() != parameter.tensor.sizes() ||
        step.numel() != 1)
        throw Error("the checkpoint's optimizer state for " + parameter.name + " does not fit the model (" + prefix +
                    ".exp_avg has the wrong shape)");
    auto adam = std::make_unique<torch::optim::AdamWParamState>();
    const auto options = parameter.tensor.options().requires_grad(false);
    adam->step(step.to(at::kLong).item<int64_t>());
    adam->exp_avg(exp_avg.to(options).clone());
    adam->exp_avg_sq(exp_avg_sq.to(options).clone());
    state[stateKey(parameter.tensor)] = std::move(adam);
}

}  // namespace clipft
