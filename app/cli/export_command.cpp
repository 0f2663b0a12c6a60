// clipft export --project FILE --run ID [--from best|final|checkpoint] [--wise-ft ALPHA] --out DIR
#include "arguments.h"
#include "commands.h"

#include "core/common/error.h"
#include "core/model/model_folder.h"
#include "core/store/project_store.h"
#include "core/train/training_checkpoint.h"
#include "core/train/training_job.h"
#include "core/train/wise_ft.h"

#include <c10/core/Device.h>

#include <cstdio>
#include <filesystem>

namespace fs = std::filesystem;

namespace clipft::cli {

int runExport(const std::vector<std::string>& raw) {
    const Arguments args(raw, {"project", "run", "from", "wise-ft", "out"}, {});
    ProjectStore store = ProjectStore::open(args.required("project"));
    const int64_t id = args.int64Value("run", -1);
    const auto run = store.findRun(id);
    if (!run) throw Error("the project has no run " + args.required("run") + " (see clipft runs list)");
    const std::string out = args.required("out");
    const c10::Device cpu(c10::kCPU);

    // Which weights of the run: the best by validation, the final ones, or the last checkpoint.
    std::string from = args.value("from").value_or("");
    const std::string best = runBestModelDir(run->output_dir), final_dir = runFinalModelDir(run->output_dir),
                      checkpoint = runCheckpointPath(run->output_dir);
    if (from.empty()) from = fs::exists(best) ? "best" : fs::exists(final_dir) ? "final" : "checkpoint";
    LoadedModel base = loadModel(run->base_model_path, cpu);
    ClipModel tuned{nullptr};
    if (from == "best" || from == "final") {
        const std::string dir = from == "best" ? best : final_dir;
        if (!fs::exists(dir)) throw Error("run " + std::to_string(id) + " has no " + from + " model (" + dir + " is missing)");
        tuned = loadModel(dir, cpu).model;
    } else if (from == "checkpoint") {
        if (!fs::exists(checkpoint)) throw Error("run " + std::to_string(id) + " has no checkpoint (" + checkpoint + ")");
        tuned = ClipModel(base.model->config);
        loadCheckpointWeights(checkpoint, *tuned);
    } else {
        throw Error("--from takes best, final or checkpoint");
    }

    const double alpha = args.doubleValue("wise-ft", 1.0);
    ClipModel exported = wiseFtInterpolate(*base.model, *tuned, alpha);
    saveOpenClipFolder(*exported, out, run->base_model_path);
    std::printf("exported run %lld (%s weights%s) to %s\n", static_cast<long long>(id), from.c_str(),
                alpha == 1.0 ? "" : (", WiSE-FT alpha " + std::to_string(alpha).substr(0, 4)).c_str(), out.c_str());
    return 0;
}

}  // namespace clipft::cli
