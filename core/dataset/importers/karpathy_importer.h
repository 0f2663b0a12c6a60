// Karpathy's splits: dataset_flickr8k.json / dataset_flickr30k.json / dataset_coco.json, with
// "images": [{"filename", "filepath" (COCO: train2014 / val2014), "split", "sentences": [{"raw"}]}].
// Splits: train, val, test; restval counts as train (as in most papers that use these files).
// Source: the file, or a folder holding exactly one dataset_*.json. Images: the given folder, else
// the folder near the file (itself, its parent, Images/, Flicker8k_Dataset/, flickr30k-images/,
// ...) holding most of the named images, with "filepath/filename" or plain "filename", whichever is
// found. A caption's source_line is its image's 1-based index in "images".
#pragma once
#include "core/dataset/caption_importer.h"

namespace clipft {

class KarpathyImporter : public CaptionImporter {
public:
    std::string name() const override { return "karpathy"; }
    std::string description() const override;
    FormatDetection detect(const std::string& source, const ImportOptions& options) const override;
    ImportManifest read(const std::string& source, const std::string& images_dir, const ImportOptions& options,
                        ProgressObserver* progress, const CancelToken* cancel) const override;
};

}  // namespace clipft
