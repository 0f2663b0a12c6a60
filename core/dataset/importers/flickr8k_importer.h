// Flickr8k: Flickr8k.token.txt ("NAME.jpg#k<TAB>caption") and, beside it when present, the official
// split files Flickr_8k.trainImages.txt / devImages.txt (val) / testImages.txt, one name a line.
// Source: the token file, or a folder holding it (directly or in Flickr8k_text/). Images: the
// given folder, else Flicker8k_Dataset/ or Flickr8k_Dataset/ (the archive's spelling first) beside
// the token file or one level up, else Images/.
// The real file's quirks are handled: a caption line naming "X.jpg.1#0" belongs to X.jpg; the one
// image without a file in the official archive is reported MissingFile; the 91 captioned images no
// split file names are imported with split "" (in no split: the official train/val/test sets stay
// exactly as published, and the images are still there to search or to assign later).
#pragma once
#include "core/dataset/caption_importer.h"

namespace clipft {

class Flickr8kImporter : public CaptionImporter {
public:
    std::string name() const override { return "flickr8k"; }
    std::string description() const override;
    FormatDetection detect(const std::string& source, const ImportOptions& options) const override;
    ImportManifest read(const std::string& source, const std::string& images_dir, const ImportOptions& options,
                        ProgressObserver* progress, const CancelToken* cancel) const override;
};

}  // namespace clipft
