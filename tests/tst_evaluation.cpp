// The evaluation job: `clipft eval` agrees with CLIP_benchmark's formula applied to what `clipft
// embed` gives (several captions per image, tied scores), the embedding cache makes a second
// evaluation decode nothing, splits are chosen as documented, the validation loss is open_clip's
// contrastive loss, cancellation works, and the model fingerprint follows the weights.
#include "core/common/error.h"
#include "core/jobs/dataset_import_job.h"
#include "core/jobs/embed_job.h"
#include "core/embed/embedding_cache.h"
#include "core/eval/evaluation_set.h"
#include "core/eval/retrieval_evaluation.h"
#include "core/model/model_fingerprint.h"
#include "core/model/model_folder.h"
#include "core/model/safetensors.h"
#include "core/store/project_store.h"
#include "core/text/sentencepiece_library.h"
#include "core/text/sentencepiece_tokenizer.h"

#include <QtTest>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <cmath>
#include <filesystem>

using namespace clipft;

namespace {
const QString kClipft = QStringLiteral(CLIPFT_BUILD_BIN_DIR "/clipft");
const c10::Device kCpu(c10::kCPU);

struct Run {
    int exit_code;
    QString out;
    QString err;
};

Run runClipft(const QStringList& args) {
    QProcess p;
    p.start(kClipft, args);
    if (!p.waitForFinished(300000)) return {-1, {}, "timed out"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// The test's own caption table: image file -> captions, in file-name order. Identical texts on
// different images (tied text embeddings), and img_06/img_07 differ only in pixels the center
// crop removes (tied image embeddings).
const std::vector<std::pair<std::string, std::vector<std::string>>> kCaptions = {
    {"img_00.png", {"a red circle on the left", "a small red circle"}},
    {"img_01.png", {"a blue square on the right"}},
    {"img_02.png", {"a green circle", "a large green square", "a green circle on the left"}},
    {"img_03.png", {"a red circle on the left", "a large red square"}},
    {"img_04.png", {"a small blue circle", "a blue square on the right"}},
    {"img_05.png", {"a large green circle"}},
    {"img_06.png", {"a small green square", "a blue circle on the right"}},
    {"img_07.png", {"a small green square", "a red square"}},
};

std::vector<std::string> allCaptions() {
    std::vector<std::string> out;
    for (const auto& [file, captions] : kCaptions) out.insert(out.end(), captions.begin(), captions.end());
    return out;
}

at::Tensor captionOwners() {  // [captions] int64
    std::vector<int64_t> owners;
    for (size_t i = 0; i < kCaptions.size(); ++i)
        for (size_t c = 0; c < kCaptions[i].second.size(); ++c) owners.push_back(static_cast<int64_t>(i));
    return torch::tensor(owners, at::kLong);
}

// CLIP_benchmark's recall_at_k, written from its source: a one-hot of the top-k indices against the
// positive-pair matrix, a hit when > 0 true positives, averaged over queries.
// (torch.topk refuses k > candidates; clipft then takes them all, which is every query a hit.)
double referenceRecall(const at::Tensor& scores, const at::Tensor& positive, int k) {
    k = std::min<int>(k, static_cast<int>(scores.size(1)));
    at::Tensor top = std::get<1>(at::topk(scores, k, 1));                                        // [q, k]
    at::Tensor onehot = at::one_hot(top, scores.size(1));                                         // [q, k, n]
    at::Tensor tp = (onehot * positive.unsqueeze(1).to(at::kLong)).sum(at::IntArrayRef{1, 2});  // [q]
    return (tp.to(at::kDouble) / positive.sum(1).to(at::kDouble) > 0).to(at::kDouble).mean().item<double>();
}

at::Tensor normalize(const at::Tensor& x) { return x / x.norm(2, -1, true).clamp_min(1e-12); }  // F.normalize

// open_clip's loss by hand, in double: mean over rows of -log softmax at the diagonal, both ways.
double handClipLoss(const at::Tensor& images, const at::Tensor& texts, double scale) {
    const at::Tensor logits = scale * at::matmul(images.to(at::kDouble), texts.to(at::kDouble).t());  // [b, b]
    const double per_image = -at::log_softmax(logits, 1).diagonal().mean().item<double>();
    const double per_text = -at::log_softmax(logits, 0).diagonal().mean().item<double>();
    return (per_image + per_text) / 2.0;
}

class CancelOnImages : public ProgressObserver {
public:
    explicit CancelOnImages(CancelToken& token) : token_(token) {}
    void onProgress(const std::string& stage, long long done, long long total) override {
        if (stage == "images" && done > 0) token_.cancel();
    }

private:
    CancelToken& token_;
};

class CountingCache : public EmbeddingCache {
public:
    explicit CountingCache(ProjectStore& store) : inner_(store) {}
    EmbeddingLookup get(const std::string& fingerprint, const std::vector<std::string>& hashes) override {
        fingerprints.push_back(fingerprint);
        return inner_.get(fingerprint, hashes);
    }
    void put(const std::string& fingerprint, const std::vector<std::string>& hashes, int dim, const float* rows) override {
        put_rows += static_cast<int64_t>(hashes.size());
        inner_.put(fingerprint, hashes, dim, rows);
    }
    std::vector<std::string> fingerprints;
    int64_t put_rows = 0;

private:
    ProjectEmbeddingCache inner_;
};

void writeText(const QString& path, const std::string& text) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text.data(), static_cast<qint64>(text.size()));
}

}  // namespace

class TestEvaluation : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString model_, data_;

    QString path(const QString& name) const { return dir_.filePath(name); }

    // Writes the images and sidecar captions of kCaptions into a new folder.
    void writeShapes(const QString& folder) {
        QVERIFY(QDir().mkpath(folder));
        const cv::Scalar colours[] = {{40, 40, 220}, {220, 60, 30}, {50, 200, 60}, {30, 30, 200},
                                      {210, 90, 40}, {60, 180, 90}, {70, 190, 70}, {70, 190, 70}};
        const cv::Size sizes[] = {{50, 40}, {40, 40}, {64, 48}, {36, 44}, {45, 45}, {60, 33}, {48, 32}, {48, 32}};
        for (size_t i = 0; i < kCaptions.size(); ++i) {
            const int shape = static_cast<int>(std::min<size_t>(i, 6));  // img_07 draws img_06's shape
            cv::Mat img(sizes[i], CV_8UC3, colours[i]);
            cv::circle(img, cv::Point(sizes[i].width / 2, sizes[i].height / 2), 6 + shape,
                       cv::Scalar(255 - 20 * shape, 255, 30 * shape), -1);
            // 48x32 at image size 32: no resize, then the crop keeps columns 8..39 only. img_06 and
            // img_07 differ in their outer columns alone, so they are different files (the import
            // keeps both) with identical pixels after the transform.
            if (i == 6) img.colRange(0, 8).setTo(cv::Scalar(0, 0, 0));
            if (i == 7) img.colRange(40, 48).setTo(cv::Scalar(255, 0, 255));
            const QString image = QDir(folder).filePath(QString::fromStdString(kCaptions[i].first));
            QVERIFY(cv::imwrite(image.toStdString(), img));
            std::string lines;
            for (const auto& c : kCaptions[i].second) lines += c + "\n";
            writeText(QString(image).replace(".png", ".txt"), lines);
        }
    }

    // A new project with the folder imported as `name`, every image in the train split.
    QString importShapes(const QString& project_name, const QString& folder, const std::string& name = "shapes") {
        const QString project = path(project_name);
        ProjectStore store = ProjectStore::open(project.toStdString());
        DatasetImportRequest request;
        request.name = name;
        request.format = "folder";
        request.source = folder.toStdString();
        request.min_side = 16;
        request.ratios = SplitRatios{1.0, 0.0, 0.0};
        request.replace = true;  // data-driven tests import again into the same project
        const DatasetImportSummary summary = importDataset(store, request);
        if (summary.images != static_cast<int64_t>(kCaptions.size()))
            qWarning("imported %lld images, %zu problems", static_cast<long long>(summary.images), summary.problems.size());
        return project;
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        // A sentencepiece vocabulary trained on captions like the test's, and a tiny CLIP that uses it.
        std::string corpus;
        const char* colours[] = {"red", "blue", "green"};
        const char* shapes[] = {"circle", "square"};
        const char* sizes[] = {"small", "large", ""};
        const char* places[] = {"on the left", "on the right", ""};
        for (int i = 0; i < 200; ++i)
            corpus += std::string("a ") + sizes[i % 3] + " " + colours[(i / 3) % 3] + " " + shapes[i % 2] + " " +
                      places[(i / 2) % 3] + "\n";
        writeText(path("corpus.txt"), corpus);
        QVERIFY(QDir(dir_.path()).mkdir("vocab"));
        trainSentencePiece(std::map<std::string, std::string>{{"input", path("corpus.txt").toStdString()},
                                                              {"model_prefix", path("vocab/demo").toStdString()},
                                                              {"vocab_size", "40"},
                                                              {"hard_vocab_limit", "false"}});
        SentencePieceTokenizer tokenizer(path("vocab/demo.model").toStdString());

        ClipConfig config;
        config.embed_dim = 16;
        config.vision = {2, 32, 2, 8, 32, 128};
        config.text = {16, static_cast<int>(tokenizer.vocabSize()), 24, 2, 2, 96};
        torch::manual_seed(7);
        ClipModel model(config);
        model_ = path("model");
        saveOpenClipFolder(*model, model_.toStdString(), path("vocab").toStdString());

        data_ = path("shapes");
        writeShapes(data_);
        writeText(path("captions.txt"), [] {
            std::string lines;
            for (const auto& c : allCaptions()) lines += c + "\n";
            return lines;
        }());
    }

    // The "done when" of issue 4: recall@k of `clipft eval` is CLIP_benchmark's formula on the
    // embeddings `clipft embed` gives for the same images and captions.
    void evalMatchesTheReferenceOnEmbedOutput_data() {
        QTest::addColumn<int>("batch_size");
        QTest::addColumn<bool>("cache");
        QTest::newRow("batches of 3, no cache") << 3 << false;
        QTest::newRow("one batch, cache") << 64 << true;
        QTest::newRow("batches of 1, cache") << 1 << true;
    }
    void evalMatchesTheReferenceOnEmbedOutput() {
        QFETCH(int, batch_size);
        QFETCH(bool, cache);
        const QString tag = QString("eq%1%2").arg(batch_size).arg(cache);
        const QString project = importShapes(tag + ".clipft", data_);
        {
            // The evaluation set is the test's table, in the same order `clipft embed` lists files.
            ProjectStore store = ProjectStore::open(project.toStdString());
            const EvaluationSet set = loadEvaluationSet(store, "shapes", "all");
            QCOMPARE(set.image_paths.size(), kCaptions.size());
            for (size_t i = 0; i < kCaptions.size(); ++i)
                QCOMPARE(QFileInfo(QString::fromStdString(set.image_paths[i])).fileName().toStdString(), kCaptions[i].first);
            QVERIFY(set.captions == allCaptions());
            QVERIFY(at::equal(torch::tensor(set.caption_image, at::kLong), captionOwners()));
        }

        const QString embeds = path(tag + ".safetensors");
        const Run embed = runClipft({"embed", "--model", model_, "--images", data_, "--captions", path("captions.txt"),
                                     "--out", embeds, "--device", "cpu", "--batch-size", QString::number(batch_size)});
        QVERIFY2(embed.exit_code == 0, qPrintable(embed.err));
        QStringList args{"eval", "--project", project, "--dataset", "shapes", "--model", model_, "--k", "1,2,3,5,10",
                         "--device", "cpu", "--batch-size", QString::number(batch_size), "--json"};
        if (!cache) args << "--no-cache";
        const Run eval = runClipft(args);
        QVERIFY2(eval.exit_code == 0, qPrintable(eval.err));
        QVERIFY2(eval.out.count('\n') == 1, qPrintable(eval.out));  // exactly one JSON object on stdout
        const auto metrics = nlohmann::json::parse(eval.out.toStdString());

        auto file = SafetensorsFile::open(embeds.toStdString());
        const at::Tensor images = normalize(file->tensor("image_embeds"));  // [8, 16]
        const at::Tensor texts = normalize(file->tensor("text_embeds"));    // [15, 16]
        const at::Tensor owners = captionOwners();
        const at::Tensor scores = at::matmul(texts, images.t());  // [captions, images]
        // The ties the data set is built for are there: img_06 = img_07 after the transform, and
        // "a red circle on the left" (img_00, img_03), "a small green square" (img_06, img_07).
        // Identical rows in one batch can differ in the last bit (BLAS kernels treat rows
        // differently), so the ties are exact when each row is computed alone, near otherwise.
        const double tolerance = batch_size == 1 ? 0.0 : 1e-6;
        QVERIFY((images[6] - images[7]).abs().max().item<double>() <= tolerance);
        QVERIFY((texts[0] - texts[6]).abs().max().item<double>() <= tolerance);
        QVERIFY((texts[11] - texts[13]).abs().max().item<double>() <= tolerance);
        if (batch_size == 1) QVERIFY(at::equal(scores.select(1, 6), scores.select(1, 7)));
        QVERIFY(!at::allclose(images[0], images[1]));
        const at::Tensor positive = owners.unsqueeze(1) == at::arange(images.size(0), at::kLong).unsqueeze(0);
        for (int k : {1, 2, 3, 5, 10}) {
            const std::string key = "@" + std::to_string(k);
            QVERIFY2(metrics.contains("image_retrieval_recall" + key), key.c_str());
            // Exactly: both count hits over the same queries.
            const double image_recall = metrics["image_retrieval_recall" + key].get<double>();
            const double text_recall = metrics["text_retrieval_recall" + key].get<double>();
            QVERIFY2(image_recall == referenceRecall(scores, positive, k),
                     qPrintable(QString("image recall%1: %2 vs %3").arg(key.c_str()).arg(image_recall).arg(referenceRecall(scores, positive, k))));
            QVERIFY2(text_recall == referenceRecall(scores.t(), positive.t(), k),
                     qPrintable(QString("text recall%1: %2 vs %3").arg(key.c_str()).arg(text_recall).arg(referenceRecall(scores.t(), positive.t(), k))));
        }
        QCOMPARE(metrics["image_retrieval_recall@10"].get<double>(), 1.0);  // k >= images: every query hits
        for (const char* key : {"image_retrieval_mean_rank", "image_retrieval_median_rank", "text_retrieval_mean_rank",
                                "text_retrieval_median_rank", "clip_val_loss"})
            QVERIFY2(metrics.contains(key) && std::isfinite(metrics[key].get<double>()), key);
        QCOMPARE(static_cast<int>(metrics.size()), 2 * 5 + 4 + 1);

        // The evaluation is stored in the project, for this model, on the split it chose (no test
        // split here: all), with the metrics printed.
        ProjectStore store = ProjectStore::open(project.toStdString());
        const auto stored = store.evaluationsOfDataset("shapes");
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(stored[0].split, std::string("all"));
        QVERIFY(!stored[0].run_id.has_value());
        LoadedModel model = loadModel(model_.toStdString(), kCpu);
        QCOMPARE(stored[0].model_fingerprint, modelFingerprint(*model.model.ptr()));
        QVERIFY(nlohmann::json::parse(stored[0].metrics_json) == metrics);
    }

    void readableTableWithoutJson() {
        const QString project = importShapes("table.clipft", data_);
        const Run run = runClipft({"eval", "--project", project, "--dataset", "shapes", "--model", model_, "--k", "5"});
        QVERIFY2(run.exit_code == 0, qPrintable(run.err));
        for (const char* text : {"shapes", "all", "image_retrieval_recall@5", "text_retrieval_recall@5", "clip_val_loss"})
            QVERIFY2(run.out.contains(text), qPrintable(run.out));
        QVERIFY(!run.out.contains("recall@1 "));
        QVERIFY(!run.out.trimmed().startsWith("{"));
    }

    void secondEvaluationComesFromTheCache() {
        const QString folder = path("cached-shapes");
        writeShapes(folder);
        const QString project = importShapes("cache.clipft", folder);
        ProjectStore store = ProjectStore::open(project.toStdString());
        const EvaluationSet set = loadEvaluationSet(store, "shapes", "auto");
        LoadedModel model = loadModel(model_.toStdString(), kCpu);
        EvaluationOptions options;
        options.batch_size = 3;
        CountingCache cache(store);

        const EvaluationResult first = evaluateRetrieval(*model.model.ptr(), *model.tokenizer, set, options, kCpu, &cache);
        QCOMPARE(first.cached_images, int64_t(0));
        QCOMPARE(first.images, int64_t(8));
        QCOMPARE(first.captions, int64_t(15));
        QCOMPARE(cache.put_rows, int64_t(8));
        QCOMPARE(first.model_fingerprint, modelFingerprint(*model.model.ptr()));
        QCOMPARE(cache.fingerprints.back(), first.model_fingerprint);

        // Without the image files, only the cache can answer; and it answers with the same numbers.
        for (const auto& p : set.image_paths) QVERIFY(QFile::remove(QString::fromStdString(p)));
        const EvaluationResult second = evaluateRetrieval(*model.model.ptr(), *model.tokenizer, set, options, kCpu, &cache);
        QCOMPARE(second.cached_images, second.images);
        QCOMPARE(cache.put_rows, int64_t(8));  // nothing new to store
        QVERIFY(second.metrics == first.metrics);

        // Another process finds the same fingerprint and so the same rows.
        const Run cli = runClipft({"eval", "--project", project, "--dataset", "shapes", "--model", model_, "--json"});
        QVERIFY2(cli.exit_code == 0, qPrintable(cli.err));
        QVERIFY2(cli.err.contains("8 of 8 image embeddings from the cache"), qPrintable(cli.err));
        // ... and without the cache it has to decode, which now fails naming a file.
        const Run uncached = runClipft({"eval", "--project", project, "--dataset", "shapes", "--model", model_, "--no-cache"});
        QCOMPARE(uncached.exit_code, 1);
        QVERIFY2(uncached.err.contains("img_0"), qPrintable(uncached.err));

        // A changed weight is another model: its embeddings are not in the cache.
        {
            c10::NoGradGuard no_grad;
            model.model->visual->proj[0][0].add_(0.5);
        }
        QVERIFY_THROWS_EXCEPTION(Error, evaluateRetrieval(*model.model.ptr(), *model.tokenizer, set, options, kCpu, &cache));
        QVERIFY(cache.fingerprints.back() != first.model_fingerprint);
    }

    void splitSelection_data() {
        QTest::addColumn<QString>("split");
        QTest::addColumn<bool>("with_test");  // whether images 0 and 1 are in the test split
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<int>("images");
        QTest::newRow("auto with a test split") << "auto" << true << "test" << 2;
        QTest::newRow("auto without one") << "auto" << false << "all" << 8;
        QTest::newRow("test") << "test" << true << "test" << 2;
        QTest::newRow("val") << "val" << true << "val" << 3;
        QTest::newRow("train") << "train" << true << "train" << 3;
        QTest::newRow("all") << "all" << true << "all" << 8;
        QTest::newRow("empty test") << "test" << false << "" << 0;
        QTest::newRow("unknown split") << "dev" << true << "" << 0;
    }
    void splitSelection() {
        QFETCH(QString, split);
        QFETCH(bool, with_test);
        QFETCH(QString, chosen);
        QFETCH(int, images);
        static QString project;
        if (project.isEmpty()) project = importShapes("splits.clipft", data_, "split-shapes");
        ProjectStore store = ProjectStore::open(project.toStdString());
        // Images 0,1 test (or train), 2,3,4 val, the rest train.
        const auto stored = store.datasetImages("split-shapes");
        QCOMPARE(stored.size(), kCaptions.size());
        std::vector<SplitAssignment> splits;
        for (size_t i = 0; i < stored.size(); ++i)
            splits.push_back({stored[i].id, i < 2 ? (with_test ? DatasetSplit::Test : DatasetSplit::Train)
                                            : i < 5 ? DatasetSplit::Val
                                                    : DatasetSplit::Train});
        store.setSplits("split-shapes", splits);

        if (chosen.isEmpty()) {
            try {
                loadEvaluationSet(store, "split-shapes", split.toStdString());
                QFAIL("no error");
            } catch (const Error& e) {
                QVERIFY2(QString(e.what()).contains("'" + split + "'"), e.what());
                if (split != "dev") QVERIFY2(QString(e.what()).contains("split-shapes"), e.what());
            }
            // The command line says the same in one line.
            const Run run = runClipft({"eval", "--project", project, "--dataset", "split-shapes", "--model", model_,
                                       "--split", split});
            QCOMPARE(run.exit_code, 1);
            QVERIFY2(run.err.contains(split) && run.err.count('\n') == 1, qPrintable(run.err));
            return;
        }
        const EvaluationSet set = loadEvaluationSet(store, "split-shapes", split.toStdString());
        QCOMPARE(QString::fromStdString(set.split), chosen);
        QCOMPARE(static_cast<int>(set.image_paths.size()), images);
        QCOMPARE(set.dataset, std::string("split-shapes"));
        int64_t captions = 0;
        for (size_t i = 0; i < stored.size(); ++i) {
            const bool in = chosen == "all" || (chosen == "test" && i < 2) || (chosen == "val" && i >= 2 && i < 5) ||
                            (chosen == "train" && (i >= 5 || (i < 2 && !with_test)));
            if (in) captions += static_cast<int64_t>(stored[i].captions.size());
        }
        QCOMPARE(static_cast<int64_t>(set.captions.size()), captions);
        for (const auto& p : set.image_paths) QVERIFY2(std::filesystem::path(p).is_absolute() && QFile::exists(QString::fromStdString(p)), p.c_str());
    }

    void unknownDatasetIsNamed() {
        ProjectStore store = ProjectStore::open(path("splits-none.clipft").toStdString());
        try {
            loadEvaluationSet(store, "no-such-set", "auto");
            QFAIL("no error");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("no-such-set"), e.what());
        }
    }

    void validationLossIsTheContrastiveLoss_data() {
        QTest::addColumn<int>("batch_size");
        QTest::addColumn<double>("log_scale");
        QTest::newRow("batches 3,3,2") << 3 << std::log(1 / 0.07);
        QTest::newRow("7 then a lone image, skipped") << 7 << std::log(1 / 0.07);
        QTest::newRow("one batch, scale clamped to 100") << 8 << std::log(400.0);
        QTest::newRow("batches 4,4, small scale") << 4 << std::log(3.0);
    }
    void validationLossIsTheContrastiveLoss() {
        QFETCH(int, batch_size);
        QFETCH(double, log_scale);
        ProjectStore store = ProjectStore::open(importShapes("loss.clipft", data_).toStdString());
        const EvaluationSet set = loadEvaluationSet(store, "shapes", "all");
        LoadedModel model = loadModel(model_.toStdString(), kCpu);
        {
            c10::NoGradGuard no_grad;
            model.model->logit_scale.fill_(log_scale);
        }
        EvaluationOptions options;
        options.batch_size = batch_size;
        const EvaluationResult result = evaluateRetrieval(*model.model.ptr(), *model.tokenizer, set, options, kCpu, nullptr);
        QVERIFY(result.model_fingerprint.empty());  // no cache, none given: not computed

        // By hand: each image with its first caption, embedded by the embed job.
        EmbedRequest request;
        request.image_paths = set.image_paths;
        for (const auto& [file, captions] : kCaptions) request.captions.push_back(captions.front());
        const EmbedResult e = embed(model, request, kCpu);
        const double scale = std::min(std::exp(log_scale), 100.0);
        double total = 0;
        int64_t counted = 0;
        for (int64_t start = 0; start < 8; start += batch_size) {
            const int64_t count = std::min<int64_t>(batch_size, 8 - start);
            if (count == 1) continue;
            total += count * handClipLoss(e.image_embeds.narrow(0, start, count), e.text_embeds.narrow(0, start, count), scale);
            counted += count;
        }
        const double expected = total / counted;
        const double got = result.metrics.at("clip_val_loss");
        QVERIFY2(std::abs(got - expected) < 1e-4 * std::max(1.0, expected), qPrintable(QString("%1 vs %2").arg(got).arg(expected)));
        QVERIFY(expected > 0.01);  // not trivially zero

        options.compute_loss = false;
        QVERIFY(!evaluateRetrieval(*model.model.ptr(), *model.tokenizer, set, options, kCpu, nullptr).metrics.count("clip_val_loss"));
    }

    void aLoneImageHasZeroLoss() {
        const at::Tensor image = normalize(at::randn({1, 4}));
        const at::Tensor text = normalize(at::randn({1, 4}));
        QCOMPARE(contrastiveValidationLoss(image, text, torch::tensor({0}, at::kLong), torch::tensor(50.0), 64), 0.0);
    }

    void modelModeIsRestored_data() {
        QTest::addColumn<bool>("training");
        QTest::newRow("training") << true;
        QTest::newRow("eval") << false;
    }
    void modelModeIsRestored() {
        QFETCH(bool, training);
        ProjectStore store = ProjectStore::open(importShapes("mode.clipft", data_).toStdString());
        const EvaluationSet set = loadEvaluationSet(store, "shapes", "all");
        LoadedModel model = loadModel(model_.toStdString(), kCpu);
        model.model->train(training);
        evaluateRetrieval(*model.model.ptr(), *model.tokenizer, set, {}, kCpu, nullptr);
        QCOMPARE(model.model->is_training(), training);
        QCOMPARE(model.model->visual->is_training(), training);
        // Also when the evaluation stops with an exception.
        CancelToken cancel;
        cancel.cancel();
        QVERIFY_THROWS_EXCEPTION(Cancelled, evaluateRetrieval(*model.model.ptr(), *model.tokenizer, set, {}, kCpu, nullptr,
                                                              "", nullptr, &cancel));
        QCOMPARE(model.model->is_training(), training);
    }

    void cancelledEvaluationThrowsAndKeepsItsWork() {
        const QString project = importShapes("cancel.clipft", data_);
        ProjectStore store = ProjectStore::open(project.toStdString());
        const EvaluationSet set = loadEvaluationSet(store, "shapes", "all");
        LoadedModel model = loadModel(model_.toStdString(), kCpu);
        model.model->train();
        EvaluationOptions options;
        options.batch_size = 2;
        ProjectEmbeddingCache cache(store);
        CancelToken cancel;
        CancelOnImages canceller(cancel);
        QVERIFY_THROWS_EXCEPTION(Cancelled, evaluateRetrieval(*model.model.ptr(), *model.tokenizer, set, options, kCpu,
                                                              &cache, "", &canceller, &cancel));
        QVERIFY(model.model->is_training());
        // The first batch was stored before the cancel was noticed; the rest was not computed.
        const EvaluationResult resumed = evaluateRetrieval(*model.model.ptr(), *model.tokenizer, set, options, kCpu, &cache);
        QCOMPARE(resumed.cached_images, int64_t(2));
    }

    void embeddingsOfAnEarlierImagePipelineAreNotReused() {
        // A project file written before the image pipeline changed holds rows under the bare model
        // fingerprint. They describe other pixels, so the cache must not return them.
        const QString project = importShapes("pipeline.clipft", data_);
        ProjectStore store = ProjectStore::open(project.toStdString());
        const std::vector<float> old{1.f, 2.f, 3.f};
        store.putEmbeddings("fingerprint", {"hash-a"}, 3, old.data());
        ProjectEmbeddingCache cache(store);
        QVERIFY(!cache.get("fingerprint", {"hash-a"}).found[0]);

        // What the cache stores now, it finds again, and only under the same model.
        const std::vector<float> current{4.f, 5.f, 6.f};
        cache.put("fingerprint", {"hash-a"}, 3, current.data());
        const EmbeddingLookup found = cache.get("fingerprint", {"hash-a"});
        QVERIFY(found.found[0]);
        QCOMPARE(found.values, current);
        QVERIFY(!cache.get("other-fingerprint", {"hash-a"}).found[0]);
        QCOMPARE(store.getEmbeddings("fingerprint", {"hash-a"}).values, old);  // the old row is left alone
    }

    void fingerprintFollowsTheWeights() {
        LoadedModel a = loadModel(model_.toStdString(), kCpu);
        ClipModelImpl& model = *a.model.ptr();
        const std::string original = modelFingerprint(model);
        QCOMPARE(original.size(), size_t(32));
        QVERIFY(original.find_first_not_of("0123456789abcdef") == std::string::npos);
        QCOMPARE(modelFingerprint(model), original);

        // The same weights from another folder (and another load) are the same model.
        saveOpenClipFolder(model, path("model-copy").toStdString(), model_.toStdString());
        const LoadedModel b = loadModel(path("model-copy").toStdString(), kCpu);
        QCOMPARE(modelFingerprint(*b.model.ptr()), original);

        // The smallest change to any one element of any parameter is another model; undoing it is not.
        c10::NoGradGuard no_grad;
        int changed = 0;
        for (auto& item : model.named_parameters()) {
            at::Tensor flat = item.value().view({-1});
            const int64_t middle = flat.numel() / 2;
            const float before = flat[middle].item<float>();
            flat[middle].fill_(std::nextafter(before, std::numeric_limits<float>::infinity()));
            QVERIFY2(modelFingerprint(model) != original, item.key().c_str());
            flat[middle].fill_(before);
            QVERIFY2(modelFingerprint(model) == original, item.key().c_str());
            ++changed;
        }
        QVERIFY(changed > 20);

        // The config counts too: the same weights with another activation compute something else.
        ClipConfig other = model.config;
        other.quick_gelu = !other.quick_gelu;
        ClipModel twin(other);
        auto source = model.named_parameters();
        for (auto& item : twin->named_parameters()) item.value().copy_(source[item.key()]);
        QVERIFY(modelFingerprint(*twin) != original);
        other.quick_gelu = !other.quick_gelu;
        ClipModel same(other);
        for (auto& item : same->named_parameters()) item.value().copy_(source[item.key()]);
        QCOMPARE(modelFingerprint(*same), original);
    }

    void badCommandLinesAreOneSentence_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown dataset") << QStringList{"--dataset", "nope"} << "nope";
        QTest::newRow("bad k") << QStringList{"--dataset", "shapes", "--k", "1,0"} << "--k";
        QTest::newRow("bad split") << QStringList{"--dataset", "shapes", "--split", "dev"} << "dev";
        QTest::newRow("no model") << QStringList{"--dataset", "shapes", "--model", "/nonexistent/m"} << "/nonexistent/m";
    }
    void badCommandLinesAreOneSentence() {
        QFETCH(QStringList, extra);
        QFETCH(QString, expected);
        static QString project;
        if (project.isEmpty()) project = importShapes("errors.clipft", data_);
        QStringList args{"eval", "--project", project};
        if (!extra.contains("--model")) args << "--model" << model_;
        const Run run = runClipft(args + extra);
        QCOMPARE(run.exit_code, 1);
        QVERIFY2(run.err.contains(expected) && run.err.count('\n') == 1, qPrintable(run.err));
        ProjectStore store = ProjectStore::open(project.toStdString());
        QVERIFY(store.evaluationsOfDataset("shapes").empty());  // nothing stored on failure
    }
};

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
