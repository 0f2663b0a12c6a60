// Writing a training run's model as an open_clip folder, optionally as a WiSE-FT mix with the
// run's base model: what `clipft export` and the Runs page's Export do.
#pragma once
#include "core/common/progress.h"

#include <cstdint>
#include <string>

namespace clipft {

struct ExportJobRequest {
    std::string project_path;
    int64_t run = 0;
    std::string from;            // best, final, checkpoint, or "" (the best there is)
    double wise_ft_alpha = 1.0;  // (1 - α)·pre-trained + α·fine-tuned; 1: the run's model as it is
    std::string out_dir;         // created when missing; files already there are replaced atomically
};

struct ExportJobResult {
    std::string source;  // best, final or checkpoint
    std::string out_dir;
};

// Throws clipft::Error for an unknown run, a missing model, an alpha outside [0, 1] or a folder
// that cannot be written (the files there before stay intact).
ExportJobResult runExportJob(const ExportJobRequest& request, ProgressObserver* observer = nullptr,
                             const CancelToken* cancel = nullptr);

}  // namespace clipft
