#include "core/model/clip_config.h"

#include "core/common/error.h"

#include <nlohmann/json.hpp>

namespace clipft {

using nlohmann::json;

void ClipConfig::validate() const {
    const std::pair<int, const char*> sizes[] = {
        {embed_dim, "embed_dim"}, {vision.layers, "vision layers"}, {vision.width, "vision width"},
        {vision.heads, "vision heads"}, {vision.patch_size, "patch size"}, {vision.image_size, "image size"},
        {vision.mlp_width, "vision MLP width"}, {text.context_length, "context length"},
        {text.vocab_size, "vocabulary size"}, {text.width, "text width"}, {text.heads, "text heads"},
        {text.layers, "text layers"}, {text.mlp_width, "text MLP width"}};
    for (const auto& [value, what] : sizes)
        if (value <= 0) throw Error("model config '" + name + "': " + what + " must be positive");
    if (vision.width % vision.heads != 0)
        throw Error("model config '" + name + "': vision width " + std::to_string(vision.width) +
                    " is not divisible by its " + std::to_string(vision.heads) + " heads");
    if (text.width % text.heads != 0)
        throw Error("model config '" + name + "': text width " + std::to_string(text.width) +
                    " is not divisible by its " + std::to_string(text.heads) + " heads");
    if (vision.image_size % vision.patch_size != 0)
        throw Error("model config '" + name + "': image size " + std::to_string(vision.image_size) +
                    " is not a multiple of the patch size " + std::to_string(vision.patch_size));
}

namespace {

ClipConfig makeVit(const std::string& name, int embed, int v_layers, int v_width, int patch, int image,
                   int t_width, int t_heads, int t_layers) {
    ClipConfig c;
    c.name = name;
    c.embed_dim = embed;
    c.vision.layers = v_layers;
    c.vision.width = v_width;
    c.vision.heads = v_width / 64;
    c.vision.patch_size = patch;
    c.vision.image_size = image;
    c.vision.mlp_width = v_width * 4;
    c.text.width = t_width;
    c.text.heads = t_heads;
    c.text.layers = t_layers;
    c.text.mlp_width = t_width * 4;
    return c;
}

const char* kQuickGeluSuffix = "-quickgelu";

}  // namespace

std::vector<std::string> builtinConfigNames() {
    return {"ViT-B-32", "ViT-B-16", "ViT-B-16-plus-240", "ViT-L-14",
            "ViT-B-32-quickgelu", "ViT-B-16-quickgelu", "ViT-B-16-plus-240-quickgelu", "ViT-L-14-quickgelu"};
}

ClipConfig builtinConfig(const std::string& requested) {
    std::string base = requested;
    bool quick = false;
    const std::string suffix = kQuickGeluSuffix;
    if (base.size() > suffix.size() && base.compare(base.size() - suffix.size(), suffix.size(), suffix) == 0) {
        base = base.substr(0, base.size() - suffix.size());
        quick = true;
    }
    ClipConfig c;
    if (base == "ViT-B-32") c = makeVit(base, 512, 12, 768, 32, 224, 512, 8, 12);
    else if (base == "ViT-B-16") c = makeVit(base, 512, 12, 768, 16, 224, 512, 8, 12);
    else if (base == "ViT-B-16-plus-240") c = makeVit(base, 640, 12, 896, 16, 240, 640, 10, 12);
    else if (base == "ViT-L-14") c = makeVit(base, 768, 24, 1024, 14, 224, 768, 12, 12);
    else {
        std::string known;
        for (const auto& n : builtinConfigNames()) known += (known.empty() ? "" : ", ") + n;
        throw Error("unknown model config '" + requested + "' (known: " + known + ")");
    }
    c.name = requested;
    c.quick_gelu = quick;
    return c;
}

namespace {

int getInt(const json& object, const char* key, int fallback, const std::string& where) {
    if (!object.contains(key) || object[key].is_null()) return fallback;
    const json& v = object[key];
    if (v.is_number_integer()) return v.get<int>();
    if (v.is_number_float() && v.get<double>() == static_cast<int>(v.get<double>())) return static_cast<int>(v.get<double>());
    throw Error(where + ": '" + key + "' must be an integer");
}

double getNumber(const json& object, const char* key, double fallback, const std::string& where) {
    if (!object.contains(key) || object[key].is_null()) return fallback;
    if (!object[key].is_number()) throw Error(where + ": '" + key + "' must be a number");
    return object[key].get<double>();
}

std::string getString(const json& object, const char* key, const std::string& fallback, const std::string& where) {
    if (!object.contains(key) || object[key].is_null()) return fallback;
    if (!object[key].is_string())
        throw Error(where + ": '" + key + "' must be a string, not " + object[key].dump());
    return object[key].get<std::string>();
}

// A value of an unexpected JSON type deeper down (nlohmann's type_error) becomes a sentence naming
// the file, not an exception that escapes the loader.
template <typename Parse>
ClipConfig guardJsonTypes(const std::string& source, Parse&& parse) {
    try {
        return parse();
    } catch (const json::exception& e) {
        throw Error(source + ": a value has the wrong type (" + e.what() + ")");
    }
}

// open_clip options whose non-default values change the architecture in ways clipft doesn't build.
void rejectUnsupported(const json& cfg, const std::string& where,
                       const std::vector<std::pair<const char*, json>>& defaults) {
    for (const auto& [key, default_value] : defaults) {
        if (!cfg.contains(key) || cfg[key].is_null()) continue;
        if (cfg[key] != default_value)
            throw Error(where + ": option '" + key + "' = " + cfg[key].dump() +
                        " is not supported by clipft (only standard CLIP ViT towers are)");
    }
}

json parseJson(const std::string& text, const std::string& source) {
    try {
        json j = json::parse(text);
        if (!j.is_object()) throw Error(source + ": expected a JSON object");
        return j;
    } catch (const json::exception& e) {
        throw Error(source + ": not valid JSON (" + e.what() + ")");
    }
}

std::array<float, 3> getTriple(const json& object, const char* key, std::array<float, 3> fallback,
                               const std::string& where) {
    if (!object.contains(key)) return fallback;
    const json& v = object[key];
    if (!v.is_array() || v.size() != 3)
        throw Error(where + ": '" + key + "' must be a list of three numbers");
    std::array<float, 3> out{};
    for (int i = 0; i < 3; ++i) {
        if (!v[i].is_number()) throw Error(where + ": '" + key + "' must be a list of three numbers");
        out[i] = v[i].get<float>();
    }
    return out;
}

}  // namespace

ClipConfig parseOpenClipConfig(const std::string& json_text, const std::string& source) {
    return guardJsonTypes(source, [&] {
    const json root = parseJson(json_text, source);
    const json& model = root.contains("model_cfg") ? root["model_cfg"] : root;
    if (!model.contains("vision_cfg") || !model.contains("text_cfg") || !model.contains("embed_dim"))
        throw Error(source + ": not an open_clip model config (needs embed_dim, vision_cfg, text_cfg)");
    const json& v = model["vision_cfg"];
    const json& t = model["text_cfg"];
    if (!v.is_object() || !t.is_object()) throw Error(source + ": vision_cfg and text_cfg must be objects");

    if (v.contains("timm_model_name") && !v["timm_model_name"].is_null())
        throw Error(source + ": timm vision towers ('" + v["timm_model_name"].dump() + "') are not supported by clipft");
    if (t.contains("hf_model_name") && !t["hf_model_name"].is_null())
        throw Error(source + ": Hugging Face text towers ('" + t["hf_model_name"].dump() + "') are not supported by clipft");
    rejectUnsupported(v, source + " vision_cfg",
                      {{"ls_init_value", nullptr}, {"attentional_pool", false}, {"no_ln_pre", false},
                       {"final_ln_after_pool", false}, {"pool_type", "tok"}, {"patch_dropout", 0.0},
                       {"global_average_pool", false}, {"pos_embed_type", "learnable"}});
    rejectUnsupported(t, source + " text_cfg",
                      {{"ls_init_value", nullptr}, {"embed_cls", false}, {"no_causal_mask", false},
                       {"final_ln_after_pool", false}, {"pool_type", "argmax"}, {"proj_bias", false},
                       {"pad_id", 0}});
    if (t.contains("proj_type") && !t["proj_type"].is_null() && t["proj_type"] != "linear")
        throw Error(source + " text_cfg: proj_type " + t["proj_type"].dump() + " is not supported by clipft");
    if (v.contains("image_size") && v["image_size"].is_array()) {
        const json& s = v["image_size"];
        if (s.size() != 2 || s[0] != s[1]) throw Error(source + ": non-square image sizes are not supported");
    }

    ClipConfig c;
    c.name = source;
    c.embed_dim = getInt(model, "embed_dim", 512, source);
    c.quick_gelu = model.contains("quick_gelu") && model["quick_gelu"].is_boolean() && model["quick_gelu"].get<bool>();

    const std::string vw = source + " vision_cfg";
    c.vision.layers = getInt(v, "layers", 12, vw);
    c.vision.width = getInt(v, "width", 768, vw);
    const int head_width = getInt(v, "head_width", 64, vw);
    if (head_width <= 0) throw Error(vw + ": head_width must be positive");
    c.vision.heads = c.vision.width / head_width;
    c.vision.patch_size = getInt(v, "patch_size", 16, vw);
    c.vision.image_size = v.contains("image_size") && v["image_size"].is_array()
                              ? getInt(json::object({{"image_size", v["image_size"][0]}}), "image_size", 224, vw)
                              : getInt(v, "image_size", 224, vw);
    c.vision.mlp_width = static_cast<int>(c.vision.width * getNumber(v, "mlp_ratio", 4.0, vw));

    const std::string tw = source + " text_cfg";
    c.text.context_length = getInt(t, "context_length", 77, tw);
    c.text.vocab_size = getInt(t, "vocab_size", 49408, tw);
    c.text.width = getInt(t, "width", 512, tw);
    c.text.heads = getInt(t, "heads", 8, tw);
    c.text.layers = getInt(t, "layers", 12, tw);
    c.text.mlp_width = static_cast<int>(c.text.width * getNumber(t, "mlp_ratio", 4.0, tw));

    if (root.contains("preprocess_cfg") && root["preprocess_cfg"].is_object()) {
        const json& p = root["preprocess_cfg"];
        const std::string pw = source + " preprocess_cfg";
        c.preprocess.mean = getTriple(p, "mean", c.preprocess.mean, pw);
        c.preprocess.std = getTriple(p, "std", c.preprocess.std, pw);
        if (p.contains("interpolation") && p["interpolation"] != "bicubic")
            throw Error(pw + ": interpolation " + p["interpolation"].dump() + " is not supported (bicubic only)");
        if (p.contains("resize_mode") && p["resize_mode"] != "shortest")
            throw Error(pw + ": resize_mode " + p["resize_mode"].dump() + " is not supported (shortest only)");
    }
    c.validate();
    return c;
    });
}

std::string toOpenClipConfigJson(const ClipConfig& c) {
    json model = {
        {"embed_dim", c.embed_dim},
        {"vision_cfg",
         {{"image_size", c.vision.image_size},
          {"layers", c.vision.layers},
          {"width", c.vision.width},
          {"head_width", c.vision.width / c.vision.heads},
          {"mlp_ratio", static_cast<double>(c.vision.mlp_width) / c.vision.width},
          {"patch_size", c.vision.patch_size}}},
        {"text_cfg",
         {{"context_length", c.text.context_length},
          {"vocab_size", c.text.vocab_size},
          {"width", c.text.width},
          {"heads", c.text.heads},
          {"layers", c.text.layers},
          {"mlp_ratio", static_cast<double>(c.text.mlp_width) / c.text.width}}},
    };
    if (c.quick_gelu) model["quick_gelu"] = true;
    json root = {
        {"model_cfg", model},
        {"preprocess_cfg",
         {{"mean", c.preprocess.mean},
          {"std", c.preprocess.std},
          {"interpolation", "bicubic"},
          {"resize_mode", "shortest"}}},
    };
    return root.dump(2) + "\n";
}

ClipConfig parseTransformersConfig(const std::string& json_text, const std::string& source) {
    return guardJsonTypes(source, [&] {
    const json root = parseJson(json_text, source);
    if (root.contains("model_type") && root["model_type"] != "clip")
        throw Error(source + ": model_type " + root["model_type"].dump() +
                    " is not supported (clipft reads transformers CLIPModel folders)");
    const json empty = json::object();
    // Older transformers versions wrote the towers under *_config_dict (with *_config null).
    auto tower = [&](const char* key, const char* legacy_key) -> const json& {
        if (root.contains(key) && root[key].is_object()) return root[key];
        if (root.contains(legacy_key) && root[legacy_key].is_object()) return root[legacy_key];
        return empty;
    };
    const json& t = tower("text_config", "text_config_dict");
    const json& v = tower("vision_config", "vision_config_dict");

    auto activation = [&](const json& cfg, const std::string& where) {
        const std::string act = getString(cfg, "hidden_act", "quick_gelu", where);
        if (act == "quick_gelu") return true;
        if (act == "gelu") return false;
        throw Error(where + ": hidden_act '" + act + "' is not supported (gelu or quick_gelu)");
    };
    const std::string tw = source + " text_config";
    const std::string vw = source + " vision_config";
    const bool text_quick = activation(t, tw);
    const bool vision_quick = activation(v, vw);
    if (text_quick != vision_quick)
        throw Error(source + ": the text and vision towers use different activations, which clipft does not support");
    for (const json* cfg : {&t, &v}) {
        const double eps = getNumber(*cfg, "layer_norm_eps", 1e-5, source);
        if (eps != 1e-5) throw Error(source + ": layer_norm_eps " + std::to_string(eps) + " is not supported (1e-5 only)");
    }

    ClipConfig c;
    c.name = source;
    c.quick_gelu = text_quick;
    c.embed_dim = getInt(root, "projection_dim", 512, source);
    // Both towers name their transformer's sizes alike; the defaults are ViT-B-32's.
    const auto readTower = [](const json& cfg, const std::string& where, auto& tower, int width, int heads) {
        tower.width = getInt(cfg, "hidden_size", width, where);
        tower.mlp_width = getInt(cfg, "intermediate_size", 4 * width, where);
        tower.heads = getInt(cfg, "num_attention_heads", heads, where);
        tower.layers = getInt(cfg, "num_hidden_layers", 12, where);
    };
    readTower(t, tw, c.text, 512, 8);
    readTower(v, vw, c.vision, 768, 12);
    c.text.vocab_size = getInt(t, "vocab_size", 49408, tw);
    c.text.context_length = getInt(t, "max_position_embeddings", 77, tw);
    c.vision.image_size = getInt(v, "image_size", 224, vw);
    c.vision.patch_size = getInt(v, "patch_size", 32, vw);
    if (getInt(v, "num_channels", 3, vw) != 3) throw Error(vw + ": only 3-channel images are supported");
    c.validate();
    return c;
    });
}

}  // namespace clipft
