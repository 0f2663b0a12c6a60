// A model on disk: a folder in the open_clip layout (open_clip_config.json +
// open_clip_model.safetensors) or the transformers layout (config.json + model.safetensors), with
// its tokenizer files. Loading maps names and transposes (DESIGN.md); saving writes open_clip's.
#pragma once
#include "core/common/progress.h"
#include "core/model/clip_model.h"
#include "core/text/tokenizer.h"

#include <c10/core/Device.h>

#include <memory>
#include <string>

namespace clipft {

enum class WeightLayout { OpenClip, Transformers };
const char* layoutName(WeightLayout layout);

struct ModelFolder {
    std::string dir;
    WeightLayout layout = WeightLayout::OpenClip;
    std::string config_path;
    std::string weights_path;
};

// Detects the layout; throws clipft::Error explaining what a model folder must contain.
ModelFolder inspectModelFolder(const std::string& dir);

// The config alone (cheap: no weights are read).
ClipConfig readModelConfig(const ModelFolder& folder);

struct LoadedModel {
    ModelFolder folder;
    ClipModel model{nullptr};  // in eval mode, on the requested device, fp32
    std::shared_ptr<const Tokenizer> tokenizer;
};

// Reads the folder's config, tokenizer and weights. The weights go straight into the parameters
// (no random initialisation first); fp32 weights on the CPU stay memory-mapped. Reports "loading
// weights" progress (one unit a tensor) and checks `cancel` between tensors (clipft::Cancelled).
LoadedModel loadModel(const std::string& dir, const c10::Device& device, ProgressObserver* observer = nullptr,
                      const CancelToken* cancel = nullptr);

// Writes open_clip_config.json and open_clip_model.safetensors into dir (created if needed), and
// copies the tokenizer files from tokenizer_dir so the folder is complete on its own. The weights
// are stored as weight_dtype: fp32, or fp16/bf16 for a file half the size (loadModel() reads any of
// them back into fp32 parameters). Throws clipft::Error for another dtype.
void saveOpenClipFolder(ClipModelImpl& model, const std::string& dir, const std::string& tokenizer_dir,
                        at::ScalarType weight_dtype = at::kFloat);

}  // namespace clipft
