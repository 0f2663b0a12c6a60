// Named starting points for a training run's settings, offered by Studio's Train page and by
// `clipft train --preset ID` (explicit settings override the preset's).
#pragma once
#include "core/train/training_options.h"

#include <optional>
#include <string>
#include <vector>

namespace clipft {

struct TrainingPreset {
    std::string id;  // stable: stored in settings and typed on the command line
    TrainingOptions options;
    std::string description;  // one or two sentences for a tooltip or `--help`
};

// In the order a list shows them: quick-cpu-demo, finetuner-study, small-dataset.
std::vector<TrainingPreset> trainingPresets();
std::optional<TrainingPreset> findTrainingPreset(const std::string& id);
// "quick-cpu-demo, finetuner-study, small-dataset": for error messages and help texts.
std::string trainingPresetIds();

}  // namespace clipft
