// One runner for all of Studio's long work (import, model loading, training, indexing), as DB
// Browser for SQLite and digiKam run theirs: the work runs on a worker thread; its progress comes
// back as queued signals, at most ~20 a second per stage, with an ETA; Cancel and Pause reach it
// through the engine's tokens; an exception becomes a message (the engine's sentence naming the
// file); and every job has a request token, so a result that arrives after the user moved on
// (started something else, or discard()ed it) is dropped instead of overwriting newer state.
#pragma once
#include "core/common/pause_token.h"
#include "core/common/progress.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

class QThread;

namespace clipft::ui {

// What a job's work gets on the worker thread: the observer to report to and the tokens to poll.
class JobContext {
public:
    virtual ~JobContext() = default;
    virtual ProgressObserver* observer() = 0;
    virtual const CancelToken* cancelToken() const = 0;
    virtual const PauseToken* pauseToken() const = 0;
};

class JobRunner : public QObject {
    Q_OBJECT
public:
    // Runs on the worker thread; its return value is handed to finished(). Throwing
    // clipft::Cancelled ends the job as cancelled, anything else as failed() with its message.
    using Work = std::function<QVariant(JobContext& context)>;

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;  // cancels a running job and waits for its thread

    // Starts `work`; returns its request token (1, 2, ...). One job runs at a time: starting while
    // another runs cancels that one, whose results are then dropped.
    // finishes_when_cancelled: work that stops cleanly when cancelled and returns what it did (a
    // training that ends with a checkpoint) ends as finished() with that result, not cancelled().
    quint64 start(const QString& title, Work work, bool finishes_when_cancelled = false);
    void cancel();
    void pause();
    void resume();
    // Calls the handlers once, for the job `token` only, in `receiver`'s thread and lifetime; the
    // connections go when that job ends or another job starts (a superseded job never ends visibly).
    void whenDone(quint64 token, QObject* receiver, std::function<void(const QVariant& result)> on_finished,
                  std::function<void(const QString& message)> on_failed = {},
                  std::function<void()> on_cancelled = {});
    // The user moved on: whatever the running job still reports is dropped.
    void discard();
    // Cancels and blocks until the worker thread has ended (closing the window).
    void cancelAndWait();

    bool isRunning() const { return running_ != 0; }
    bool isPaused() const;
    quint64 currentToken() const { return current_; }
    QString currentTitle() const { return title_; }

    static constexpr int kProgressIntervalMs = 50;  // ~20 reports a second

signals:
    void started(quint64 token, const QString& title);
    // eta_seconds < 0 when unknown (no total yet, or too early to tell).
    void progress(quint64 token, const QString& stage, qint64 done, qint64 total, double eta_seconds);
    void warning(quint64 token, const QString& message);
    void pausedChanged(quint64 token, bool paused);
    void finished(quint64 token, const QVariant& result);
    void failed(quint64 token, const QString& message);
    void cancelled(quint64 token);

private:
    struct Job;
    // Called (queued) on the runner's thread with what the worker sent.
    void deliverProgress(quint64 token, const QString& stage, qint64 done, qint64 total);
    void deliverEnd(quint64 token, int kind, const QVariant& result, const QString& message);
    bool isCurrent(quint64 token) const { return token == current_ && !discarded_; }

    quint64 next_token_ = 1;
    quint64 current_ = 0;  // the token whose reports are shown
    quint64 running_ = 0;  // the token whose thread runs, 0 when none
    bool discarded_ = false;
    QString title_;
    std::shared_ptr<Job> job_;  // shared with its worker thread
    QList<QThread*> threads_;   // every worker still alive (a superseded one winds down on its own)
    QHash<QString, QElapsedTimer> stage_clocks_;  // for the ETA, per stage of the current job
};

}  // namespace clipft::ui
