#include "core/dataset/importers/jsonl_importer.h"

#include "core/common/error.h"
#include "core/dataset/annotation_text.h"
#include "core/dataset/manifest_builder.h"

#include <filesystem>
#include <nlohmann/json.hpp>

namespace clipft {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

struct Keys {
    std::vector<std::string> image;
    std::vector<std::string> caption;
};

Keys jsonlKeys(const ImportOptions& options) {
    Keys keys;
    keys.image = options.image_column.empty() ? std::vector<std::string>{"image", "file_name", "filepath"}
                                              : std::vector<std::string>{options.image_column};
    keys.caption = options.caption_column.empty() ? std::vector<std::string>{"caption", "captions", "text"}
                                                  : std::vector<std::string>{options.caption_column};
    return keys;
}

const json* member(const json& object, const std::vector<std::string>& keys) {
    for (const std::string& key : keys) {
        const auto found = object.find(key);
        if (found != object.end()) return &*found;
    }
    return nullptr;
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1, column 9: ";
// the user needs the part after it.
std::string shortJsonError(const std::string& what) {
    const size_t colon = what.find(": ");
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

}  // namespace

std::string JsonlImporter::description() const {
    return "JSON Lines: {\"image\": ..., \"caption\": ...} or \"captions\": [...] per line";
}

FormatDetection JsonlImporter::detect(const std::string& source, const ImportOptions& options) const {
    std::error_code ec;
    if (!fs::is_regular_file(source, ec)) return {};
    const std::string prefix = readFilePrefix(source, 65536);
    const size_t newline = prefix.find('\n');
    if (newline == std::string::npos && prefix.size() == 65536) return {};  // no whole first line to look at
    const json first = json::parse(firstLineOf(prefix), nullptr, false);
    if (first.is_discarded() || !first.is_object()) return {};
    const Keys keys = jsonlKeys(options);
    if (!member(first, keys.image) || !member(first, keys.caption)) return {};
    // A COCO or Karpathy file is one JSON object too, but with "images"/"annotations", not "image".
    const bool named = endsWith(toLowerAscii(source), ".jsonl");
    return {named ? 1.0 : 0.8,
            named ? "a .jsonl file with image and caption keys" : "lines are JSON objects with image and caption keys"};
}

ImportManifest JsonlImporter::read(const std::string& source, const std::string& images_dir,
                                   const ImportOptions& options, ProgressObserver* progress,
                                   const CancelToken* cancel) const {
    std::error_code ec;
    if (fs::is_directory(source, ec)) throw Error(source + ": the jsonl format reads a file; give the .jsonl file");
    if (!fs::is_regular_file(source, ec)) throw Error(source + ": no such file");
    if (!images_dir.empty() && !fs::is_directory(images_dir, ec))
        throw Error(images_dir + ": the image folder does not exist");
    const std::string base = fs::absolute(source, ec).parent_path().string();
    ManifestBuilder builder(name(), progress, cancel);
    builder.setImagesRoot(images_dir.empty() ? base : images_dir);
    const std::string display = displayPath(source, base);
    const Keys keys = jsonlKeys(options);
    bool any_split = false;

    if (auto text = builder.readText(source, display)) {
        const auto lines = splitLines(text->text);
        const long long total = static_cast<long long>(lines.size());
        for (const TextLine& line : lines) {
            builder.progress("captions", line.number, total);
            if (trimText(line.text).empty()) continue;
            auto bad = [&](const std::string& why) {
                builder.addProblem(display, ImportProblemKind::BadLine,
                                   "line " + std::to_string(line.number) + ": " + why);
            };
            json record;
            try {
                record = json::parse(line.text.begin(), line.text.end());
            } catch (const json::exception& e) {
                bad("not valid JSON (" + shortJsonError(e.what()) + ")");
                continue;
            }
            if (!record.is_object()) {
                bad("not a JSON object");
                continue;
            }
            const json* image = member(record, keys.image);
            if (!image || !image->is_string()) {
                bad("no \"" + keys.image.front() + "\" string");
                continue;
            }
            const json* captions = member(record, keys.caption);
            // "caption" and "captions" may both be present with the default keys.
            std::vector<const json*> values;
            if (options.caption_column.empty()) {
                for (const char* key : {"caption", "captions", "text"})
                    if (record.contains(key)) values.push_back(&record[key]);
            } else if (captions) {
                values.push_back(captions);
            }
            if (values.empty()) {
                bad("no \"" + keys.caption.front() + "\"");
                continue;
            }
            const long index = builder.addImage(image->get<std::string>(), display, line.number);
            if (index < 0) continue;
            for (const json* value : values) {
                if (value->is_string()) {
                    builder.addCaption(index, value->get<std::string>(), display, line.number);
                } else if (value->is_array()) {
                    for (const json& item : *value) {
                        if (item.is_string())
                            builder.addCaption(index, item.get<std::string>(), display, line.number);
                        else
                            bad("a caption that is not a string");
                    }
                } else {
                    bad("the caption is neither a string nor a list of strings");
                }
            }
            const auto split = record.find("split");
            if (split != record.end() && split->is_string()) {
                const std::string canonical = canonicalSplit(split->get<std::string>());
                if (!canonical.empty()) any_split = true;
                builder.setSplit(index, canonical, display, line.number);
            }
        }
    }
    builder.setHasSplits(any_split);
    return builder.finish("image paths are read relative to that folder: give the folder they start from");
}

}  // namespace clipft
