// Sizes of a CLIP model: the two towers and the joint embedding. Built-in configs for the published
// models (DESIGN.md), or read from an open_clip / transformers config file.
#pragma once
#include <array>
#include <string>
#include <vector>

namespace clipft {

struct VisionConfig {
    int layers = 12;
    int width = 768;
    int heads = 12;        // open_clip: width / head_width (64)
    int patch_size = 32;
    int image_size = 224;
    int mlp_width = 3072;  // width * mlp_ratio (4)
    int gridSize() const { return image_size / patch_size; }
    int tokens() const { return gridSize() * gridSize() + 1; }  // patches + class token
};

struct TextConfig {
    int context_length = 77;
    int vocab_size = 49408;
    int width = 512;
    int heads = 8;
    int layers = 12;
    int mlp_width = 2048;
};

struct PreprocessConfig {
    std::array<float, 3> mean{0.48145466f, 0.4578275f, 0.40821073f};
    std::array<float, 3> std{0.26862954f, 0.26130258f, 0.27577711f};
};

struct ClipConfig {
    std::string name;  // "ViT-B-32", or the folder's name for a config read from a file
    int embed_dim = 512;
    bool quick_gelu = false;  // x·sigmoid(1.702x) (OpenAI, laion400m) instead of exact GELU
    VisionConfig vision;
    TextConfig text;
    PreprocessConfig preprocess;

    // Throws clipft::Error when sizes are inconsistent (width not divisible by heads, ...).
    void validate() const;
};

// Names accepted by builtinConfig(): ViT-B-32, ViT-B-16, ViT-B-16-plus-240, ViT-L-14 (and the
// "-quickgelu" variants of each).
std::vector<std::string> builtinConfigNames();
ClipConfig builtinConfig(const std::string& name);  // throws clipft::Error for an unknown name

// open_clip's `open_clip_config.json` ({"model_cfg": ..., "preprocess_cfg": ...}) or a bare model
// config as in open_clip's model_configs/*.json. Architectural options clipft does not implement
// (LayerScale, attentional pooling, timm or HF towers, ...) are errors that name the option.
ClipConfig parseOpenClipConfig(const std::string& json_text, const std::string& source_name);
std::string toOpenClipConfigJson(const ClipConfig& config);

// transformers' CLIPConfig (`config.json`), with transformers' defaults for absent fields.
ClipConfig parseTransformersConfig(const std::string& json_text, const std::string& source_name);

}  // namespace clipft
