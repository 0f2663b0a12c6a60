#include "core/eval/evaluation_set.h"

#include "core/common/error.h"
#include "core/store/project_store.h"

#include <filesystem>
#include <optional>

namespace clipft {

const char* evaluationSplitNames() { return "train, val, test, all or auto"; }

EvaluationSet loadEvaluationSet(ProjectStore& store, const std::string& dataset, const std::string& split) {
    if (split != "train" && split != "val" && split != "test" && split != "all" && split != "auto")
        throw Error("unknown split '" + split + "': use " + evaluationSplitNames());
    const std::optional<DatasetInfo> info = store.findDataset(dataset);
    if (!info) throw Error("the project " + store.path() + " has no dataset named '" + dataset + "'");

    std::string chosen = split;
    if (chosen == "auto") chosen = store.datasetStats(dataset).test.images > 0 ? "test" : "all";
    std::optional<DatasetSplit> filter;  // nullopt: every split, and images in none
    if (chosen != "all") filter = parseDatasetSplit(chosen);

    EvaluationSet set;
    set.dataset = dataset;
    set.split = chosen;
    // The importer stores an absolute root; absolute() only matters for hand-made projects.
    const std::filesystem::path root = std::filesystem::absolute(info->images_root);
    for (const StoredImage& image : store.datasetImages(dataset, filter)) {
        // An image without captions has no positive: it could only lower text recall for nothing.
        if (image.captions.empty()) continue;
        const int64_t index = static_cast<int64_t>(set.image_paths.size());
        set.image_paths.push_back((root / image.relative_path).lexically_normal().string());
        set.content_hashes.push_back(image.content_hash);
        set.relative_paths.push_back(image.relative_path);
        set.image_ids.push_back(image.id);
        set.image_splits.push_back(datasetSplitName(image.split));
        for (const StoredCaption& caption : image.captions) {
            set.captions.push_back(caption.text);
            set.caption_image.push_back(index);
        }
    }
    if (set.image_paths.empty())
        throw Error("dataset '" + dataset + "' has no images with captions in split '" + chosen + "'" +
                    (chosen == "all" ? std::string() : "; choose another split (" + std::string(evaluationSplitNames()) + ")"));
    return set;
}

}  // namespace clipft
