#include "core/demo/demo_dataset.h"

#include "core/common/error.h"
#include "core/demo/demo_captioner.h"
#include "core/demo/demo_random.h"
#include "core/demo/demo_renderer.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <thread>

namespace clipft {

namespace fs = std::filesystem;

namespace {

// Separate streams per variant too, so generic and specialised sets from one seed share nothing.
enum Stream : uint64_t { kScene = 0, kRender = 1, kCaption = 2, kStreamsPerVariant = 3 };

uint64_t sampleSeed(DemoVariant variant, uint64_t seed, int64_t index, Stream stream) {
    return deriveDemoSeed(seed, static_cast<uint64_t>(index),
                          static_cast<uint64_t>(variant) * kStreamsPerVariant + stream);
}

void writeFile(const fs::path& path, const void* data, size_t size) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
    out.close();
    if (!out)
        throw Error("could not write " + path.string() + ": check that the disk has room and the folder is writable");
}

// Writes one sample's image and caption file; returns (captions, bytes).
std::pair<int64_t, int64_t> writeSample(const fs::path& dir, DemoVariant variant, uint64_t seed, int64_t index,
                                        int64_t count, int image_size) {
    const DemoSample sample = generateDemoSample(variant, seed, index, image_size);
    const std::string stem = demoFileStem(index, count);
    cv::Mat bgr;
    cv::cvtColor(sample.image, bgr, cv::COLOR_RGB2BGR);
    std::vector<uchar> png;
    // Level 1: a 64x64 image compresses about as well as at level 9, several times faster.
    if (!cv::imencode(".png", bgr, png, {cv::IMWRITE_PNG_COMPRESSION, 1}))
        throw Error("could not encode demo image " + stem + ".png");
    std::string text;
    for (const std::string& caption : sample.captions) text += caption + "\n";
    // Captions first: a reader that sees the image can trust its caption file is complete.
    writeFile(dir / (stem + ".txt"), text.data(), text.size());
    writeFile(dir / (stem + ".png"), png.data(), png.size());
    return {static_cast<int64_t>(sample.captions.size()), static_cast<int64_t>(png.size() + text.size())};
}

void prepareFolder(const fs::path& dir) {
    std::error_code error;
    if (fs::exists(dir, error)) {
        if (!fs::is_directory(dir, error))
            throw Error(dir.string() + " exists and is not a folder: choose a new folder for the demo data");
        const bool empty = fs::is_empty(dir, error);
        if (error) throw Error("could not read the folder " + dir.string() + ": " + error.message());
        if (!empty) throw Error(dir.string() + " is not empty: choose a new or empty folder for the demo data");
        return;
    }
    if (!fs::create_directories(dir, error) && error)
        throw Error("could not create " + dir.string() + ": " + error.message());
}

}  // namespace

DemoSample generateDemoSample(DemoVariant variant, uint64_t seed, int64_t index, int image_size) {
    if (index < 0) throw Error("demo sample index must not be negative");
    DemoSample sample;
    sample.index = index;
    sample.scene = sampleDemoScene(variant, sampleSeed(variant, seed, index, kScene));
    sample.image = renderDemoScene(sample.scene, image_size, sampleSeed(variant, seed, index, kRender));
    sample.captions = captionDemoScene(sample.scene, sampleSeed(variant, seed, index, kCaption));
    return sample;
}

std::string demoFileStem(int64_t index, int64_t count) {
    size_t width = 5;
    for (int64_t limit = 100000; limit < count && width < 19; limit *= 10) ++width;
    std::string digits = std::to_string(index);
    if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
    return digits;
}

DemoDatasetSummary writeDemoDataset(const std::string& out_dir, DemoVariant variant, int64_t count, uint64_t seed,
                                    int image_size, ProgressObserver* observer, const CancelToken* cancel,
                                    int threads) {
    if (count <= 0) throw Error("the demo data set needs at least one image (count was " + std::to_string(count) + ")");
    if (image_size < 16 || image_size > 4096)
        throw Error("demo image size " + std::to_string(image_size) + " is out of range: choose 16 to 4096 pixels");
    if (out_dir.empty()) throw Error("no output folder given for the demo data");
    const fs::path dir(out_dir);
    prepareFolder(dir);

    DemoDatasetSummary summary;
    summary.out_dir = out_dir;
    summary.variant = variant;
    summary.seed = seed;
    summary.image_size = image_size;

    if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    threads = static_cast<int>(std::min<int64_t>(threads, count));

    std::atomic<int64_t> next{0}, done{0}, captions{0}, bytes{0};
    std::atomic<bool> stop{false};
    std::mutex mutex;
    std::condition_variable finished;
    std::exception_ptr failure;
    int running = threads;

    // Each worker takes the next index; a sample's bytes depend only on its index, so which thread
    // writes it does not matter.
    auto work = [&] {
        try {
            while (!stop.load() && !(cancel && cancel->isCancelled())) {
                const int64_t i = next.fetch_add(1);
                if (i >= count) break;
                const auto [sampleCaptions, sampleBytes] = writeSample(dir, variant, seed, i, count, image_size);
                captions += sampleCaptions;
                bytes += sampleBytes;
                ++done;
            }
        } catch (...) {
            std::lock_guard<std::mutex> lock(mutex);
            if (!failure) failure = std::current_exception();
            stop = true;
        }
        std::lock_guard<std::mutex> lock(mutex);
        if (--running == 0) finished.notify_all();
    };
    std::vector<std::thread> workers;
    workers.reserve(static_cast<size_t>(threads));
    for (int t = 0; t < threads; ++t) workers.emplace_back(work);

    // The observer is called from this thread only, so it need not be thread-safe. Should it throw,
    // the workers are stopped and joined before the exception leaves.
    std::exception_ptr observerFailure;
    try {
        std::unique_lock<std::mutex> lock(mutex);
        while (running > 0) {
            lock.unlock();
            if (observer) observer->onProgress("images", done.load(), count);
            if (cancel && cancel->isCancelled()) stop = true;
            lock.lock();
            finished.wait_for(lock, std::chrono::milliseconds(50), [&] { return running == 0; });
        }
    } catch (...) {
        observerFailure = std::current_exception();
        stop = true;
    }
    for (auto& worker : workers) worker.join();
    if (observerFailure) std::rethrow_exception(observerFailure);
    if (failure) std::rethrow_exception(failure);
    if (done.load() < count) throw Cancelled();  // only cancellation stops workers without a failure
    if (observer) observer->onProgress("images", count, count);

    summary.images = count;
    summary.captions = captions.load();
    summary.bytes = bytes.load();
    return summary;
}

}  // namespace clipft
