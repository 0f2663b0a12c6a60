// The Train page: the settings form on the left; on the right Start / Pause / Stop, the run's
// progress with an ETA for the whole run, four live charts (training loss raw and smoothed;
// validation recall@1/5/10 both ways against the pre-trained model's values; learning rate and
// temperature; validation loss and throughput), probe queries whose top validation images refresh
// at every evaluation, a log of warnings, and, when the run ends, a summary card with the
// Finetuner study's before/after table. Training runs on the TrainingSession's own thread.
#pragma once
#include "ui/pages/train/training_session.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QGridLayout;
class QGroupBox;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QTabWidget;
class QTableWidget;
class QToolButton;

namespace clipft::ui {

class MetricChart;
class ThumbnailLoader;
class TrainingForm;

class TrainPage : public QWidget {
    Q_OBJECT
public:
    explicit TrainPage(QWidget* parent = nullptr);
    ~TrainPage() override;

    void setProject(const QString& project_path);  // "" : none
    QString project() const { return project_; }

    TrainingForm& form() { return *form_; }
    TrainingSession& session() { return *session_; }

    // What the buttons do.
    void startTraining();
    void pauseTraining();
    void resumeTraining();
    void stopTraining();
    // Continues a stopped or interrupted run (the Runs page's Continue), showing its curves so far.
    void continueRun(qint64 run);
    // Fills the form with a run's settings, dataset and model (the Runs page's "Copy settings").
    void copySettingsFromRun(qint64 run);
    // The curves and evaluations of a stored run, read in the background (runShown() follows).
    void showRun(qint64 run);
    // The form as `clipft train …`; also copied to the clipboard by the button.
    QString commandLine() const;
    QString outputDirFor(const QString& stamp) const;  // where a new run writes its models

    void setProbeQueries(const QStringList& queries);
    QStringList probeQueries() const { return probe_queries_; }

    // Parts, for tests and screenshots.
    MetricChart* lossChart() const { return loss_chart_; }
    MetricChart* recallChart() const { return recall_chart_; }
    MetricChart* rateChart() const { return rate_chart_; }
    MetricChart* validationChart() const { return validation_chart_; }
    QWidget* summaryCard() const;
    bool summaryShown() const;  // the Result tab is there and chosen
    QTableWidget* summaryTable() const { return summary_table_; }
    QString progressText() const;
    qint64 shownRun() const { return shown_run_; }
    QMap<QString, double> referenceMetrics() const { return reference_; }  // the step-0 evaluation
    int probeRowsShown() const;
    void setSmoothing(double weight);

signals:
    void trainingStarted();
    void trainingFinished(const clipft::ui::TrainingEndInfo& end);
    void trainingFailed(const QString& message);
    void runShown(qint64 run);
    void probesShown(qint64 step);
    void datasetsListed();
    void openRunRequested(qint64 run);    // the summary card's "Open in Runs"
    void searchRunRequested(qint64 run);  // "Compare in Search": pre-trained beside the run's best
    void runsChanged();                   // a run was created or ended: the Runs and Search pages refresh
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildFormColumn();
    QWidget* buildDashboard();
    QWidget* buildSummaryCard();
    QWidget* buildProbes();
    void refresh();  // datasets, models, the latest run, read in the background
    void readModelConfig(const QString& dir);
    void chooseModelFolder();
    void saveConfiguration();
    void loadConfiguration();
    void editProbes();
    void clearDashboard();
    void setRunning(bool running);
    void updateButtons();
    void addSteps(const QVector<TrainingStepPoint>& steps);
    void addEvaluation(const TrainingEvaluationPoint& evaluation);
    void showProbes(qint64 step, const QVector<ProbeRow>& rows);
    void finish(const TrainingEndInfo& end);
    void fail(const QString& message);
    void showBanner(const QString& text);
    void hideSummary();
    void log(const QString& text, bool warning);
    void updateProgress();
    void fillSummary(const QMap<QString, double>& before, const QMap<QString, double>& after, qint64 best_step,
                     double seconds, qint64 run, const QString& model_dir, const QString& dataset);
    void defaultProbes();

    QString project_;
    TrainingSession* session_ = nullptr;
    TrainingForm* form_ = nullptr;
    QPushButton* start_ = nullptr;
    QPushButton* pause_ = nullptr;
    QPushButton* stop_ = nullptr;
    QPushButton* continue_ = nullptr;
    QPushButton* copy_command_ = nullptr;
    QLabel* progress_label_ = nullptr;
    QProgressBar* progress_bar_ = nullptr;
    QLabel* banner_ = nullptr;
    QGroupBox* summary_ = nullptr;
    QTableWidget* summary_table_ = nullptr;
    QLabel* summary_note_ = nullptr;
    QPushButton* open_run_ = nullptr;
    QPushButton* search_run_ = nullptr;
    MetricChart* loss_chart_ = nullptr;
    MetricChart* recall_chart_ = nullptr;
    MetricChart* rate_chart_ = nullptr;
    MetricChart* validation_chart_ = nullptr;
    QSlider* smoothing_ = nullptr;
    QLabel* smoothing_label_ = nullptr;
    QGridLayout* probe_grid_ = nullptr;
    QWidget* probe_box_ = nullptr;
    QTabWidget* bottom_ = nullptr;
    QPlainTextEdit* log_ = nullptr;
    ThumbnailLoader* thumbnails_ = nullptr;
    QVector<ProbeRow> probe_rows_;

    // Series indexes in the charts.
    int loss_raw_ = -1, loss_smoothed_ = -1, lr_series_ = -1, scale_series_ = -1, val_loss_ = -1, throughput_ = -1;
    QMap<QString, int> recall_series_;  // metric key -> series

    TrainingStepPoint last_step_;
    QMap<QString, double> reference_;  // step-0 evaluation: the pre-trained model
    QMap<QString, double> best_;       // the best evaluation so far
    qint64 best_step_ = -1;
    QMap<QString, double> last_evaluation_;
    QString stage_;  // "evaluating: images 120/400" while an evaluation runs
    qint64 shown_run_ = 0;
    qint64 continuing_run_ = 0;
    qint64 stopped_run_ = 0;  // the run Stop left, which Continue resumes
    QStringList probe_queries_;
    bool probes_are_default_ = true;
    int warnings_ = 0;
    quint64 list_slot_ = 0, run_slot_ = 0, config_slot_ = 0, probe_slot_ = 0, devices_slot_ = 0, continue_slot_ = 0;
    bool listed_once_ = false;
    QString pending_config_model_;
    QString run_model_, run_dataset_;  // of the run training or shown, for its result card
};

}  // namespace clipft::ui
