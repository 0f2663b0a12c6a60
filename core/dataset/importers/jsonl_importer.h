// JSON Lines captions: one object a line, {"image": "a.jpg", "caption": "..."} or
// {"image": "a.jpg", "captions": ["...", "..."]} (both keys may be present; "caption" may also be a
// list). An optional "split" (train/val/test, restval = train) is kept. Keys are options
// (image_column / caption_column); with the defaults, "file_name", "filepath" and "text" are
// accepted too. A line that is not a JSON object is BadLine with its number; blank lines are skipped.
// Image paths are relative to the images folder (default: the file's folder).
#pragma once
#include "core/dataset/caption_importer.h"

namespace clipft {

class JsonlImporter : public CaptionImporter {
public:
    std::string name() const override { return "jsonl"; }
    std::string description() const override;
    FormatDetection detect(const std::string& source, const ImportOptions& options) const override;
    ImportManifest read(const std::string& source, const std::string& images_dir, const ImportOptions& options,
                        ProgressObserver* progress, const CancelToken* cancel) const override;
};

}  // namespace clipft
