#include "core/jobs/export_job.h"

#include "core/common/error.h"
#include "core/jobs/run_model.h"
#include "core/model/model_folder.h"
#include "core/model/wise_ft.h"
#include "core/store/project_store.h"

namespace clipft {

ExportJobResult runExportJob(const ExportJobRequest& request, ProgressObserver* observer, const CancelToken* cancel) {
    if (request.out_dir.empty()) throw Error("an export needs an output folder");
    ProjectStore store = ProjectStore::open(request.project_path);
    const auto run = store.findRun(request.run);
    if (!run) throw Error("the project has no run " + std::to_string(request.run) + " (see clipft runs list)");
    const c10::Device cpu(c10::kCPU);
    LoadedModel base = loadModel(run->base_model_path, cpu, observer, cancel);
    RunModel tuned = loadRunModel(*run, request.from, base.model->config, cpu);
    ClipModel exported = wiseFtInterpolate(*base.model, *tuned.model, request.wise_ft_alpha);
    if (cancel && cancel->isCancelled()) throw Cancelled();
    saveOpenClipFolder(*exported, request.out_dir, run->base_model_path);
    return {tuned.source, request.out_dir};
}

}  // namespace clipft
