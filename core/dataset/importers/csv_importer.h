// CSV/TSV captions in open_clip's CsvDataset convention: a header row, an image column ("filepath")
// and a caption column ("title"), one caption a row (several rows for several captions). The
// separator is an option; by default it is read from the header line: a tab when the header has
// one (open_clip's default, also in files named .csv), a semicolon when it has only semicolons,
// otherwise a comma. Real CSV quoting:
// quoted separators, quoted line breaks, "" for a quote. Column names are options; when left
// empty and "filepath"/"title" are absent, the common alternatives image/image_path/file_name/
// filename/path and caption/text are tried. Image paths are relative to the images folder
// (default: the file's folder); absolute paths are refused (BadLine).
#pragma once
#include "core/dataset/caption_importer.h"

namespace clipft {

class CsvImporter : public CaptionImporter {
public:
    std::string name() const override { return "csv"; }
    std::string description() const override;
    FormatDetection detect(const std::string& source, const ImportOptions& options) const override;
    ImportManifest read(const std::string& source, const std::string& images_dir, const ImportOptions& options,
                        ProgressObserver* progress, const CancelToken* cancel) const override;
};

}  // namespace clipft
