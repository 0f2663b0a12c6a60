#include "core/dataset/importers/coco_importer.h"

#include "core/common/error.h"
#include "core/dataset/annotation_text.h"
#include "core/dataset/manifest_builder.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <unordered_map>

namespace clipft {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

bool isCaptionsFileName(const std::string& name) {
    return startsWith(name, "captions_") && endsWith(toLowerAscii(name), ".json");
}

// The captions_*.json files of a folder (annotations/ first), sorted.
std::vector<std::string> findCaptionFiles(const std::string& dir) {
    std::vector<std::string> files;
    for (const fs::path& folder : {fs::path(dir) / "annotations", fs::path(dir)}) {
        std::error_code ec;
        std::vector<std::string> here;
        for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
            std::error_code type_ec;
            if (it->is_regular_file(type_ec) && isCaptionsFileName(it->path().filename().string()))
                here.push_back(it->path().string());
        }
        std::sort(here.begin(), here.end());
        files.insert(files.end(), here.begin(), here.end());
    }
    return files;
}

// "captions_train2014.json" -> "train2014".
std::string stemOf(const std::string& file) {
    std::string stem = fs::path(file).stem().string();
    if (startsWith(stem, "captions_")) stem.erase(0, 9);
    return stem;
}

std::string splitOfStem(const std::string& stem) {
    const std::string s = toLowerAscii(stem);
    if (startsWith(s, "train")) return "train";
    if (startsWith(s, "val")) return "val";
    if (startsWith(s, "test")) return "test";
    return "";
}

bool integerId(const json& value, int64_t& id) {
    if (!value.is_number_integer()) return false;
    id = value.get<int64_t>();
    return true;
}

void readCaptionsFile(const std::string& file, const std::string& display, const std::string& root, bool root_given,
                      ManifestBuilder& builder, bool& any_split) {
    const auto text = builder.readText(file, display);
    if (!text) return;
    json document;
    try {
        document = json::parse(text->text);
    } catch (const json::exception& e) {
        std::string what = e.what();
        const size_t colon = what.find(": ");
        builder.addProblem(display, ImportProblemKind::BadLine,
                           "not valid JSON (" + (colon == std::string::npos ? what : what.substr(colon + 2)) + ")");
        return;
    }
    const auto images = document.is_object() ? document.find("images") : document.end();
    const auto annotations = document.is_object() ? document.find("annotations") : document.end();
    if (!document.is_object() || images == document.end() || !images->is_array() || annotations == document.end() ||
        !annotations->is_array()) {
        builder.addProblem(display, ImportProblemKind::BadLine,
                           "not a COCO captions file (it needs an \"images\" and an \"annotations\" list)");
        return;
    }

    // The listed images, with paths checked before the folder is chosen.
    struct Listed {
        int64_t id;
        std::string path;
        size_t record;
    };
    std::vector<Listed> listed;
    std::unordered_map<int64_t, size_t> by_id;
    for (size_t i = 0; i < images->size(); ++i) {
        const json& image = (*images)[i];
        const std::string where = "images[" + std::to_string(i) + "]: ";
        int64_t id = 0;
        const auto file_name = image.is_object() ? image.find("file_name") : image.end();
        if (!image.is_object() || !image.contains("id") || !integerId(image["id"], id) || file_name == image.end() ||
            !file_name->is_string()) {
            builder.addProblem(display, ImportProblemKind::BadLine,
                               where + "needs an integer \"id\" and a \"file_name\"");
            continue;
        }
        std::string why;
        const auto path = normalizeImagePath(file_name->get<std::string>(), &why);
        if (!path) {
            builder.addProblem(display, ImportProblemKind::BadLine, where + why);
            continue;
        }
        if (!by_id.emplace(id, listed.size()).second) {
            builder.addProblem(display, ImportProblemKind::BadLine,
                               where + "id " + std::to_string(id) + " is listed twice");
            continue;
        }
        listed.push_back({id, *path, i + 1});
    }

    const std::string stem = stemOf(file);
    std::vector<std::string> prefixes;
    if (root_given)
        prefixes = {"", stem};
    else
        prefixes = {stem, "images/" + stem, ""};
    std::vector<std::string> candidates, sample;
    for (const std::string& prefix : prefixes)
        candidates.push_back(prefix.empty() ? root : root + "/" + prefix);
    for (size_t i = 0; i < std::min<size_t>(listed.size(), 64); ++i)
        sample.push_back(listed[i].path);
    const std::string chosen = chooseImageRoot(candidates, sample, builder.presence());
    const std::string prefix =
        prefixes[size_t(std::find(candidates.begin(), candidates.end(), chosen) - candidates.begin()) %
                 prefixes.size()];

    const std::string split = splitOfStem(stem);
    if (!split.empty()) any_split = true;
    std::vector<long> index(listed.size(), -1);
    for (size_t i = 0; i < listed.size(); ++i) {
        index[i] = builder.addImage(prefix.empty() ? listed[i].path : prefix + "/" + listed[i].path, display,
                                    int64_t(listed[i].record));
        builder.setSplit(index[i], split, display, 0);
    }

    const long long total = static_cast<long long>(annotations->size());
    for (size_t i = 0; i < annotations->size(); ++i) {
        builder.progress("captions", static_cast<long long>(i + 1), total);
        const json& annotation = (*annotations)[i];
        const std::string where = "annotations[" + std::to_string(i) + "]: ";
        int64_t id = 0;
        const auto caption = annotation.is_object() ? annotation.find("caption") : annotation.end();
        if (!annotation.is_object() || !annotation.contains("image_id") || !integerId(annotation["image_id"], id) ||
            caption == annotation.end() || !caption->is_string()) {
            builder.addProblem(display, ImportProblemKind::BadLine,
                               where + "needs an integer \"image_id\" and a \"caption\"");
            continue;
        }
        const auto found = by_id.find(id);
        if (found == by_id.end()) {
            builder.addProblem(display, ImportProblemKind::CaptionWithoutImage,
                               where + "image_id " + std::to_string(id) + " is not in \"images\"");
            continue;
        }
        builder.addCaption(index[found->second], caption->get<std::string>(), display, int64_t(i + 1));
    }
}

}  // namespace

std::string CocoImporter::description() const {
    return "MS-COCO captions: annotations/captions_*.json (images + annotations)";
}

FormatDetection CocoImporter::detect(const std::string& source, const ImportOptions&) const {
    std::error_code ec;
    if (fs::is_directory(source, ec)) {
        const auto files = findCaptionFiles(source);
        if (files.empty()) return {};
        return {0.9, displayPath(files.front(), source) + " in the folder"};
    }
    const std::string prefix = readFilePrefix(source, 65536);
    const bool named = isCaptionsFileName(fs::path(source).filename().string());
    const bool shaped =
        prefix.find("\"images\"") != std::string::npos &&
        (prefix.find("\"file_name\"") != std::string::npos || prefix.find("\"image_id\"") != std::string::npos);
    if (named && shaped) return {1.0, "a captions_*.json file with COCO images"};
    if (shaped && prefix.find("\"sentences\"") == std::string::npos)
        return {0.7, "JSON with COCO images and file_name"};
    if (named && startsWith(trimText(prefix), "{")) return {0.5, "a captions_*.json file"};
    return {};
}

ImportManifest CocoImporter::read(const std::string& source, const std::string& images_dir, const ImportOptions&,
                                  ProgressObserver* progress, const CancelToken* cancel) const {
    std::error_code ec;
    if (!fs::exists(source, ec)) throw Error(source + ": no such file or folder");
    if (!images_dir.empty() && !fs::is_directory(images_dir, ec))
        throw Error(images_dir + ": the image folder does not exist");
    std::vector<std::string> files;
    std::string root;
    if (fs::is_directory(source, ec)) {
        files = findCaptionFiles(source);
        if (files.empty()) throw Error(source + ": no captions_*.json in this folder or in its annotations/ folder");
        root = source;
    } else {
        files = {source};
        const fs::path dir = fs::absolute(source, ec).parent_path();
        root = (dir.filename() == "annotations" ? dir.parent_path() : dir).string();
    }
    ManifestBuilder builder(name(), progress, cancel);
    builder.setImagesRoot(images_dir.empty() ? root : images_dir);
    bool any_split = false;
    for (const std::string& file : files)
        readCaptionsFile(file, displayPath(file, root), builder.imagesRoot(), !images_dir.empty(), builder, any_split);
    builder.setHasSplits(any_split);
    return builder.finish("give the folder that holds train2014/ and val2014/ (or the images themselves)");
}

}  // namespace clipft
