#include "core/train/tower_freezing.h"

#include "core/common/error.h"
#include "core/model/clip_model.h"

#include <algorithm>
#include <string>
#include <vector>

namespace clipft {
namespace {

// One of open_clip's lock groups: whole modules and loose parameters.
struct LockGroup {
    std::vector<torch::nn::Module*> modules;
    std::vector<at::Tensor*> parameters;
};

void setTrainable(torch::nn::Module& module, bool trainable) {
    for (auto& parameter : module.parameters(/*recurse=*/true)) parameter.set_requires_grad(trainable);
}

std::vector<LockGroup> lockGroups(ClipModelImpl& model, Tower tower) {
    std::vector<LockGroup> groups;
    if (tower == Tower::Image) {
        auto& v = *model.visual;
        groups.push_back({{v.conv1.ptr().get(), v.ln_pre.ptr().get()}, {&v.class_embedding, &v.positional_embedding}});
        auto& blocks = *v.transformer->resblocks;
        for (size_t i = 0; i + 1 < blocks.size(); ++i) groups.push_back({{blocks[i].get()}, {}});
        groups.push_back({{v.ln_post.ptr().get()}, {}});
        if (!blocks.is_empty()) groups.back().modules.push_back(blocks[blocks.size() - 1].get());
        groups.push_back({{}, {&v.proj}});
    } else {
        auto& t = *model.text;
        groups.push_back({{t.token_embedding.ptr().get()}, {&t.positional_embedding}});
        auto& blocks = *t.transformer->resblocks;
        for (size_t i = 0; i + 1 < blocks.size(); ++i) groups.push_back({{blocks[i].get()}, {}});
        groups.push_back({{t.ln_final.ptr().get()}, {}});
        if (!blocks.is_empty()) groups.back().modules.push_back(blocks[blocks.size() - 1].get());
        groups.push_back({{}, {&t.text_projection}});
    }
    return groups;
}

}  // namespace

const char* towerName(Tower tower) { return tower == Tower::Image ? "image" : "text"; }

int towerGroupCount(ClipModelImpl& model, Tower tower) { return static_cast<int>(lockGroups(model, tower).size()); }

void lockTower(ClipModelImpl& model, Tower tower, int unlocked_groups) {
    if (unlocked_groups < 0)
        throw Error("cannot leave " + std::to_string(unlocked_groups) + " groups of the " + towerName(tower) +
                    " tower trainable: the count must be 0 or more");
    torch::nn::Module& root = tower == Tower::Image ? static_cast<torch::nn::Module&>(*model.visual)
                                                    : static_cast<torch::nn::Module&>(*model.text);
    setTrainable(root, false);
    const std::vector<LockGroup> groups = lockGroups(model, tower);
    const size_t unlocked = std::min(groups.size(), static_cast<size_t>(unlocked_groups));
    for (size_t i = groups.size() - unlocked; i < groups.size(); ++i) {
        for (auto* module : groups[i].modules) setTrainable(*module, true);
        for (auto* parameter : groups[i].parameters) parameter->set_requires_grad(true);
    }
}

TrainableCount countTrainable(ClipModelImpl& model) {
    TrainableCount count;
    for (const auto& parameter : model.parameters(/*recurse=*/true)) {
        count.total += parameter.numel();
        if (parameter.requires_grad()) count.trainable += parameter.numel();
    }
    return count;
}

}  // namespace clipft
