// Studio's job runner with real worker threads: progress arrives throttled and complete, errors
// arrive as the engine's sentence, cancel and pause reach the work, and a result that arrives
// after the user moved on is dropped. QSignalSpy waits; no sleeps in the test itself.
#include "ui/jobs/job_runner.h"

#include "core/common/error.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <thread>

using clipft::CancelToken;
using clipft::ui::JobContext;
using clipft::ui::JobRunner;

class TestJobRunner : public QObject {
    Q_OBJECT

private slots:
    void progressIsThrottledButComplete() {
        JobRunner runner;
        QSignalSpy progress(&runner, &JobRunner::progress);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QElapsedTimer clock;
        clock.start();
        const quint64 token = runner.start("count", [](JobContext& context) {
            // 200,000 reports as fast as the work can make them, over at least ~0.3 s.
            QElapsedTimer busy;
            busy.start();
            for (long long i = 1; i <= 200000; ++i) {
                context.observer()->onProgress("items", i, 200000);
                if (i % 1000 == 0)
                    while (busy.elapsed() < i / 1000 * 2) std::this_thread::yield();  // ~2 ms a thousand
            }
            return QVariant(42);
        });
        QVERIFY(finished.wait(30000));
        const double seconds = clock.elapsed() / 1000.0;
        QCOMPARE(finished.first().at(0).toULongLong(), token);
        QCOMPARE(finished.first().at(1).toInt(), 42);
        // At most ~20 a second (one per 50 ms, plus the first and the last), and the last is there.
        QVERIFY2(progress.size() <= seconds * 1000 / JobRunner::kProgressIntervalMs + 3,
                 qPrintable(QString("%1 reports in %2 s").arg(progress.size()).arg(seconds)));
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(2).toLongLong(), 200000LL);
        QCOMPARE(progress.last().at(3).toLongLong(), 200000LL);
        QVERIFY(!runner.isRunning());
    }

    void anErrorArrivesAsTheEnginesSentence() {
        JobRunner runner;
        QSignalSpy failed(&runner, &JobRunner::failed);
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.start("import", [](JobContext&) -> QVariant {
            throw clipft::Error("/data/cat.jpg: not an image (it is a text file)");
        });
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(1).toString(), QString("/data/cat.jpg: not an image (it is a text file)"));
        QCOMPARE(finished.size(), 0);
    }

    void cancelReachesTheWork() {
        JobRunner runner;
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        QSignalSpy started(&runner, &JobRunner::started);
        std::atomic<bool> running{false};
        runner.start("train", [&](JobContext& context) -> QVariant {
            running = true;
            while (!context.cancelToken()->isCancelled()) std::this_thread::yield();
            throw clipft::Cancelled();
        });
        QCOMPARE(started.size(), 1);
        QTRY_VERIFY(running.load());
        runner.cancel();
        QVERIFY(cancelled.wait(10000));
        QVERIFY(!runner.isRunning());
    }

    void pauseHoldsTheWorkUntilResumed() {
        JobRunner runner;
        QSignalSpy paused(&runner, &JobRunner::pausedChanged);
        QSignalSpy finished(&runner, &JobRunner::finished);
        std::atomic<int> waits{0};
        std::atomic<bool> reached{false};
        runner.start("train", [&](JobContext& context) {
            reached = true;
            while (!context.pauseToken()->isPaused() && !context.cancelToken()->isCancelled()) std::this_thread::yield();
            if (context.pauseToken()->waitWhilePaused(context.cancelToken())) ++waits;
            return QVariant(QStringLiteral("done"));
        });
        QTRY_VERIFY(reached.load());
        runner.pause();
        QCOMPARE(paused.size(), 1);
        QVERIFY(runner.isPaused());
        QVERIFY(!finished.wait(200));  // held while paused
        runner.resume();
        QVERIFY(finished.wait(10000));
        QCOMPARE(waits.load(), 1);
        QCOMPARE(paused.last().at(1).toBool(), false);
    }

    // DB Browser for SQLite's rule: a result that arrives after the user moved on is dropped.
    void aStaleResultIsDropped() {
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy cancelled(&runner, &JobRunner::cancelled);
        std::atomic<bool> release{false};
        // A slow query that ignores cancellation and finishes anyway...
        const quint64 first = runner.start("search: dog", [&](JobContext&) {
            while (!release.load()) std::this_thread::yield();
            return QVariant(QStringLiteral("results for dog"));
        });
        // ...superseded by a newer one before it ends.
        const quint64 second = runner.start("search: dog on a beach", [&](JobContext&) {
            while (!release.load()) std::this_thread::yield();
            return QVariant(QStringLiteral("results for dog on a beach"));
        });
        QVERIFY(second > first);
        release = true;
        QVERIFY(finished.wait(10000));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toULongLong(), second);
        QCOMPARE(finished.first().at(1).toString(), QString("results for dog on a beach"));
        QCOMPARE(cancelled.size(), 0);  // the superseded one says nothing at all

        // discard(): the user left the page; the running job's result is dropped too.
        std::atomic<bool> go{false};
        runner.start("index", [&](JobContext&) {
            while (!go.load()) std::this_thread::yield();
            return QVariant(1);
        });
        runner.discard();
        go = true;
        QTRY_VERIFY(!runner.isRunning());
        QCOMPARE(finished.size(), 1);
    }

    void destroyingTheRunnerCancelsAndWaits() {
        std::atomic<bool> ended{false};
        {
            JobRunner runner;
            std::atomic<bool> running{false};
            runner.start("long", [&](JobContext& context) -> QVariant {
                running = true;
                while (!context.cancelToken()->isCancelled()) std::this_thread::yield();
                ended = true;
                throw clipft::Cancelled();
            });
            QTRY_VERIFY(running.load());
        }  // the window closes
        QVERIFY(ended.load());  // the worker saw the cancel and finished before the runner went
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_ui_job_runner.moc"
