#include "core/model/wise_ft.h"

#include "core/common/error.h"

#include <ATen/ATen.h>
#include <torch/csrc/autograd/grad_mode.h>

#include <map>

namespace clipft {
namespace {

std::map<std::string, at::Tensor> namedTensors(ClipModelImpl& model) {
    std::map<std::string, at::Tensor> tensors;
    for (const auto& item : model.named_parameters(true)) tensors[item.key()] = item.value();
    for (const auto& item : model.named_buffers(true)) tensors[item.key()] = item.value();
    return tensors;
}

}  // namespace

ClipModel wiseFtInterpolate(ClipModelImpl& pretrained, ClipModelImpl& finetuned, double alpha) {
    if (!(alpha >= 0.0 && alpha <= 1.0))
        throw Error("the WiSE-FT mixing weight alpha must be between 0 (pre-trained) and 1 (fine-tuned)");
    const auto start = namedTensors(pretrained);
    const auto end = namedTensors(finetuned);
    if (start.size() != end.size())
        throw Error("WiSE-FT needs two models of one architecture: the fine-tuned model has other tensors");

    ClipModel mixed(finetuned.config, ClipModelImpl::Init::Uninitialised);  // every tensor is written below
    torch::NoGradGuard no_grad;
    for (auto& [name, target] : namedTensors(*mixed)) {
        const auto a = start.find(name), b = end.find(name);
        if (a == start.end() || b == end.end())
            throw Error("WiSE-FT: " + name + " is missing from one of the two models");
        if (a->second.sizes() != target.sizes() || b->second.sizes() != target.sizes())
            throw Error("WiSE-FT: " + name + " has different shapes in the pre-trained and the fine-tuned model");
        const at::Tensor from = a->second.to(at::kCPU, at::kFloat), to = b->second.to(at::kCPU, at::kFloat);
        target.copy_(at::lerp(from, to, alpha));  // from + α·(to − from)
    }
    mixed->eval();
    return mixed;
}

std::vector<double> defaultWiseFtAlphas() {
    std::vector<double> alphas;
    for (int i = 0; i <= 10; ++i) alphas.push_back(i / 10.0);
    return alphas;
}

}  // namespace clipft
