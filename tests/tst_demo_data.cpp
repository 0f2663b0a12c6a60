// The synthetic demo data: determinism (seeds, threads, files vs memory), captions that say what the
// pixels show (checked by colour masks, connected components and centroids), the two variants'
// vocabularies, the sidecar format, cancellation, and the property the demo rests on: specialised
// captions cannot be told apart by shapes and colours alone.
#include "core/common/error.h"
#include "core/common/progress.h"
#include "core/dataset/caption_lines.h"
#include "core/demo/demo_captioner.h"
#include "core/demo/demo_dataset.h"
#include "core/demo/demo_random.h"
#include "core/demo/demo_renderer.h"
#include "core/demo/demo_scene.h"
#include "core/image/image_decoder.h"

#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace clipft;
namespace fs = std::filesystem;

namespace {

std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<std::string> listFiles(const std::string& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::vector<std::string> words(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

bool hasWord(const std::string& caption, const std::set<std::string>& vocabulary) {
    for (const auto& w : words(caption))
        if (vocabulary.count(w)) return true;
    return false;
}

// The words a caption uses for each specialised attribute, written out here rather than taken from
// the captioner, so a captioner that drifts is caught.
const std::set<std::string> kCountWords{"one", "single", "two", "three", "four", "2", "3", "4"};
const std::set<std::string> kSizeWords{"small", "tiny", "little", "medium", "medium-sized", "mid-sized", "large", "big"};
const std::set<std::string> kPositionWords{"top", "bottom", "upper", "lower", "center", "middle", "corner", "left", "right"};
const std::set<std::string> kRelationWords{"left", "right", "above", "over", "below", "under", "beneath"};
const std::set<std::string> kBackgroundWords{"background", "stripes", "striped", "checkered", "checkerboard",
                                             "dotted", "polka-dot", "dots", "noisy", "speckled", "grainy", "plain", "blank"};
const std::map<std::string, DemoColour> kColourWords{
    {"red", DemoColour::Red},       {"green", DemoColour::Green}, {"blue", DemoColour::Blue},
    {"yellow", DemoColour::Yellow}, {"orange", DemoColour::Orange}, {"purple", DemoColour::Purple},
    {"pink", DemoColour::Pink},     {"cyan", DemoColour::Cyan},   {"white", DemoColour::White}};

std::set<std::string> specialisedWords() {
    std::set<std::string> all;
    for (const auto* set : {&kCountWords, &kSizeWords, &kPositionWords, &kRelationWords, &kBackgroundWords})
        all.insert(set->begin(), set->end());
    return all;
}

// Colours named in a caption, in order.
std::vector<DemoColour> coloursIn(const std::string& caption) {
    std::vector<DemoColour> out;
    for (const auto& w : words(caption)) {
        auto it = kColourWords.find(w);
        if (it != kColourWords.end()) out.push_back(it->second);
    }
    return out;
}

// The caption with a leading "a photo of " etc. removed.
std::string withoutFraming(const std::string& caption) {
    for (const char* prefix : {"a photo of ", "a picture of ", "an image of ", "a drawing of "})
        if (caption.rfind(prefix, 0) == 0) return caption.substr(std::string(prefix).size());
    return caption;
}

int countIn(const std::string& caption) {
    const auto w = words(withoutFraming(caption));
    static const std::map<std::string, int> numbers{{"a", 1},     {"an", 1},    {"one", 1}, {"two", 2}, {"2", 2},
                                                    {"three", 3}, {"3", 3},     {"four", 4}, {"4", 4}};
    if (w.size() >= 2 && w[0] == "a" && w[1] == "single") return 1;
    auto it = numbers.find(w.at(0));
    return it == numbers.end() ? -1 : it->second;
}

// Pixels within a tolerance of the exact fill colour: anti-aliased rims (partly background) drop out.
cv::Mat colourMask(const cv::Mat& rgb, DemoColour colour) {
    const DemoRgb c = demoColourRgb(colour);
    cv::Mat mask;
    cv::inRange(rgb, cv::Scalar(std::max(0, c[0] - 45), std::max(0, c[1] - 45), std::max(0, c[2] - 45)),
                cv::Scalar(std::min(255, c[0] + 45), std::min(255, c[1] + 45), std::min(255, c[2] + 45)), mask);
    return mask;
}

struct Blob {
    double x, y;  // centroid, pixels
    int area;
};

std::vector<Blob> blobs(const cv::Mat& rgb, DemoColour colour) {
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(colourMask(rgb, colour), labels, stats, centroids, 8);
    std::vector<Blob> out;
    for (int i = 1; i < n; ++i) {
        const int area = stats.at<int>(i, cv::CC_STAT_AREA);
        if (area >= 3) out.push_back({centroids.at<double>(i, 0), centroids.at<double>(i, 1), area});
    }
    return out;
}

// The first `wanted` samples of the specialised set (seed) with the given layout.
std::vector<DemoSample> samplesWithLayout(DemoLayout layout, int wanted, uint64_t seed, int image_size = 64) {
    std::vector<DemoSample> out;
    for (int64_t i = 0; static_cast<int>(out.size()) < wanted && i < 100000; ++i) {
        DemoScene scene = generateDemoSample(DemoVariant::Specialised, seed, i, 16).scene;  // cheap peek
        if (scene.layout == layout) out.push_back(generateDemoSample(DemoVariant::Specialised, seed, i, image_size));
    }
    return out;
}

class CancelAfterFirstReport : public ProgressObserver {
public:
    explicit CancelAfterFirstReport(CancelToken& token) : token_(token) {}
    void onProgress(const std::string&, long long, long long) override {
        ++calls;
        token_.cancel();
    }
    int calls = 0;

private:
    CancelToken& token_;
};

class RecordingObserver : public ProgressObserver {
public:
    void onProgress(const std::string& stage, long long done, long long total) override {
        stages.insert(stage);
        last = done;
        lastTotal = total;
        if (done < previous) monotonic = false;
        previous = done;
    }
    std::set<std::string> stages;
    long long last = -1, lastTotal = -1, previous = 0;
    bool monotonic = true;
};

}  // namespace

class TestDemoData : public QObject {
    Q_OBJECT

private slots:
    void randomIsExplicit();
    void sameSeedGivesIdenticalFiles();
    void differentSeedGivesDifferentData();
    void threadCountDoesNotChangeOutput();
    void memoryMatchesFiles();
    void imageSizeIsConfigurable();
    void sidecarsAreWellFormed();
    void countsMatchPixels();
    void positionsMatchCentroids();
    void relationsMatchCentroids();
    void sizesMatchAreas();
    void genericCaptionsNameDrawnColours();
    void vocabulariesOfTheVariants();
    void specialisedNeedsSpecialisedAttributes();
    void cancellationStopsEarly();
    void badArgumentsAreReported();
    void progressIsReported();
};

void TestDemoData::randomIsExplicit() {
    DemoRandom a(42), b(42), c(43);
    bool differs = false;
    std::vector<int> histogram(7, 0);
    for (int i = 0; i < 7000; ++i) {
        const int x = a.uniformInt(7);
        QCOMPARE(x, b.uniformInt(7));
        differs |= x != c.uniformInt(7);
        QVERIFY(x >= 0 && x < 7);
        ++histogram[static_cast<size_t>(x)];
    }
    QVERIFY(differs);
    for (int count : histogram) QVERIFY2(count > 850 && count < 1150, "uniformInt(7) is far from uniform");
    for (int i = 0; i < 1000; ++i) {
        const double u = a.uniform();
        QVERIFY(u >= 0.0 && u < 1.0);
        const int r = a.uniformInt(-3, 3);
        QVERIFY(r >= -3 && r <= 3);
    }
    // Fixed by mt19937 and seed_seq (both specified by the standard) and our own distributions: any
    // platform and standard library gives these values, scenes and captions for these seeds. The
    // first value was checked with an independent implementation of the standard's algorithms.
    QCOMPARE(DemoRandom(0).next(), 2579818388u);  // seed_seq{0, 0} into mt19937
    QCOMPARE(generateDemoSample(DemoVariant::Generic, 1, 0, 16).captions,
             (std::vector<std::string>{"a white square and a cyan cross", "a photo of a cyan cross with a white square"}));
    QCOMPARE(generateDemoSample(DemoVariant::Specialised, 1, 0, 16).captions,
             (std::vector<std::string>{"an image of a yellow square on the left of a blue square on a polka-dot background",
                                       "an image of a yellow square left of a blue square on dots"}));
    QCOMPARE(deriveDemoSeed(1, 2, 3), deriveDemoSeed(1, 2, 3));
    QVERIFY(deriveDemoSeed(1, 2, 3) != deriveDemoSeed(1, 3, 2));
}

void TestDemoData::sameSeedGivesIdenticalFiles() {
    for (DemoVariant variant : {DemoVariant::Generic, DemoVariant::Specialised}) {
        QTemporaryDir tmp;
        const std::string a = (tmp.path() + "/a").toStdString(), b = (tmp.path() + "/b").toStdString();
        writeDemoDataset(a, variant, 40, 7);
        writeDemoDataset(b, variant, 40, 7);
        const auto names = listFiles(a);
        QCOMPARE(names.size(), size_t(80));
        QCOMPARE(listFiles(b), names);
        for (const auto& name : names) QVERIFY2(readAll(fs::path(a) / name) == readAll(fs::path(b) / name), name.c_str());
    }
}

void TestDemoData::differentSeedGivesDifferentData() {
    QTemporaryDir tmp;
    const std::string a = (tmp.path() + "/a").toStdString(), b = (tmp.path() + "/b").toStdString();
    writeDemoDataset(a, DemoVariant::Specialised, 30, 7);
    writeDemoDataset(b, DemoVariant::Specialised, 30, 8);
    int sameImages = 0, sameCaptions = 0;
    for (int i = 0; i < 30; ++i) {
        const std::string stem = demoFileStem(i, 30);
        sameImages += readAll(fs::path(a) / (stem + ".png")) == readAll(fs::path(b) / (stem + ".png"));
        sameCaptions += readAll(fs::path(a) / (stem + ".txt")) == readAll(fs::path(b) / (stem + ".txt"));
    }
    QCOMPARE(sameImages, 0);
    QVERIFY(sameCaptions <= 3);
    // The variants of one seed are unrelated too.
    const DemoSample g = generateDemoSample(DemoVariant::Generic, 7, 0);
    const DemoSample s = generateDemoSample(DemoVariant::Specialised, 7, 0);
    QVERIFY(cv::norm(g.image, s.image, cv::NORM_L1) > 0);
}

void TestDemoData::threadCountDoesNotChangeOutput() {
    QTemporaryDir tmp;
    const std::string one = (tmp.path() + "/one").toStdString(), four = (tmp.path() + "/four").toStdString();
    writeDemoDataset(one, DemoVariant::Specialised, 61, 3, 64, nullptr, nullptr, 1);
    writeDemoDataset(four, DemoVariant::Specialised, 61, 3, 64, nullptr, nullptr, 4);
    const auto names = listFiles(one);
    QCOMPARE(names.size(), size_t(122));
    QCOMPARE(listFiles(four), names);
    for (const auto& name : names) QVERIFY2(readAll(fs::path(one) / name) == readAll(fs::path(four) / name), name.c_str());
}

void TestDemoData::memoryMatchesFiles() {
    QTemporaryDir tmp;
    const std::string dir = (tmp.path() + "/d").toStdString();
    const auto summary = writeDemoDataset(dir, DemoVariant::Generic, 12, 5, 48);
    int64_t captions = 0;
    for (int i = 0; i < 12; ++i) {
        const DemoSample sample = generateDemoSample(DemoVariant::Generic, 5, i, 48);
        const std::string stem = (fs::path(dir) / demoFileStem(i, 12)).string();
        const DecodedImage decoded = decodeImageFile(stem + ".png");
        QVERIFY(decoded.mode == PixelMode::RGB);
        QCOMPARE(cv::norm(decoded.pixels, sample.image, cv::NORM_INF), 0.0);  // PNG is lossless, channel order kept
        QCOMPARE(readCaptionLines(stem + ".txt"), sample.captions);
        captions += static_cast<int64_t>(sample.captions.size());
    }
    QCOMPARE(summary.images, int64_t(12));
    QCOMPARE(summary.captions, captions);
    QVERIFY(summary.bytes > 0);
}

void TestDemoData::imageSizeIsConfigurable() {
    QTemporaryDir tmp;
    for (int size : {64, 32, 100}) {
        const std::string dir = (tmp.path() + "/s" + QString::number(size)).toStdString();
        if (size == 64)
            writeDemoDataset(dir, DemoVariant::Specialised, 3, 1);  // the default
        else
            writeDemoDataset(dir, DemoVariant::Specialised, 3, 1, size);
        for (int i = 0; i < 3; ++i) {
            const DecodedImage image = decodeImageFile((fs::path(dir) / (demoFileStem(i, 3) + ".png")).string());
            QCOMPARE(image.width(), size);
            QCOMPARE(image.height(), size);
        }
    }
    const DemoSample big = generateDemoSample(DemoVariant::Specialised, 1, 0, 224);
    QCOMPARE(big.image.rows, 224);
    QCOMPARE(big.image.cols, 224);
    QCOMPARE(big.image.type(), CV_8UC3);
    // A larger render of one scene is the same picture, not another sample.
    QCOMPARE(big.captions, generateDemoSample(DemoVariant::Specialised, 1, 0, 64).captions);
    QCOMPARE(demoFileStem(7, 10), std::string("00007"));
    QCOMPARE(demoFileStem(7, 1000000), std::string("000007"));
}

void TestDemoData::sidecarsAreWellFormed() {
    QTemporaryDir tmp;
    for (DemoVariant variant : {DemoVariant::Generic, DemoVariant::Specialised}) {
        const std::string dir = (tmp.path() + "/" + demoVariantName(variant)).toStdString();
        writeDemoDataset(dir, variant, 150, 11);
        const auto names = listFiles(dir);
        QCOMPARE(names.size(), size_t(300));  // nothing but the pairs
        std::set<size_t> counts;
        for (int i = 0; i < 150; ++i) {
            const fs::path txt = fs::path(dir) / (demoFileStem(i, 150) + ".txt");
            QVERIFY(fs::exists(fs::path(dir) / (demoFileStem(i, 150) + ".png")));
            const std::string text = readAll(txt);
            QVERIFY(isValidUtf8(text));
            QVERIFY(text.find('\r') == std::string::npos);
            QVERIFY(!text.empty() && text.back() == '\n');
            QVERIFY2(text.find("\n\n") == std::string::npos, "empty line in a caption file");
            const auto lines = readCaptionLines(txt.string());
            QVERIFY(lines.size() >= 1 && lines.size() <= 5);
            counts.insert(lines.size());
            std::set<std::string> distinct(lines.begin(), lines.end());
            QCOMPARE(distinct.size(), lines.size());
            for (const auto& line : lines) {
                QVERIFY(!line.empty());
                QVERIFY2(line.front() != ' ' && line.back() != ' ' && line.find("  ") == std::string::npos, line.c_str());
            }
        }
        QVERIFY2(counts.size() >= 4, "captions per image should range over 1 to 5");
    }
}

void TestDemoData::countsMatchPixels() {
    const auto samples = samplesWithLayout(DemoLayout::Count, 80, 21);
    QCOMPARE(samples.size(), size_t(80));
    std::set<int> seen;
    for (const auto& sample : samples) {
        for (const auto& caption : sample.captions) {
            const auto colours = coloursIn(caption);
            QCOMPARE(colours.size(), size_t(1));
            const int count = countIn(caption);
            QVERIFY2(count >= 1, caption.c_str());
            seen.insert(count);
            QVERIFY2(static_cast<int>(blobs(sample.image, colours[0]).size()) == count, caption.c_str());
            // No other object colour anywhere in the picture.
            for (DemoColour other : demoColours(DemoVariant::Specialised))
                if (other != colours[0]) QVERIFY2(blobs(sample.image, other).empty(), caption.c_str());
        }
    }
    QCOMPARE(seen, (std::set<int>{1, 2, 3, 4}));
}

void TestDemoData::positionsMatchCentroids() {
    const auto samples = samplesWithLayout(DemoLayout::Position, 80, 22);
    std::set<int> cells;
    for (const auto& sample : samples) {
        for (const auto& caption : sample.captions) {
            const auto colours = coloursIn(caption);
            QCOMPARE(colours.size(), size_t(1));
            const auto found = blobs(sample.image, colours[0]);
            QCOMPARE(found.size(), size_t(1));
            const auto w = words(caption);
            auto has = [&](const char* word) { return std::find(w.begin(), w.end(), word) != w.end(); };
            const int row = has("top") || has("upper") ? 0 : has("bottom") || has("lower") ? 2 : 1;
            const int column = has("left") ? 0 : has("right") ? 2 : 1;
            const double third = sample.image.cols / 3.0;
            QVERIFY2(static_cast<int>(found[0].x / third) == column, caption.c_str());
            QVERIFY2(static_cast<int>(found[0].y / third) == row, caption.c_str());
            cells.insert(row * 3 + column);
        }
    }
    QCOMPARE(cells.size(), size_t(9));
}

void TestDemoData::relationsMatchCentroids() {
    const auto samples = samplesWithLayout(DemoLayout::Relation, 60, 23);
    std::set<std::string> relationsSeen;
    for (const auto& sample : samples) {
        for (const auto& caption : sample.captions) {
            const auto colours = coloursIn(caption);
            QCOMPARE(colours.size(), size_t(2));
            QVERIFY(colours[0] != colours[1]);
            const auto first = blobs(sample.image, colours[0]), second = blobs(sample.image, colours[1]);
            QCOMPARE(first.size(), size_t(1));
            QCOMPARE(second.size(), size_t(1));
            const double dx = second[0].x - first[0].x, dy = second[0].y - first[0].y;  // from the first-named
            const double apart = sample.image.cols / 6.0;
            const auto w = words(caption);
            auto has = [&](const char* word) { return std::find(w.begin(), w.end(), word) != w.end(); };
            if (has("left")) {
                QVERIFY2(dx > apart && std::abs(dy) < apart, caption.c_str());
                relationsSeen.insert("left");
            } else if (has("right")) {
                QVERIFY2(dx < -apart && std::abs(dy) < apart, caption.c_str());
                relationsSeen.insert("right");
            } else if (has("above") || has("over")) {
                QVERIFY2(dy > apart && std::abs(dx) < apart, caption.c_str());
                relationsSeen.insert("above");
            } else {
                QVERIFY2(has("below") || has("under") || has("beneath"), caption.c_str());
                QVERIFY2(dy < -apart && std::abs(dx) < apart, caption.c_str());
                relationsSeen.insert("below");
            }
        }
    }
    QCOMPARE(relationsSeen.size(), size_t(4));
}

void TestDemoData::sizesMatchAreas() {
    // Per shape, every "small" object covers fewer pixels than any "medium" one, and so on.
    std::map<std::pair<DemoShape, int>, std::pair<int, int>> range;  // (shape, size rank) -> (min, max) area
    auto rank = [](const std::vector<std::string>& w) {
        for (const auto& word : w) {
            if (word == "small" || word == "tiny" || word == "little") return 0;
            if (word == "medium" || word == "medium-sized" || word == "mid-sized") return 1;
            if (word == "large" || word == "big") return 2;
        }
        return -1;
    };
    for (DemoLayout layout : {DemoLayout::Count, DemoLayout::Position}) {
        for (const auto& sample : samplesWithLayout(layout, 120, 24)) {
            for (const auto& caption : sample.captions) {
                const int size = rank(words(caption));
                QVERIFY2(size >= 0, caption.c_str());
                for (const Blob& blob : blobs(sample.image, coloursIn(caption).at(0))) {
                    auto key = std::make_pair(sample.scene.objects[0].shape, size);
                    auto it = range.find(key);
                    if (it == range.end()) range[key] = {blob.area, blob.area};
                    else it->second = {std::min(it->second.first, blob.area), std::max(it->second.second, blob.area)};
                }
            }
        }
    }
    for (DemoShape shape : demoShapes(DemoVariant::Specialised)) {
        for (int size = 0; size < 3; ++size) QVERIFY(range.count(std::make_pair(shape, size)));
        const auto small = range[std::make_pair(shape, 0)], medium = range[std::make_pair(shape, 1)],
                   large = range[std::make_pair(shape, 2)];
        QVERIFY2(small.second < medium.first, demoShapeName(shape));
        QVERIFY2(medium.second < large.first, demoShapeName(shape));
    }
}

void TestDemoData::genericCaptionsNameDrawnColours() {
    for (int i = 0; i < 150; ++i) {
        const DemoSample sample = generateDemoSample(DemoVariant::Generic, 25, i);
        std::set<DemoColour> drawn;
        for (const auto& object : sample.scene.objects) drawn.insert(object.colour);
        for (const auto& caption : sample.captions) {
            const auto colours = coloursIn(caption);
            QCOMPARE(colours.size(), sample.scene.objects.size());
            for (DemoColour colour : colours) {
                QVERIFY2(!blobs(sample.image, colour).empty(), caption.c_str());
                QVERIFY(drawn.count(colour));
            }
            for (const auto& object : sample.scene.objects)
                QVERIFY2(caption.find(demoShapeName(object.shape)) != std::string::npos, caption.c_str());
        }
        // Colours not named are not drawn.
        for (const auto& [word, colour] : kColourWords)
            if (!drawn.count(colour)) QVERIFY2(blobs(sample.image, colour).empty(), word.c_str());
    }
}

void TestDemoData::vocabulariesOfTheVariants() {
    const auto vocabularyList = demoCaptionVocabulary();
    const std::set<std::string> vocabulary(vocabularyList.begin(), vocabularyList.end());
    QCOMPARE(vocabulary.size(), vocabularyList.size());
    const auto special = specialisedWords();
    std::set<std::string> genericUsed, specialisedUsed;
    std::set<DemoTexture> textures;
    for (int i = 0; i < 400; ++i) {
        const DemoSample g = generateDemoSample(DemoVariant::Generic, 31, i, 16);
        QCOMPARE(g.scene.background.texture, DemoTexture::Plain);
        QVERIFY(g.scene.objects.size() == 1 || g.scene.objects.size() == 2);
        for (const auto& caption : g.captions) {
            for (const auto& w : words(caption)) {
                QVERIFY2(!special.count(w), caption.c_str());
                QVERIFY2(vocabulary.count(w), w.c_str());
                genericUsed.insert(w);
            }
        }
        const DemoSample s = generateDemoSample(DemoVariant::Specialised, 31, i, 16);
        textures.insert(s.scene.background.texture);
        for (const auto& caption : s.captions) {
            for (const auto& w : words(caption)) {
                QVERIFY2(vocabulary.count(w), w.c_str());
                specialisedUsed.insert(w);
            }
            switch (s.scene.layout) {
            case DemoLayout::Count:
                QVERIFY2(hasWord(caption, kSizeWords), caption.c_str());
                QVERIFY2(s.scene.objects.size() == 1 || hasWord(caption, kCountWords), caption.c_str());
                break;
            case DemoLayout::Position:
                QVERIFY2(hasWord(caption, kSizeWords) && hasWord(caption, kPositionWords), caption.c_str());
                break;
            case DemoLayout::Relation:
                QVERIFY2(hasWord(caption, kRelationWords), caption.c_str());
                break;
            case DemoLayout::Objects:
                QFAIL("the specialised variant drew a generic scene");
            }
            if (s.scene.background.texture != DemoTexture::Plain)
                QVERIFY2(hasWord(caption, kBackgroundWords), caption.c_str());
        }
    }
    QCOMPARE(textures.size(), size_t(5));
    // Every word of the vocabulary is used by one of the variants, and the specialised one uses
    // words of every attribute kind.
    for (const auto& w : vocabulary) QVERIFY2(genericUsed.count(w) || specialisedUsed.count(w), w.c_str());
    for (const auto* kind : {&kCountWords, &kSizeWords, &kPositionWords, &kRelationWords, &kBackgroundWords}) {
        bool used = false;
        for (const auto& w : *kind) used |= specialisedUsed.count(w) > 0;
        QVERIFY(used);
    }
}

void TestDemoData::specialisedNeedsSpecialisedAttributes() {
    // Expected image recall@5 of two oracle retrievers over one specialised set, averaged over
    // captions as CLIP_benchmark does: one that sees only which (shape, colour) pairs are present
    // (all a generic model learned) and ranks ties at random, scoring min(1, 5/m) for m images with
    // the same pairs; and one that sees everything a caption says. The demo needs the first low and
    // the second high: the headroom fine-tuning can win.
    const int n = 1000;
    std::map<std::string, int> coarse, fine;
    std::vector<std::pair<std::string, std::string>> keys;
    std::vector<int> captionCounts;
    for (int i = 0; i < n; ++i) {
        const DemoSample s = generateDemoSample(DemoVariant::Specialised, 41, i, 16);
        std::set<std::string> pairs;
        for (const auto& o : s.scene.objects) pairs.insert(std::string(demoShapeName(o.shape)) + demoColourName(o.colour));
        std::string coarseKey;
        for (const auto& p : pairs) coarseKey += p + ",";
        std::string fineKey = std::to_string(static_cast<int>(s.scene.layout)) + demoTextureName(s.scene.background.texture);
        const auto& o = s.scene.objects;
        if (s.scene.layout == DemoLayout::Count)
            fineKey += coarseKey + demoSizeName(o[0].size) + std::to_string(o.size());
        else if (s.scene.layout == DemoLayout::Position)
            fineKey += coarseKey + demoSizeName(o[0].size) + std::to_string(o[0].cell);
        else {  // the leftmost (or top) object first: "A left of B" = "B right of A"
            const bool aFirst = s.scene.relation == DemoRelation::LeftOf || s.scene.relation == DemoRelation::Above;
            const bool horizontal = s.scene.relation == DemoRelation::LeftOf || s.scene.relation == DemoRelation::RightOf;
            const auto& first = aFirst ? o[0] : o[1];
            const auto& second = aFirst ? o[1] : o[0];
            fineKey += std::string(horizontal ? "h" : "v") + demoShapeName(first.shape) + demoColourName(first.colour) +
                       demoColourName(second.colour);
        }
        ++coarse[coarseKey];
        ++fine[fineKey];
        keys.emplace_back(coarseKey, fineKey);
        captionCounts.push_back(static_cast<int>(s.captions.size()));
    }
    double coarseRecall = 0, fineRecall = 0, captions = 0;
    for (int i = 0; i < n; ++i) {
        coarseRecall += captionCounts[i] * std::min(1.0, 5.0 / coarse[keys[i].first]);
        fineRecall += captionCounts[i] * std::min(1.0, 5.0 / fine[keys[i].second]);
        captions += captionCounts[i];
    }
    coarseRecall /= captions;
    fineRecall /= captions;
    qInfo("shape+colour oracle recall@5 %.3f, full-caption oracle recall@5 %.3f", coarseRecall, fineRecall);
    QVERIFY2(coarseRecall < 0.2, "specialised captions can be told apart by shape and colour alone");
    QVERIFY2(fineRecall > 0.9, "specialised captions do not tell their images apart");
}

void TestDemoData::cancellationStopsEarly() {
    QTemporaryDir tmp;
    // Cancelled before it starts: nothing is written.
    {
        CancelToken token;
        token.cancel();
        const std::string dir = (tmp.path() + "/pre").toStdString();
        QVERIFY_THROWS_EXCEPTION(Cancelled, writeDemoDataset(dir, DemoVariant::Generic, 500, 1, 64, nullptr, &token));
        QCOMPARE(listFiles(dir).size(), size_t(0));
    }
    // Cancelled at the first progress report: stops long before the end, leaving only whole pairs.
    {
        CancelToken token;
        CancelAfterFirstReport observer(token);
        const std::string dir = (tmp.path() + "/mid").toStdString();
        QVERIFY_THROWS_EXCEPTION(Cancelled, writeDemoDataset(dir, DemoVariant::Specialised, 20000, 1, 64, &observer, &token));
        QVERIFY(observer.calls >= 1);
        const auto names = listFiles(dir);
        QVERIFY2(names.size() < 2 * 1000, "cancellation did not stop the generation early");
        QCOMPARE(names.size() % 2, size_t(0));
    }
}

void TestDemoData::badArgumentsAreReported() {
    QTemporaryDir tmp;
    const std::string dir = (tmp.path() + "/x").toStdString();
    QVERIFY_THROWS_EXCEPTION(Error, writeDemoDataset(dir, DemoVariant::Generic, 0, 1));
    QVERIFY_THROWS_EXCEPTION(Error, writeDemoDataset(dir, DemoVariant::Generic, 5, 1, 8));
    QVERIFY_THROWS_EXCEPTION(Error, generateDemoSample(DemoVariant::Generic, 1, 0, 8));
    QVERIFY_THROWS_EXCEPTION(Error, generateDemoSample(DemoVariant::Generic, 1, -1));
    writeDemoDataset(dir, DemoVariant::Generic, 2, 1);
    // A second run into the same folder would mix two data sets.
    QVERIFY_THROWS_EXCEPTION(Error, writeDemoDataset(dir, DemoVariant::Generic, 2, 1));
    { std::ofstream file(tmp.path().toStdString() + "/file"); file << "x"; }
    QVERIFY_THROWS_EXCEPTION(Error, writeDemoDataset(tmp.path().toStdString() + "/file", DemoVariant::Generic, 2, 1));
    QCOMPARE(parseDemoVariant("generic"), DemoVariant::Generic);
    QCOMPARE(parseDemoVariant("specialized"), DemoVariant::Specialised);
    QVERIFY_THROWS_EXCEPTION(Error, parseDemoVariant("special"));
}

void TestDemoData::progressIsReported() {
    QTemporaryDir tmp;
    RecordingObserver observer;
    const auto summary = writeDemoDataset((tmp.path() + "/p").toStdString(), DemoVariant::Generic, 200, 2, 32, &observer);
    QCOMPARE(observer.stages, (std::set<std::string>{"images"}));
    QCOMPARE(observer.last, 200LL);
    QCOMPARE(observer.lastTotal, 200LL);
    QVERIFY(observer.monotonic);
    QCOMPARE(summary.images, int64_t(200));
    QVERIFY(summary.captions >= 200 && summary.captions <= 1000);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demo_data.moc"
