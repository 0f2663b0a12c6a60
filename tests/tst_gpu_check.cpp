// The CPU-side parts of the GPU check (scripts/gpu-check.sh and clipft-gpu-check): the script's
// build logic (what it configures with, and its refusals), and the check program's run and report,
// with the CUDA-only checks reported as skipped.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kScript = QStringLiteral(CLIPFT_SOURCE_DIR "/scripts/gpu-check.sh");
const QString kCheck = QStringLiteral(CLIPFT_BUILD_BIN_DIR "/clipft-gpu-check");

struct Run {
    int exit_code;
    QString out, err;
};

Run run(const QString& program, const QStringList& arguments, const QProcessEnvironment& env, int timeout_ms) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(timeout_ms)) {
        process.kill();
        process.waitForFinished();
        return {-2, {}, QStringLiteral("timed out")};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace

class TestGpuCheck : public QObject {
    Q_OBJECT

private slots:
    void scriptBuildsTheNumericsAgainstTheGivenLibTorch() {
        QTemporaryDir torch;
        QFile config(torch.filePath("TorchConfig.cmake"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("Torch_DIR", torch.path());
        const Run r = run("bash", {kScript, "--dry-run", "--out", "/tmp/x"}, env, 60000);
        QVERIFY2(r.exit_code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("-DCLIPFT_NUMERICS_ONLY=ON"), qPrintable(r.out));
        QVERIFY(r.out.contains("-DTorch_DIR=" + torch.path()));
        QVERIFY(r.out.contains("--target clipft-gpu-check"));
        QVERIFY(r.out.contains("--report /tmp/x/gpu-check.md"));
    }

    void scriptRefusesAFolderWithoutLibTorch() {
        QTemporaryDir empty;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("Torch_DIR", empty.path());
        const Run r = run("bash", {kScript, "--dry-run"}, env, 60000);
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.err.contains(empty.path() + " holds no TorchConfig.cmake"), qPrintable(r.err));
        const Run bad = run("bash", {kScript, "--frobnicate"}, env, 60000);
        QCOMPARE(bad.exit_code, 2);
        QVERIFY(bad.err.contains("usage"));
    }

    void checkProgramRunsOnTheCpuAndWritesItsReport() {
        QTemporaryDir dir;
        const QString report = dir.filePath("report.md");
        const Run r = run(kCheck, {"--device", "cpu", "--quick", "--report", report},
                          QProcessEnvironment::systemEnvironment(), 600000);
        QVERIFY2(r.exit_code == 0, qPrintable(r.err + r.out));

        QFile md(report);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY(text.contains("| check | result | detail | seconds |"));
        QVERIFY(text.contains("LibTorch "));

        QFile json_file(dir.filePath("report.json"));
        QVERIFY(json_file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(json_file.readAll()).object();
        QCOMPARE(json["device"].toString(), QString("cpu"));
        QVERIFY(json["passed"].toBool());
        const QJsonArray checks = json["checks"].toArray();
        QCOMPARE(checks.size(), 6);
        QStringList statuses;
        for (const auto& c : checks) statuses << c.toObject()["status"].toString();
        // CPU vs CPU passes; fp16, bf16 and the out-of-memory check need CUDA.
        QCOMPARE(statuses, QStringList({"pass", "skipped", "skipped", "skipped", "pass", "pass"}));
        const QJsonObject step = checks[0].toObject()["figures"].toObject();
        QVERIFY(step["loss_cpu"].toDouble() > 0);
        QCOMPARE(step["loss_device"].toDouble(), step["loss_cpu"].toDouble());
        const QJsonObject train = checks[4].toObject()["figures"].toObject();
        QVERIFY(train["samples_per_s"].toDouble() > 0);
        QVERIFY(train["mfu_vs_h200_bf16_peak"].toDouble() > 0);
        QVERIFY(checks[5].toObject()["figures"].toObject()["images_per_s"].toDouble() > 0);
        for (const auto& c : checks) QVERIFY(text.contains(c.toObject()["name"].toString()));
    }

    void checkProgramRejectsUnknownArguments() {
        const Run r = run(kCheck, {"--frobnicate"}, QProcessEnvironment::systemEnvironment(), 60000);
        QCOMPARE(r.exit_code, 2);
        QVERIFY(r.err.contains("usage"));
        const Run bad = run(kCheck, {"--device", "tpu", "--quick"}, QProcessEnvironment::systemEnvironment(), 60000);
        QCOMPARE(bad.exit_code, 1);
        QVERIFY2(bad.err.contains("unknown device 'tpu'"), qPrintable(bad.err));
    }
};

QTEST_GUILESS_MAIN(TestGpuCheck)
#include "tst_gpu_check.moc"
