#include "ui/pages/train/training_session.h"

#include "ui/jobs/job_runner.h"

#include "core/common/runtime.h"
#include "core/jobs/throttled_training_observer.h"
#include "core/jobs/training_job.h"
#include "core/train/training_options.h"

#include <QFile>
#include <QPointer>
#include <QVariantMap>

#include <chrono>
#include <cmath>
#include <numeric>
#include <unistd.h>

namespace clipft::ui {

// On the training thread: the trainer's reports, converted to Qt values and posted to the session
// (behind a ThrottledTrainingObserver, so steps come in bursts of at most ~20 a second).
class TrainingFeedObserver : public TrainingObserver {
public:
    TrainingFeedObserver(TrainingSession* session, quint64 token, ProgressObserver* runner_progress)
        : session_(session), token_(token), runner_progress_(runner_progress) {}

    void onProgress(const std::string& stage, long long done, long long total) override {
        if (runner_progress_) runner_progress_->onProgress(stage, done, total);  // the status bar
        // The evaluation's stages, in the user's words.
        const QString name = stage == "images"  ? TrainingSession::tr("images")
                             : stage == "texts" ? TrainingSession::tr("captions")
                                                : QString::fromStdString(stage);
        post([name, done, total](TrainingSession* s) { emit s->stageProgress(name, done, total); });
    }
    void onWarning(const std::string& message) override {
        post([text = QString::fromStdString(message)](TrainingSession* s) { emit s->logged(text, true); });
    }
    void onSteps(const std::vector<StepReport>& reports) override {
        QVector<TrainingStepPoint> points;
        points.reserve(static_cast<int>(reports.size()));
        for (const StepReport& r : reports) {
            TrainingStepPoint p;
            p.step = r.step;
            p.total_steps = r.total_steps;
            p.skipped_steps = r.skipped_steps;
            p.epoch = r.epoch;
            p.loss = r.loss;
            p.lr = r.lr;
            p.logit_scale = r.logit_scale;
            p.samples_per_s = r.samples_per_s;
            p.eta_s = r.eta_s;
            points.push_back(p);
        }
        last_step_ = Clock::now();
        const quint64 token = token_;
        post([token, points](TrainingSession* s) { s->receiveSteps(token, points); });
    }
    void onStep(const StepReport& report) override { onSteps({report}); }
    void onEvaluation(const EvaluationReport& r) override {
        TrainingEvaluationPoint point;
        point.step = r.step;
        point.epoch = r.epoch;
        point.is_best = r.is_best;
        for (const auto& [name, value] : r.metrics) point.metrics.insert(QString::fromStdString(name), value);
        // An evaluation follows the step before it at once: the time since that step is its cost.
        const double seconds = std::chrono::duration<double>(Clock::now() - last_step_).count();
        last_step_ = Clock::now();
        const quint64 token = token_;
        post([token, point, seconds](TrainingSession* s) { s->receiveEvaluation(token, point, seconds); });
    }
    void onProbes(const ProbeReport& report) override {
        QVector<ProbeRow> rows;
        for (const auto& query : report.queries) {
            ProbeRow row;
            row.query = QString::fromStdString(query.text);
            row.truth_rank = query.truth_rank;
            for (const auto& image : query.top)
                row.top.push_back({image.id, QString::fromStdString(image.path), image.score, image.is_truth});
            rows.push_back(row);
        }
        const qint64 step = report.step;
        const quint64 token = token_;
        post([token, step, rows](TrainingSession* s) {
            if (token == s->token_) emit s->probesArrived(step, rows);
        });
    }
    void onCheckpoint(int64_t step, const std::string& path) override {
        post([step, path = QString::fromStdString(path)](TrainingSession* s) {
            emit s->logged(TrainingSession::tr("Checkpoint at step %1: %2").arg(step).arg(path), false);
        });
    }
    void onPaused(bool paused, int64_t step) override {
        const quint64 token = token_;
        post([token, paused, step](TrainingSession* s) {
            if (token == s->token_) emit s->pausedChanged(paused, step);
        });
    }

private:
    using Clock = std::chrono::steady_clock;
    // Runs `f` on the GUI thread, unless the session is gone or has moved on to another run.
    template <typename F>
    void post(F f) {
        QMetaObject::invokeMethod(session_, [session = QPointer<TrainingSession>(session_), token = token_, f = std::move(f)] {
            if (session && session->token_ == token) f(session.data());
        }, Qt::QueuedConnection);
    }
    TrainingSession* session_;
    quint64 token_;
    ProgressObserver* runner_progress_;
    Clock::time_point last_step_ = Clock::now();
};

TrainingSession::TrainingSession(QObject* parent) : QObject(parent), runner_(new JobRunner(this)) {
    qRegisterMetaType<QVector<TrainingStepPoint>>();
    qRegisterMetaType<TrainingEvaluationPoint>();
    qRegisterMetaType<QVector<ProbeRow>>();
    qRegisterMetaType<TrainingEndInfo>();
}

TrainingSession::~TrainingSession() { runner_->cancelAndWait(); }

bool TrainingSession::isRunning() const { return runner_->isRunning(); }
bool TrainingSession::isPaused() const { return runner_->isPaused(); }
void TrainingSession::pause() { runner_->pause(); }
void TrainingSession::resume() { runner_->resume(); }
void TrainingSession::abandon() {
    ++token_;
    runner_->discard();
}

void TrainingSession::stop() {
    runner_->resume();  // a paused run must wake up to write its checkpoint
    runner_->cancel();
}

void TrainingSession::start(const TrainingRequestInfo& info) {
    if (runner_->isRunning()) return;  // one training at a time; the page disables Start meanwhile
    eval_seconds_ = -1;
    eta_s_ = -1;
    eval_every_ = 0;
    max_steps_ = 0;
    clock_.start();
    try {
        const TrainingOptions options = trainingOptionsFromJson(info.options_json.toStdString());
        eval_every_ = options.eval_every;
    } catch (const std::exception&) {
        // The worker reports bad settings with the engine's message; the ETA leaves evaluations out.
    }
    const QString title = info.resume_run > 0 ? tr("Training run %1").arg(info.resume_run) : tr("Training");
    const quint64 feed_token = ++token_;  // the session's own token: reports of an older run are dropped
    const quint64 token = runner_->start(title, [this, info, feed_token](JobContext& context) {
        TrainingJobRequest request;
        request.project_path = info.project.toStdString();
        request.device = parseDevice(info.device.toStdString());
        for (const QString& query : info.probe_queries) request.probe_queries.push_back(query.toStdString());
        if (info.resume_run > 0) {
            request.resume_run = info.resume_run;
        } else {
            request.dataset = info.dataset.toStdString();
            request.model_dir = info.model_dir.toStdString();
            request.output_dir = info.output_dir.toStdString();
            request.run_name = info.run_name.toStdString();
            request.options = trainingOptionsFromJson(info.options_json.toStdString());
        }
        TrainingFeedObserver feed(this, feed_token, context.observer());
        TrainingJobResult result;
        {
            ThrottledTrainingObserver throttled(feed);  // hands on what it holds when it goes
            result = runTrainingJob(request, &throttled, context.cancelToken(), context.pauseToken());
        }
        QVariantMap end;
        end["run"] = static_cast<qlonglong>(result.run_id);
        end["status"] = result.end == TrainingEnd::Cancelled      ? "stopped"
                        : result.end == TrainingEnd::EarlyStopped ? "early-stopped"
                                                                  : "completed";
        end["step"] = static_cast<qlonglong>(result.state.step);
        end["best_step"] = std::isnan(result.state.best_metric) ? qlonglong(-1) : qlonglong(result.state.best_step);
        end["best_dir"] = QString::fromStdString(result.best_dir);
        end["final_dir"] = QString::fromStdString(result.final_dir);
        end["checkpoint"] = QString::fromStdString(result.checkpoint_path);
        return QVariant(end);
    }, /*finishes_when_cancelled=*/true);
    runner_->whenDone(
        token, this,
        [this](const QVariant& result) {
            const QVariantMap map = result.toMap();
            TrainingEndInfo end;
            end.run_id = map.value("run").toLongLong();
            end.status = map.value("status").toString();
            end.step = map.value("step").toLongLong();
            end.best_step = map.value("best_step").toLongLong();
            end.best_dir = map.value("best_dir").toString();
            end.final_dir = map.value("final_dir").toString();
            end.checkpoint = map.value("checkpoint").toString();
            end.seconds = clock_.elapsed() / 1000.0;
            eta_s_ = 0;
            emit finished(end);
        },
        [this](const QString& message) { emit failed(message); },
        [this] {
            // Stop ends the run with its checkpoint (finished); this is a cancel before it had begun.
            emit failed(tr("The training was cancelled before it had started."));
        });
    emit started();
}

void TrainingSession::receiveSteps(quint64 token, const QVector<TrainingStepPoint>& steps) {
    if (token != token_ || steps.isEmpty()) return;
    updateEta(steps.back());
    emit stepsArrived(steps);
}

void TrainingSession::receiveEvaluation(quint64 token, const TrainingEvaluationPoint& evaluation, double seconds) {
    if (token != token_) return;
    // A running average of what an evaluation costs (the first one includes the model's start-up).
    eval_seconds_ = eval_seconds_ < 0 ? seconds : 0.5 * (eval_seconds_ + seconds);
    emit evaluated(evaluation);
}

void TrainingSession::updateEta(const TrainingStepPoint& last) {
    if (last.step <= 0 || last.total_steps <= 0 || last.eta_s <= 0) {
        eta_s_ = last.step >= last.total_steps && last.total_steps > 0 ? 0 : -1;
        return;
    }
    // The evaluations still to come, as the trainer makes them: one after a step that ends an
    // epoch, is a multiple of eval_every, or is the last (one, when several of these hold).
    double remaining_evaluations = 0;
    if (eval_seconds_ > 0) {
        const qint64 per_epoch = last.epoch > 0 ? std::llround(last.step / last.epoch) : 0;
        const qint64 from = last.step, to = last.total_steps;
        auto multiples = [from, to](qint64 every) { return every > 0 ? to / every - from / every : 0; };
        const qint64 every = eval_every_;
        qint64 both = 0;
        if (per_epoch > 0 && every > 0) both = multiples(std::lcm(per_epoch, every));
        qint64 count = multiples(per_epoch) + multiples(every) - both;
        const bool last_counted = (per_epoch > 0 && to % per_epoch == 0) || (every > 0 && to % every == 0);
        if (!last_counted && to > from) ++count;
        remaining_evaluations = static_cast<double>(count);
    }
    eta_s_ = last.eta_s + remaining_evaluations * std::max(eval_seconds_, 0.0);
}

qint64 residentMemoryBytes() {
    QFile statm("/proc/self/statm");
    if (!statm.open(QIODevice::ReadOnly)) return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2) return 0;
    return fields[1].toLongLong() * sysconf(_SC_PAGESIZE);
}

}  // namespace clipft::ui
