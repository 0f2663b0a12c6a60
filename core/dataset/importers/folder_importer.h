// A folder of images with sidecar captions, searched recursively: photo.jpg + photo.txt (or
// photo.jpg.txt) beside it, UTF-8, one caption a line (several lines = several captions; a blank
// line is an EmptyCaption). Also, at the top of the folder only:
//  - captions.txt: one caption a line, "relative/path.jpg<TAB>caption" (lines without a tab are BadLine);
//  - captions.csv: CSV with a header naming an image column (image, filepath, file_name, filename)
//    and a caption column (caption, title, text), separator read from the header (tab, ; or ,), quoted.
// Both name images relative to the folder, several lines per image are several captions, and they
// merge with sidecar captions. At the top, captions.txt is always that list, never a sidecar.
// Image files with no caption anywhere are ImageWithoutCaption; a .txt without an image of its name
// is CaptionWithoutImage. Hidden files and folders (".name") are skipped, linked folders not
// followed. Images come out sorted by path. The images folder is the source folder itself.
#pragma once
#include "core/dataset/caption_importer.h"

namespace clipft {

class FolderImporter : public CaptionImporter {
public:
    std::string name() const override { return "folder"; }
    std::string description() const override;
    FormatDetection detect(const std::string& source, const ImportOptions& options) const override;
    ImportManifest read(const std::string& source, const std::string& images_dir, const ImportOptions& options,
                        ProgressObserver* progress, const CancelToken* cancel) const override;
};

}  // namespace clipft
