// Freezing ("locking") a tower except its last N transformer blocks, as open_clip's --lock-image /
// --lock-text with unlocked layers do: the frozen part keeps requires_grad = false, so the
// optimizer never sees it and its weights stay bit-identical.
#pragma once
#include <optional>
#include <string>

namespace clipft {

class ClipModelImpl;

enum class Tower { Image, Text };

const char* towerName(Tower tower);  // "image", "text"

// Freezes every parameter of `tower` except its last `unlocked_blocks` residual blocks and, when
// that is at least one, the layers after them (the final LayerNorm and the projection).
// unlocked_blocks = 0 freezes the whole tower. Throws clipft::Error when the tower has fewer blocks.
void lockTower(ClipModelImpl& model, Tower tower, int unlocked_blocks);

// The number of parameters (elements) with requires_grad, and of all parameters.
struct TrainableCount {
    int64_t trainable = 0;
    int64_t total = 0;
};
TrainableCount countTrainable(ClipModelImpl& model);

}  // namespace clipft
