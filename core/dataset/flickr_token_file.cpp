#include "core/dataset/flickr_token_file.h"

#include "core/dataset/annotation_text.h"
#include "core/image/image_folder.h"
#include "core/dataset/manifest_builder.h"

namespace clipft {

namespace {

bool allDigits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

}  // namespace

std::string flickrImageName(std::string_view key) {
    key = trimText(key);
    const size_t hash = key.rfind('#');
    if (hash != std::string_view::npos && allDigits(key.substr(hash + 1))) key = key.substr(0, hash);
    if (!hasImageExtension(std::string(key))) {
        const size_t dot = key.rfind('.');
        if (dot != std::string_view::npos && allDigits(key.substr(dot + 1)) &&
            hasImageExtension(std::string(key.substr(0, dot))))
            key = key.substr(0, dot);
    }
    return std::string(key);
}

std::optional<std::string> sniffFlickrTokenLine(std::string_view line) {
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return std::nullopt;
    const std::string_view key = line.substr(0, tab);
    const size_t hash = key.rfind('#');
    if (hash == std::string_view::npos || !allDigits(key.substr(hash + 1))) return std::nullopt;
    std::string name = flickrImageName(key);
    if (!hasImageExtension(name)) return std::nullopt;
    return name;
}

void readFlickrTokenText(std::string_view text, const std::string& display, ManifestBuilder& builder) {
    const auto lines = splitLines(text);
    const long long total = static_cast<long long>(lines.size());
    for (const TextLine& line : lines) {
        builder.progress("captions", line.number, total);
        if (trimText(line.text).empty()) continue;
        const size_t tab = line.text.find('\t');
        if (tab == std::string_view::npos) {
            builder.addProblem(
                display, ImportProblemKind::BadLine,
                "line " + std::to_string(line.number) + ": no tab between the image name and the caption");
            continue;
        }
        builder.addCaption(flickrImageName(line.text.substr(0, tab)), line.text.substr(tab + 1), display, line.number);
    }
}

}  // namespace clipft
