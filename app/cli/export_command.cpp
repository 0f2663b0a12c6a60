// clipft export --project FILE --run ID [--from best|final|checkpoint] [--wise-ft ALPHA] --out DIR
#include "arguments.h"
#include "commands.h"

#include "core/common/error.h"
#include "core/model/model_folder.h"
#include "core/store/project_store.h"
#include "core/train/run_model.h"
#include "core/train/wise_ft.h"

#include <c10/core/Device.h>

#include <cstdio>

namespace clipft::cli {

int runExport(const std::vector<std::string>& raw) {
    const Arguments args(raw, {"project", "run", "from", "wise-ft", "out"}, {});
    ProjectStore store = ProjectStore::open(args.required("project"));
    const int64_t id = args.int64Value("run", -1);
    const auto run = store.findRun(id);
    if (!run) throw Error("the project has no run " + args.required("run") + " (see clipft runs list)");
    const std::string out = args.required("out");
    const c10::Device cpu(c10::kCPU);

    LoadedModel base = loadModel(run->base_model_path, cpu);
    RunModel tuned = loadRunModel(*run, args.value("from").value_or(""), base.model->config, cpu);
    const std::string from = tuned.source;

    const double alpha = args.doubleValue("wise-ft", 1.0);
    ClipModel exported = wiseFtInterpolate(*base.model, *tuned.model, alpha);
    saveOpenClipFolder(*exported, out, run->base_model_path);
    std::printf("exported run %lld (%s weights%s) to %s\n", static_cast<long long>(id), from.c_str(),
                alpha == 1.0 ? "" : (", WiSE-FT alpha " + std::to_string(alpha).substr(0, 4)).c_str(), out.c_str());
    return 0;
}

}  // namespace clipft::cli
