#include "core/dataset/importers/clip_benchmark_importer.h"

#include "core/common/error.h"
#include "core/dataset/annotation_text.h"
#include "core/dataset/caption_table.h"
#include "core/dataset/manifest_builder.h"

#include <algorithm>
#include <filesystem>

namespace clipft {

namespace fs = std::filesystem;

namespace {

// "flickr8k_test_karpathy.txt" -> "test": a split word between '_', '-' or '.'.
std::string splitFromFileName(const std::string& file_name) {
    const std::string name = toLowerAscii(file_name);
    size_t start = 0;
    while (start < name.size()) {
        size_t end = name.find_first_of("_-.", start);
        if (end == std::string::npos) end = name.size();
        const std::string word = name.substr(start, end - start);
        if (word == "train" || word == "val" || word == "test" || word == "dev") return canonicalSplit(word);
        start = end + 1;
    }
    return "";
}

}  // namespace

std::string ClipBenchmarkImporter::description() const {
    return "CLIP_benchmark retrieval files (flickr8k_test_karpathy.txt): CSV image,caption";
}

FormatDetection ClipBenchmarkImporter::detect(const std::string& source, const ImportOptions&) const {
    std::error_code ec;
    if (!fs::is_regular_file(source, ec)) return {};
    const std::string header = toLowerAscii(trimText(firstLineOf(readFilePrefix(source, 4096))));
    if (header != "image,caption") return {};
    if (endsWith(fs::path(source).filename().string(), "_karpathy.txt"))
        return {1.0, "a *_karpathy.txt file with the header image,caption"};
    return {0.9, "the header is image,caption"};
}

ImportManifest ClipBenchmarkImporter::read(const std::string& source, const std::string& images_dir,
                                           const ImportOptions& options, ProgressObserver* progress,
                                           const CancelToken* cancel) const {
    std::error_code ec;
    if (fs::is_directory(source, ec))
        throw Error(source + ": the clip-benchmark format reads a file; give the *_karpathy.txt file");
    if (!fs::is_regular_file(source, ec)) throw Error(source + ": no such file");
    const fs::path dir = fs::absolute(source, ec).parent_path();
    ManifestBuilder builder(name(), progress, cancel);
    const std::string display = displayPath(source, dir.string());
    const char separator = options.csv_separator ? options.csv_separator : ',';
    if (auto text = builder.readText(source, display))
        readCaptionTable(text->text, separator,
                         captionTableColumns(options.image_column, options.caption_column, {"image"}, {"caption"}),
                         display, builder);

    const std::string split = splitFromFileName(fs::path(source).filename().string());
    if (!split.empty()) {
        for (size_t i = 0; i < builder.imageCount(); ++i)
            builder.setSplit(long(i), split, display, 0);
        builder.setHasSplits(true);
    }

    if (!images_dir.empty()) {
        if (!fs::is_directory(images_dir, ec)) throw Error(images_dir + ": the image folder does not exist");
        builder.setImagesRoot(images_dir);
    } else {
        std::vector<std::string> candidates{dir.string()};
        for (const fs::path& base : {dir, dir.parent_path()})
            for (const char* sub :
                 {"Images", "images", "Flicker8k_Dataset", "Flickr8k_Dataset", "flickr30k-images", "flickr30k_images"})
                candidates.push_back((base / sub).string());
        std::vector<std::string> sample;
        for (size_t i = 0; i < std::min<size_t>(builder.imageCount(), 64); ++i)
            sample.push_back(builder.pathOf(long(i)));
        builder.setImagesRoot(chooseImageRoot(candidates, sample, builder.presence()));
    }
    return builder.finish("give the image folder explicitly");
}

}  // namespace clipft
