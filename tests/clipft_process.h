// Running the `clipft` command line from a test, as a user runs it: its exit code and both
// streams. (Newer suites use this; the older ones still carry their own copy.)
#pragma once
#include <QProcess>
#include <QString>
#include <QStringList>

namespace fixtures {

struct ClipftRun {
    int exit_code;  // -1: it did not finish in time; -2: it crashed
    QString out;
    QString err;
};

inline ClipftRun runClipft(const QStringList& args, int timeout_ms = 600000) {
    QProcess process;
    process.start(QStringLiteral(CLIPFT_BUILD_BIN_DIR "/clipft"), args);
    if (!process.waitForFinished(timeout_ms)) return {-1, {}, "timed out"};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace fixtures
