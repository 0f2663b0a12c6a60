// Flickr30k: results_20130124.token (the Flickr8k line shape, "NAME.jpg#k<TAB>caption") or the
// Kaggle results.csv ("image_name| comment_number| comment" header, "| " between fields). Not CSV:
// nothing is quoted, so a caption keeps every '|' after the second separator, and a line whose
// second separator is missing ("NAME.jpg| 4   A dog runs ...", as in the real file) is read as
// number then caption. Flickr30k has no official split (use the karpathy format for one).
// Source: either file, or a folder holding one (directly or in flickr30k_images/). Images: the
// given folder, else flickr30k-images/ or flickr30k_images/ (Kaggle nests a second one) beside it.
#pragma once
#include "core/dataset/caption_importer.h"

namespace clipft {

class Flickr30kImporter : public CaptionImporter {
public:
    std::string name() const override { return "flickr30k"; }
    std::string description() const override;
    FormatDetection detect(const std::string& source, const ImportOptions& options) const override;
    ImportManifest read(const std::string& source, const std::string& images_dir, const ImportOptions& options,
                        ProgressObserver* progress, const CancelToken* cancel) const override;
};

}  // namespace clipft
