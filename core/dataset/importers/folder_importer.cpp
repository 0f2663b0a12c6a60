#include "core/dataset/importers/folder_importer.h"

#include "core/common/error.h"
#include "core/dataset/annotation_text.h"
#include "core/dataset/caption_table.h"
#include "core/image/image_folder.h"
#include "core/dataset/manifest_builder.h"

#include <algorithm>
#include <filesystem>
#include <unordered_map>
#include <unordered_set>

namespace clipft {

namespace fs = std::filesystem;

namespace {

bool isTextFile(const std::string& path) { return endsWith(toLowerAscii(path), ".txt"); }

// "a/photo.jpg" -> "a/photo".
std::string withoutExtension(const std::string& relative) {
    const size_t slash = relative.rfind('/');
    const size_t dot = relative.rfind('.');
    if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return relative;
    return relative.substr(0, dot);
}

void readRootCaptionsTxt(const std::string& path, ManifestBuilder& builder) {
    const std::string display = "captions.txt";
    const auto text = builder.readText(path, display);
    if (!text) return;
    for (const TextLine& line : splitLines(text->text)) {
        builder.progress("captions", line.number, 0);
        if (trimText(line.text).empty()) continue;
        const size_t tab = line.text.find('\t');
        if (tab == std::string_view::npos) {
            builder.addProblem(
                display, ImportProblemKind::BadLine,
                "line " + std::to_string(line.number) + ": no tab between the image path and the caption");
            continue;
        }
        builder.addCaption(line.text.substr(0, tab), line.text.substr(tab + 1), display, line.number);
    }
}

void readRootCaptionsCsv(const std::string& path, const ImportOptions& options, ManifestBuilder& builder) {
    const std::string display = "captions.csv";
    const auto text = builder.readText(path, display);
    if (!text) return;
    const CaptionTableColumns columns = captionTableColumns(
        options.image_column, options.caption_column, {"image", "filepath", "file_name", "filename", "file", "path"},
        {"caption", "title", "text"});
    try {
        readCaptionTable(text->text, options.csv_separator, columns, display, builder);
    } catch (const Error& e) {
        // One bad list must not stop the sidecars from importing.
        builder.addProblem(display, ImportProblemKind::BadLine, e.what());
    }
}

}  // namespace

std::string FolderImporter::description() const {
    return "a folder of images with sidecar captions (photo.jpg + photo.txt), or captions.txt / captions.csv";
}

FormatDetection FolderImporter::detect(const std::string& source, const ImportOptions&) const {
    std::error_code ec;
    if (!fs::is_directory(source, ec)) return {};
    for (const char* list : {"captions.txt", "captions.csv"})
        if (fs::is_regular_file(fs::path(source) / list, ec)) return {0.6, std::string(list) + " in the folder"};
    // A bounded look: the top of the folder and its direct subfolders.
    std::unordered_set<std::string> stems, text_stems;
    size_t seen = 0;
    bool images = false;
    for (fs::recursive_directory_iterator it(source, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end && seen < 5000; it.increment(ec), ++seen) {
        if (it.depth() >= 1) it.disable_recursion_pending();
        std::error_code type_ec;
        if (!it->is_regular_file(type_ec)) continue;
        const std::string path = it->path().string();
        if (hasImageExtension(path)) {
            images = true;
            stems.insert(withoutExtension(path));
            if (text_stems.count(withoutExtension(path)) || text_stems.count(path))
                return {0.6, "images with .txt captions beside them"};
        } else if (isTextFile(path)) {
            const std::string stem = withoutExtension(path);
            text_stems.insert(stem);
            if (stems.count(stem) || (hasImageExtension(stem) && fs::is_regular_file(stem, type_ec)))
                return {0.6, "images with .txt captions beside them"};
        }
    }
    if (images) return {0.3, "a folder with images"};
    return {};
}

ImportManifest FolderImporter::read(const std::string& source, const std::string& images_dir,
                                    const ImportOptions& options, ProgressObserver* progress,
                                    const CancelToken* cancel) const {
    std::error_code ec;
    if (!fs::is_directory(source, ec))
        throw Error(source + ": not a folder (the folder format reads a folder of images)");
    if (!images_dir.empty() &&
        fs::absolute(images_dir, ec).lexically_normal() != fs::absolute(source, ec).lexically_normal())
        throw Error("the folder format reads images and captions from the same folder; leave the images folder out");

    ManifestBuilder builder(name(), progress, cancel);
    builder.setImagesRoot(source);
    const fs::path root = builder.imagesRoot();

    std::vector<std::string> images;
    std::unordered_map<std::string, std::string> sidecars;  // stem -> the .txt, both relative
    long long walked = 0;
    for (fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
        builder.progress("files", ++walked, 0);
        const std::string name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {
            std::error_code type_ec;
            if (it->is_directory(type_ec)) it.disable_recursion_pending();
            continue;
        }
        std::error_code type_ec;
        if (!it->is_regular_file(type_ec)) continue;
        const std::string relative = it->path().lexically_relative(root).generic_string();
        if (relative == "captions.txt" || relative == "captions.csv") continue;
        if (hasImageExtension(relative))
            images.push_back(relative);
        else if (isTextFile(relative))
            sidecars.emplace(withoutExtension(relative), relative);
    }
    if (ec) throw Error(root.string() + ": cannot be listed (" + ec.message() + ")");
    std::sort(images.begin(), images.end());

    std::unordered_set<std::string> used_sidecars, explained;
    for (const std::string& image : images) {
        auto found = sidecars.find(image);  // photo.jpg.txt
        if (found == sidecars.end()) found = sidecars.find(withoutExtension(image));
        if (found == sidecars.end()) continue;
        used_sidecars.insert(found->second);
        const auto text = builder.readText((root / found->second).string(), found->second);
        if (!text) {
            explained.insert(image);
            continue;
        }
        const std::unordered_set<int64_t> damaged(text->damaged_lines.begin(), text->damaged_lines.end());
        long index = -1;
        for (const TextLine& line : splitLines(text->text)) {
            builder.progress("captions", line.number, 0);
            if (damaged.count(line.number)) continue;
            if (index < 0) index = builder.addImage(image, found->second, 0);
            builder.addCaption(index, line.text, found->second, line.number);
        }
        if (index >= 0) continue;
        if (damaged.empty())
            builder.addImage(image, found->second, 0);  // an empty .txt: no caption at all
        else
            explained.insert(image);  // every line was damaged, each reported already
    }
    std::vector<std::string> orphans;
    for (const auto& [stem, text] : sidecars)
        if (!used_sidecars.count(text)) orphans.push_back(text);
    std::sort(orphans.begin(), orphans.end());
    for (const std::string& text : orphans)
        builder.addProblem(text, ImportProblemKind::CaptionWithoutImage, "no image file named like it beside it");

    if (fs::is_regular_file(root / "captions.txt", ec)) readRootCaptionsTxt((root / "captions.txt").string(), builder);
    if (fs::is_regular_file(root / "captions.csv", ec))
        readRootCaptionsCsv((root / "captions.csv").string(), options, builder);

    for (const std::string& image : images)
        if (builder.findImage(image) < 0 && !explained.count(image))
            builder.addProblem(image, ImportProblemKind::ImageWithoutCaption,
                               "no .txt beside it and no line naming it");

    ImportManifest manifest = builder.finish();
    std::sort(manifest.images.begin(), manifest.images.end(),
              [](const ImportedImage& a, const ImportedImage& b) { return a.relative_path < b.relative_path; });
    return manifest;
}

}  // namespace clipft
