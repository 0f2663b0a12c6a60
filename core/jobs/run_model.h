// The weights a training run produced, by name: its best model (by validation), its final model,
// or its last checkpoint — what `clipft export` and `clipft eval --run` read.
#pragma once
#include "core/model/clip_model.h"
#include "core/store/project_records.h"

#include <c10/core/Device.h>

#include <string>

namespace clipft {

struct RunModel {
    std::string source;  // "best", "final" or "checkpoint"
    ClipModel model{nullptr};
};

// `from` is "best", "final", "checkpoint" or "" (the best when there is one, else the final, else
// the checkpoint). `architecture` is the run's base model (the checkpoint holds only weights).
// Throws clipft::Error naming the missing file or folder.
RunModel loadRunModel(const RunInfo& run, const std::string& from, const ClipConfig& architecture,
                      const c10::Device& device);

}  // namespace clipft
