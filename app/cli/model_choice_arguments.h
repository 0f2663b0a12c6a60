// The second model of `clipft search` and `clipft compare`: --model-b DIR, or --run RUN with
// --from and --wise-ft, parsed into one ModelChoice.
#pragma once
#include "arguments.h"

#include "core/jobs/model_choice.h"

#include <optional>

namespace clipft::cli {

// The options it reads, to add to a command's valued options.
inline const char* const kModelBOptions[] = {"model-b", "run", "from", "wise-ft"};

// nullopt when neither --model-b nor --run is given. Throws clipft::Error when both are, when
// --from or --wise-ft come without --run, or for a value out of range.
std::optional<ModelChoice> modelBChoice(const Arguments& args);

}  // namespace clipft::cli
