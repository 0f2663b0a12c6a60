// What an evaluation runs on: the images of one split of a dataset with their captions, read once
// from the project so the evaluator itself needs no database (the trainer evaluates the same set
// every N steps).
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace clipft {

class ProjectStore;

struct EvaluationSet {
    std::string dataset;
    std::string split;                        // "train", "val", "test" or "all" (never "auto")
    std::vector<std::string> image_paths;     // [images] absolute: images_root / relative_path
    std::vector<std::string> content_hashes;  // [images] the images' file hashes: the cache key
    std::vector<std::string> relative_paths;  // [images] as stored: relative to the dataset's images root
    std::vector<int64_t> image_ids;           // [images] the project's ids of the images
    std::vector<std::string> image_splits;    // [images] "train", "val", "test" or "" (split "all" mixes them)
    std::vector<std::string> captions;        // [captions] in image order, each image's in stored order
    std::vector<int64_t> caption_image;       // [captions] index into image_paths; every image has >= 1
};

// The split names loadEvaluationSet accepts, for help texts and messages.
const char* evaluationSplitNames();  // "train, val, test, all or auto"

// split: "train", "val", "test", "all" (every usable image, in a split or not), or "auto" (test when
// the dataset has test images, else all). Images without captions are left out. Throws
// clipft::Error when the dataset is unknown, the split name is not one of these, or the split holds
// no image with a caption (the message names the dataset and the split).
EvaluationSet loadEvaluationSet(ProjectStore& store, const std::string& dataset, const std::string& split);

}  // namespace clipft
