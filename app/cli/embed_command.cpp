// clipft embed --model DIR [--images DIR] [--captions FILE] --out FILE.safetensors [--device D] [--batch-size N]
#include "arguments.h"
#include "commands.h"
#include "console_progress.h"

#include "core/common/error.h"
#include "core/common/runtime.h"
#include "core/jobs/embed_job.h"

#include <iostream>

namespace clipft::cli {

int runEmbed(const std::vector<std::string>& raw) {
    const Arguments args(raw, {"model", "images", "captions", "out", "device", "batch-size", "threads"}, {});
    if (!args.positionals().empty()) throw Error("unexpected argument '" + args.positionals().front() + "'");
    if (!args.has("images") && !args.has("captions")) throw Error("give --images DIR, --captions FILE, or both");
    initRuntime(args.threads());
    EmbedJobRequest request;
    request.device = parseDevice(args.value("device").value_or("auto"));
    request.out_file = args.required("out");
    request.model_dir = args.required("model");
    request.batch_size = args.intValue("batch-size", 32, 1);
    request.images_dir = args.value("images").value_or("");
    request.captions_file = args.value("captions").value_or("");
    EmbedJobResult result;
    {
        ConsoleProgress progress;
        result = runEmbedJob(request, &progress);
    }
    std::cerr << "wrote " << request.out_file << ": " << result.images << " images, " << result.captions
              << " captions (" << describeDevice(request.device) << ")\n";
    return 0;
}

}  // namespace clipft::cli
