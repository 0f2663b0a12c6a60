#include "core/dataset/importers/flickr30k_importer.h"

#include "core/common/error.h"
#include "core/dataset/annotation_text.h"
#include "core/dataset/flickr_token_file.h"
#include "core/dataset/manifest_builder.h"

#include <algorithm>
#include <filesystem>

namespace clipft {

namespace fs = std::filesystem;

namespace {

bool hasPipeHeader(const std::string& path) {
    return startsWith(trimText(firstLineOf(readFilePrefix(path, 4096))), "image_name|");
}

std::string findAnnotationFile(const std::string& source) {
    std::error_code ec;
    if (fs::is_regular_file(source, ec)) return source;
    if (!fs::is_directory(source, ec)) return {};
    for (const char* candidate : {"results_20130124.token", "results.csv", "flickr30k_images/results.csv"}) {
        const fs::path path = fs::path(source) / candidate;
        if (!fs::is_regular_file(path, ec)) continue;
        if (endsWith(candidate, ".csv") && !hasPipeHeader(path.string())) continue;
        return path.string();
    }
    return {};
}

void readPipeText(std::string_view text, const std::string& display, ManifestBuilder& builder) {
    const auto lines = splitLines(text);
    const long long total = static_cast<long long>(lines.size());
    bool header_seen = false;
    for (const TextLine& line : lines) {
        builder.progress("captions", line.number, total);
        const std::string_view content = trimText(line.text);
        if (content.empty()) continue;
        if (!header_seen && startsWith(content, "image_name|")) {
            header_seen = true;
            continue;
        }
        auto bad = [&](const std::string& why) {
            builder.addProblem(display, ImportProblemKind::BadLine, "line " + std::to_string(line.number) + ": " + why);
        };
        const size_t first = line.text.find('|');
        if (first == std::string_view::npos) {
            bad("no '|' after the image name");
            continue;
        }
        const std::string_view image = line.text.substr(0, first);
        std::string_view rest = trimText(line.text.substr(first + 1));
        size_t digits = 0;
        while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9')
            ++digits;
        if (digits == 0) {
            bad("no comment number after the image name");
            continue;
        }
        rest.remove_prefix(digits);
        const std::string_view after = trimText(rest);
        // The usual "| comment"; without the '|' (a quirk of the real file) the rest is the caption.
        const std::string_view caption = startsWith(after, "|") ? after.substr(1) : rest;
        builder.addCaption(image, caption, display, line.number);
    }
}

}  // namespace

std::string Flickr30kImporter::description() const {
    return "Flickr30k: results_20130124.token or the Kaggle results.csv (image_name| comment_number| comment)";
}

FormatDetection Flickr30kImporter::detect(const std::string& source, const ImportOptions&) const {
    std::error_code ec;
    if (fs::is_directory(source, ec)) {
        const std::string file = findAnnotationFile(source);
        if (file.empty()) return {};
        return {0.9, displayPath(file, source) + " in the folder"};
    }
    const std::string name = fs::path(source).filename().string();
    if (hasPipeHeader(source))
        return {name == "results.csv" ? 1.0 : 0.9, "the header is image_name| comment_number| comment"};
    const auto sniffed = sniffFlickrTokenLine(firstLineOf(readFilePrefix(source, 4096)));
    if (!sniffed) return {};
    if (name == "results_20130124.token") return {1.0, "the file is " + name};
    if (sniffed->find('_') == std::string::npos)
        return {0.6, "lines shaped NAME.jpg#k<TAB>caption with Flickr30k names"};
    return {0.4, "lines shaped NAME.jpg#k<TAB>caption"};
}

ImportManifest Flickr30kImporter::read(const std::string& source, const std::string& images_dir, const ImportOptions&,
                                       ProgressObserver* progress, const CancelToken* cancel) const {
    std::error_code ec;
    if (!fs::exists(source, ec)) throw Error(source + ": no such file or folder");
    const std::string file = findAnnotationFile(source);
    if (file.empty())
        throw Error(source + ": no results_20130124.token or results.csv (with an image_name| header) in this folder");
    const fs::path file_dir = fs::absolute(file, ec).parent_path();
    const std::string base = fs::is_directory(source, ec) ? source : file_dir.string();

    ManifestBuilder builder(name(), progress, cancel);
    const std::string display = displayPath(file, base);
    if (auto text = builder.readText(file, display)) {
        if (startsWith(trimText(firstLineOf(text->text)), "image_name|"))
            readPipeText(text->text, display, builder);
        else
            readFlickrTokenText(text->text, display, builder);
    }

    if (!images_dir.empty()) {
        if (!fs::is_directory(images_dir, ec)) throw Error(images_dir + ": the image folder does not exist");
        builder.setImagesRoot(images_dir);
    } else {
        std::vector<std::string> candidates;
        for (const fs::path& dir : {file_dir, file_dir.parent_path()})
            for (const char* sub :
                 {"flickr30k-images", "flickr30k_images", "flickr30k_images/flickr30k_images", "Images", "images"})
                candidates.push_back((dir / sub).string());
        candidates.push_back(base);
        candidates.push_back(file_dir.string());
        std::vector<std::string> sample;
        for (size_t i = 0; i < std::min<size_t>(builder.imageCount(), 64); ++i)
            sample.push_back(builder.pathOf(long(i)));
        builder.setImagesRoot(chooseImageRoot(candidates, sample, builder.presence()));
    }
    return builder.finish("give the image folder (flickr30k-images) explicitly");
}

}  // namespace clipft
