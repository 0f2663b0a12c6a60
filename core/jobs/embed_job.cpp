#include "core/jobs/embed_job.h"

#include "core/common/error.h"
#include "core/embed/image_embedding.h"
#include "core/embed/text_embedding.h"
#include "core/dataset/caption_lines.h"
#include "core/image/image_folder.h"
#include "core/model/safetensors.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace clipft {

EmbedResult embed(const LoadedModel& loaded, const EmbedRequest& request, const c10::Device& device,
                  ProgressObserver* observer, const CancelToken* cancel) {
    if (request.batch_size <= 0) throw Error("batch size must be positive");
    ClipModelImpl& model = *loaded.model.ptr();  // the holder is const, the module it shares is not
    EmbedResult result;
    result.image_embeds = embedImageFiles(model, request.image_paths, request.batch_size, device, observer, cancel);
    result.tokens = tokenizeCaptions(*loaded.tokenizer, request.captions, model.config.text.context_length);
    result.text_embeds = encodeTokensByLength(model, result.tokens, request.batch_size, device, observer, cancel);
    return result;
}

EmbedJobResult runEmbedJob(const EmbedJobRequest& request, ProgressObserver* observer, const CancelToken* cancel) {
    if (request.images_dir.empty() && request.captions_file.empty()) throw Error("give images, captions, or both");
    if (request.out_file.empty()) throw Error("embedding needs an output file");
    EmbedRequest what;
    what.batch_size = request.batch_size;
    if (!request.images_dir.empty()) what.image_paths = listImageFiles(request.images_dir);
    if (!request.captions_file.empty()) what.captions = readCaptionLines(request.captions_file);

    const LoadedModel model = loadModel(request.model_dir, request.device, observer, cancel);
    const EmbedResult result = embed(model, what, request.device, observer, cancel);

    std::vector<std::pair<std::string, at::Tensor>> tensors;
    nlohmann::json image_names = nlohmann::json::array();
    for (const auto& path : what.image_paths) image_names.push_back(std::filesystem::path(path).filename().string());
    if (!request.images_dir.empty()) tensors.emplace_back("image_embeds", result.image_embeds);
    if (!request.captions_file.empty()) {
        tensors.emplace_back("text_embeds", result.text_embeds);
        tensors.emplace_back("tokens", result.tokens);
    }
    saveSafetensors(request.out_file, tensors,
                    {{"model", model.folder.dir}, {"layout", layoutName(model.folder.layout)}, {"images", image_names.dump()}});
    return {static_cast<int64_t>(what.image_paths.size()), static_cast<int64_t>(what.captions.size())};
}

}  // namespace clipft
