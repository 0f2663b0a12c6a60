// The `clipft train ...` that runs what a Train form is set to ("Copy as command line"): every
// setting written out, so that the run it starts stores exactly the settings the form would have.
#pragma once
#include "core/train/training_options.h"

#include <string>
#include <vector>

namespace clipft {

struct TrainingCommand {
    std::string project, dataset, model_dir, output_dir;
    std::string run_name;  // "" : no --name (the default name)
    std::string device = "auto";
    TrainingOptions options;
};

// The settings of `options` that `clipft train` has no option for (AdamW's betas and epsilon,
// eval_at_start, max_bad_steps) and that differ from their defaults, each as "name value"; empty
// when the command line can say everything.
std::vector<std::string> trainingSettingsWithoutOption(const TrainingOptions& options);

// {"clipft", "train", "--project", ..., "--device", ..., then every option `clipft train` parses,
// written explicitly even at its default}. Numbers are written so that they parse back to the same
// value (the shortest decimal that round-trips, independent of the locale). Throws clipft::Error
// naming the settings trainingSettingsWithoutOption() reports: a command that silently trained
// with other settings would be worse than none.
std::vector<std::string> trainingCommandArguments(const TrainingCommand& command);

// The arguments as one POSIX shell line: words of plain characters stay bare, anything else is
// single-quoted (a ' inside becomes '\'').
std::string shellCommandLine(const std::vector<std::string>& args);

}  // namespace clipft
