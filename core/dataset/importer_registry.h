// Every annotation importer clipft has, found by name (--format) or by looking at the source
// (--format auto).
#pragma once
#include "core/dataset/caption_importer.h"

#include <string>
#include <vector>

namespace clipft {

// All importers, in the order help texts list them: folder, csv, jsonl, flickr8k, flickr30k, coco,
// karpathy, clip-benchmark. They live as long as the program.
const std::vector<const CaptionImporter*>& allImporters();

// The importer called `name`; throws clipft::Error listing the valid names when there is none.
const CaptionImporter& importerByName(const std::string& name);

struct ImporterMatch {
    const CaptionImporter* importer = nullptr;
    FormatDetection detection;
};

// Every importer's opinion of the source, most confident first (ties in allImporters() order);
// importers that do not recognise it at all are left out.
std::vector<ImporterMatch> rankImporters(const std::string& source, const ImportOptions& options);

// The importer for `source`. Throws clipft::Error when the source does not exist, when no importer
// recognises it, or when the best ones are equally sure (the message lists them with their
// evidence and says to choose a format).
const CaptionImporter& detectImporter(const std::string& source, const ImportOptions& options);

// importerByName(format) or, for "auto", detectImporter(source), then its read().
ImportManifest readAnnotations(const std::string& format, const std::string& source, const std::string& images_dir,
                               const ImportOptions& options, ProgressObserver* progress = nullptr,
                               const CancelToken* cancel = nullptr);

}  // namespace clipft
