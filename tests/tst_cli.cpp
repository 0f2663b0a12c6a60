// The `clipft` command line as a user runs it: a real child process on a model folder the test
// writes (a tiny random CLIP with a sentencepiece vocabulary), and on the parity case when present.
#include "core/jobs/embed_job.h"
#include "core/model/model_folder.h"
#include "core/model/safetensors.h"
#include "core/text/sentencepiece_library.h"
#include "core/text/sentencepiece_tokenizer.h"

#include <torch/version.h>

#include <QtTest>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include <filesystem>

using namespace clipft;

namespace {
const QString kClipft = QStringLiteral(CLIPFT_BUILD_BIN_DIR "/clipft");
const std::string kParity = std::string(CLIPFT_SHARED_DIR) + "/parity/tiny-gelu";

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

at::Tensor rowCosine(const at::Tensor& a, const at::Tensor& b) {
    return (a * b).sum(-1) / (a.norm(2, -1) * b.norm(2, -1));
}
}  // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString model_, images_, captions_;

    QString path(const QString& name) const { return dir_.filePath(name); }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        // A sentencepiece vocabulary trained on a few captions, and a tiny CLIP that uses it.
        QFile corpus(path("corpus.txt"));
        QVERIFY(corpus.open(QIODevice::WriteOnly));
        const char* words[] = {"red", "blue", "green", "circle", "square", "small", "large", "left", "right", "a"};
        for (int i = 0; i < 200; ++i)
            corpus.write(QString("a %1 %2 on the %3\n").arg(words[i % 7]).arg(words[3 + i % 4]).arg(words[7 + i % 2]).toUtf8());
        corpus.close();
        QDir(dir_.path()).mkdir("vocab");
        trainSentencePiece(std::map<std::string, std::string>{{"input", path("corpus.txt").toStdString()},
                                                              {"model_prefix", path("vocab/demo").toStdString()},
                                                              {"vocab_size", "40"},
                                                              {"hard_vocab_limit", "false"}});
        SentencePieceTokenizer tokenizer(path("vocab/demo.model").toStdString());

        ClipConfig config;
        config.embed_dim = 16;
        config.vision = {2, 32, 2, 8, 32, 128};
        config.text = {16, static_cast<int>(tokenizer.vocabSize()), 24, 2, 2, 96};
        torch::manual_seed(3);
        ClipModel model(config);
        model_ = path("model");
        saveOpenClipFolder(*model, model_.toStdString(), path("vocab").toStdString());

        images_ = path("images");
        QDir(dir_.path()).mkdir("images");
        for (int i = 0; i < 3; ++i) {
            cv::Mat img(40 + 10 * i, 50, CV_8UC3, cv::Scalar(40 * i, 200 - 50 * i, 90));
            cv::circle(img, cv::Point(20, 20), 8 + i, cv::Scalar(255, 255, 255), -1);
            QVERIFY(cv::imwrite(QDir(images_).filePath(QString("img_%1.png").arg(i)).toStdString(), img));
        }
        QFile notes(QDir(images_).filePath("notes.txt"));  // not an image: ignored
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.close();

        captions_ = path("captions.txt");
        QFile captions(captions_);
        QVERIFY(captions.open(QIODevice::WriteOnly));
        captions.write("a red circle on the left\r\n\r\nA LARGE blue square\n");  // CRLF, an empty caption
        captions.close();
    }

    void versionAndHelp() {
        const Run version = runClipft({"--version"});
        QCOMPARE(version.exit_code, 0);
        QVERIFY(version.out.startsWith("clipft "));
        // The LibTorch it was built with, as this test was (the same headers), and what CUDA it has.
        QVERIFY2(version.out.contains("LibTorch " TORCH_VERSION "\n"), qPrintable(version.out));
        QVERIFY2(version.out.contains("\nCUDA "), qPrintable(version.out));  // compiled in, or "not compiled in"
        QVERIFY2(version.out.contains("devices: cpu ("), qPrintable(version.out));
        const Run help = runClipft({"--help"});
        QCOMPARE(help.exit_code, 0);
        QVERIFY(help.out.contains("embed --model DIR"));
    }

    void embedMatchesTheEngine() {
        const QString out = path("embeds.safetensors");
        const Run run = runClipft({"embed", "--model", model_, "--images", images_, "--captions", captions_, "--out", out,
                                   "--device", "cpu", "--batch-size", "2"});
        QVERIFY2(run.exit_code == 0, qPrintable(run.err));
        auto file = SafetensorsFile::open(out.toStdString());
        const at::Tensor images = file->tensor("image_embeds");
        const at::Tensor texts = file->tensor("text_embeds");
        const at::Tensor tokens = file->tensor("tokens");
        QCOMPARE(images.sizes(), (at::IntArrayRef{3, 16}));
        QCOMPARE(texts.sizes(), (at::IntArrayRef{3, 16}));  // the empty line is a caption, the final newline isn't
        QCOMPARE(tokens.sizes(), (at::IntArrayRef{3, 16}));
        QCOMPARE(tokens.scalar_type(), at::kLong);
        QVERIFY(at::allclose(images.norm(2, -1), at::ones({3}), 1e-5, 1e-5));
        QVERIFY(at::allclose(texts.norm(2, -1), at::ones({3}), 1e-5, 1e-5));
        // The empty caption is [SOT, EOT, 0...].
        QCOMPARE(tokens[1][2].item<int64_t>(), int64_t(0));
        QCOMPARE(tokens[1][1].item<int64_t>(), tokens.max().item<int64_t>());

        // Same numbers as the engine called in-process, images in file-name order.
        const LoadedModel model = loadModel(model_.toStdString(), c10::Device(c10::kCPU));
        EmbedRequest request;
        for (int i = 0; i < 3; ++i) request.image_paths.push_back(QDir(images_).filePath(QString("img_%1.png").arg(i)).toStdString());
        request.captions = {"a red circle on the left", "", "A LARGE blue square"};
        const EmbedResult direct = embed(model, request, c10::Device(c10::kCPU));
        QVERIFY(at::allclose(images, direct.image_embeds, 1e-5, 1e-6));
        QVERIFY(at::allclose(texts, direct.text_embeds, 1e-5, 1e-6));
        QVERIFY(at::equal(tokens, direct.tokens));
        QVERIFY(!at::allclose(images[0], images[1]));
    }

    void embedOnlyCaptions() {
        const QString out = path("texts.safetensors");
        const Run run = runClipft({"embed", "--model", model_, "--captions", captions_, "--out", out});
        QVERIFY2(run.exit_code == 0, qPrintable(run.err));
        auto file = SafetensorsFile::open(out.toStdString());
        QVERIFY(file->find("text_embeds"));
        QVERIFY(!file->find("image_embeds"));
    }

    void savedFolderLoadsBackIdentically() {
        const LoadedModel a = loadModel(model_.toStdString(), c10::Device(c10::kCPU));
        saveOpenClipFolder(*a.model.ptr(), path("copy").toStdString(), model_.toStdString());
        const LoadedModel b = loadModel(path("copy").toStdString(), c10::Device(c10::kCPU));
        auto pa = a.model->named_parameters();
        auto pb = b.model->named_parameters();
        QCOMPARE(pa.size(), pb.size());
        for (const auto& item : pa) QVERIFY2(at::equal(item.value(), pb[item.key()]), item.key().c_str());
        QVERIFY(QFile::exists(path("copy/demo.model")));
    }

    void userErrorsAreOneSentenceAndExitOne_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no model folder") << QStringList{"embed", "--model", "/nonexistent/m", "--captions", captions_, "--out", "o"}
                                         << "/nonexistent/m";
        QTest::newRow("unknown option") << QStringList{"embed", "--modle", "m"} << "unknown option --modle";
        QTest::newRow("nothing to embed") << QStringList{"embed", "--model", "m", "--out", "o"} << "--images";
        QTest::newRow("bad device") << QStringList{"embed", "--model", "m", "--captions", "c", "--out", "o", "--device", "gpu7"}
                                    << "unknown device 'gpu7'";
        QTest::newRow("unknown config") << QStringList{"bench", "embed", "--config", "ViT-Z-1"} << "unknown model config";
    }
    void userErrorsAreOneSentenceAndExitOne() {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run run = runClipft(args);
        QCOMPARE(run.exit_code, 1);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY2(run.err.count('\n') == 1, qPrintable(run.err));  // one line, no stack trace
    }

    void corruptImageIsNamed() {
        QDir(dir_.path()).mkdir("bad");
        QFile::copy(QDir(images_).filePath("img_0.png"), path("bad/good.png"));
        QFile broken(path("bad/broken.jpg"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\xFF\xD8\xFF\xE0 not really a jpeg");
        broken.close();
        const Run run = runClipft({"embed", "--model", model_, "--images", path("bad"), "--out", path("bad.safetensors")});
        QCOMPARE(run.exit_code, 1);
        QVERIFY2(run.err.contains("broken.jpg"), qPrintable(run.err));
        QVERIFY(!QFile::exists(path("bad.safetensors")));
    }

    void benchEmbedJson() {
        const Run run = runClipft({"bench", "embed", "--model", model_, "--batch-size", "4", "--batches", "2", "--captions",
                                   "24", "--json", "--device", "cpu"});
        QVERIFY2(run.exit_code == 0, qPrintable(run.err));
        const auto j = nlohmann::json::parse(run.out.toStdString());
        for (const char* key : {"images_per_s", "texts_per_s", "peak_gflops", "image_gflops"})
            QVERIFY2(j.contains(key) && j[key].get<double>() > 0, key);
        QVERIFY(j["text_trim_max_abs_diff"].get<double>() < 1e-4);
    }

    void parityThroughTheCommandLine_data() {
        QTest::addColumn<QString>("layout");
        QTest::newRow("open_clip") << "openclip";
        QTest::newRow("transformers") << "hf";
    }
    void parityThroughTheCommandLine() {
        QFETCH(QString, layout);
        if (!std::filesystem::exists(kParity + "/expected.safetensors")) QSKIP("../shared/parity is not here");
        const QString out = path("parity-" + layout + ".safetensors");
        const QString base = QString::fromStdString(kParity);
        const Run run = runClipft({"embed", "--model", base + "/" + layout, "--images", base + "/images", "--captions",
                                   base + "/captions.txt", "--out", out});
        QVERIFY2(run.exit_code == 0, qPrintable(run.err));
        auto ours = SafetensorsFile::open(out.toStdString());
        auto expected = SafetensorsFile::open(kParity + "/expected.safetensors");
        QVERIFY(at::equal(ours->tensor("tokens"), expected->tensor("tokens")));
        QVERIFY(rowCosine(ours->tensor("text_embeds"), expected->tensor("text_embeds")).min().item<double>() >= 0.9999);
        QVERIFY(rowCosine(ours->tensor("image_embeds"), expected->tensor("image_embeds")).min().item<double>() >= 0.9995);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
