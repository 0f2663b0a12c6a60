#include "core/dataset/importer_registry.h"

#include "core/common/error.h"
#include "core/dataset/importers/clip_benchmark_importer.h"
#include "core/dataset/importers/coco_importer.h"
#include "core/dataset/importers/csv_importer.h"
#include "core/dataset/importers/flickr30k_importer.h"
#include "core/dataset/importers/flickr8k_importer.h"
#include "core/dataset/importers/folder_importer.h"
#include "core/dataset/importers/jsonl_importer.h"
#include "core/dataset/importers/karpathy_importer.h"

#include <algorithm>
#include <filesystem>

namespace clipft {

namespace {

// Closer than this, two confidences are a tie: the user has to choose.
constexpr double kTie = 0.05;

std::string importerNames() {
    std::string names;
    for (const CaptionImporter* importer : allImporters())
        names += (names.empty() ? "" : ", ") + importer->name();
    return names;
}

}  // namespace

const std::vector<const CaptionImporter*>& allImporters() {
    static const FolderImporter folder;
    static const CsvImporter csv;
    static const JsonlImporter jsonl;
    static const Flickr8kImporter flickr8k;
    static const Flickr30kImporter flickr30k;
    static const CocoImporter coco;
    static const KarpathyImporter karpathy;
    static const ClipBenchmarkImporter clip_benchmark;
    static const std::vector<const CaptionImporter*> importers{&folder,    &csv,  &jsonl,    &flickr8k,
                                                               &flickr30k, &coco, &karpathy, &clip_benchmark};
    return importers;
}

const CaptionImporter& importerByName(const std::string& name) {
    for (const CaptionImporter* importer : allImporters())
        if (importer->name() == name) return *importer;
    throw Error("unknown dataset format \"" + name + "\"; the formats are auto, " + importerNames());
}

std::vector<ImporterMatch> rankImporters(const std::string& source, const ImportOptions& options) {
    std::vector<ImporterMatch> matches;
    for (const CaptionImporter* importer : allImporters()) {
        FormatDetection detection;
        try {
            detection = importer->detect(source, options);
        } catch (const std::exception&) {
            continue;  // detection must never stop an import; a confused importer just abstains
        }
        if (detection.confidence > 0) matches.push_back({importer, std::move(detection)});
    }
    std::stable_sort(matches.begin(), matches.end(), [](const ImporterMatch& a, const ImporterMatch& b) {
        return a.detection.confidence > b.detection.confidence;
    });
    return matches;
}

const CaptionImporter& detectImporter(const std::string& source, const ImportOptions& options) {
    std::error_code ec;
    if (!std::filesystem::exists(source, ec)) throw Error(source + ": no such file or folder");
    const std::vector<ImporterMatch> matches = rankImporters(source, options);
    if (matches.empty())
        throw Error(source + ": not a dataset format clipft recognises; choose one of " + importerNames() +
                    " as the format");
    const double best = matches.front().detection.confidence;
    std::vector<const ImporterMatch*> tied;
    for (const ImporterMatch& match : matches)
        if (match.detection.confidence >= best - kTie) tied.push_back(&match);
    if (tied.size() == 1) return *matches.front().importer;
    std::string list;
    for (const ImporterMatch* match : tied)
        list += (list.empty() ? "" : "; ") + match->importer->name() + " (" + match->detection.evidence + ")";
    throw Error(source + ": could be several formats: " + list + "; choose the format explicitly");
}

ImportManifest readAnnotations(const std::string& format, const std::string& source, const std::string& images_dir,
                               const ImportOptions& options, ProgressObserver* progress, const CancelToken* cancel) {
    const CaptionImporter& importer =
        format == "auto" || format.empty() ? detectImporter(source, options) : importerByName(format);
    return importer.read(source, images_dir, options, progress, cancel);
}

}  // namespace clipft
