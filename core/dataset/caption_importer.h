// The interface every annotation importer implements (folder, csv, jsonl, flickr8k, flickr30k,
// coco, karpathy, clip-benchmark), and the options they share. An importer parses annotations and
// checks that the images they name exist; it never decodes images (the import job validates them
// in parallel afterwards). What it reads is an ImportManifest (import_manifest.h).
//
// Rules common to all importers (see text_encoding.h and manifest_builder.h for the details):
//  - Text is UTF-8 (a BOM and Windows line endings are fine). UTF-16/32 with a BOM is converted
//    and reported; other encodings (Latin-1, Windows-1252, ...) are reported as BadEncoding naming
//    the detected encoding, and nothing from that file is imported.
//  - Captions are trimmed; empty ones are reported (EmptyCaption) and not imported.
//  - An image named twice (in one annotation file or in several) is one image: its captions are
//    merged in the order they appear, identical texts included (benchmarks count them).
//  - Paths that leave the image root (absolute, "..", a drive letter) are BadLine and never read.
//    Backslashes are read as folder separators.
//  - Named images that are not on disk are MissingFile; their captions are not imported.
//  - Errors the user must fix before anything can be read (no such source, no annotation file in
//    the folder, a CSV without the caption column, no named image found at all) throw clipft::Error;
//    everything item-level becomes a problem in the manifest. Cancellation throws clipft::Cancelled.
#pragma once
#include "core/common/progress.h"
#include "core/dataset/import_manifest.h"

#include <string>

namespace clipft {

struct ImportOptions {
    // CSV/TSV: the field separator; 0 = from the header line (tab if it has one, else ';' if it has
    // only semicolons, else ',').
    char csv_separator = 0;
    // CSV column / JSONL key holding the image path; empty = the format's default ("filepath" for
    // CSV as open_clip, "image" for JSONL), with common alternatives tried when it is absent.
    std::string image_column;
    // CSV column / JSONL key holding the caption; empty = "title" (CSV) / "caption" (JSONL).
    std::string caption_column;
};

// How sure an importer is that a source is its format. 1 = its own file name and content;
// 0.9 = its file found in the folder or its content recognised; 0.5 and below = plausible only.
struct FormatDetection {
    double confidence = 0.0;
    std::string evidence;  // for the user: "Flickr8k.token.txt in the folder"
};

class CaptionImporter {
public:
    virtual ~CaptionImporter() = default;

    virtual std::string name() const = 0;         // "folder", "csv", ..., as --format takes it
    virtual std::string description() const = 0;  // one line for help texts and the GUI

    // Cheap: looks at names, at most the first 64 KiB of a file and a few thousand folder entries.
    // Never throws.
    virtual FormatDetection detect(const std::string& source, const ImportOptions& options) const = 0;

    // source: a folder or an annotation file. images_dir: where the images are; empty = the
    // format's usual place beside the annotations. progress and cancel may be null.
    virtual ImportManifest read(const std::string& source, const std::string& images_dir, const ImportOptions& options,
                                ProgressObserver* progress, const CancelToken* cancel) const = 0;
};

}  // namespace clipft
