#include "core/jobs/model_choice.h"

#include "core/common/error.h"
#include "core/jobs/run_model.h"
#include "core/model/model_fingerprint.h"
#include "core/model/model_folder.h"
#include "core/model/wise_ft.h"
#include "core/store/project_store.h"

#include <cstdio>

namespace clipft {

ChosenModel loadChosenModel(ProjectStore& store, const ModelChoice& choice, const c10::Device& device,
                            ProgressObserver* observer, const CancelToken* cancel) {
    if (choice.model_dir.empty() == !choice.run.has_value()) throw Error("choose either a model folder or a training run");
    if (choice.wise_ft_alpha && !choice.run) throw Error("a WiSE-FT mix is of a run's model: choose a run");
    if (choice.wise_ft_alpha && !(*choice.wise_ft_alpha >= 0 && *choice.wise_ft_alpha <= 1))
        throw Error("a WiSE-FT alpha is between 0 and 1, not " + std::to_string(*choice.wise_ft_alpha));

    ChosenModel chosen;
    if (!choice.run) {
        LoadedModel loaded = loadModel(choice.model_dir, device, observer, cancel);
        chosen.model = loaded.model;
        chosen.tokenizer = loaded.tokenizer;
        chosen.label = loaded.folder.dir;
    } else {
        const auto run = store.findRun(*choice.run);
        if (!run) throw Error("the project has no run " + std::to_string(*choice.run) + " (see clipft runs list)");
        LoadedModel base = loadModel(run->base_model_path, device, observer, cancel);
        RunModel tuned = loadRunModel(*run, choice.from, base.model->config, device);
        chosen.tokenizer = base.tokenizer;
        chosen.label = "run " + std::to_string(run->id) + " (" + tuned.source + ")";
        if (choice.wise_ft_alpha) {
            if (cancel && cancel->isCancelled()) throw Cancelled();
            chosen.model = wiseFtInterpolate(*base.model, *tuned.model, *choice.wise_ft_alpha);
            chosen.model->to(device);
            char alpha[32];
            std::snprintf(alpha, sizeof alpha, "%.2f", *choice.wise_ft_alpha);
            chosen.label += std::string(", WiSE-FT alpha ") + alpha;
        } else {
            chosen.model = tuned.model;
        }
    }
    chosen.model->eval();
    chosen.fingerprint = modelFingerprint(*chosen.model);
    return chosen;
}

}  // namespace clipft
