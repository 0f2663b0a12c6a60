#include "core/train/tower_freezing.h"

#include "core/common/error.h"
#include "core/model/clip_model.h"

namespace clipft {
namespace {

void setTrainable(torch::nn::Module& module, bool trainable) {
    for (auto& parameter : module.parameters(/*recurse=*/true)) parameter.set_requires_grad(trainable);
}

}  // namespace

const char* towerName(Tower tower) { return tower == Tower::Image ? "image" : "text"; }

void lockTower(ClipModelImpl& model, Tower tower, int unlocked_blocks) {
    torch::nn::Module& root = tower == Tower::Image ? static_cast<torch::nn::Module&>(*model.visual)
                                                    : static_cast<torch::nn::Module&>(*model.text);
    auto& blocks = tower == Tower::Image ? model.visual->transformer->resblocks : model.text->transformer->resblocks;
    const int layers = static_cast<int>(blocks->size());
    if (unlocked_blocks < 0 || unlocked_blocks > layers)
        throw Error("cannot leave " + std::to_string(unlocked_blocks) + " blocks of the " + towerName(tower) +
                    " tower trainable: it has " + std::to_string(layers));
    setTrainable(root, false);
    if (unlocked_blocks == 0) return;
    for (int i = layers - unlocked_blocks; i < layers; ++i) setTrainable(*blocks[i], true);
    // The head after the blocks.
    if (tower == Tower::Image) {
        setTrainable(*model.visual->ln_post, true);
        model.visual->proj.set_requires_grad(true);
    } else {
        setTrainable(*model.text->ln_final, true);
        model.text->text_projection.set_requires_grad(true);
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
