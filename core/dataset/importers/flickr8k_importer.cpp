#include "core/dataset/importers/flickr8k_importer.h"

#include "core/common/error.h"
#include "core/dataset/annotation_text.h"
#include "core/dataset/flickr_token_file.h"
#include "core/dataset/manifest_builder.h"

#include <algorithm>
#include <filesystem>

namespace clipft {

namespace fs = std::filesystem;

namespace {

const char* const kTokenFile = "Flickr8k.token.txt";

// The token file a source points at, or "" when there is none.
std::string findTokenFile(const std::string& source) {
    std::error_code ec;
    if (fs::is_regular_file(source, ec)) return source;
    if (!fs::is_directory(source, ec)) return {};
    for (const char* candidate : {kTokenFile, "Flickr8k_text/Flickr8k.token.txt"}) {
        const fs::path path = fs::path(source) / candidate;
        if (fs::is_regular_file(path, ec)) return path.string();
    }
    return {};
}

}  // namespace

std::string Flickr8kImporter::description() const {
    return "Flickr8k: Flickr8k.token.txt with the official Flickr_8k.*Images.txt split files";
}

FormatDetection Flickr8kImporter::detect(const std::string& source, const ImportOptions&) const {
    std::error_code ec;
    if (fs::is_directory(source, ec)) {
        const std::string token = findTokenFile(source);
        if (token.empty()) return {};
        return {0.9, displayPath(token, source) + " in the folder"};
    }
    const std::string name = fs::path(source).filename().string();
    if (name == kTokenFile) return {1.0, "the file is " + name};
    const auto sniffed = sniffFlickrTokenLine(firstLineOf(readFilePrefix(source, 4096)));
    if (!sniffed) return {};
    if (name == "Flickr8k.lemma.token.txt") return {0.9, "the file is " + name};
    // Flickr8k names are "1000268201_693b08cb0e.jpg"; Flickr30k's are digits only.
    if (sniffed->find('_') != std::string::npos)
        return {0.6, "lines shaped NAME.jpg#k<TAB>caption with Flickr8k names"};
    return {0.4, "lines shaped NAME.jpg#k<TAB>caption"};
}

ImportManifest Flickr8kImporter::read(const std::string& source, const std::string& images_dir, const ImportOptions&,
                                      ProgressObserver* progress, const CancelToken* cancel) const {
    std::error_code ec;
    if (!fs::exists(source, ec)) throw Error(source + ": no such file or folder");
    const std::string token = findTokenFile(source);
    if (token.empty()) throw Error(source + ": no Flickr8k.token.txt in this folder (nor in Flickr8k_text/)");
    const fs::path token_dir = fs::absolute(token, ec).parent_path();
    const std::string base = fs::is_directory(source, ec) ? source : token_dir.string();

    ManifestBuilder builder(name(), progress, cancel);
    const std::string token_display = displayPath(token, base);
    if (auto text = builder.readText(token, token_display)) readFlickrTokenText(text->text, token_display, builder);

    bool any_split_file = false;
    const std::pair<const char*, const char*> split_files[] = {{"Flickr_8k.trainImages.txt", "train"},
                                                               {"Flickr_8k.devImages.txt", "val"},
                                                               {"Flickr_8k.testImages.txt", "test"}};
    for (const auto& [file, split] : split_files) {
        const fs::path path = token_dir / file;
        if (!fs::is_regular_file(path, ec)) continue;
        any_split_file = true;
        const std::string display = displayPath(path.string(), base);
        const auto text = builder.readText(path.string(), display);
        if (!text) continue;
        for (const TextLine& line : splitLines(text->text)) {
            builder.progress("splits", line.number, 0);
            const std::string_view name = trimText(line.text);
            if (name.empty()) continue;
            const long image = builder.findImage(flickrImageName(name));
            if (image < 0) {
                builder.addProblem(display, ImportProblemKind::BadLine,
                                   "line " + std::to_string(line.number) + ": " + std::string(name) +
                                       " has no caption in " + token_display + "; ignored");
                continue;
            }
            builder.setSplit(image, split, display, line.number);
        }
    }
    // Images that no split file names keep split "" (see the header): they are imported, in no split.
    builder.setHasSplits(any_split_file);

    if (!images_dir.empty()) {
        if (!fs::is_directory(images_dir, ec)) throw Error(images_dir + ": the image folder does not exist");
        builder.setImagesRoot(images_dir);
    } else {
        const fs::path up = token_dir.parent_path();
        std::vector<std::string> candidates;
        for (const fs::path& dir : {token_dir, up})
            for (const char* sub : {"Flicker8k_Dataset", "Flickr8k_Dataset", "Images"})
                candidates.push_back((dir / sub).string());
        candidates.push_back(base);
        candidates.push_back(token_dir.string());
        std::vector<std::string> sample;
        for (size_t i = 0; i < std::min<size_t>(builder.imageCount(), 64); ++i)
            sample.push_back(builder.pathOf(long(i)));
        builder.setImagesRoot(chooseImageRoot(candidates, sample, builder.presence()));
    }
    return builder.finish("give the image folder (Flicker8k_Dataset) explicitly");
}

}  // namespace clipft
