// The built-in synthetic captioned data set: scenes (demo_scene.h) drawn by demo_renderer.h and
// captioned by demo_captioner.h, either in memory (tests, trainers) or written as a folder of
// NNNNN.png + NNNNN.txt sidecar captions, the folder format clipft imports.
//
// Sample i depends only on (variant, seed, i, image_size): the folder is byte-identical whatever the
// thread count, and a trainer can generate any sample on its own without the others.
#pragma once
#include "core/common/progress.h"
#include "core/demo/demo_scene.h"

#include <opencv2/core.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace clipft {

struct DemoSample {
    int64_t index = 0;
    DemoScene scene;
    std::vector<std::string> captions;  // 1 to 5
    cv::Mat image;                      // [image_size, image_size] CV_8UC3 in R, G, B order
};

// Sample `index` (>= 0) of the data set (variant, seed): what writeDemoDataset() writes as its
// index-th file pair. Throws clipft::Error for an image size out of range (16 to 4096).
DemoSample generateDemoSample(DemoVariant variant, uint64_t seed, int64_t index, int image_size = 64);

// File name of sample `index` without extension in a set of `count`: "00042"; wider when count
// needs more than five digits, so names sort in index order.
std::string demoFileStem(int64_t index, int64_t count);

struct DemoDatasetSummary {
    std::string out_dir;
    DemoVariant variant = DemoVariant::Generic;
    uint64_t seed = 0;
    int image_size = 64;
    int64_t images = 0;
    int64_t captions = 0;
    int64_t bytes = 0;  // image and caption files together
};

// Writes samples 0..count-1 into out_dir, which is created when missing and must otherwise be an
// empty folder (stale files from a larger run would mix into the data set). PNG, fast compression.
// threads <= 0 means one per core. Reports progress as ("images", done, count) from the calling
// thread, about 20 times a second. Throws clipft::Error for a bad argument or a file that cannot be
// written, and clipft::Cancelled when cancel is set, after the images in progress are finished
// (the files written so far stay).
DemoDatasetSummary writeDemoDataset(const std::string& out_dir, DemoVariant variant, int64_t count, uint64_t seed,
                                    int image_size = 64, ProgressObserver* observer = nullptr,
                                    const CancelToken* cancel = nullptr, int threads = 0);

}  // namespace clipft
