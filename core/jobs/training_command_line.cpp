#include "core/jobs/training_command_line.h"

#include "core/common/error.h"

#include <charconv>
#include <cstdint>
#include <system_error>

namespace clipft {
namespace {

// std::to_chars: the shortest text that reads back as the same double, with no locale (the GUI
// runs under the user's LC_NUMERIC, where printf could write "0,0003").
std::string number(double value) {
    char buffer[64];
    const std::to_chars_result written = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (written.ec != std::errc()) return std::to_string(value);  // cannot happen with 64 characters
    return std::string(buffer, written.ptr);
}

template <typename Integer>
std::string number(Integer value) {
    return std::to_string(value);
}

// Words that no POSIX shell changes: no globbing, expansion, quoting or word splitting. '=' only
// after the first word, where it cannot turn the command into an assignment.
bool isPlainWord(const std::string& word, bool first) {
    if (word.empty()) return false;
    for (const char c : word) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
                           c == '-' || c == '.' || c == '/' || c == ',' || c == ':' || c == '+' || c == '@' ||
                           c == '%' || (c == '=' && !first);
        if (!plain) return false;
    }
    return true;
}

}  // namespace

std::vector<std::string> trainingSettingsWithoutOption(const TrainingOptions& o) {
    const TrainingOptions defaults;
    std::vector<std::string> missing;
    if (o.adamw.beta1 != defaults.adamw.beta1) missing.push_back("AdamW beta1 " + number(o.adamw.beta1));
    if (o.adamw.beta2 != defaults.adamw.beta2) missing.push_back("AdamW beta2 " + number(o.adamw.beta2));
    if (o.adamw.eps != defaults.adamw.eps) missing.push_back("AdamW epsilon " + number(o.adamw.eps));
    if (o.eval_at_start != defaults.eval_at_start)
        missing.push_back(std::string("evaluation at the start ") + (o.eval_at_start ? "on" : "off"));
    if (o.max_bad_steps != defaults.max_bad_steps) missing.push_back("tolerated bad steps " + number(o.max_bad_steps));
    return missing;
}

std::vector<std::string> trainingCommandArguments(const TrainingCommand& command) {
    const std::vector<std::string> missing = trainingSettingsWithoutOption(command.options);
    if (!missing.empty()) {
        std::string list;
        for (const std::string& setting : missing) list += (list.empty() ? "" : ", ") + setting;
        throw Error("clipft train has no option for these settings: " + list +
                    "; set them back to their defaults to get a command line for this run");
    }
    const TrainingOptions& o = command.options;
    std::vector<std::string> args{"clipft", "train"};
    // A value that starts with '-' (a negative number, a name like "-x") goes in --name=value form,
    // so that no reader of the line can mistake it for an option of its own.
    const auto add = [&](const std::string& option, const std::string& value) {
        if (!value.empty() && value[0] == '-') {
            args.push_back("--" + option + "=" + value);
        } else {
            args.push_back("--" + option);
            args.push_back(value);
        }
    };
    add("project", command.project);
    add("dataset", command.dataset);
    add("model", command.model_dir);
    add("out", command.output_dir);
    if (!command.run_name.empty()) add("name", command.run_name);
    add("device", command.device);
    // The order and the names of app/cli/train_command.cpp's optionsFrom().
    add("epochs", number(o.epochs));
    add("steps", number(o.max_steps));
    add("batch-size", number(o.batch_size));
    add("accum", number(o.accum_steps));
    add("lr", number(o.adamw.lr));
    add("wd", number(o.adamw.weight_decay));
    add("warmup", number(o.warmup_steps));
    add("grad-clip", number(o.grad_clip_norm));
    // The form the help documents (--lock-image[=N]); absent means the tower trains.
    if (o.lock_image) args.push_back("--lock-image=" + number(*o.lock_image));
    if (o.lock_text) args.push_back("--lock-text=" + number(*o.lock_text));
    add("augment", augmentationName(o.augment));
    if (!o.train_logit_scale) args.push_back("--fixed-logit-scale");
    if (o.include_search_feedback) args.push_back("--include-feedback");
    add("precision", precisionName(o.precision));
    add("eval-every", number(o.eval_every));
    add("checkpoint-every", number(o.checkpoint_every));
    add("log-every", number(o.log_every));
    add("best-metric", o.best_metric);
    add("early-stop", number(o.early_stopping_patience));
    add("min-delta", number(o.early_stopping_min_delta));
    // The command line reads the seed as a signed 64-bit number and casts it back, so a seed above
    // 2^63 is written as its two's-complement twin, which reads back as the same 64 bits.
    add("seed", number(static_cast<int64_t>(o.seed)));
    if (o.loader_threads != 0) add("loader-threads", number(o.loader_threads));
    return args;
}

std::string shellCommandLine(const std::vector<std::string>& args) {
    std::string line;
    for (size_t i = 0; i < args.size(); ++i) {
        if (i > 0) line += ' ';
        const std::string& word = args[i];
        if (isPlainWord(word, i == 0)) {
            line += word;
            continue;
        }
        line += '\'';
        for (const char c : word) {
            if (c == '\'')
                line += "'\\''";  // close the quote, an escaped quote, reopen
            else
                line += c;
        }
        line += '\'';
    }
    return line;
}

}  // namespace clipft
