// One training run driven from Studio: the engine's training job on a runner of its own (so that
// a search or a thumbnail job never cancels a fine-tune), its reports turned into Qt values and
// handed to the GUI thread in bursts (ThrottledTrainingObserver: at most ~20 a second), Pause,
// Resume and Stop (which leaves a resumable checkpoint), and an ETA for the whole run that counts
// the evaluations still to come. Plain Qt types only: no LibTorch here (DESIGN.md).
#pragma once
#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace clipft::ui {

class JobRunner;

struct TrainingStepPoint {
    qint64 step = 0, total_steps = 0, skipped_steps = 0;
    double epoch = 0, loss = 0, lr = 0, logit_scale = 0, samples_per_s = 0;
    double eta_s = 0;  // the trainer's estimate for the remaining steps (evaluations not counted)
};

struct TrainingEvaluationPoint {
    qint64 step = 0;
    double epoch = 0;
    QMap<QString, double> metrics;  // "image_retrieval_recall@5", ..., "clip_val_loss"
    bool is_best = false;
};

struct ProbeTile {
    qint64 image_id = 0;
    QString path;  // absolute
    double score = 0;
    bool is_truth = false;
};

struct ProbeRow {
    QString query;
    QVector<ProbeTile> top;  // best first
    qint64 truth_rank = 0;   // 0: the query is no caption of the validation split
};

struct TrainingRequestInfo {
    QString project, dataset, model_dir, output_dir, run_name;
    QString options_json;  // TrainingOptions as JSON (trainingOptionsToJson); for a resumed run, its own (the ETA)
    QString device = "auto";
    qint64 resume_run = 0;  // > 0: continue this run (dataset, model, settings are the run's own)
    QStringList probe_queries;
};

struct TrainingEndInfo {
    qint64 run_id = 0;
    QString status;  // "completed", "early-stopped", "stopped"
    qint64 step = 0;
    qint64 best_step = -1;
    QString best_dir, final_dir, checkpoint;
    double seconds = 0;
};

class TrainingSession : public QObject {
    Q_OBJECT
public:
    explicit TrainingSession(QObject* parent = nullptr);
    ~TrainingSession() override;  // stops a running training and waits for it (a checkpoint is kept)

    void start(const TrainingRequestInfo& request);
    void pause();
    void resume();
    void stop();  // the run ends with a checkpoint to continue from
    // The user moved on (another project): whatever the running job still reports is dropped.
    void abandon();

    bool isRunning() const;
    bool isPaused() const;
    JobRunner& runner() { return *runner_; }

    // Seconds left for the whole run: the remaining steps at the recent step rate plus the
    // remaining evaluations at the measured evaluation time; < 0 while unknown.
    double etaSeconds() const { return eta_s_; }

signals:
    void started();
    void stepsArrived(const QVector<clipft::ui::TrainingStepPoint>& steps);
    void evaluated(const clipft::ui::TrainingEvaluationPoint& evaluation);
    void probesArrived(qint64 step, const QVector<clipft::ui::ProbeRow>& probes);
    void logged(const QString& text, bool warning);
    void pausedChanged(bool paused, qint64 step);
    // Stage progress within a step (the evaluation's "images" and "texts").
    void stageProgress(const QString& stage, qint64 done, qint64 total);
    void finished(const clipft::ui::TrainingEndInfo& end);
    void failed(const QString& message);

private:
    friend class TrainingFeedObserver;
    void receiveSteps(quint64 token, const QVector<TrainingStepPoint>& steps);
    void receiveEvaluation(quint64 token, const TrainingEvaluationPoint& evaluation, double eval_seconds);
    void updateEta(const TrainingStepPoint& last);

    JobRunner* runner_ = nullptr;
    quint64 token_ = 0;
    // For the ETA: the schedule of evaluations and what each costs.
    qint64 eval_every_ = 0;
    qint64 max_steps_ = 0;
    double eval_seconds_ = -1;
    double eta_s_ = -1;
    QVector<QPair<qint64, double>> recent_;  // (step, seconds since start) of recent steps
    QElapsedTimer clock_;
};

// Memory the process holds now (resident set), in bytes; 0 when unknown.
qint64 residentMemoryBytes();

}  // namespace clipft::ui

Q_DECLARE_METATYPE(clipft::ui::TrainingStepPoint)
Q_DECLARE_METATYPE(clipft::ui::TrainingEvaluationPoint)
Q_DECLARE_METATYPE(clipft::ui::ProbeRow)
Q_DECLARE_METATYPE(clipft::ui::TrainingEndInfo)
