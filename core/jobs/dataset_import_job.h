// Imports a captioned-image source into a project: read the annotations (an importer), open every
// image in parallel (validation), drop duplicates, assign splits, and store it all in one
// transaction — an import that fails, is cancelled or is killed leaves the project as it was.
#pragma once
#include "core/common/progress.h"
#include "core/dataset/caption_importer.h"
#include "core/dataset/split_assignment.h"

#include <optional>
#include <string>
#include <vector>

namespace clipft {

class ProjectStore;

struct DatasetImportRequest {
    std::string name;             // the dataset's name in the project
    std::string format = "auto";  // an importer name, or "auto"
    std::string source;           // a folder or an annotation file
    std::string images_dir;       // empty: the format's usual place
    ImportOptions options;
    int min_side = 32;            // images with a shorter side are reported TooSmall
    SplitRatios ratios;           // for sources without their own splits
    uint64_t seed = 0;
    // Byte-identical images: kept (with an "identical to X" warning) or dropped as duplicates.
    // Unset: kept for published benchmarks (Flickr8k/30k, COCO, Karpathy, CLIP_benchmark), so
    // their image and caption counts, and so recall, are the published ones; dropped otherwise.
    std::optional<bool> keep_duplicates;
    bool replace = false;         // replace a dataset of the same name instead of refusing
    // Replacing a dataset that training runs use deletes the runs with it: refused (naming the
    // runs) unless this is set.
    bool delete_runs = false;
    int threads = 0;              // image validation threads; 0 = all cores
};

struct DatasetImportSummary {
    std::string dataset;
    std::string format;
    int64_t images = 0;    // imported and usable
    int64_t captions = 0;  // of those images
    bool own_splits = false;
    std::vector<ImportProblem> problems;  // everything not imported, and why
};

// Whether `format`'s byte-identical images are kept when the request does not say.
bool keepsDuplicatesByDefault(const std::string& format);

// Progress stages: the importer's, then "validating images", then "storing". Throws clipft::Error
// for errors that stop the whole import, clipft::Cancelled when cancelled.
DatasetImportSummary importDataset(ProjectStore& store, const DatasetImportRequest& request,
                                   ProgressObserver* observer = nullptr, const CancelToken* cancel = nullptr);

}  // namespace clipft
