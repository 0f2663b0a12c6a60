#include "core/jobs/run_model.h"

#include "core/common/error.h"
#include "core/model/model_folder.h"
#include "core/train/training_checkpoint.h"
#include "core/jobs/training_job.h"

#include <filesystem>

namespace fs = std::filesystem;

namespace clipft {

RunModel loadRunModel(const RunInfo& run, const std::string& from, const ClipConfig& architecture,
                      const c10::Device& device) {
    const std::string best = runBestModelDir(run.output_dir), final_dir = runFinalModelDir(run.output_dir),
                      checkpoint = runCheckpointPath(run.output_dir);
    RunModel result;
    result.source = from;
    if (result.source.empty()) result.source = fs::exists(best) ? "best" : fs::exists(final_dir) ? "final" : "checkpoint";
    const std::string run_name = "run " + std::to_string(run.id);
    if (result.source == "best" || result.source == "final") {
        const std::string dir = result.source == "best" ? best : final_dir;
        if (!fs::exists(dir)) throw Error(run_name + " has no " + result.source + " model (" + dir + " is missing)");
        result.model = loadModel(dir, device).model;
    } else if (result.source == "checkpoint") {
        if (!fs::exists(checkpoint)) throw Error(run_name + " has no checkpoint (" + checkpoint + " is missing)");
        result.model = ClipModel(architecture, ClipModelImpl::Init::Uninitialised);  // the checkpoint fills it
        loadCheckpointWeights(checkpoint, *result.model);
        result.model->to(device);
        result.model->eval();
    } else {
        throw Error("a run's model is best, final or checkpoint, not '" + from + "'");
    }
    return result;
}

}  // namespace clipft
