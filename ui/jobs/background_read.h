// Short reads of the project (dataset lists, counts, image lists) off the GUI thread: `read` runs on
// a worker of Qt's global pool and `done` gets its result on the GUI thread, unless a newer read
// of the same `slot` was started meanwhile, as DB Browser for SQLite drops stale query results.
// Long work (imports, training) goes to the JobRunner instead, with progress and Cancel.
// The reads run on a pool of their own, never on QThreadPool::globalInstance(): Qt's raster
// painter splits large fills and image scaling over the global pool and waits for it, so a
// global pool busy with reads stalls painting (seen: 80 ms during an 8,000-image import).
#pragma once
#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <utility>

namespace clipft::ui {

QThreadPool* backgroundReadPool();  // two threads, for readInBackground() and image previews

// Makes the calling (worker) thread yield to the GUI thread when the cores are busy: on Linux a
// nice value of 10 for this thread alone, inherited by the threads it starts. Qt's thread
// priorities do nothing under Linux's default scheduler.
void yieldToTheGuiThread();

// Every call's `done` runs, in the order the reads finish: for writes whose outcome the user is
// told about each time (a search mark), where a later one must not hide an earlier one's error.
template <typename Result, typename Read, typename Done>
void runInBackground(QObject* context, Read read, Done done) {
    auto* watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        watcher->deleteLater();
        // A read that threw: its exception would reach Qt's event loop (std::terminate) from result().
        try {
            done(watcher->result());
        } catch (const std::exception& e) {
            qWarning("clipft: a background read failed: %s", e.what());
        }
    });
    watcher->setFuture(QtConcurrent::run(backgroundReadPool(), [read = std::move(read)]() mutable {
        yieldToTheGuiThread();
        return read();
    }));
}

// Only the newest read of `slot` is delivered. `slot` must outlive `context` (a member of it);
// `read` must not touch GUI objects.
template <typename Result, typename Read, typename Done>
void readInBackground(QObject* context, quint64& slot, Read read, Done done) {
    const quint64 request = ++slot;
    runInBackground<Result>(context, std::move(read), [request, &slot, done](const Result& result) {
        if (request == slot) done(result);
    });
}

}  // namespace clipft::ui
