#include "core/bench/import_benchmark.h"

#include "core/bench/stopwatch.h"
#include "core/common/error.h"
#include "core/jobs/dataset_import_job.h"
#include "core/store/project_store.h"

#include <ATen/Parallel.h>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>

namespace clipft {

namespace fs = std::filesystem;

namespace {

// A photo-like 500x375 image: a gradient, some shapes and sensor noise (so JPEG sizes are realistic).
cv::Mat syntheticPhoto(int index) {
    std::mt19937 rng(static_cast<unsigned>(index));
    cv::Mat img(375, 500, CV_8UC3);
    const cv::Scalar a(rng() % 256, rng() % 256, rng() % 256), b(rng() % 256, rng() % 256, rng() % 256);
    for (int y = 0; y < img.rows; ++y) img.row(y).setTo(a + (b - a) * (static_cast<double>(y) / img.rows));
    for (int k = 0; k < 6; ++k)
        cv::circle(img, cv::Point(rng() % 500, rng() % 375), 10 + rng() % 80,
                   cv::Scalar(rng() % 256, rng() % 256, rng() % 256), -1, cv::LINE_AA);
    cv::Mat noise(img.size(), CV_8UC3);
    cv::randn(noise, cv::Scalar::all(0), cv::Scalar::all(12));
    img += noise;
    return img;
}

struct TempFolder {
    fs::path path;
    TempFolder() {
        std::string pattern = (fs::temp_directory_path() / "clipft-bench-XXXXXX").string();
        if (!mkdtemp(pattern.data())) throw Error("cannot create a temporary folder in " + fs::temp_directory_path().string());
        path = pattern;
    }
    ~TempFolder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

}  // namespace

ImportBenchmarkResult runImportBenchmark(int images, int captions_per_image, ProgressObserver* observer) {
    if (images <= 0 || captions_per_image <= 0) throw Error("the import benchmark needs a positive image count");
    TempFolder tmp;
    const fs::path image_dir = tmp.path / "Flicker8k_Dataset";
    fs::create_directories(image_dir);
    std::vector<size_t> sizes(images);
    at::parallel_for(0, images, 16, [&](int64_t begin, int64_t end) {
        for (int64_t i = begin; i < end; ++i) {
            std::vector<uint8_t> jpeg;
            cv::imencode(".jpg", syntheticPhoto(static_cast<int>(i)), jpeg, {cv::IMWRITE_JPEG_QUALITY, 90});
            std::ofstream out(image_dir / ("img_" + std::to_string(i) + ".jpg"), std::ios::binary);
            out.write(reinterpret_cast<const char*>(jpeg.data()), static_cast<std::streamsize>(jpeg.size()));
            sizes[i] = jpeg.size();
        }
    });
    {
        std::ofstream token(tmp.path / "Flickr8k.token.txt", std::ios::binary);
        for (int i = 0; i < images; ++i)
            for (int k = 0; k < captions_per_image; ++k)
                token << "img_" << i << ".jpg#" << k << "\ta photo number " << i << " with caption " << k << " .\n";
    }
    if (observer) observer->onProgress("files written", images, images);

    ProjectStore store = ProjectStore::open((tmp.path / "bench.clipft").string());
    DatasetImportRequest request;
    request.name = "bench";
    request.format = "flickr8k";
    request.source = (tmp.path / "Flickr8k.token.txt").string();
    request.images_dir = image_dir.string();
    Stopwatch watch;
    const DatasetImportSummary summary = importDataset(store, request, observer);
    ImportBenchmarkResult r;
    r.seconds = watch.seconds();
    r.images = static_cast<int>(summary.images);
    r.captions = static_cast<int>(summary.captions);
    r.images_per_s = summary.images / r.seconds;
    for (size_t s : sizes) r.megabytes += static_cast<double>(s) / 1e6;
    if (summary.images != images)
        throw Error("the import benchmark imported " + std::to_string(summary.images) + " of " + std::to_string(images) +
                    " images: " + (summary.problems.empty() ? std::string("?") : summary.problems.front().reason));
    return r;
}

}  // namespace clipft
