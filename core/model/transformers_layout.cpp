#include "core/model/transformers_layout.h"

#include "core/common/error.h"

#include <ATen/ATen.h>

#include <regex>

namespace clipft {

namespace {

bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// Renames inside one encoder layer: transformers' name -> open_clip's.
const std::map<std::string, std::string>& layerRenames() {
    static const std::map<std::string, std::string> renames = {
        {"self_attn.out_proj.weight", "attn.out_proj.weight"},
        {"self_attn.out_proj.bias", "attn.out_proj.bias"},
        {"layer_norm1.weight", "ln_1.weight"},
        {"layer_norm1.bias", "ln_1.bias"},
        {"layer_norm2.weight", "ln_2.weight"},
        {"layer_norm2.bias", "ln_2.bias"},
        {"mlp.fc1.weight", "mlp.c_fc.weight"},
        {"mlp.fc1.bias", "mlp.c_fc.bias"},
        {"mlp.fc2.weight", "mlp.c_proj.weight"},
        {"mlp.fc2.bias", "mlp.c_proj.bias"},
    };
    return renames;
}

// Top-level renames; the projections are handled separately because they are transposed.
const std::map<std::string, std::string>& topRenames() {
    static const std::map<std::string, std::string> renames = {
        {"vision_model.embeddings.class_embedding", "visual.class_embedding"},
        {"vision_model.embeddings.patch_embedding.weight", "visual.conv1.weight"},
        {"vision_model.embeddings.position_embedding.weight", "visual.positional_embedding"},
        {"vision_model.pre_layrnorm.weight", "visual.ln_pre.weight"},  // sic: transformers' spelling
        {"vision_model.pre_layrnorm.bias", "visual.ln_pre.bias"},
        {"vision_model.post_layernorm.weight", "visual.ln_post.weight"},
        {"vision_model.post_layernorm.bias", "visual.ln_post.bias"},
        {"text_model.embeddings.token_embedding.weight", "text.token_embedding.weight"},
        {"text_model.embeddings.position_embedding.weight", "text.positional_embedding"},
        {"text_model.final_layer_norm.weight", "text.ln_final.weight"},
        {"text_model.final_layer_norm.bias", "text.ln_final.bias"},
        {"logit_scale", "logit_scale"},
    };
    return renames;
}

}  // namespace

std::map<std::string, at::Tensor> transformersToInternal(const std::map<std::string, at::Tensor>& weights,
                                                         const std::string& source) {
    static const std::regex layer_key(R"(^(vision|text)_model\.encoder\.layers\.(\d+)\.(.+)$)");
    static const std::regex qkv_key(R"(^self_attn\.([qkv])_proj\.(weight|bias)$)");
    std::map<std::string, at::Tensor> out;
    // (block prefix, "weight"/"bias") -> q, k, v
    std::map<std::pair<std::string, std::string>, std::array<at::Tensor, 3>> qkv_groups;
    std::map<std::string, std::string> source_block;  // clipft block prefix -> transformers' one, for errors

    for (const auto& [raw, tensor] : weights) {
        const std::string key = startsWith(raw, "module.") ? raw.substr(7) : raw;
        if (key.size() >= 12 && key.compare(key.size() - 12, 12, "position_ids") == 0) continue;
        std::smatch m;
        if (std::regex_match(key, m, layer_key)) {
            const std::string block = (m[1] == "vision" ? "visual" : "text") + std::string(".transformer.resblocks.") +
                                      m[2].str() + ".";
            const std::string rest = m[3];
            std::smatch q;
            if (std::regex_match(rest, q, qkv_key)) {
                const int slot = q[1] == "q" ? 0 : q[1] == "k" ? 1 : 2;
                qkv_groups[{block, q[2]}][slot] = tensor;
                source_block[block] = key.substr(0, key.size() - rest.size());
                continue;
            }
            auto rename = layerRenames().find(rest);
            out[rename != layerRenames().end() ? block + rename->second : key] = tensor;  // unknown: kept, reported later
            continue;
        }
        if (key == "visual_projection.weight") {
            out["visual.proj"] = tensor.t();  // [embed, width] -> [width, embed]
        } else if (key == "text_projection.weight") {
            out["text.text_projection"] = tensor.t();
        } else if (auto rename = topRenames().find(key); rename != topRenames().end()) {
            out[rename->second] = tensor;
        } else {
            out[key] = tensor;  // unknown: left for assignWeights() to report by name
        }
    }
    for (const auto& [group, parts] : qkv_groups) {
        for (int i = 0; i < 3; ++i) {
            if (!parts[i].defined())
                throw Error(source + ": missing tensor '" + source_block[group.first] + "self_attn." + "qkv"[i] + "_proj." +
                            group.second + "' (transformers layout)");
        }
        out[group.first + "attn.in_proj_" + group.second] = at::cat({parts[0], parts[1], parts[2]}, 0);
    }
    return out;
}

}  // namespace clipft
