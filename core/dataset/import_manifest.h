// What an importer reads from a captioned-image source before anything is stored: the images it
// names (relative to the image root), their captions and splits, and every problem it met.
// Importers only parse annotations; opening the images (validation) is the import job's work.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace clipft {

// Why an item was not imported (or was imported with a caveat). Stable names are stored in the
// project file and printed by the CLI: see importProblemKindName().
enum class ImportProblemKind {
    MissingFile,          // the annotation names an image that is not on disk
    NotAnImage,           // the file is not an image at all (e.g. a text file named .png)
    Corrupt,              // truncated or undecodable image data
    UnsupportedFormat,    // an image format clipft cannot decode
    TooSmall,             // below the configured minimum side
    Duplicate,            // same content hash as an image already imported
    ImageWithoutCaption,  // an image file with no caption at all
    CaptionWithoutImage,  // a caption whose image is missing (or listed nowhere)
    EmptyCaption,         // a caption that is empty after trimming
    BadEncoding,          // a caption file that is not UTF-8 (named with the detected encoding)
    BadLine,              // an annotation line or record that cannot be parsed
    IdenticalFile,        // a warning: imported, but byte-identical to another listed image (kept
                          // so that a published benchmark keeps its published counts)
};

// True for the kinds that leave the item out of the dataset; false for warnings (IdenticalFile).
bool isExcludingProblem(ImportProblemKind kind);

const char* importProblemKindName(ImportProblemKind kind);  // "missing_file", "not_an_image", ...

struct ImportProblem {
    std::string path;    // the image or annotation file, relative to the source root where possible
    ImportProblemKind kind;
    std::string reason;  // a sentence for the user: "line 12: no tab between image name and caption"
};

struct ImportedCaption {
    std::string text;        // trimmed UTF-8
    int64_t source_line = 0; // 1-based line (or record) in the annotation file; 0 when not from a line
};

struct ImportedImage {
    std::string relative_path;  // relative to ImportManifest::images_root, '/' separators
    std::vector<ImportedCaption> captions;
    std::string split;  // "train", "val", "test", or "" when the source has no split for it
};

struct ImportManifest {
    std::string format;       // "folder", "csv", "jsonl", "flickr8k", "flickr30k", "coco", "karpathy", "clip-benchmark"
    std::string images_root;  // absolute folder the relative paths start from
    bool has_splits = false;  // the source defines train/val/test itself
    std::vector<ImportedImage> images;
    std::vector<ImportProblem> problems;
};

}  // namespace clipft
