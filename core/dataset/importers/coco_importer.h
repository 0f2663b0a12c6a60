// MS-COCO captions: captions_*.json with "images" ({"id", "file_name"}) and "annotations"
// ({"image_id", "caption"}). The split comes from the file name: captions_train2014/2017 -> train,
// captions_val2014/2017 -> val. Source: one such file, or a folder whose annotations/ (or itself)
// holds them, in which case every captions_*.json there is imported (train and val together).
// Images: the root is the folder above annotations/ (or the file's folder), and each file's images
// are looked for in <root>/train2014/ (the name after "captions_"), <root>/images/train2014/ or
// <root> itself, whichever holds them; a given images folder is used as the root instead.
// Images the JSON lists but are not on disk are MissingFile; images on disk it does not list are
// ignored; listed images without any caption are ImageWithoutCaption; captions whose image_id is
// not listed are CaptionWithoutImage. A caption's source_line is its 1-based index in "annotations".
#pragma once
#include "core/dataset/caption_importer.h"

namespace clipft {

class CocoImporter : public CaptionImporter {
public:
    std::string name() const override { return "coco"; }
    std::string description() const override;
    FormatDetection detect(const std::string& source, const ImportOptions& options) const override;
    ImportManifest read(const std::string& source, const std::string& images_dir, const ImportOptions& options,
                        ProgressObserver* progress, const CancelToken* cancel) const override;
};

}  // namespace clipft
