// Which model a search or a comparison runs with: a model folder, or a training run's model (its
// best, final or checkpoint weights), optionally as a WiSE-FT mix with the run's base model. The
// Search page's two model pickers and `clipft search --model/--model-b/--run` both come down to one.
#pragma once
#include "core/common/progress.h"
#include "core/model/clip_model.h"
#include "core/text/tokenizer.h"

#include <c10/core/Device.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace clipft {

class ProjectStore;

struct ModelChoice {
    std::string model_dir;                // a model folder, or else
    std::optional<int64_t> run;           // a run's model:
    std::string from;                     //   best, final, checkpoint, or "" (the best there is)
    std::optional<double> wise_ft_alpha;  //   as the mix (1 - α)·base + α·run's; none: as it is
};

struct ChosenModel {
    ClipModel model{nullptr};  // eval mode, on the requested device
    std::shared_ptr<const Tokenizer> tokenizer;
    std::string label;        // "<folder>", "run 3 (best)" or "run 3 (best), WiSE-FT α 0.50"
    std::string fingerprint;  // modelFingerprint() of the weights used: the embedding cache's key
};

// Throws clipft::Error for an unknown run, a missing folder or file (naming it), a choice that
// names both or neither, or an α outside [0, 1]; clipft::Cancelled when cancelled while loading.
ChosenModel loadChosenModel(ProjectStore& store, const ModelChoice& choice, const c10::Device& device,
                            ProgressObserver* observer = nullptr, const CancelToken* cancel = nullptr);

}  // namespace clipft
