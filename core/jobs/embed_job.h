// `clipft embed`: a folder's images and a caption file's lines through a loaded model, on the
// embedding engine (core/embed).
#pragma once
#include "core/common/progress.h"
#include "core/model/model_folder.h"

#include <string>
#include <vector>

namespace clipft {

struct EmbedRequest {
    std::vector<std::string> image_paths;
    std::vector<std::string> captions;
    int batch_size = 32;
};

struct EmbedResult {
    at::Tensor image_embeds;  // [images, embed_dim] float32 CPU, L2-normalised
    at::Tensor text_embeds;   // [captions, embed_dim] float32 CPU, L2-normalised
    at::Tensor tokens;        // [captions, context_length] int64 CPU: the ids fed to the text tower
};

// Progress stages "images" and "texts"; a set cancel token stops between batches with
// clipft::Cancelled. A bad image file is a clipft::Error naming it.
EmbedResult embed(const LoadedModel& model, const EmbedRequest& request, const c10::Device& device,
                  ProgressObserver* observer = nullptr, const CancelToken* cancel = nullptr);

// `clipft embed` end to end: every image of a folder (by file name) and every line of a caption
// file through a model folder's model, written as one safetensors file (image_embeds, text_embeds,
// tokens; written atomically, so a failure leaves a file already there intact).
struct EmbedJobRequest {
    std::string model_dir;
    std::string images_dir;     // "" : no images
    std::string captions_file;  // "" : no captions
    std::string out_file;
    int batch_size = 32;
    c10::Device device{c10::kCPU};
};

struct EmbedJobResult {
    int64_t images = 0;
    int64_t captions = 0;
};

EmbedJobResult runEmbedJob(const EmbedJobRequest& request, ProgressObserver* observer = nullptr,
                           const CancelToken* cancel = nullptr);

}  // namespace clipft
