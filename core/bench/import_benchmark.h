// `clipft bench import`: how fast a Flickr8k-sized import runs (annotation parsing, opening and
// hashing every image, storing), on synthetic ~500x375 JPEGs written to a temporary folder.
#pragma once
#include "core/common/progress.h"

namespace clipft {

struct ImportBenchmarkResult {
    int images = 0;
    int captions = 0;
    double seconds = 0;        // the import alone (writing the files is not timed)
    double images_per_s = 0;
    double megabytes = 0;      // JPEG bytes read
};

ImportBenchmarkResult runImportBenchmark(int images, int captions_per_image = 5, ProgressObserver* observer = nullptr);

}  // namespace clipft
