#include "core/model/open_clip_layout.h"

#include <array>

namespace clipft {

namespace {

bool startsWith(const std::string& s, const std::string& prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// The text tower's parameter roots at the top level of open_clip's CLIP.
const std::array<const char*, 5> kTextRoots = {"token_embedding.", "positional_embedding", "transformer.", "ln_final.",
                                               "text_projection"};

bool isTextKey(const std::string& key) {
    for (const char* root : kTextRoots) {
        const std::string r = root;
        if (r.back() == '.' ? startsWith(key, r) : key == r) return true;
    }
    return false;
}

bool isIgnoredBuffer(const std::string& key) {
    auto endsWith = [&](const std::string& suffix) {
        return key.size() >= suffix.size() && key.compare(key.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    return key == "attn_mask" || endsWith(".attn_mask") || endsWith("position_ids");
}

}  // namespace

std::map<std::string, at::Tensor> openClipToInternal(const std::map<std::string, at::Tensor>& weights) {
    std::map<std::string, at::Tensor> out;
    for (const auto& [raw, tensor] : weights) {
        std::string key = startsWith(raw, "module.") ? raw.substr(7) : raw;
        if (isIgnoredBuffer(key)) continue;
        out[isTextKey(key) ? "text." + key : key] = tensor;
    }
    return out;
}

std::map<std::string, at::Tensor> internalToOpenClip(const std::map<std::string, at::Tensor>& weights) {
    std::map<std::string, at::Tensor> out;
    for (const auto& [key, tensor] : weights) {
        out[startsWith(key, "text.") ? key.substr(5) : key] = tensor;
    }
    return out;
}

}  // namespace clipft
