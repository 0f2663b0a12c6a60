#include "core/train/training_checkpoint.h"

#include "core/common/error.h"
#include "core/model/clip_model.h"
#include "core/model/safetensors.h"
#include "core/train/clip_optimizer.h"

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Context.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <ATen/core/Generator.h>
#include <nlohmann/json.hpp>
#include <torch/csrc/autograd/grad_mode.h>

#include <map>

namespace clipft {
namespace {

constexpr const char* kFormat = "clipft-training-checkpoint";
constexpr int kVersion = 1;

int64_t cudaDeviceCount() { return at::hasCUDA() ? static_cast<int64_t>(at::detail::getCUDAHooks().getNumGPUs()) : 0; }

nlohmann::json stateToJson(const TrainingState& s) {
    nlohmann::json j;
    j["step"] = s.step;
    j["batches_consumed"] = s.batches_consumed;
    // JSON has no NaN: an absent best is null.
    j["best_metric"] = std::isnan(s.best_metric) ? nlohmann::json(nullptr) : nlohmann::json(s.best_metric);
    j["best_step"] = s.best_step;
    j["evaluations_since_best"] = s.evaluations_since_best;
    j["bad_steps"] = s.bad_steps;
    j["loss_scale"] = s.loss_scale;
    j["loss_scale_good_steps"] = s.loss_scale_good_steps;
    j["last_loss"] = std::isfinite(s.last_loss) ? nlohmann::json(s.last_loss) : nlohmann::json(nullptr);
    j["data_items"] = s.data_items;
    j["data_fingerprint"] = s.data_fingerprint;
    j["evaluation_pending"] = s.evaluation_pending;
    return j;
}

TrainingState stateFromJson(const nlohmann::json& j) {
    TrainingState s;
    s.step = j.at("step").get<int64_t>();
    s.batches_consumed = j.at("batches_consumed").get<int64_t>();
    if (!j.at("best_metric").is_null()) s.best_metric = j["best_metric"].get<double>();
    s.best_step = j.at("best_step").get<int64_t>();
    s.evaluations_since_best = j.at("evaluations_since_best").get<int>();
    s.bad_steps = j.at("bad_steps").get<int64_t>();
    s.loss_scale = j.at("loss_scale").get<double>();
    s.loss_scale_good_steps = j.at("loss_scale_good_steps").get<int64_t>();
    if (j.contains("last_loss") && !j["last_loss"].is_null()) s.last_loss = j["last_loss"].get<double>();
    if (j.contains("data_items")) s.data_items = j["data_items"].get<int64_t>();
    if (j.contains("data_fingerprint")) s.data_fingerprint = j["data_fingerprint"].get<std::string>();
    if (j.contains("evaluation_pending")) s.evaluation_pending = j["evaluation_pending"].get<bool>();
    return s;
}

std::map<std::string, at::Tensor> modelTensors(ClipModelImpl& model) {
    std::map<std::string, at::Tensor> tensors;
    for (const auto& item : model.named_parameters(true)) tensors[item.key()] = item.value();
    for (const auto& item : model.named_buffers(true)) tensors[item.key()] = item.value();
    return tensors;
}

void copyWeights(const SafetensorsFile& file, ClipModelImpl& model) {
    torch::NoGradGuard no_grad;
    for (auto& [name, tensor] : modelTensors(model)) {
        const std::string key = "model." + name;
        if (!file.find(key)) throw Error(file.path() + ": the checkpoint has no tensor " + key);
        const at::Tensor stored = file.tensor(key);
        if (stored.sizes() != tensor.sizes())
            throw Error(file.path() + ": " + key + " does not fit the model (a checkpoint of another model?)");
        tensor.copy_(stored);
    }
}

}  // namespace

void saveTrainingCheckpoint(const std::string& path, ClipModelImpl& model, const ClipOptimizer& optimizer,
                            const TrainingState& state, const std::string& options_json) {
    std::vector<std::pair<std::string, at::Tensor>> tensors;
    for (auto& [name, tensor] : modelTensors(model))
        tensors.emplace_back("model." + name, tensor.detach().to(at::kCPU, at::kFloat).contiguous());
    for (auto& item : optimizer.exportState()) tensors.push_back(std::move(item));
    // The loader is driven by the seed and position alone; the generator is kept so anything else
    // random (a future dropout) resumes exactly too.
    tensors.emplace_back("rng.cpu", at::detail::getDefaultCPUGenerator().get_state());
    // And each CUDA device's generator (the Context asks the CUDA hooks, so this builds without CUDA).
    for (int64_t i = 0; i < cudaDeviceCount(); ++i) {
        const at::Generator generator = at::globalContext().defaultGenerator(c10::Device(c10::kCUDA, static_cast<c10::DeviceIndex>(i)));
        tensors.emplace_back("rng.cuda." + std::to_string(i), generator.get_state());
    }

    std::map<std::string, std::string> metadata;
    metadata["format"] = kFormat;
    metadata["version"] = std::to_string(kVersion);
    metadata["state"] = stateToJson(state).dump();
    metadata["options"] = options_json;
    metadata["config"] = toOpenClipConfigJson(model.config);
    saveSafetensors(path, tensors, metadata);
}

CheckpointContents readCheckpointInfo(const std::string& path) {
    const auto file = SafetensorsFile::open(path);
    const auto& metadata = file->metadata();
    const auto field = [&](const std::string& key) {
        const auto found = metadata.find(key);
        if (found == metadata.end()) throw Error(path + " is not a clipft training checkpoint (no '" + key + "')");
        return found->second;
    };
    if (field("format") != kFormat) throw Error(path + " is not a clipft training checkpoint");
    if (field("version") != std::to_string(kVersion))
        throw Error(path + " was written by another version of clipft (checkpoint format " + field("version") + ")");
    CheckpointContents contents;
    try {
        contents.state = stateFromJson(nlohmann::json::parse(field("state")));
    } catch (const nlohmann::json::exception& e) {
        throw Error(path + ": the checkpoint's training state is damaged (" + e.what() + ")");
    }
    contents.options_json = field("options");
    contents.config_json = field("config");
    return contents;
}

CheckpointContents restoreTrainingCheckpoint(const std::string& path, ClipModelImpl& model, ClipOptimizer& optimizer) {
    CheckpointContents contents = readCheckpointInfo(path);
    const auto file = SafetensorsFile::open(path);
    copyWeights(*file, model);
    optimizer.importState([&](const std::string& name) {
        return file->find(name) ? file->tensor(name).clone() : at::Tensor();
    });
    if (file->find("rng.cpu")) {
        at::Generator generator = at::detail::getDefaultCPUGenerator();
        generator.set_state(file->tensor("rng.cpu").clone());
    }
    for (int64_t i = 0; i < cudaDeviceCount(); ++i) {
        const std::string key = "rng.cuda." + std::to_string(i);
        if (!file->find(key)) continue;  // written where this device was not there
        at::Generator generator = at::globalContext().defaultGenerator(c10::Device(c10::kCUDA, static_cast<c10::DeviceIndex>(i)));
        generator.set_state(file->tensor(key).clone());
    }
    return contents;
}

void loadCheckpointWeights(const std::string& path, ClipModelImpl& model) {
    readCheckpointInfo(path);
    copyWeights(*SafetensorsFile::open(path), model);
}

}  // namespace clipft
