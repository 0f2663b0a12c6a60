// clipft embed --model DIR [--images DIR] [--captions FILE] --out FILE.safetensors [--device D] [--batch-size N]
#include "arguments.h"
#include "commands.h"
#include "console_progress.h"

#include "core/common/error.h"
#include "core/common/runtime.h"
#include "core/data/caption_lines.h"
#include "core/data/image_folder.h"
#include "core/embed/embed_job.h"
#include "core/model/safetensors.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>

namespace clipft::cli {

int runEmbed(const std::vector<std::string>& raw) {
    const Arguments args(raw, {"model", "images", "captions", "out", "device", "batch-size", "threads"}, {});
    if (!args.positionals().empty()) throw Error("unexpected argument '" + args.positionals().front() + "'");
    if (!args.has("images") && !args.has("captions")) throw Error("give --images DIR, --captions FILE, or both");
    initRuntime(args.intValue("threads", 0));
    const c10::Device device = parseDevice(args.value("device").value_or("auto"));
    const std::string out = args.required("out");

    EmbedRequest request;
    request.batch_size = args.intValue("batch-size", 32);
    if (request.batch_size <= 0) throw Error("--batch-size must be positive");
    if (auto dir = args.value("images")) request.image_paths = listImageFiles(*dir);
    if (auto file = args.value("captions")) request.captions = readCaptionLines(*file);

    const LoadedModel model = loadModel(args.required("model"), device);
    ConsoleProgress progress;
    const EmbedResult result = embed(model, request, device, &progress);

    std::vector<std::pair<std::string, at::Tensor>> tensors;
    nlohmann::json image_names = nlohmann::json::array();
    for (const auto& path : request.image_paths) image_names.push_back(std::filesystem::path(path).filename().string());
    if (args.has("images")) tensors.emplace_back("image_embeds", result.image_embeds);
    if (args.has("captions")) {
        tensors.emplace_back("text_embeds", result.text_embeds);
        tensors.emplace_back("tokens", result.tokens);
    }
    saveSafetensors(out, tensors,
                    {{"model", model.folder.dir},
                     {"layout", layoutName(model.folder.layout)},
                     {"images", image_names.dump()}});
    std::cerr << "wrote " << out << ": " << request.image_paths.size() << " images, " << request.captions.size()
              << " captions (" << describeDevice(device) << ")\n";
    return 0;
}

}  // namespace clipft::cli
