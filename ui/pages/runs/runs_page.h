// The Runs page: every training run of the project (name, dataset, model, status, best metric,
// steps, duration, start; sortable), read in the background. Selecting runs overlays their loss
// and recall curves in one chart (a colour per run, loss on the left axis, recall on the right)
// and shows their settings side by side and the current run's evaluations. Per run: continue it
// (stopped or interrupted), copy its settings into the Train form, open it in Search (the Train and
// Search pages do those, on this page's signals), delete it with its output folder (after asking),
// export its model as an open_clip folder, optionally a WiSE-FT mix at α with the recall at each α
// previewed by a sweep on the JobRunner, and export its report as HTML and PDF.
#pragma once
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace clipft {
struct RunReport;
}

namespace clipft::ui {

class JobRunner;
class MetricChart;
class RunsTableModel;

class RunsPage : public QWidget {
    Q_OBJECT
public:
    RunsPage(JobRunner& runner, QWidget* parent = nullptr);
    ~RunsPage() override;

    void setProject(const QString& path);  // "" : none
    void refresh();                        // lists the runs again (in the background); runsListed() follows

    // Selects these runs in the table (the first is the current run): their curves are overlaid,
    // once read in the background (detailsShown() follows).
    void selectRuns(const QList<qint64>& ids);
    QList<qint64> selectedRuns() const;  // in the table's order
    qint64 currentRun() const;  // the run the details and exports are of; 0 when none

    // Per run, as the buttons do.
    void continueRun(qint64 run);      // emits continueRequested() when it is stopped or interrupted
    void copySettings(qint64 run);     // emits copySettingsRequested()
    void openInSearch(qint64 run);     // emits openInSearchRequested()
    // Deletes the runs with their output folders' run files, after asking (unless
    // setConfirmDeletes(false)), in the background; runsDeleted() follows. False when nothing is
    // deleted (refused, a running run, or no project).
    bool deleteRuns(const QList<qint64>& ids);
    void setConfirmDeletes(bool confirm) { confirm_deletes_ = confirm; }

    // On the JobRunner: the run's model as an open_clip folder, as the WiSE-FT mix at `alpha`
    // (1: the fine-tuned model as it is); `from` is best, final, checkpoint or "" (the best there
    // is). modelExported() or message() follows.
    void exportModel(qint64 run, const QString& out_dir, double alpha, const QString& from = QString());
    // On the JobRunner: the run's recall on its dataset's val split at α 0, .25, .5, .75 and 1
    // (alphaSweepShown() follows). False when another job holds the runner or the run has no model.
    bool previewAlphas(qint64 run);
    // Writes the run's report (HTML with its charts and CSV beside it, and the PDF unless
    // `pdf_path` is empty), reading the project now. False, with message() saying why, on failure.
    bool exportReport(qint64 run, const QString& html_path, const QString& pdf_path);

    // Parts, for tests and screenshots.
    QAbstractItemModel* runsModel() const;
    QTableView* runsView() const { return view_; }
    MetricChart* overlayChart() const { return chart_; }
    QAbstractItemModel* settingsModel() const;
    QAbstractItemModel* evaluationsModel() const;
    QAbstractItemModel* alphaSweepModel() const;
    void showTab(int index);  // 0 curves, 1 settings, 2 evaluations, 3 export
    double exportAlpha() const;
    void setExportAlpha(double alpha);

signals:
    void continueRequested(qint64 run);
    void copySettingsRequested(qint64 run);
    void openInSearchRequested(qint64 run);
    void message(const QString& text);
    void runsListed();                     // the table holds the project's runs now
    void detailsShown();                   // the chart, settings and evaluations show the selected runs
    void runsDeleted(const QList<qint64>& runs);
    void modelExported(qint64 run, const QString& out_dir);
    void alphaSweepShown(qint64 run, int points);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildCurvesTab();
    QWidget* buildExportTab();
    void onSelectionChanged();
    void loadDetails();  // the selected runs' reports, read in the background where not cached
    void showDetails();
    void rebuildChart();
    void updateActions();
    struct SweepPoint {
        double alpha, image_r5, text_r5;
    };
    void showSweep(qint64 run, const QList<SweepPoint>& points, const QString& note);
    void markNearestAlpha();
    void fitSweepTable();  // the α table's row nearest the chosen α in bold
    void showBanner(const QString& text);  // an inline message above the table ("" hides it)
    void trackJob(quint64 token, const QString& what);
    void askAndExportModel();
    void askAndExportReport();
    std::shared_ptr<const RunReport> report(qint64 run) const;

    JobRunner& runner_;
    QString project_;
    RunsTableModel* model_ = nullptr;
    QSortFilterProxyModel* sorted_ = nullptr;
    QTableView* view_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QLabel* empty_ = nullptr;
    QLabel* summary_ = nullptr;
    QLabel* banner_ = nullptr;
    QLabel* detail_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QPushButton* continue_ = nullptr;
    QPushButton* copy_ = nullptr;
    QPushButton* search_ = nullptr;
    QPushButton* delete_ = nullptr;
    // Curves
    QVBoxLayout* chart_layout_ = nullptr;
    MetricChart* chart_ = nullptr;
    QString chart_signature_;  // the runs and point counts the chart shows
    QComboBox* recall_metric_ = nullptr;
    // Settings, evaluations
    QStandardItemModel* settings_ = nullptr;
    QStandardItemModel* evaluations_ = nullptr;
    QTableView* settings_view_ = nullptr;
    QTableView* evaluations_view_ = nullptr;
    QLabel* evaluations_title_ = nullptr;
    // Export
    QLabel* export_title_ = nullptr;
    QComboBox* export_from_ = nullptr;
    QSlider* alpha_slider_ = nullptr;
    QDoubleSpinBox* alpha_spin_ = nullptr;
    QPushButton* preview_ = nullptr;
    QStandardItemModel* sweep_ = nullptr;
    QTableView* sweep_view_ = nullptr;
    QLabel* sweep_note_ = nullptr;
    QPushButton* export_model_ = nullptr;
    QPushButton* export_report_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QLabel* job_status_ = nullptr;

    QTimer* details_timer_ = nullptr;  // coalesces a click's selection and current-row changes
    QTimer* poll_ = nullptr;  // while a run trains, the list is read again now and then
    QHash<qint64, std::shared_ptr<const RunReport>> reports_;  // by run
    QSet<qint64> reread_;  // runs whose report is read again when next shown (kept meanwhile)
    qint64 sweep_run_ = 0;            // the run the α table shows
    quint64 list_slot_ = 0, details_slot_ = 0, delete_slot_ = 0;
    quint64 job_token_ = 0;           // our latest job on the runner (sweep or export)
    bool job_active_ = false;         // it has not ended yet
    QList<qint64> pending_selection_;  // selectRuns() before the listing arrived
    bool confirm_deletes_ = true;
    bool stale_ = true;  // the list should be read again when the page is shown
};

}  // namespace clipft::ui
