// Freezing ("locking") a tower except its last N parameter groups, as open_clip's
// --lock-image-unlocked-groups / --lock-text-unlocked-layers count them: the frozen part keeps
// requires_grad = false, so the optimizer never sees it and its weights stay bit-identical.
#pragma once
#include <cstdint>

namespace clipft {

class ClipModelImpl;

enum class Tower { Image, Text };

const char* towerName(Tower tower);  // "image", "text"

// The tower's groups, from the front, as open_clip forms them:
//   image: [conv1, class_embedding, positional_embedding, ln_pre], each block but the last,
//          [last block, ln_post], proj
//   text:  [token_embedding, positional_embedding], each block but the last,
//          [last block, ln_final], text_projection
// so a tower of L blocks has L + 2 groups.
int towerGroupCount(ClipModelImpl& model, Tower tower);

// Freezes the whole tower, then makes its last `unlocked_groups` groups trainable again: 0 freezes
// all of it, 1 leaves the projection alone, 2 adds the last block with the final LayerNorm. A count
// above the number of groups unlocks everything (open_clip slices groups[-N:] the same way).
// logit_scale belongs to neither tower. Throws clipft::Error for a negative count.
void lockTower(ClipModelImpl& model, Tower tower, int unlocked_groups);

// The number of parameters (elements) with requires_grad, and of all parameters.
struct TrainableCount {
    int64_t trainable = 0;
    int64_t total = 0;
};
TrainableCount countTrainable(ClipModelImpl& model);

}  // namespace clipft
