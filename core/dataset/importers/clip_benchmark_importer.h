// CLIP_benchmark's retrieval annotation files (flickr8k_test_karpathy.txt, flickr30k_test_karpathy.txt,
// ...): CSV with the header "image,caption", comma separated with CSV quoting, several rows per image.
// The split comes from the file name ("_test_" -> test, also train/val); none when it has none.
// Images: the given folder, else the one beside the file (or its Images/, Flicker8k_Dataset/,
// flickr30k-images/ ...) that holds most of the named images.
#pragma once
#include "core/dataset/caption_importer.h"

namespace clipft {

class ClipBenchmarkImporter : public CaptionImporter {
public:
    std::string name() const override { return "clip-benchmark"; }
    std::string description() const override;
    FormatDetection detect(const std::string& source, const ImportOptions& options) const override;
    ImportManifest read(const std::string& source, const std::string& images_dir, const ImportOptions& options,
                        ProgressObserver* progress, const CancelToken* cancel) const override;
};

}  // namespace clipft
