#include "core/dataset/importers/csv_importer.h"

#include "core/common/error.h"
#include "core/dataset/annotation_text.h"
#include "core/dataset/caption_table.h"
#include "core/dataset/manifest_builder.h"

#include <filesystem>

namespace clipft {

namespace fs = std::filesystem;

namespace {

CaptionTableColumns csvColumns(const ImportOptions& options) {
    return captionTableColumns(options.image_column, options.caption_column,
                               {"filepath", "image", "image_path", "file_name", "filename", "file", "path"},
                               {"title", "caption", "text"});
}

}  // namespace

std::string CsvImporter::description() const {
    return "CSV/TSV with a header naming the image and caption columns (open_clip: filepath, title)";
}

FormatDetection CsvImporter::detect(const std::string& source, const ImportOptions& options) const {
    std::error_code ec;
    if (!fs::is_regular_file(source, ec)) return {};
    const std::string prefix = readFilePrefix(source, 4096);
    const bool user_columns = !options.image_column.empty() || !options.caption_column.empty();
    const CaptionTableColumns open_clip =
        captionTableColumns(options.image_column, options.caption_column, {"filepath"}, {"title"});
    if (captionTableHeaderMatches(prefix, open_clip))
        return {0.9,
                user_columns ? "the header has the chosen columns" : "the header has open_clip's filepath and title"};
    if (captionTableHeaderMatches(prefix, csvColumns(options)))
        return {0.5, "the header has image and caption columns"};
    return {};
}

ImportManifest CsvImporter::read(const std::string& source, const std::string& images_dir, const ImportOptions& options,
                                 ProgressObserver* progress, const CancelToken* cancel) const {
    std::error_code ec;
    if (fs::is_directory(source, ec)) throw Error(source + ": the csv format reads a file; give the .csv/.tsv file");
    if (!fs::is_regular_file(source, ec)) throw Error(source + ": no such file");
    if (!images_dir.empty() && !fs::is_directory(images_dir, ec))
        throw Error(images_dir + ": the image folder does not exist");
    const std::string base = fs::absolute(source, ec).parent_path().string();
    ManifestBuilder builder(name(), progress, cancel);
    builder.setImagesRoot(images_dir.empty() ? base : images_dir);
    const std::string display = displayPath(source, base);
    if (auto text = builder.readText(source, display))
        readCaptionTable(text->text, options.csv_separator, csvColumns(options), display, builder);
    return builder.finish("image paths are read relative to that folder: give the folder they start from");
}

}  // namespace clipft
