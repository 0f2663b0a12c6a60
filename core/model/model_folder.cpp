#include "core/model/model_folder.h"

#include "core/common/atomic_file.h"
#include "core/common/error.h"
#include "core/common/folders.h"
#include "core/model/open_clip_layout.h"
#include "core/model/safetensors.h"
#include "core/model/transformers_layout.h"
#include "core/model/weight_assignment.h"
#include "core/text/tokenizer_files.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace clipft {

namespace fs = std::filesystem;

const char* layoutName(WeightLayout layout) {
    return layout == WeightLayout::OpenClip ? "open_clip" : "transformers";
}

namespace {

std::string readTextFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path + ": cannot be read");
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// transformers keeps mean/std (and the crop size) in preprocessor_config.json.
void readPreprocessorConfig(const std::string& dir, ClipConfig& config) {
    const fs::path path = fs::path(dir) / "preprocessor_config.json";
    if (!fs::exists(path)) return;
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(readTextFile(path.string()));
    } catch (const nlohmann::json::exception& e) {
        throw Error(path.string() + ": not valid JSON (" + e.what() + ")");
    }
    auto triple = [&](const char* key, std::array<float, 3>& out) {
        if (!j.contains(key)) return;
        const auto& v = j[key];
        if (!v.is_array() || v.size() != 3 || !v[0].is_number() || !v[1].is_number() || !v[2].is_number())
            throw Error(path.string() + ": '" + key + "' must be a list of three numbers");
        for (int i = 0; i < 3; ++i) out[i] = v[i].get<float>();
    };
    triple("image_mean", config.preprocess.mean);
    triple("image_std", config.preprocess.std);
}

}  // namespace

ModelFolder inspectModelFolder(const std::string& dir) {
    if (!fs::is_directory(dir)) throw Error(dir + ": not a folder (a model is a folder with a config and weights)");
    ModelFolder folder;
    folder.dir = dir;
    const fs::path root(dir);
    if (fs::exists(root / "open_clip_config.json")) {
        folder.layout = WeightLayout::OpenClip;
        folder.config_path = (root / "open_clip_config.json").string();
        folder.weights_path = (root / "open_clip_model.safetensors").string();
        if (!fs::exists(folder.weights_path)) {
            std::string hint;
            if (fs::exists(root / "open_clip_pytorch_model.bin"))
                hint = " (only open_clip_pytorch_model.bin is there: clipft reads safetensors; download the "
                       ".safetensors file of the same model)";
            throw Error(folder.weights_path + ": missing" + hint);
        }
        return folder;
    }
    if (fs::exists(root / "config.json")) {
        folder.layout = WeightLayout::Transformers;
        folder.config_path = (root / "config.json").string();
        folder.weights_path = (root / "model.safetensors").string();
        if (!fs::exists(folder.weights_path)) {
            std::string hint;
            if (fs::exists(root / "pytorch_model.bin"))
                hint = " (only pytorch_model.bin is there: clipft reads safetensors; download model.safetensors)";
            throw Error(folder.weights_path + ": missing" + hint);
        }
        return folder;
    }
    throw Error(dir + ": not a model folder: expected open_clip_config.json + open_clip_model.safetensors "
                      "(open_clip layout) or config.json + model.safetensors (transformers layout)");
}

ClipConfig readModelConfig(const ModelFolder& folder) {
    const std::string text = readTextFile(folder.config_path);
    ClipConfig config = folder.layout == WeightLayout::OpenClip ? parseOpenClipConfig(text, folder.config_path)
                                                                : parseTransformersConfig(text, folder.config_path);
    if (folder.layout == WeightLayout::Transformers) readPreprocessorConfig(folder.dir, config);
    config.name = fs::path(folder.dir).filename().string();
    if (config.name.empty()) config.name = fs::path(folder.dir).parent_path().filename().string();
    return config;
}

LoadedModel loadModel(const std::string& dir, const c10::Device& device, ProgressObserver* observer,
                      const CancelToken* cancel) {
    LoadedModel loaded;
    loaded.folder = inspectModelFolder(dir);
    const ClipConfig config = readModelConfig(loaded.folder);
    loaded.tokenizer = loadTokenizerFromFolder(dir);
    if (loaded.tokenizer->vocabSize() != config.text.vocab_size)
        throw Error(dir + ": the tokenizer has " + std::to_string(loaded.tokenizer->vocabSize()) +
                    " tokens but the model's text tower expects " + std::to_string(config.text.vocab_size));

    auto file = SafetensorsFile::open(loaded.folder.weights_path);
    std::map<std::string, at::Tensor> raw;
    for (const auto& entry : file->entries()) raw[entry.name] = file->tensor(entry.name);
    const auto weights = loaded.folder.layout == WeightLayout::OpenClip
                             ? openClipToInternal(raw)
                             : transformersToInternal(raw, loaded.folder.weights_path);

    loaded.model = ClipModel(config, ClipModelImpl::Init::Uninitialised);
    assignWeights(*loaded.model, weights, loaded.folder.weights_path, [&](size_t done, size_t total) {
        if (cancel && cancel->isCancelled()) throw Cancelled();
        if (observer) observer->onProgress("loading weights", static_cast<long long>(done), static_cast<long long>(total));
    });
    loaded.model->to(device);
    loaded.model->eval();
    return loaded;
}

void saveOpenClipFolder(ClipModelImpl& model, const std::string& dir, const std::string& tokenizer_dir,
                        at::ScalarType weight_dtype) {
    if (weight_dtype != at::kFloat && weight_dtype != at::kHalf && weight_dtype != at::kBFloat16)
        throw Error(dir + ": model weights can be saved as fp32, fp16 or bf16 only");
    createFolders(dir);

    std::map<std::string, at::Tensor> internal;
    for (const auto& item : model.named_parameters(true))
        internal[item.key()] = item.value().detach().to(at::kCPU, weight_dtype).contiguous();
    std::vector<std::pair<std::string, at::Tensor>> tensors;
    for (auto& [name, tensor] : internalToOpenClip(internal)) tensors.emplace_back(name, tensor);
    saveSafetensors((fs::path(dir) / "open_clip_model.safetensors").string(), tensors, {{"format", "pt"}});

    // Both files are replaced atomically: a failed export (full disk) leaves the previous ones.
    AtomicFile config((fs::path(dir) / "open_clip_config.json").string());
    const std::string config_json = toOpenClipConfigJson(model.config);
    config.write(config_json.data(), config_json.size());
    config.commit();

    std::error_code ec;
    if (fs::equivalent(fs::path(tokenizer_dir), fs::path(dir), ec)) return;
    for (const auto& file : findTokenizerFiles(tokenizer_dir)) {
        fs::copy_file(file, fs::path(dir) / fs::path(file).filename(), fs::copy_options::overwrite_existing, ec);
        if (ec) throw Error(file + ": cannot be copied to " + dir + " (" + ec.message() + ")");
    }
}

}  // namespace clipft
