// What a user can do wrong, run as a user runs it: `clipft` as a child process, the exit status
// and the message asserted for each case. Nothing may crash (std::terminate shows as a signal or
// exit 134), succeed silently with nothing done, or destroy a file that was there before.
//
// A full disk is simulated with RLIMIT_FSIZE in the child (writes past the limit fail with EFBIG,
// as they fail with ENOSPC on a full disk); the file that was there before must stay byte-identical.
#include "core/jobs/dataset_import_job.h"
#include "core/demo/demo_dataset.h"
#include "core/model/clip_model.h"
#include "core/model/model_folder.h"
#include "core/store/project_store.h"
#include "tiny_model_fixture.h"

#include <csignal>
#include <sys/resource.h>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace clipft;

namespace {

const QString kClipft = QStringLiteral(CLIPFT_BUILD_BIN_DIR "/clipft");

struct Run {
    bool crashed = false;
    int exit_code = -1;
    QString out, err;
};

// `file_size_limit` > 0: the child cannot write past that many bytes of any file (a full disk).
Run runClipft(const QStringList& args, qint64 file_size_limit = 0) {
    QProcess process;
    if (file_size_limit > 0) {
        process.setChildProcessModifier([file_size_limit] {
            std::signal(SIGXFSZ, SIG_IGN);  // a write past the limit then fails with EFBIG
            rlimit limit{static_cast<rlim_t>(file_size_limit), static_cast<rlim_t>(file_size_limit)};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    process.start(kClipft, args);
    process.waitForFinished(300000);
    Run run;
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exit_code = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray digestOf(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

}  // namespace

class TestHostileInput : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString project_, model_;

    QString path(const QString& name) const { return dir_.filePath(name); }

    // Each case: the command line (with {DIR}, {PROJECT} and {MODEL} replaced), and what stderr
    // must say. Every case must fail with exit status 1 and no crash.
    void addCase(const char* name, const QStringList& args, const QStringList& says) {
        QStringList expanded;
        for (QString a : args)
            expanded << a.replace("{DIR}", dir_.path()).replace("{PROJECT}", project_).replace("{MODEL}", model_);
        QStringList said;
        for (QString s : says) said << s.replace("{DIR}", dir_.path());
        QTest::newRow(name) << expanded << said;
    }

private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        writeDemoDataset(path("data").toStdString(), DemoVariant::Generic, 16, 3, 32);
        project_ = path("project.clipft");
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            DatasetImportRequest request;
            request.name = "shapes";
            request.source = path("data").toStdString();
            request.ratios = {0.75, 0.25, 0.0};
            importDataset(store, request);
        }
        // A model large enough that its weights file is worth cutting in half (the full-disk cases).
        fixtures::TinyClipShape shape;
        shape.embed_dim = 32;
        shape.vision_width = 64, shape.vision_mlp = 128, shape.text_width = 64, shape.text_mlp = 128;
        model_ = fixtures::writeTinyClip(dir_.path(), fixtures::captionsOfFolder(path("data")), shape, 1);
        QVERIFY(!model_.isEmpty());

        // Things for the cases to trip over.
        writeFile(path("a-file"), "not a folder\n");
        writeFile(path("captions.txt"), "a red circle\na blue square\n");
        QDir(dir_.path()).mkpath("transformers-bad-act");
        writeFile(path("transformers-bad-act/config.json"),
                  R"({"model_type": "clip", "projection_dim": 32, "text_config": {"hidden_act": 5}, "vision_config": {}})");
        writeFile(path("transformers-bad-act/model.safetensors"), QByteArray(16, '\0'));
        writeFile(path("transformers-bad-act/vocab.json"), "{}");
        writeFile(path("transformers-bad-act/merges.txt"), "#version: 0.2\n");

        // A model folder whose weights file is cut short.
        QDir(dir_.path()).mkpath("damaged-model");
        for (const QString& name : QDir(model_).entryList(QDir::Files)) QFile::copy(QDir(model_).filePath(name), path("damaged-model/" + name));
        {
            QFile weights(path("damaged-model/open_clip_model.safetensors"));
            QVERIFY(weights.open(QIODevice::ReadWrite));
            QVERIFY(weights.resize(weights.size() / 2));
        }

        // A finished run, for export.
        const Run trained = runClipft({"train", "--project", project_, "--dataset", "shapes", "--model", model_, "--out",
                                       path("run1"), "--steps", "2", "--batch-size", "4", "--threads", "1"});
        QVERIFY2(trained.exit_code == 0, qPrintable(trained.err));
    }

    void refusedWithAMessage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("says");
        addCase("train --out in a folder that cannot be created",
                {"train", "--project", "{PROJECT}", "--dataset", "shapes", "--model", "{MODEL}", "--out", "{DIR}/a-file/run",
                 "--steps", "1", "--batch-size", "4"},
                {"{DIR}/a-file/run", "cannot create the folder"});
        addCase("transformers config with a numeric hidden_act",
                {"embed", "--model", "{DIR}/transformers-bad-act", "--captions", "{DIR}/captions.txt", "--out", "{DIR}/x.safetensors"},
                {"config.json", "hidden_act", "must be a string"});
        addCase("embed --captions is a folder",
                {"embed", "--model", "{MODEL}", "--captions", "{DIR}/data", "--out", "{DIR}/x.safetensors"},
                {"{DIR}/data", "is a folder"});
        addCase("embed --captions does not exist",
                {"embed", "--model", "{MODEL}", "--captions", "{DIR}/nothing.txt", "--out", "{DIR}/x.safetensors"},
                {"{DIR}/nothing.txt", "no such file"});
        addCase("negative --threads",
                {"embed", "--model", "{MODEL}", "--captions", "{DIR}/captions.txt", "--out", "{DIR}/x.safetensors", "--threads", "-3"},
                {"--threads", "at least 0", "-3"});
        addCase("zero --batch-size",
                {"eval", "--project", "{PROJECT}", "--dataset", "shapes", "--model", "{MODEL}", "--batch-size", "0"},
                {"--batch-size", "at least 1"});
        addCase("train --steps not a number",
                {"train", "--project", "{PROJECT}", "--dataset", "shapes", "--model", "{MODEL}", "--out", "{DIR}/r", "--steps", "ten"},
                {"--steps", "ten"});
        addCase("unknown augmentation",
                {"train", "--project", "{PROJECT}", "--dataset", "shapes", "--model", "{MODEL}", "--out", "{DIR}/r", "--augment", "flip"},
                {"flip", "random-resized-crop", "none"});
        addCase("embed --out in a missing folder",
                {"embed", "--model", "{MODEL}", "--captions", "{DIR}/captions.txt", "--out", "{DIR}/a-file/x.safetensors"},
                {"{DIR}/a-file/x.safetensors"});
        addCase("the model folder is a file",
                {"embed", "--model", "{DIR}/a-file", "--captions", "{DIR}/captions.txt", "--out", "{DIR}/x.safetensors"},
                {"{DIR}/a-file", "not a folder"});
        addCase("an unknown dataset",
                {"train", "--project", "{PROJECT}", "--dataset", "nope", "--model", "{MODEL}", "--out", "{DIR}/r"},
                {"nope"});
        addCase("export of an unknown run", {"export", "--project", "{PROJECT}", "--run", "99", "--out", "{DIR}/e"},
                {"no run 99"});
        addCase("a project that is not a project", {"dataset", "list", "--project", "{DIR}/captions.txt"},
                {"{DIR}/captions.txt"});
        addCase("import of a source that does not exist",
                {"import", "--project", "{PROJECT}", "--name", "ghost", "{DIR}/no-such-folder"}, {"{DIR}/no-such-folder"});
        addCase("import with malformed split ratios",
                {"import", "--project", "{PROJECT}", "--name", "x", "--split", "0.8,0.3", "{DIR}/data"}, {"--split"});
        addCase("import with an unknown duplicates policy",
                {"import", "--project", "{PROJECT}", "--name", "x", "--duplicates", "maybe", "{DIR}/data"}, {"keep or drop"});
        addCase("dataset stats of an unknown dataset", {"dataset", "stats", "--project", "{PROJECT}", "--name", "nope"},
                {"nope"});
        addCase("a batch larger than the training data",
                {"train", "--project", "{PROJECT}", "--dataset", "shapes", "--model", "{MODEL}", "--out", "{DIR}/big",
                 "--batch-size", "4096", "--steps", "1"},
                {"4096"});
        addCase("resume of an unknown run", {"train", "--project", "{PROJECT}", "--resume", "42"}, {"no run 42"});
        addCase("eval of an unknown split",
                {"eval", "--project", "{PROJECT}", "--dataset", "shapes", "--model", "{MODEL}", "--split", "dev"}, {"dev"});
        addCase("a WiSE-FT alpha out of range",
                {"export", "--project", "{PROJECT}", "--run", "1", "--wise-ft", "1.5", "--out", "{DIR}/e"}, {"alpha"});
        addCase("a damaged weights file",
                {"embed", "--model", "{DIR}/damaged-model", "--captions", "{DIR}/captions.txt", "--out", "{DIR}/x.safetensors"},
                {"open_clip_model.safetensors"});
        addCase("an unknown option", {"train", "--project", "{PROJECT}", "--learning-rate", "1"}, {"--learning-rate"});
    }
    void refusedWithAMessage() {
        QFETCH(QStringList, args);
        QFETCH(QStringList, says);
        const Run run = runClipft(args);
        QVERIFY2(!run.crashed, qPrintable("crashed: " + run.err));
        QVERIFY2(run.exit_code == 1, qPrintable(QString::number(run.exit_code) + ": " + run.err));
        for (const QString& part : says)
            QVERIFY2(run.err.contains(part), qPrintable("missing '" + part + "' in: " + run.err));
        QVERIFY2(!run.err.contains("unexpected error"), qPrintable(run.err));  // every case is anticipated
    }

    // A full disk while embedding: a message naming the file, and the previous output intact.
    void fullDiskDuringEmbedKeepsThePreviousFile() {
        const QString out = path("embeds.safetensors");
        const Run first = runClipft({"embed", "--model", model_, "--captions", path("captions.txt"), "--images",
                                     path("data"), "--out", out, "--threads", "1"});
        QVERIFY2(first.exit_code == 0, qPrintable(first.err));
        const QByteArray before = digestOf(out);
        const qint64 size = QFileInfo(out).size();
        QVERIFY(size > 2048);
        const Run full = runClipft({"embed", "--model", model_, "--captions", path("captions.txt"), "--images",
                                    path("data"), "--out", out, "--threads", "1"},
                                   size / 2);
        QVERIFY2(!full.crashed, qPrintable(full.err));
        QCOMPARE(full.exit_code, 1);
        QVERIFY2(full.err.contains(out), qPrintable(full.err));
        QCOMPARE(digestOf(out), before);
        QVERIFY(QDir(dir_.path()).entryList({"embeds.safetensors.*"}).isEmpty());  // no temporary file left
    }

    // A full disk while exporting over an earlier export: the earlier model stays loadable.
    void fullDiskDuringExportKeepsThePreviousModel() {
        const QString out = path("exported");
        const Run first = runClipft({"export", "--project", project_, "--run", "1", "--out", out});
        QVERIFY2(first.exit_code == 0, qPrintable(first.err));
        const QString weights = QDir(out).filePath("open_clip_model.safetensors");
        const QByteArray before = digestOf(weights);
        const qint64 size = QFileInfo(weights).size();
        QVERIFY(size > 64 * 1024);
        const Run full = runClipft({"export", "--project", project_, "--run", "1", "--wise-ft", "0.5", "--out", out},
                                   size / 2);
        QVERIFY2(!full.crashed, qPrintable(full.err));
        QCOMPARE(full.exit_code, 1);
        QVERIFY2(full.err.contains("open_clip_model.safetensors"), qPrintable(full.err));
        QCOMPARE(digestOf(weights), before);
        loadModel(out.toStdString(), c10::Device(c10::kCPU));  // still a complete model folder
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostile_input.moc"
