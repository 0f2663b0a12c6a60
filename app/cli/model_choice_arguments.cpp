#include "model_choice_arguments.h"

#include "core/common/error.h"

namespace clipft::cli {

std::optional<ModelChoice> modelBChoice(const Arguments& args) {
    if (args.has("model-b") && args.has("run")) throw Error("give one of --model-b DIR or --run RUN, not both");
    if (!args.has("run") && (args.has("from") || args.has("wise-ft")))
        throw Error("--from and --wise-ft choose a run's model: give --run RUN");
    if (args.has("model-b")) return ModelChoice{args.required("model-b"), std::nullopt, "", std::nullopt};
    if (!args.has("run")) return std::nullopt;
    ModelChoice choice;
    choice.run = args.int64Value("run", 0, 1);
    choice.from = args.value("from").value_or("");
    if (!choice.from.empty() && choice.from != "best" && choice.from != "final" && choice.from != "checkpoint")
        throw Error("--from is best, final or checkpoint, not '" + choice.from + "'");
    if (args.has("wise-ft")) {
        const double alpha = args.doubleValue("wise-ft", -1);
        if (!(alpha >= 0 && alpha <= 1)) throw Error("--wise-ft is an alpha between 0 and 1, not '" + *args.value("wise-ft") + "'");
        choice.wise_ft_alpha = alpha;
    }
    return choice;
}

}  // namespace clipft::cli
