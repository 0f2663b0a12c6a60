// The import job end to end on a messy folder: good items imported, every bad one reported with its
// reason, nothing stored on failure or cancellation; also through the `clipft import` command.
#include "first_frame_fixtures.h"
#include "image_fixtures.h"

#include "core/common/error.h"
#include "core/jobs/dataset_import_job.h"
#include "core/store/project_store.h"

#include <QtTest>
#include <nlohmann/json.hpp>

#include <map>
#include <set>

using namespace clipft;
using namespace fixtures;

namespace {
void writeText(const QString& path, const QByteArray& text) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

class CancelAfter : public ProgressObserver {
public:
    CancelAfter(CancelToken& token, std::string stage) : token_(token), stage_(std::move(stage)) {}
    void onProgress(const std::string& stage, long long, long long) override {
        if (stage == stage_) token_.cancel();
    }

private:
    CancelToken& token_;
    std::string stage_;
};
}  // namespace

class TestDatasetImport : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString messy_;
    QString file(const QString& name) const { return QDir(messy_).filePath(name); }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        messy_ = dir_.filePath("messy");
        QDir().mkpath(messy_ + "/sub");
        cv::Mat photo(120, 160, CV_8UC3);
        cv::randu(photo, 0, 255);
        cv::Mat other(90, 140, CV_8UC3, cv::Scalar(10, 200, 30));
        writeBytes(file("good.jpg").toStdString(), encode(".jpg", photo));
        writeBytes(file("sub/nested.png").toStdString(), encode(".png", other));
        writeBytes(file("zcopy.jpg").toStdString(), encode(".jpg", photo));  // same bytes as good.jpg
        Bytes truncated = encode(".jpg", other);
        truncated.resize(truncated.size() / 2);
        writeBytes(file("truncated.jpg").toStdString(), truncated);
        writeBytes(file("empty.jpg").toStdString(), {});
        writeBytes(file("notes.png").toStdString(), Bytes{'j', 'u', 's', 't', ' ', 't', 'e', 'x', 't'});
        writeBytes(file("cmyk.jpg").toStdString(), Bytes(std::begin(kCmykJpeg), std::end(kCmykJpeg)));
        writeBytes(file("deep.png").toStdString(), encode(".png", cv::Mat(64, 48, CV_16UC3, cv::Scalar(900, 40000, 65000))));
        writeBytes(file("rotated.jpg").toStdString(), jpegWithOrientation(photo, 6, false));
        writeBytes(file("uncaptioned.png").toStdString(), encode(".png", other));
        writeBytes(file("shapes.gif").toStdString(), gifFixtures()[5].bytes);  // 7x5, first frame only
        for (const char* name : {"good", "sub/nested", "zcopy", "truncated", "empty", "notes", "cmyk", "deep", "rotated", "shapes"})
            writeText(file(QString(name) + ".txt"), QByteArray("a picture called ") + name + "\nsecond caption\n");
        writeBytes(file("latin.jpg").toStdString(), encode(".jpg", other * 0.5));
        writeText(file("latin.txt"), "un caf\xe9 au lait\n");  // Latin-1: reported, never mojibake
    }

    void importsTheGoodAndReportsExactlyTheBad() {
        ProjectStore store = ProjectStore::open(dir_.filePath("p.clipft").toStdString());
        DatasetImportRequest request;
        request.name = "messy";
        request.source = messy_.toStdString();
        request.min_side = 4;  // the CMYK sample is 8x6
        const DatasetImportSummary s = importDataset(store, request);
        QCOMPARE(QString::fromStdString(s.format), QString("folder"));
        // good, sub/nested, cmyk, deep, rotated, shapes: 6 images with 2 captions each.
        QCOMPARE(s.images, int64_t(6));
        QCOMPARE(s.captions, int64_t(12));

        std::map<std::string, std::string> reported;  // path -> kind
        for (const auto& p : store.datasetProblems("messy")) reported[p.path] = importProblemKindName(p.kind);
        const std::map<std::string, std::string> expected = {
            {"zcopy.jpg", "duplicate"},         {"truncated.jpg", "corrupt"},
            {"empty.jpg", "not_an_image"},      {"notes.png", "not_an_image"},
            {"uncaptioned.png", "image_without_caption"}, {"latin.txt", "bad_encoding"}};
        for (const auto& [path, kind] : expected) {
            QVERIFY2(reported.count(path), path.c_str());
            QCOMPARE(QString::fromStdString(reported[path]), QString::fromStdString(kind));
        }
        // Nothing else: the valid oddities (CMYK, 16-bit, EXIF-rotated, GIF, nested) are not problems.
        for (const auto& [path, kind] : reported)
            QVERIFY2(expected.count(path) || path == "latin.jpg", (path + " " + kind).c_str());

        std::set<std::string> stored;
        for (const auto& image : store.datasetImages("messy")) {
            stored.insert(image.relative_path);
            QCOMPARE(image.captions.size(), size_t(2));
            QVERIFY(image.split != DatasetSplit::None);
            if (image.relative_path == "rotated.jpg") {
                QCOMPARE(image.width, 120);  // EXIF orientation 6: stored 160x120, shown 120x160
                QCOMPARE(image.height, 160);
            }
        }
        QCOMPARE(stored, (std::set<std::string>{"good.jpg", "sub/nested.png", "cmyk.jpg", "deep.png", "rotated.jpg", "shapes.gif"}));
        for (const auto& image : store.datasetImages("messy"))
            for (const auto& c : image.captions) QVERIFY(QString::fromStdString(c.text).toUtf8() == QByteArray(c.text.c_str()));
    }

    // A published benchmark keeps its published counts: two listed names whose files are
    // byte-identical both stay (with an "identical to" warning), unless the user drops them.
    void benchmarkKeepsByteIdenticalImages_data() {
        QTest::addColumn<QString>("duplicates");  // "", "keep", "drop"
        QTest::addColumn<int>("images");
        QTest::newRow("default for flickr8k") << "" << 12;
        QTest::newRow("keep") << "keep" << 12;
        QTest::newRow("drop") << "drop" << 9;
    }
    void benchmarkKeepsByteIdenticalImages() {
        QFETCH(QString, duplicates);
        QFETCH(int, images);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir().mkpath(dir.filePath("Flickr8k_text"));
        QDir().mkpath(dir.filePath("Flicker8k_Dataset"));
        QByteArray token, train, test;
        for (int i = 0; i < 12; ++i) {
            const QString name = QString("%1_img.jpg").arg(1000 + i);
            // Images 9, 10 and 11 are byte-identical copies of 0, 1 and 2.
            cv::Mat pixels(48, 64, CV_8UC3, cv::Scalar(20 * (i % 9), 255 - 20 * (i % 9), 7 * (i % 9)));
            writeBytes(dir.filePath("Flicker8k_Dataset/" + name).toStdString(), encode(".jpg", pixels));
            for (int k = 0; k < 5; ++k)
                token += (name + "#" + QString::number(k) + "\tcaption " + QString::number(k) + " of " + QString::number(i) + "\n").toUtf8();
            (i < 8 ? train : test) += (name + "\n").toUtf8();
        }
        writeText(dir.filePath("Flickr8k_text/Flickr8k.token.txt"), token);
        writeText(dir.filePath("Flickr8k_text/Flickr_8k.trainImages.txt"), train);
        writeText(dir.filePath("Flickr8k_text/Flickr_8k.devImages.txt"), "");
        writeText(dir.filePath("Flickr8k_text/Flickr_8k.testImages.txt"), test);

        ProjectStore store = ProjectStore::open(dir.filePath("p.clipft").toStdString());
        DatasetImportRequest request;
        request.name = "flickr8k";
        request.source = dir.path().toStdString();
        if (!duplicates.isEmpty()) request.keep_duplicates = duplicates == "keep";
        const DatasetImportSummary s = importDataset(store, request);
        QCOMPARE(QString::fromStdString(s.format), QString("flickr8k"));
        QCOMPARE(s.images, int64_t(images));
        QCOMPARE(s.captions, int64_t(images * 5));
        QCOMPARE(store.datasetStats("flickr8k").images, int64_t(images));
        int identical = 0, dropped = 0;
        for (const auto& p : store.datasetProblems("flickr8k")) {
            if (p.kind == ImportProblemKind::IdenticalFile) {
                ++identical;
                QVERIFY2(QString::fromStdString(p.reason).contains("identical to 100"), p.reason.c_str());
            }
            dropped += p.kind == ImportProblemKind::Duplicate;
        }
        QCOMPARE(identical, images == 12 ? 3 : 0);
        QCOMPARE(dropped, images == 12 ? 0 : 3);
    }

    // A user's own folder drops exact duplicates by default (the messy folder's zcopy.jpg above);
    // --duplicates keep keeps them.
    void ownFolderKeepsDuplicatesWhenAsked() {
        ProjectStore store = ProjectStore::open(dir_.filePath("keep.clipft").toStdString());
        DatasetImportRequest request;
        request.name = "messy";
        request.source = messy_.toStdString();
        request.min_side = 4;
        request.keep_duplicates = true;
        QCOMPARE(importDataset(store, request).images, int64_t(7));  // zcopy.jpg too
    }

    // Replacing a dataset that a run uses is refused, naming the run, until the user confirms.
    void replacingADatasetWithRunsNeedsConfirmation() {
        ProjectStore store = ProjectStore::open(dir_.filePath("runs.clipft").toStdString());
        DatasetImportRequest request;
        request.name = "messy";
        request.source = messy_.toStdString();
        request.min_side = 4;
        importDataset(store, request);
        NewRun run;
        run.dataset = "messy";
        run.name = "my precious run";
        run.base_model_path = "/models/x";
        run.base_model_fingerprint = "f";
        run.output_dir = "/runs/1";
        run.hyperparameters_json = "{}";
        const int64_t id = store.createRun(run);
        request.replace = true;
        try {
            importDataset(store, request);
            QFAIL("replacing a dataset with a run was not refused");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("my precious run"), e.what());
            QVERIFY2(QString(e.what()).contains("--delete-runs"), e.what());
        }
        QVERIFY(store.findRun(id));
        request.delete_runs = true;
        importDataset(store, request);
        QVERIFY(!store.findRun(id));
    }

    void aSecondImportOfTheSameNameIsRefusedAndChangesNothing() {
        ProjectStore store = ProjectStore::open(dir_.filePath("p.clipft").toStdString());
        const DatasetStats before = store.datasetStats("messy");
        DatasetImportRequest request;
        request.name = "messy";
        request.source = messy_.toStdString();
        QVERIFY_THROWS_EXCEPTION(Error, importDataset(store, request));
        QCOMPARE(store.datasetStats("messy").images, before.images);
    }

    void cancellingLeavesTheProjectAsItWas_data() {
        QTest::addColumn<QString>("stage");
        QTest::newRow("while validating") << "validating images";
        QTest::newRow("while storing") << "storing";
    }
    void cancellingLeavesTheProjectAsItWas() {
        QFETCH(QString, stage);
        ProjectStore store = ProjectStore::open(dir_.filePath("p.clipft").toStdString());
        const size_t datasets = store.datasets().size();
        CancelToken token;
        CancelAfter observer(token, stage.toStdString());
        DatasetImportRequest request;
        request.name = "cancelled";
        request.source = messy_.toStdString();
        QVERIFY_THROWS_EXCEPTION(Cancelled, importDataset(store, request, &observer, &token));
        QCOMPARE(store.datasets().size(), datasets);
        QVERIFY(!store.findDataset("cancelled"));
    }

    void splitsAreDeterministicPerImage() {
        ProjectStore a = ProjectStore::open(dir_.filePath("a.clipft").toStdString());
        ProjectStore b = ProjectStore::open(dir_.filePath("b.clipft").toStdString());
        DatasetImportRequest request;
        request.name = "d";
        request.source = messy_.toStdString();
        request.seed = 7;
        request.min_side = 4;
        importDataset(a, request);
        importDataset(b, request);
        const auto ia = a.datasetImages("d");
        const auto ib = b.datasetImages("d");
        QCOMPARE(ia.size(), ib.size());
        for (size_t i = 0; i < ia.size(); ++i) {
            QCOMPARE(ia[i].relative_path, ib[i].relative_path);
            QVERIFY(ia[i].split == ib[i].split);
        }
    }

    void commandLineImportJson() {
        QProcess p;
        p.start(QStringLiteral(CLIPFT_BUILD_BIN_DIR "/clipft"),
                {"import", "--project", dir_.filePath("cli.clipft"), "--name", "m", "--min-side", "4", messy_, "--json"});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const auto j = nlohmann::json::parse(p.readAllStandardOutput().toStdString());
        QCOMPARE(j["dataset"].get<std::string>(), std::string("m"));
        QCOMPARE(j["images"].get<int>(), 6);
        QCOMPARE(j["captions"].get<int>(), 12);
        QVERIFY(j["problems"].size() >= 6);
        for (const auto& problem : j["problems"]) QVERIFY(problem.contains("path") && problem.contains("reason"));

        QProcess stats;
        stats.start(QStringLiteral(CLIPFT_BUILD_BIN_DIR "/clipft"),
                    {"dataset", "stats", "--project", dir_.filePath("cli.clipft"), "--name", "m", "--json"});
        QVERIFY(stats.waitForFinished(60000));
        const auto s = nlohmann::json::parse(stats.readAllStandardOutput().toStdString());
        QCOMPARE(s["images"].get<int>(), 6);
        const int in_splits = s["splits"]["train"].get<int>() + s["splits"]["val"].get<int>() + s["splits"]["test"].get<int>();
        QCOMPARE(in_splits, 6);
    }
};

QTEST_GUILESS_MAIN(TestDatasetImport)
#include "tst_dataset_import.moc"
