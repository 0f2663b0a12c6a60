// The training data path: RandomResizedCrop sampling and resampling as torchvision does it, and the
// threaded batch loader (deterministic from a seed whatever the thread count, seekable, skipping bad
// images, cancellable). Images are written with OpenCV into a temporary folder; the tokenizer is a
// byte tokenizer defined here, so a token row tells which caption was chosen.
#include "core/common/error.h"
#include "core/common/progress.h"
#include "core/image/image_decoder.h"
#include "core/image/image_transform.h"
#include "core/image/random_resized_crop.h"
#include "core/text/tokenizer.h"
#include "core/train/training_batch_loader.h"

#include "image_fixtures.h"

#include <ATen/ATen.h>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <thread>
#include <vector>

using namespace clipft;

namespace {

using namespace fixtures;

// [SOT] bytes+1 [EOT] 0...; optionally slow, to keep workers busy in the cancellation tests.
class ByteTokenizer : public Tokenizer {
public:
    explicit ByteTokenizer(int delay_ms = 0) : delayMs_(delay_ms) {}
    std::vector<int64_t> encode(const std::string& text, int context_length) const override {
        if (delayMs_ > 0) std::this_thread::sleep_for(std::chrono::milliseconds(delayMs_));
        std::vector<int64_t> row(static_cast<size_t>(context_length), 0);
        const size_t n = std::min(text.size(), static_cast<size_t>(context_length - 2));
        row[0] = sotId();
        for (size_t i = 0; i < n; ++i) row[1 + i] = static_cast<uint8_t>(text[i]) + 1;
        row[1 + n] = eotId();
        return row;
    }
    int64_t vocabSize() const override { return 259; }
    int64_t sotId() const override { return 257; }
    int64_t eotId() const override { return 258; }

    static std::string decode(const at::Tensor& row) {
        std::string text;
        for (int64_t i = 1; i < row.size(0) && row[i].item<int64_t>() != 258; ++i)
            text.push_back(static_cast<char>(row[i].item<int64_t>() - 1));
        return text;
    }

private:
    int delayMs_;
};

struct WarningLog : ProgressObserver {
    std::vector<std::string> warnings;
    void onProgress(const std::string&, long long, long long) override {}
    void onWarning(const std::string& message) override { warnings.push_back(message); }
};

cv::Mat noise(int width, int height, int type, uint64_t seed) {
    cv::Mat m(height, width, type);
    cv::RNG rng(seed);
    rng.fill(m, cv::RNG::UNIFORM, 0, 256);
    return m;
}

DecodedImage decoded(const cv::Mat& pixels, PixelMode mode) {
    DecodedImage image;
    image.pixels = pixels;
    image.mode = mode;
    image.source = "memory";
    return image;
}

// The reference: crop the box out (a copy, as PIL's Image.crop makes), resize the crop, normalise.
at::Tensor cropThenResize(const DecodedImage& image, const CropBox& box, const ImageTransformConfig& config) {
    DecodedImage cropped = image;
    cropped.pixels = image.pixels(cv::Rect(box.left, box.top, box.width, box.height)).clone();
    const DecodedImage resized = resizeLikePil(cropped, cv::Size(config.image_size, config.image_size));
    at::Tensor out = at::empty({3, config.image_size, config.image_size}, at::kFloat);
    writeNormalizedChw(resized, config, out.data_ptr<float>());
    return out;
}

bool sameBatch(const TrainingBatch& a, const TrainingBatch& b) {
    return a.epoch == b.epoch && a.batch_in_epoch == b.batch_in_epoch && a.item_indices == b.item_indices &&
           a.skipped_files == b.skipped_files && at::equal(a.images, b.images) && at::equal(a.tokens, b.tokens);
}

}  // namespace

class TestTrainingLoader : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::vector<TrainingItem> items_;  // 23 small images, 1 to 3 captions each
    std::shared_ptr<const Tokenizer> tokenizer_ = std::make_shared<ByteTokenizer>();

    std::string path(const std::string& name) const { return QDir(dir_.path()).filePath(QString::fromStdString(name)).toStdString(); }

    TrainingLoaderOptions smallOptions(int batch_size, uint64_t seed, int threads) const {
        TrainingLoaderOptions o;
        o.batch_size = batch_size;
        o.seed = seed;
        o.threads = threads;
        o.transform.image_size = 16;
        o.context_length = 24;
        return o;
    }

    std::vector<TrainingBatch> collect(TrainingBatchLoader& loader, int count) {
        std::vector<TrainingBatch> out;
        for (int i = 0; i < count; ++i) out.push_back(loader.next());
        return out;
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        for (int i = 0; i < 23; ++i) {
            const std::string name = "img_" + std::to_string(i) + (i % 4 == 3 ? ".jpg" : ".png");
            QVERIFY(cv::imwrite(path(name), noise(36 + 3 * (i % 6), 30 + 2 * (i % 5), CV_8UC3, 100 + i)));
            TrainingItem item{path(name), {}};
            for (int c = 0; c <= i % 3; ++c) item.captions.push_back("item " + std::to_string(i) + " caption " + std::to_string(c));
            items_.push_back(item);
        }
    }

    // --- RandomResizedCrop -----------------------------------------------------------------

    void cropsStayWithinScaleAndRatio() {
        const std::vector<std::pair<int, int>> sizes{{500, 375}, {375, 500}, {100, 100}, {64, 48}, {37, 91}};
        for (const auto& [width, height] : sizes) {
            const double area = double(width) * height;
            double minFraction = 2, maxFraction = 0;
            int fallbacks = 0;
            std::set<std::pair<int, int>> positions;
            for (uint64_t seed = 0; seed < 300; ++seed) {
                CropRandom random(seed);
                const CropBox box = sampleResizedCrop(width, height, random);
                QVERIFY(box.width > 0 && box.height > 0);
                QVERIFY(box.left >= 0 && box.top >= 0);
                QVERIFY(box.left + box.width <= width && box.top + box.height <= height);
                CropRandom again(seed);
                const CropBox repeat = sampleResizedCrop(width, height, again);
                QVERIFY(repeat.left == box.left && repeat.top == box.top && repeat.width == box.width &&
                        repeat.height == box.height);
                if (box.fallback) {
                    ++fallbacks;
                    continue;
                }
                // w and h are sqrt(area * r) and sqrt(area / r) rounded to the nearest integer, so
                // the drawn area and ratio lie within half a pixel of the box's sides.
                const double w = box.width, h = box.height;
                QVERIFY2((w + 0.5) * (h + 0.5) >= 0.9 * area * (1 - 1e-6), qPrintable(QString("%1x%2").arg(w).arg(h)));
                QVERIFY((w - 0.5) * (h - 0.5) <= area * (1 + 1e-6));
                QVERIFY((w - 0.5) / (h + 0.5) <= 4.0 / 3.0 * (1 + 1e-6));
                QVERIFY((w + 0.5) / (h - 0.5) >= 3.0 / 4.0 * (1 - 1e-6));
                minFraction = std::min(minFraction, w * h / area);
                maxFraction = std::max(maxFraction, w * h / area);
                positions.insert({box.left, box.top});
            }
            if (width == 37) {
                // Ratio 0.41: no crop of 90% of the area fits the ratio range.
                QCOMPARE(fallbacks, 300);
                continue;
            }
            // The draws spread over the range instead of sticking to one end.
            QVERIFY2(fallbacks < 150, qPrintable(QString::number(fallbacks)));
            QVERIFY2(minFraction < 0.93, qPrintable(QString::number(minFraction)));
            QVERIFY2(maxFraction > 0.97, qPrintable(QString::number(maxFraction)));
            QVERIFY(positions.size() > 10);
        }
    }

    void cropFallsBackToTheCentreForExtremeShapes() {
        CropRandom random(7);
        // Too wide: full height, width = round(100 * 4/3) = 133, centred: (1000 - 133) // 2.
        CropBox box = sampleResizedCrop(1000, 100, random);
        QVERIFY(box.fallback);
        QCOMPARE(box.height, 100);
        QCOMPARE(box.width, 133);
        QCOMPARE(box.left, 433);
        QCOMPARE(box.top, 0);
        // Too tall: full width, height = round(100 / (3/4)) = 133.
        box = sampleResizedCrop(100, 1000, random);
        QVERIFY(box.fallback);
        QCOMPARE(box.width, 100);
        QCOMPARE(box.height, 133);
        QCOMPARE(box.top, 433);
        QCOMPARE(box.left, 0);
        // Tiny and odd: height 6 -> width round(8.0) = 8, left (999 - 8) // 2 = 495.
        box = sampleResizedCrop(999, 6, random);
        QVERIFY(box.fallback);
        QCOMPARE(box.width, 8);
        QCOMPARE(box.left, 495);
        // A scale that can never fit: the whole image when its ratio is within range.
        RandomResizedCropConfig tooBig;
        tooBig.scale = {2.0, 3.0};
        box = sampleResizedCrop(100, 80, random, tooBig);
        QVERIFY(box.fallback);
        QVERIFY(box.left == 0 && box.top == 0 && box.width == 100 && box.height == 80);

        RandomResizedCropConfig reversed;
        reversed.scale = {1.0, 0.9};
        QVERIFY_THROWS_EXCEPTION(Error, sampleResizedCrop(100, 80, random, reversed));
        RandomResizedCropConfig zeroRatio;
        zeroRatio.ratio = {0.0, 1.0};
        QVERIFY_THROWS_EXCEPTION(Error, sampleResizedCrop(100, 80, random, zeroRatio));
        QVERIFY_THROWS_EXCEPTION(Error, sampleResizedCrop(0, 80, random));
    }

    void randomStreamIsUnbiasedAndFixed() {
        // The stream is part of the reproducibility contract: these values must not change.
        CropRandom random(42);
        const uint64_t first = random.next();
        CropRandom again(42);
        QCOMPARE(again.next(), first);
        QCOMPARE(first, uint64_t(0xBDD732262FEB6E95ull));  // splitmix64 from state 42
        std::vector<int> counts(6, 0);
        for (int i = 0; i < 60000; ++i) ++counts[static_cast<size_t>(random.uniformInt(6))];
        for (int c : counts) QVERIFY2(c > 9500 && c < 10500, qPrintable(QString::number(c)));
        for (int i = 0; i < 1000; ++i) {
            const double u = random.uniform();
            QVERIFY(u >= 0.0 && u < 1.0);
        }
    }

    void trainTransformIsCropThenResize() {
        ImageTransformConfig config;
        config.image_size = 32;
        const DecodedImage rgb = decoded(noise(97, 73, CV_8UC3, 1), PixelMode::RGB);
        const DecodedImage grey = decoded(noise(60, 81, CV_8UC1, 2), PixelMode::L);
        const DecodedImage rgba = decoded(noise(50, 44, CV_8UC4, 3), PixelMode::RGBA);
        const DecodedImage cmyk = decoded(noise(45, 58, CV_8UC4, 4), PixelMode::CMYK);
        for (const DecodedImage* image : {&rgb, &grey, &rgba, &cmyk}) {
            for (uint64_t seed = 0; seed < 8; ++seed) {
                CropRandom random(seed);
                const CropBox box = sampleResizedCrop(image->width(), image->height(), random);
                const at::Tensor train = trainTransform(*image, config, seed);
                QCOMPARE(train.sizes(), (at::IntArrayRef{3, 32, 32}));
                QVERIFY(at::equal(train, cropThenResize(*image, box, config)));
            }
        }

        // A box that is the whole image is PIL's resize with that box.
        CropBox whole{0, 0, rgb.width(), rgb.height(), false};
        at::Tensor viaBox = at::empty({3, 32, 32}, at::kFloat);
        writeNormalizedChw(resizeLikePil(rgb, {32, 32}, ResampleBox{0.f, 0.f, 97.f, 73.f}), config, viaBox.data_ptr<float>());
        at::Tensor viaCrop = at::empty({3, 32, 32}, at::kFloat);
        writeResizedCrop(rgb, whole, config, viaCrop.data_ptr<float>());
        QVERIFY(at::equal(viaCrop, viaBox));

        // An interior box is not PIL's resize(box=...): that one reads pixels just outside the box,
        // which torchvision's crop-then-resize never sees.
        const CropBox inner{10, 7, 80, 60, false};
        writeResizedCrop(rgb, inner, config, viaCrop.data_ptr<float>());
        writeNormalizedChw(resizeLikePil(rgb, {32, 32}, ResampleBox{10.f, 7.f, 90.f, 67.f}), config, viaBox.data_ptr<float>());
        QVERIFY(at::equal(viaCrop, cropThenResize(rgb, inner, config)));
        QVERIFY(!at::equal(viaCrop, viaBox));
        // ... though the difference is only near the edges: the insides agree.
        QVERIFY(at::equal(viaCrop.slice(1, 4, 28).slice(2, 4, 28), viaBox.slice(1, 4, 28).slice(2, 4, 28)));

        // A crop already of the output size is a plain crop (PIL copies, no resampling).
        const CropBox exact{5, 9, 32, 32, false};
        writeResizedCrop(rgb, exact, config, viaCrop.data_ptr<float>());
        DecodedImage plain = rgb;
        plain.pixels = rgb.pixels(cv::Rect(5, 9, 32, 32)).clone();
        writeNormalizedChw(plain, config, viaBox.data_ptr<float>());
        QVERIFY(at::equal(viaCrop, viaBox));

        QVERIFY_THROWS_EXCEPTION(Error, writeResizedCrop(rgb, CropBox{90, 0, 10, 10, false}, config, viaCrop.data_ptr<float>()));
    }

    // --- the loader ------------------------------------------------------------------------

    void sameSeedGivesIdenticalBatchesWithAnyThreadCount() {
        TrainingBatchLoader one(items_, tokenizer_, smallOptions(4, 11, 1));
        TrainingBatchLoader three(items_, tokenizer_, smallOptions(4, 11, 3));
        QCOMPARE(one.batchesPerEpoch(), int64_t(5));
        const auto a = collect(one, 12);  // into the third epoch
        const auto b = collect(three, 12);
        for (size_t i = 0; i < a.size(); ++i) {
            QVERIFY2(sameBatch(a[i], b[i]), qPrintable(QString("batch %1").arg(i)));
            QCOMPARE(a[i].images.sizes(), (at::IntArrayRef{4, 3, 16, 16}));
            QCOMPARE(a[i].tokens.sizes(), (at::IntArrayRef{4, 24}));
            QCOMPARE(a[i].images.scalar_type(), at::kFloat);
            QCOMPARE(a[i].tokens.scalar_type(), at::kLong);
            QCOMPARE(a[i].epoch, int64_t(i / 5));
            QCOMPARE(a[i].batch_in_epoch, int64_t(i % 5));
        }
        // Each row is the train transform of its image with the item's crop seed, and its tokens
        // are the chosen caption.
        const TrainingBatch& batch = a[6];
        for (int r = 0; r < 4; ++r) {
            const int64_t item = batch.item_indices[static_cast<size_t>(r)];
            const TrainingItem& source = items_[static_cast<size_t>(item)];
            const at::Tensor expected = trainTransform(decodeImageFile(source.image_path), smallOptions(4, 11, 1).transform,
                                                       trainingCropSeed(11, 1, item));
            QVERIFY(at::equal(batch.images[r], expected));
            const int64_t choice = trainingCaptionChoice(11, 1, item, static_cast<int64_t>(source.captions.size()));
            QCOMPARE(ByteTokenizer::decode(batch.tokens[r]), source.captions[static_cast<size_t>(choice)]);
        }
    }

    void seedsAndEpochsChangeOrderCropsAndCaptions() {
        TrainingBatchLoader loader(items_, tokenizer_, smallOptions(20, 5, 2));
        const TrainingBatch e0 = loader.next();
        const TrainingBatch e1 = loader.next();
        QCOMPARE(e1.epoch, int64_t(1));
        QVERIFY(e0.item_indices != e1.item_indices);
        TrainingBatchLoader other(items_, tokenizer_, smallOptions(20, 6, 2));
        QVERIFY(other.next().item_indices != e0.item_indices);

        // The same image in two epochs gets another crop (unless both fell back to the centre, or
        // drew the same box); captions vary for items with several.
        int differentCrops = 0, differentCaptions = 0;
        for (int r0 = 0; r0 < 20; ++r0) {
            const int64_t item = e0.item_indices[size_t(r0)];
            const auto it = std::find(e1.item_indices.begin(), e1.item_indices.end(), item);
            if (it == e1.item_indices.end()) continue;
            const int64_t r1 = it - e1.item_indices.begin();
            const DecodedImage image = decodeImageFile(items_[size_t(item)].image_path);
            CropRandom random0(trainingCropSeed(5, 0, item)), random1(trainingCropSeed(5, 1, item));
            const CropBox box0 = sampleResizedCrop(image.width(), image.height(), random0);
            const CropBox box1 = sampleResizedCrop(image.width(), image.height(), random1);
            const bool sameBox = box0.left == box1.left && box0.top == box1.top && box0.width == box1.width &&
                                 box0.height == box1.height;
            QCOMPARE(at::equal(e0.images[r0], e1.images[r1]), sameBox);
            if (!sameBox) ++differentCrops;
            if (!at::equal(e0.tokens[r0], e1.tokens[r1])) ++differentCaptions;
        }
        QVERIFY2(differentCrops >= 8, qPrintable(QString::number(differentCrops)));
        QVERIFY2(differentCaptions >= 3, qPrintable(QString::number(differentCaptions)));

        // The order is a function of (seed, epoch) alone, and a permutation.
        std::vector<int64_t> order = trainingEpochOrder(23, 5, 0);
        QCOMPARE(order, trainingEpochOrder(23, 5, 0));
        QVERIFY(order != trainingEpochOrder(23, 5, 1));
        QVERIFY(std::vector<int64_t>(order.begin(), order.begin() + 20) == e0.item_indices);
        std::sort(order.begin(), order.end());
        for (int64_t i = 0; i < 23; ++i) QCOMPARE(order[size_t(i)], i);
    }

    void everyItemOncePerEpochAndThePartialBatchDropped() {
        TrainingBatchLoader loader(items_, tokenizer_, smallOptions(5, 3, 2));
        QCOMPARE(loader.batchesPerEpoch(), int64_t(4));  // 23 // 5, three items left over each epoch
        for (int64_t epoch = 0; epoch < 3; ++epoch) {
            std::set<int64_t> seen;
            for (int64_t b = 0; b < 4; ++b) {
                const TrainingBatch batch = loader.next();
                QCOMPARE(batch.epoch, epoch);
                QCOMPARE(batch.batch_in_epoch, b);
                QCOMPARE(batch.item_indices.size(), size_t(5));
                for (int64_t item : batch.item_indices) QVERIFY2(seen.insert(item).second, "an item came twice in an epoch");
            }
            QCOMPARE(seen.size(), size_t(20));
        }

        TrainingLoaderOptions keep = smallOptions(5, 3, 2);
        keep.drop_last = false;
        TrainingBatchLoader all(items_, tokenizer_, keep);
        QCOMPARE(all.batchesPerEpoch(), int64_t(5));
        std::set<int64_t> seen;
        for (int b = 0; b < 5; ++b) {
            const TrainingBatch batch = all.next();
            QCOMPARE(batch.item_indices.size(), size_t(b < 4 ? 5 : 3));
            QCOMPARE(batch.images.size(0), int64_t(b < 4 ? 5 : 3));
            for (int64_t item : batch.item_indices) QVERIFY(seen.insert(item).second);
        }
        QCOMPARE(seen.size(), size_t(23));
        QCOMPARE(all.next().epoch, int64_t(1));

        try {
            TrainingBatchLoader tooFew(std::vector<TrainingItem>(items_.begin(), items_.begin() + 3), tokenizer_,
                                       smallOptions(5, 0, 1));
            QFAIL("no error for fewer items than one batch");
        } catch (const Error& e) {
            const QString message = e.what();
            QVERIFY2(message.contains("3 images") && message.contains("5"), qPrintable(message));
        }
        std::vector<TrainingItem> noCaption(items_.begin(), items_.begin() + 5);
        noCaption[2].captions.clear();
        try {
            TrainingBatchLoader bad(noCaption, tokenizer_, smallOptions(5, 0, 1));
            QFAIL("no error for an image without caption");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains(QString::fromStdString(noCaption[2].image_path)), e.what());
        }
    }

    void seekGivesTheBatchesOfAnUninterruptedRun() {
        TrainingBatchLoader reference(items_, tokenizer_, smallOptions(4, 21, 2));
        const auto expected = collect(reference, 14);  // epochs 0, 1 and part of 2 (5 per epoch)

        TrainingBatchLoader resumed(items_, tokenizer_, smallOptions(4, 21, 3));
        resumed.seek(1, 3);
        for (size_t i = 8; i < 14; ++i) QVERIFY2(sameBatch(resumed.next(), expected[i]), qPrintable(QString::number(i)));

        // Seeking back while batches are prefetched discards them.
        resumed.seek(0, 1);
        QVERIFY(sameBatch(resumed.next(), expected[1]));
        QVERIFY(sameBatch(resumed.next(), expected[2]));
        // A batch index past the epoch carries over.
        resumed.seek(0, 7);
        QVERIFY(sameBatch(resumed.next(), expected[7]));
        QVERIFY_THROWS_EXCEPTION(Error, resumed.seek(-1, 0));
    }

    void unreadableImagesAreSkippedWithAWarning() {
        Bytes png = encode(".png", noise(40, 30, CV_8UC3, 9));
        png.resize(png.size() - 30);
        writeBytes(path("cut.png"), png);
        const std::string text = "this is a shopping list, not a picture\n";
        writeBytes(path("list.png"), Bytes(text.begin(), text.end()));

        std::vector<TrainingItem> items(items_.begin(), items_.begin() + 4);
        items.push_back({path("cut.png"), {"a cut picture"}});
        items.push_back({path("list.png"), {"a list"}});
        WarningLog log;
        TrainingBatchLoader loader(items, tokenizer_, smallOptions(6, 1, 2), &log);
        for (int epoch = 0; epoch < 2; ++epoch) {
            const TrainingBatch batch = loader.next();
            QCOMPARE(batch.images.size(0), int64_t(4));
            QCOMPARE(batch.tokens.size(0), int64_t(4));
            QCOMPARE(batch.item_indices.size(), size_t(4));
            for (int64_t item : batch.item_indices) QVERIFY(item < 4);
            std::vector<std::string> skipped = batch.skipped_files;
            std::sort(skipped.begin(), skipped.end());
            QCOMPARE(skipped, (std::vector<std::string>{path("cut.png"), path("list.png")}));
            // The rows kept are the good images, with their own captions.
            for (int r = 0; r < 4; ++r) {
                const TrainingItem& source = items[size_t(batch.item_indices[size_t(r)])];
                const std::string caption = ByteTokenizer::decode(batch.tokens[r]);
                QVERIFY(std::find(source.captions.begin(), source.captions.end(), caption) != source.captions.end());
            }
        }
        // Once per file, naming it.
        QCOMPARE(log.warnings.size(), size_t(2));
        std::string all = log.warnings[0] + "\n" + log.warnings[1];
        QVERIFY2(all.find(path("cut.png")) != std::string::npos, all.c_str());
        QVERIFY2(all.find(path("list.png")) != std::string::npos, all.c_str());

        // A batch of nothing but bad images is an error, and the loader goes on after it.
        std::vector<TrainingItem> bad{{path("cut.png"), {"x"}}, {path("list.png"), {"y"}}};
        TrainingBatchLoader hopeless(bad, tokenizer_, smallOptions(2, 0, 1));
        try {
            hopeless.next();
            QFAIL("no error for a batch without a readable image");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("none of the 2 images"), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(Error, hopeless.next());
    }

    void evalTransformWhenNotAugmenting() {
        TrainingLoaderOptions options = smallOptions(4, 2, 2);
        options.augment = false;
        TrainingBatchLoader loader(items_, tokenizer_, options);
        const TrainingBatch batch = loader.next();
        for (int r = 0; r < 4; ++r) {
            const std::string& file = items_[size_t(batch.item_indices[size_t(r)])].image_path;
            QVERIFY(at::equal(batch.images[r], evalTransform(decodeImageFile(file), options.transform)));
        }
    }

    void cancelStopsWaitingPromptly() {
        // 100 ms per caption, one thread: a batch of 8 takes 800 ms.
        auto slow = std::make_shared<ByteTokenizer>(100);
        TrainingBatchLoader loader(items_, slow, smallOptions(8, 0, 1));
        CancelToken already;
        already.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, loader.next(&already));

        CancelToken token;
        std::thread canceller([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(60));
            token.cancel();
        });
        QElapsedTimer timer;
        timer.start();
        bool cancelled = false;
        try {
            loader.next(&token);
        } catch (const Cancelled&) {
            cancelled = true;
        }
        const qint64 elapsed = timer.elapsed();
        canceller.join();
        QVERIFY(cancelled);
        QVERIFY2(elapsed < 400, qPrintable(QString::number(elapsed)));
        // Cancelling loses nothing: the next call returns the first batch.
        const TrainingBatch batch = loader.next();
        QCOMPARE(batch.batch_in_epoch, int64_t(0));
        const std::vector<int64_t> order = trainingEpochOrder(23, 0, 0);
        QCOMPARE(batch.item_indices, std::vector<int64_t>(order.begin(), order.begin() + 8));
    }

    void destroyingABusyLoaderReturnsPromptly() {
        // 100 ms per caption: finishing the two prefetched batches of 8 on 3 threads would take
        // over 500 ms; stopping takes at most the row each worker is on.
        auto slow = std::make_shared<ByteTokenizer>(100);
        {
            TrainingLoaderOptions options = smallOptions(8, 0, 3);
            options.prefetch_batches = 2;
            auto loader = std::make_unique<TrainingBatchLoader>(items_, slow, options);
            loader->next();  // the workers now fill the following two batches
            QElapsedTimer timer;
            timer.start();
            loader.reset();
            QVERIFY2(timer.elapsed() < 400, qPrintable(QString::number(timer.elapsed())));
        }
        {
            // Never asked for a batch, and asked but abandoned right after a seek.
            QElapsedTimer timer;
            timer.start();
            { TrainingBatchLoader idle(items_, slow, smallOptions(8, 0, 2)); }
            {
                TrainingBatchLoader abandoned(items_, slow, smallOptions(8, 0, 2));
                CancelToken token;
                token.cancel();
                QVERIFY_THROWS_EXCEPTION(Cancelled, abandoned.next(&token));
                abandoned.seek(1, 1);
            }
            QVERIFY2(timer.elapsed() < 400, qPrintable(QString::number(timer.elapsed())));
        }
    }
};

QTEST_GUILESS_MAIN(TestTrainingLoader)
#include "tst_training_loader.moc"
