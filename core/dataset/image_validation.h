// Opens one image file the way training will, and says whether it is usable: the import job runs
// this over every image (in parallel) before anything is stored.
#pragma once
#include "core/dataset/import_manifest.h"

#include <optional>
#include <string>

namespace clipft {

struct ImageCheck {
    bool ok = false;
    int width = 0;   // after EXIF orientation
    int height = 0;
    std::string content_hash;  // 32 hex digits (XXH3-128 of the file bytes): duplicates, embedding cache
    std::optional<ImportProblemKind> problem;  // set when !ok
    std::string reason;                        // a sentence for the user when !ok
};

// min_side: images whose shorter side is below it are TooSmall (0 accepts any size). Never throws
// for a bad file: every failure is a problem in the result.
ImageCheck checkImageFile(const std::string& path, int min_side = 0);

}  // namespace clipft
