#include "ui/jobs/job_runner.h"

#include "ui/jobs/background_read.h"

#include "core/common/error.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <chrono>
#include <map>
#include <mutex>

namespace clipft::ui {

namespace {
enum EndKind { Finished, Failed, WasCancelled };
}

// What the worker thread and the runner share: the tokens, and the throttle of the reports.
struct JobRunner::Job : JobContext, ProgressObserver {
    quint64 token = 0;
    QPointer<JobRunner> runner;
    CancelToken cancel;
    PauseToken pause;
    std::map<std::string, std::chrono::steady_clock::time_point> last_report;  // worker thread only

    ProgressObserver* observer() override { return this; }
    const CancelToken* cancelToken() const override { return &cancel; }
    const PauseToken* pauseToken() const override { return &pause; }

    // At most one report per stage every kProgressIntervalMs; the first and the last always pass.
    void onProgress(const std::string& stage, long long done, long long total) override {
        const auto now = std::chrono::steady_clock::now();
        const auto found = last_report.find(stage);
        if (found != last_report.end() && now - found->second < std::chrono::milliseconds(kProgressIntervalMs) &&
            done != total)
            return;
        last_report[stage] = now;
        post([=, stage = QString::fromStdString(stage)](JobRunner* r) { r->deliverProgress(token, stage, done, total); });
    }
    void onWarning(const std::string& message) override {
        post([=, text = QString::fromStdString(message)](JobRunner* r) {
            if (r->isCurrent(token)) emit r->warning(token, text);
        });
    }
    template <typename F>
    void post(F&& f) {
        JobRunner* target = runner.data();
        if (!target) return;
        QMetaObject::invokeMethod(target, [target = QPointer<JobRunner>(target), f = std::forward<F>(f)] {
            if (target) f(target.data());
        }, Qt::QueuedConnection);
    }
};

JobRunner::JobRunner(QObject* parent) : QObject(parent) {}

JobRunner::~JobRunner() { cancelAndWait(); }

quint64 JobRunner::start(const QString& title, Work work, bool finishes_when_cancelled) {
    if (running_) {
        // The running job is superseded: stop it, and drop what it still reports.
        job_->cancel.cancel();
        job_->pause.resume();
    }
    const quint64 token = next_token_++;
    current_ = token;
    discarded_ = false;
    title_ = title;
    stage_clocks_.clear();

    auto job = std::make_shared<Job>();
    job->token = token;
    job->runner = this;
    job_ = job;
    QThread* thread = QThread::create([job, work = std::move(work), finishes_when_cancelled] {
        yieldToTheGuiThread();  // long work must never starve the window of the cores
        // Nothing may escape this thread: every outcome is posted back as one end message.
        int kind = Finished;
        QVariant result;
        QString message;
        try {
            result = work(*job);
            if (job->cancel.isCancelled() && !finishes_when_cancelled) kind = WasCancelled;
        } catch (const Cancelled&) {
            kind = WasCancelled;
        } catch (const std::exception& e) {
            kind = Failed;
            message = QString::fromUtf8(e.what());
        } catch (...) {
            kind = Failed;
            message = QCoreApplication::translate("JobRunner", "an unexpected error stopped the job");
        }
        job->post([token = job->token, kind, result, message](JobRunner* r) { r->deliverEnd(token, kind, result, message); });
    });
    threads_.append(thread);
    connect(thread, &QThread::finished, this, [this, thread] {
        threads_.removeOne(thread);
        thread->deleteLater();
    });
    running_ = token;
    emit started(token, title);
    thread->start();
    return token;
}

void JobRunner::whenDone(quint64 token, QObject* receiver, std::function<void(const QVariant&)> on_finished,
                         std::function<void(const QString&)> on_failed, std::function<void()> on_cancelled) {
    auto* context = new QObject(receiver);  // owns this job's connections
    connect(this, &JobRunner::finished, context, [=](quint64 done, const QVariant& result) {
        if (done != token) return;
        if (on_finished) on_finished(result);
        context->deleteLater();
    });
    connect(this, &JobRunner::failed, context, [=](quint64 done, const QString& message) {
        if (done != token) return;
        if (on_failed) on_failed(message);
        context->deleteLater();
    });
    connect(this, &JobRunner::cancelled, context, [=](quint64 done) {
        if (done != token) return;
        if (on_cancelled) on_cancelled();
        context->deleteLater();
    });
    connect(this, &JobRunner::started, context, [=](quint64 other, const QString&) {
        if (other != token) context->deleteLater();
    });
}

void JobRunner::cancel() {
    if (!job_) return;
    job_->cancel.cancel();
    job_->pause.resume();  // a paused job must wake up to notice
}

void JobRunner::pause() {
    if (!running_ || !job_ || job_->pause.isPaused()) return;
    job_->pause.pause();
    emit pausedChanged(current_, true);
}

void JobRunner::resume() {
    if (!job_ || !job_->pause.isPaused()) return;
    job_->pause.resume();
    emit pausedChanged(current_, false);
}

bool JobRunner::isPaused() const { return job_ && job_->pause.isPaused(); }

void JobRunner::discard() { discarded_ = true; }

void JobRunner::cancelAndWait() {
    cancel();
    const QList<QThread*> threads = threads_;
    threads_.clear();
    for (QThread* thread : threads) {
        disconnect(thread, &QThread::finished, this, nullptr);
        thread->wait();
        delete thread;
    }
    running_ = 0;
}

void JobRunner::deliverProgress(quint64 token, const QString& stage, qint64 done, qint64 total) {
    if (!isCurrent(token)) return;
    auto clock = stage_clocks_.find(stage);
    if (clock == stage_clocks_.end()) {
        clock = stage_clocks_.insert(stage, QElapsedTimer());
        clock->start();
    }
    double eta = -1;
    const double elapsed = clock->elapsed() / 1000.0;
    if (total > 0 && done > 0 && elapsed > 0.5) eta = elapsed * static_cast<double>(total - done) / static_cast<double>(done);
    emit progress(token, stage, done, total, eta);
}

void JobRunner::deliverEnd(quint64 token, int kind, const QVariant& result, const QString& message) {
    if (token == running_) running_ = 0;
    if (!isCurrent(token)) return;  // superseded or discarded: the user has moved on
    job_.reset();
    if (kind == Finished) emit finished(token, result);
    else if (kind == Failed) emit failed(token, message);
    else emit cancelled(token);
}

}  // namespace clipft::ui
