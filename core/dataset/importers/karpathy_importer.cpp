#include "core/dataset/importers/karpathy_importer.h"

#include "core/common/error.h"
#include "core/dataset/annotation_text.h"
#include "core/dataset/manifest_builder.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

namespace clipft {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

bool isDatasetFileName(const std::string& name) {
    return startsWith(name, "dataset_") && endsWith(toLowerAscii(name), ".json");
}

std::vector<std::string> findDatasetFiles(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code type_ec;
        if (it->is_regular_file(type_ec) && isDatasetFileName(it->path().filename().string()))
            files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

struct Record {
    std::string with_filepath;  // "train2014/COCO_train2014_000000000009.jpg"
    std::string plain;          // "COCO_train2014_000000000009.jpg"
    std::string split;
    std::vector<std::string> captions;
    int64_t number = 0;  // 1-based index in "images"
};

}  // namespace

std::string KarpathyImporter::description() const {
    return "Karpathy splits: dataset_flickr8k.json / dataset_flickr30k.json / dataset_coco.json";
}

FormatDetection KarpathyImporter::detect(const std::string& source, const ImportOptions&) const {
    std::error_code ec;
    if (fs::is_directory(source, ec)) {
        const auto files = findDatasetFiles(source);
        if (files.empty()) return {};
        return {0.9, displayPath(files.front(), source) + " in the folder"};
    }
    const std::string prefix = readFilePrefix(source, 65536);
    const bool named = isDatasetFileName(fs::path(source).filename().string());
    const bool shaped =
        prefix.find("\"images\"") != std::string::npos && prefix.find("\"sentences\"") != std::string::npos;
    if (named && shaped) return {1.0, "a dataset_*.json file with images and sentences"};
    if (shaped) return {0.9, "JSON with images and sentences"};
    if (named && startsWith(trimText(prefix), "{")) return {0.5, "a dataset_*.json file"};
    return {};
}

ImportManifest KarpathyImporter::read(const std::string& source, const std::string& images_dir, const ImportOptions&,
                                      ProgressObserver* progress, const CancelToken* cancel) const {
    std::error_code ec;
    if (!fs::exists(source, ec)) throw Error(source + ": no such file or folder");
    if (!images_dir.empty() && !fs::is_directory(images_dir, ec))
        throw Error(images_dir + ": the image folder does not exist");
    std::string file = source;
    if (fs::is_directory(source, ec)) {
        const auto files = findDatasetFiles(source);
        if (files.empty()) throw Error(source + ": no dataset_*.json in this folder");
        if (files.size() > 1) {
            std::string names;
            for (const std::string& f : files)
                names += (names.empty() ? "" : ", ") + fs::path(f).filename().string();
            throw Error(source + ": several Karpathy files (" + names + "); give the one to import");
        }
        file = files.front();
    }
    const fs::path dir = fs::absolute(file, ec).parent_path();
    const std::string base = fs::is_directory(source, ec) ? source : dir.string();
    const std::string display = displayPath(file, base);
    ManifestBuilder builder(name(), progress, cancel);

    std::vector<Record> records;
    if (const auto text = builder.readText(file, display)) {
        json document;
        bool parsed = true;
        try {
            document = json::parse(text->text);
        } catch (const json::exception& e) {
            const std::string what = e.what();
            const size_t colon = what.find(": ");
            builder.addProblem(display, ImportProblemKind::BadLine,
                               "not valid JSON (" + (colon == std::string::npos ? what : what.substr(colon + 2)) + ")");
            parsed = false;
        }
        const auto images = parsed && document.is_object() ? document.find("images") : document.end();
        if (parsed && (!document.is_object() || images == document.end() || !images->is_array())) {
            builder.addProblem(display, ImportProblemKind::BadLine, "not a Karpathy split file (no \"images\" list)");
        } else if (parsed) {
            const long long total = static_cast<long long>(images->size());
            for (size_t i = 0; i < images->size(); ++i) {
                builder.progress("images", static_cast<long long>(i + 1), total);
                const json& image = (*images)[i];
                const std::string where = "images[" + std::to_string(i) + "]: ";
                auto bad = [&](const std::string& why) {
                    builder.addProblem(display, ImportProblemKind::BadLine, where + why);
                };
                const auto filename = image.is_object() ? image.find("filename") : image.end();
                if (!image.is_object() || filename == image.end() || !filename->is_string()) {
                    bad("no \"filename\"");
                    continue;
                }
                std::string why;
                const auto plain = normalizeImagePath(filename->get<std::string>(), &why);
                if (!plain) {
                    bad(why);
                    continue;
                }
                Record record;
                record.plain = *plain;
                record.with_filepath = *plain;
                record.number = int64_t(i + 1);
                const auto filepath = image.find("filepath");
                if (filepath != image.end() && filepath->is_string() &&
                    !trimText(filepath->get<std::string>()).empty()) {
                    const auto folder = normalizeImagePath(filepath->get<std::string>(), &why);
                    if (!folder) {
                        bad("filepath: " + why);
                        continue;
                    }
                    record.with_filepath = *folder + "/" + *plain;
                }
                const auto split = image.find("split");
                if (split != image.end() && split->is_string())
                    record.split = canonicalSplit(split->get<std::string>());
                const auto sentences = image.find("sentences");
                if (sentences != image.end() && sentences->is_array()) {
                    for (const json& sentence : *sentences) {
                        const auto raw = sentence.is_object() ? sentence.find("raw") : sentence.end();
                        if (raw != sentence.end() && raw->is_string())
                            record.captions.push_back(raw->get<std::string>());
                        else
                            bad("a sentence without \"raw\" text");
                    }
                }
                records.push_back(std::move(record));
            }
        }
    }

    // Which folder, and whether "filepath" is part of the path below it.
    std::vector<std::string> candidates;
    if (!images_dir.empty()) {
        candidates.push_back(images_dir);
    } else {
        for (const fs::path& folder : {dir, dir.parent_path()}) {
            candidates.push_back(folder.string());
            for (const char* sub : {"images", "Images", "Flicker8k_Dataset", "Flickr8k_Dataset", "flickr30k-images",
                                    "flickr30k_images", "coco", "coco/images"})
                candidates.push_back((folder / sub).string());
        }
    }
    std::vector<std::string> with_sample, plain_sample;
    for (size_t i = 0; i < std::min<size_t>(records.size(), 64); ++i) {
        with_sample.push_back(records[i].with_filepath);
        plain_sample.push_back(records[i].plain);
    }
    size_t with_hits = 0, plain_hits = 0;
    const std::string with_root = chooseImageRoot(candidates, with_sample, builder.presence(), &with_hits);
    const std::string plain_root = chooseImageRoot(candidates, plain_sample, builder.presence(), &plain_hits);
    const bool use_filepath = with_hits >= plain_hits;
    builder.setImagesRoot(use_filepath ? with_root : plain_root);

    bool any_split = false;
    for (const Record& record : records) {
        const long image = builder.addImage(use_filepath ? record.with_filepath : record.plain, display, record.number);
        for (const std::string& caption : record.captions)
            builder.addCaption(image, caption, display, record.number);
        builder.setSplit(image, record.split, display, record.number);
        any_split = any_split || !record.split.empty();
    }
    builder.setHasSplits(any_split);
    return builder.finish("give the image folder explicitly");
}

}  // namespace clipft
