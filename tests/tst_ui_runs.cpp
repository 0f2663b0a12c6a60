// The Runs page driven as a user drives it (offscreen), on a tiny project with two runs trained
// in-process: one completed, one stopped after a step. The table lists both with their statuses
// and best metric as the store holds them; selecting both overlays every stored point of their
// curves; the report (HTML + CSV + charts, and PDF) holds the before/after numbers the store holds
// and renders; Continue asks the Train page for the stopped run only; the WiSE-FT preview matches
// the run's own evaluations at α 0 and 1; the export writes an open_clip folder; Delete asks, and
// removes the run with its output folder.
// With CLIPFT_SCREENSHOT_DIR set, the page and the report's first page are saved there as PNG.
#include "tiny_model_fixture.h"

#include "ui/jobs/job_runner.h"
#include "ui/pages/runs/runs_page.h"
#include "ui/pages/runs/runs_table_model.h"
#include "ui/widgets/metric_chart.h"

#include "core/demo/demo_dataset.h"
#include "core/jobs/dataset_import_job.h"
#include "core/jobs/run_report.h"
#include "core/jobs/training_job.h"
#include "core/store/project_store.h"

#include <nlohmann/json.hpp>

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTableView>
#include <QTimer>
#include <QtTest>

#include <cmath>
#include <map>

using namespace clipft;
using clipft::ui::JobRunner;
using clipft::ui::MetricChart;
using clipft::ui::RunsPage;
using clipft::ui::RunsTableModel;

namespace {

// Stops the run once it has made `after` steps.
class StopAfter : public TrainingObserver {
public:
    StopAfter(CancelToken& token, int64_t after) : token_(token), after_(after) {}
    void onStep(const StepReport& report) override {
        if (report.step >= after_) token_.cancel();
    }

private:
    CancelToken& token_;
    int64_t after_;
};

std::map<std::string, double> metricsOf(const std::string& json) {
    std::map<std::string, double> out;
    const auto j = nlohmann::json::parse(json);
    for (auto it = j.begin(); it != j.end(); ++it) out[it.key()] = it.value().get<double>();
    return out;
}

int seriesNamed(const MetricChart& chart, const QString& name) {
    for (int i = 0; i < chart.seriesCount(); ++i)
        if (chart.seriesName(i) == name) return i;
    return -1;
}

QString screenshotDir() { return qEnvironmentVariable("CLIPFT_SCREENSHOT_DIR"); }

}  // namespace

class TestUiRuns : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString project_, model_;
    qint64 completed_ = 0, stopped_ = 0;
    JobRunner runner_;
    QString path(const QString& name) const { return dir_.filePath(name); }

    qint64 train(const QString& out, int64_t steps, int64_t eval_every, int64_t stop_after) {
        TrainingJobRequest request;
        request.project_path = project_.toStdString();
        request.dataset = "shapes";
        request.model_dir = model_.toStdString();
        request.output_dir = out.toStdString();
        request.options.max_steps = steps;
        request.options.batch_size = 8;
        request.options.eval_every = eval_every;
        request.options.log_every = 1;
        request.options.loader_threads = 1;
        request.options.warmup_steps = 1;
        request.options.adamw.lr = 1e-3;
        request.options.seed = 3;
        CancelToken cancel;
        StopAfter stop(cancel, stop_after > 0 ? stop_after : steps + 1);
        const TrainingJobResult result = runTrainingJob(request, &stop, &cancel);
        return result.run_id;
    }

    // A page on the project, its runs listed.
    void open(RunsPage& page) {
        page.resize(1280, 800);
        page.show();
        QSignalSpy listed(&page, &RunsPage::runsListed);
        page.setProject(project_);
        QVERIFY(listed.wait(30000));
    }

    void select(RunsPage& page, const QList<qint64>& runs) {
        QSignalSpy shown(&page, &RunsPage::detailsShown);
        page.selectRuns(runs);
        QVERIFY(shown.wait(30000));
        QCOMPARE(page.selectedRuns().size(), runs.size());
        QCOMPARE(page.currentRun(), runs.first());
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir_.isValid());
        writeDemoDataset(path("data").toStdString(), DemoVariant::Generic, 40, 4, 32);
        project_ = path("runs.clipft");
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            DatasetImportRequest request;
            request.name = "shapes";
            request.source = path("data").toStdString();
            request.ratios = {0.75, 0.25, 0.0};
            importDataset(store, request);
            QVERIFY(store.datasetStats("shapes").val.images >= 8);
        }
        QVERIFY(QDir().mkpath(path("m")));
        model_ = fixtures::writeTinyClip(path("m"), fixtures::captionsOfFolder(path("data")), {}, 21, 3);
        QVERIFY(!model_.isEmpty());
        completed_ = train(path("run-a"), 4, 2, 0);
        stopped_ = train(path("run-b"), 6, 1, 2);
        ProjectStore store = ProjectStore::open(project_.toStdString());
        QCOMPARE(store.findRun(completed_)->status, RunStatus::Completed);
        QCOMPARE(store.findRun(stopped_)->status, RunStatus::Cancelled);
    }

    void theTableListsBothRunsWithStatusAndBest() {
        RunsPage page(runner_);
        open(page);
        QCOMPARE(page.objectName(), QString("runs"));
        QAbstractItemModel* runs = page.runsModel();
        QCOMPARE(runs->rowCount(), 2);
        ProjectStore store = ProjectStore::open(project_.toStdString());
        for (int row = 0; row < runs->rowCount(); ++row) {
            const qint64 id = runs->index(row, 0).data(RunsTableModel::RunIdRole).toLongLong();
            QVERIFY(id == completed_ || id == stopped_);
            const QString status = runs->index(row, RunsTableModel::StatusColumn).data().toString();
            QCOMPARE(status, id == completed_ ? QString("completed") : QString("stopped"));
            QVERIFY(!runs->index(row, RunsTableModel::StatusColumn).data(Qt::ToolTipRole).toString().isEmpty());
            QCOMPARE(runs->index(row, RunsTableModel::NameColumn).data().toString(),
                     QString::fromStdString(store.findRun(id)->name));
            QCOMPARE(runs->index(row, RunsTableModel::DatasetColumn).data().toString(), QString("shapes"));
            QCOMPARE(runs->index(row, RunsTableModel::ModelColumn).data().toString(), QString("model"));
            // The best metric is the best checkpoint's, as stored, shown to 3 decimals.
            std::optional<double> best;
            for (const auto& c : store.checkpoints(id))
                if (c.is_best) best = c.metric;
            QVERIFY(best.has_value());
            QCOMPARE(runs->index(row, 0).data(RunsTableModel::BestRole).toDouble(), *best);
            QCOMPARE(runs->index(row, RunsTableModel::BestColumn).data().toString(), QLocale().toString(*best, 'f', 3));
            const int align = runs->index(row, RunsTableModel::BestColumn).data(Qt::TextAlignmentRole).toInt();
            QVERIFY(align & Qt::AlignRight);
            QCOMPARE(runs->index(row, RunsTableModel::StepsColumn).data(RunsTableModel::SortRole).toLongLong(),
                     qlonglong(id == completed_ ? 4 : 2));
            // "Before" is the step-0 evaluation as stored, "after" the best one.
            const RunReport report = gatherRunReport(store, id);
            QVERIFY(report.before_after.available);
            QCOMPARE(report.before_after.before_step, int64_t(0));
            for (const auto& e : store.evaluationsOfRun(id)) {
                if (e.step && *e.step == 0) {
                    QVERIFY(report.before_after.before == metricsOf(e.metrics_json));
                }
            }
            QCOMPARE(report.before_after.after.at("image_retrieval_recall@5"), *best);
        }
        // Sorting by a number column sorts numerically (the steps: 2 before 4).
        page.runsView()->sortByColumn(RunsTableModel::StepsColumn, Qt::AscendingOrder);
        QCOMPARE(runs->index(0, 0).data(RunsTableModel::RunIdRole).toLongLong(), stopped_);
        page.runsView()->sortByColumn(RunsTableModel::StepsColumn, Qt::DescendingOrder);
        QCOMPARE(runs->index(0, 0).data(RunsTableModel::RunIdRole).toLongLong(), completed_);
    }

    void anEmptyProjectSaysWhatToDo() {
        const QString empty = path("empty.clipft");
        ProjectStore::open(empty.toStdString());
        RunsPage page(runner_);
        page.show();
        QSignalSpy listed(&page, &RunsPage::runsListed);
        page.setProject(empty);
        QVERIFY(listed.wait(30000));
        QCOMPARE(page.runsModel()->rowCount(), 0);
        auto* label = page.findChild<QLabel*>("runsEmpty");
        QVERIFY(label && label->isVisible());
        QCOMPARE(label->text(), QString("No runs yet. Train a model on the Train page, and its run appears here."));
        if (!screenshotDir().isEmpty()) {
            page.resize(1280, 800);
            QVERIFY(page.grab().save(QDir(screenshotDir()).filePath("runs_page_empty.png")));
        }
    }

    void selectingBothOverlaysTheirCurves() {
        RunsPage page(runner_);
        open(page);
        select(page, {completed_, stopped_});
        MetricChart* chart = page.overlayChart();
        QVERIFY(chart);
        ProjectStore store = ProjectStore::open(project_.toStdString());
        for (const qint64 id : {completed_, stopped_}) {
            const int loss = seriesNamed(*chart, QString("run %1 loss").arg(id));
            const int recall = seriesNamed(*chart, QString("run %1 image R@5").arg(id));
            QVERIFY2(loss >= 0 && recall >= 0, qPrintable(QString("run %1").arg(id)));
            const auto losses = store.runMetrics(id, "loss");
            const auto recalls = store.runMetrics(id, "val/image_retrieval_recall@5");
            QVERIFY(!losses.empty() && recalls.size() >= 2);
            QCOMPARE(chart->pointCount(loss), int(losses.size()));
            QCOMPARE(chart->pointCount(recall), int(recalls.size()));
            QCOMPARE(chart->yValues(recall).last(), recalls.back().value);
        }
        // The settings side by side (a column per run), and the current run's evaluations.
        QCOMPARE(page.settingsModel()->columnCount(), 3);
        QVERIFY(page.settingsModel()->rowCount() > 10);
        QCOMPARE(page.evaluationsModel()->rowCount(), int(store.evaluationsOfRun(completed_).size()));
        // Another recall on the right axis: the same points of another stored metric.
        auto* recall = page.findChild<QComboBox*>("overlayRecall");
        QVERIFY(recall);
        QSignalSpy shown(&page, &RunsPage::detailsShown);
        recall->setCurrentIndex(recall->findData("text_retrieval_recall@5"));
        chart = page.overlayChart();
        const int text = seriesNamed(*chart, QString("run %1 text R@5").arg(completed_));
        QVERIFY(text >= 0);
        QCOMPARE(chart->pointCount(text), int(store.runMetrics(completed_, "val/text_retrieval_recall@5").size()));
        recall->setCurrentIndex(0);

        if (!screenshotDir().isEmpty()) {
            QCoreApplication::processEvents();
            page.overlayChart()->replotNow();
            QVERIFY(page.grab().save(QDir(screenshotDir()).filePath("runs_page.png")));
            page.showTab(1);
            QVERIFY(page.grab().save(QDir(screenshotDir()).filePath("runs_page_settings.png")));
            page.showTab(2);
            QVERIFY(page.grab().save(QDir(screenshotDir()).filePath("runs_page_evaluations.png")));
        }
    }

    void theReportHoldsTheStoredNumbersAndRenders() {
        RunsPage page(runner_);
        open(page);
        const QString html = path("report/report.html"), pdf = path("report/report.pdf");
        QVERIFY(QDir().mkpath(path("report")));
        QVERIFY(page.exportReport(completed_, html, pdf));
        ProjectStore store = ProjectStore::open(project_.toStdString());
        const RunReport report = gatherRunReport(store, completed_);
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        // The before/after numbers as the store holds them (step 0 and the best evaluation).
        std::map<std::string, double> before, after;
        for (const auto& e : store.evaluationsOfRun(completed_)) {
            if (e.step && *e.step == 0) before = metricsOf(e.metrics_json);
            if (e.step && *e.step == report.before_after.after_step) after = metricsOf(e.metrics_json);
        }
        QVERIFY(!before.empty() && !after.empty());
        for (const std::string& key : beforeAfterMetricKeys()) {
            QVERIFY2(text.contains(QString::asprintf("<td align=\"right\">%.3f</td>", before.at(key))), key.c_str());
            QVERIFY2(text.contains(QString::asprintf("<td align=\"right\">%.3f</td>", after.at(key))), key.c_str());
            QVERIFY2(text.contains(QString::asprintf("<td align=\"right\">%+.3f</td>", after.at(key) - before.at(key))), key.c_str());
        }
        const double b5 = before.at("image_retrieval_recall@5"), a5 = after.at("image_retrieval_recall@5");
        if (b5 > 0) QVERIFY(text.contains(QString::asprintf("%+.1f%%", 100.0 * (a5 - b5) / b5)));
        QVERIFY(text.contains("shapes"));
        QVERIFY(text.contains(QString::fromStdString(store.findDataset("shapes")->source_path)));
        // Charts and CSV beside it, linked.
        for (const char* name : {"report-loss.png", "report-recall.png", "report-evaluations.csv"}) {
            QVERIFY2(QFileInfo(path(QString("report/") + name)).size() > 0, name);
            QVERIFY2(text.contains(QString("\"%1\"").arg(name)), name);
        }
        QVERIFY(!QImage(path("report/report-loss.png")).isNull());
        QFile csv(path("report/report-evaluations.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), int(store.evaluationsOfRun(completed_).size()) + 1);
        QVERIFY(lines[0].startsWith("run,step,wise_ft_alpha,split,created,image_retrieval_recall@1"));

        // The PDF renders to pages that are not blank.
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QString pdftoppm = QStandardPaths::findExecutable("pdftoppm");
        if (pdftoppm.isEmpty()) QSKIP("pdftoppm (poppler-utils) is not installed: the PDF was written but not rendered");
        QProcess render;
        render.setWorkingDirectory(path("report"));
        render.start(pdftoppm, {"-png", "-r", "50", pdf, "page"});
        QVERIFY(render.waitForFinished(60000));
        QCOMPARE(render.exitCode(), 0);
        const QStringList pages = QDir(path("report")).entryList({"page*.png"}, QDir::Files, QDir::Name);
        QVERIFY(!pages.isEmpty());
        const QImage first(QDir(path("report")).filePath(pages.first()));
        QVERIFY(!first.isNull());
        qint64 ink = 0;
        for (int y = 0; y < first.height(); ++y)
            for (int x = 0; x < first.width(); ++x) ink += qGray(first.pixel(x, y)) < 200;
        QVERIFY2(ink > first.width() * first.height() / 100, qPrintable(QString("%1 dark pixels").arg(ink)));
        if (!screenshotDir().isEmpty()) {
            QProcess sharp;
            sharp.start(pdftoppm, {"-png", "-r", "70", pdf, QDir(screenshotDir()).filePath("runs_report")});
            QVERIFY(sharp.waitForFinished(60000));
            // The HTML with its charts and CSV, to open in a browser.
            QDir().mkpath(QDir(screenshotDir()).filePath("report"));
            for (const QString& name : QDir(path("report")).entryList(QDir::Files))
                QFile::copy(QDir(path("report")).filePath(name), QDir(screenshotDir()).filePath("report/" + name));
        }
    }

    void continueAndCopyGoToTheTrainPage() {
        RunsPage page(runner_);
        open(page);
        QSignalSpy continued(&page, &RunsPage::continueRequested);
        QSignalSpy copied(&page, &RunsPage::copySettingsRequested);
        QSignalSpy searched(&page, &RunsPage::openInSearchRequested);
        select(page, {stopped_});
        auto* button = page.findChild<QPushButton*>("continueRun");
        QVERIFY(button && button->isEnabled());
        button->click();
        QCOMPARE(continued.size(), 1);
        QCOMPARE(continued.last().at(0).toLongLong(), stopped_);
        // A completed run is not continued.
        select(page, {completed_});
        QVERIFY(!button->isEnabled());
        page.continueRun(completed_);
        QCOMPARE(continued.size(), 1);
        page.findChild<QPushButton*>("copySettings")->click();
        QCOMPARE(copied.size(), 1);
        QCOMPARE(copied.last().at(0).toLongLong(), completed_);
        page.findChild<QPushButton*>("openInSearch")->click();
        QCOMPARE(searched.size(), 1);
        QCOMPARE(searched.last().at(0).toLongLong(), completed_);

        // A run stored as running whose process died is interrupted, and can be continued; a
        // failed run says why.
        const auto statusOf = [&](qint64 id) {
            QAbstractItemModel* runs = page.runsModel();
            for (int row = 0; row < runs->rowCount(); ++row)
                if (runs->index(row, 0).data(RunsTableModel::RunIdRole).toLongLong() == id)
                    return runs->index(row, RunsTableModel::StatusColumn);
            return QModelIndex();
        };
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            store.setRunStatus(stopped_, RunStatus::Running);
        }
        QSignalSpy listed(&page, &RunsPage::runsListed);
        page.refresh();
        QVERIFY(listed.wait(30000));
        QCOMPARE(statusOf(stopped_).data().toString(), QString("interrupted"));
        select(page, {stopped_});
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(continued.size(), 2);
        QCOMPARE(continued.last().at(0).toLongLong(), stopped_);
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            store.setRunStatus(stopped_, RunStatus::Failed, "the disk is full");
        }
        page.refresh();
        QVERIFY(listed.wait(30000));
        QCOMPARE(statusOf(stopped_).data().toString(), QString("failed"));
        QVERIFY(statusOf(stopped_).data(Qt::ToolTipRole).toString().contains("the disk is full"));
        QVERIFY(!button->isEnabled());
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            store.setRunStatus(stopped_, RunStatus::Cancelled, "cancelled at step 2");
        }
    }

    void theAlphaPreviewAndTheExport() {
        RunsPage page(runner_);
        open(page);
        select(page, {completed_});
        page.showTab(3);
        QSignalSpy swept(&page, &RunsPage::alphaSweepShown);
        QVERIFY(page.previewAlphas(completed_));
        QVERIFY(swept.wait(180000));
        QCOMPARE(swept.last().at(1).toInt(), 5);
        QAbstractItemModel* sweep = page.alphaSweepModel();
        QCOMPARE(sweep->rowCount(), 5);
        // α 0 is the pre-trained model (the step-0 evaluation), α 1 the run's best model.
        ProjectStore store = ProjectStore::open(project_.toStdString());
        const RunReport report = gatherRunReport(store, completed_);
        for (int row = 0; row < 5; ++row) {
            const double alpha = sweep->index(row, 0).data(Qt::UserRole).toDouble();
            QCOMPARE(alpha, row * 0.25);
            const double image = sweep->index(row, 1).data(Qt::UserRole).toDouble();
            const double text = sweep->index(row, 2).data(Qt::UserRole).toDouble();
            QVERIFY(image >= 0 && image <= 1 && text >= 0 && text <= 1);
            if (row == 0) QVERIFY(std::abs(image - report.before_after.before.at("image_retrieval_recall@5")) < 1e-6);
            if (row == 4) QVERIFY(std::abs(image - report.before_after.after.at("image_retrieval_recall@5")) < 1e-6);
        }
        // The preview is stored as the job stores it (evaluations with their α), nothing else.
        int mixes = 0;
        for (const auto& e : store.evaluationsOfRun(completed_)) mixes += e.wise_ft_alpha.has_value();
        QCOMPARE(mixes, 5);
        if (!screenshotDir().isEmpty()) {
            page.setExportAlpha(0.75);
            QVERIFY(page.grab().save(QDir(screenshotDir()).filePath("runs_page_export.png")));
        }

        QSignalSpy exported(&page, &RunsPage::modelExported);
        page.exportModel(completed_, path("exported"), 0.5);
        QVERIFY(exported.wait(120000));
        QCOMPARE(exported.last().at(1).toString(), path("exported"));
        QVERIFY(QFileInfo(path("exported/open_clip_config.json")).size() > 0);
        QVERIFY(QFileInfo(path("exported/open_clip_model.safetensors")).size() > 0);
    }

    void deleteAsksThenRemovesTheRunAndItsFolder() {
        RunsPage page(runner_);
        open(page);
        select(page, {stopped_});
        ProjectStore store = ProjectStore::open(project_.toStdString());
        const QString folder = QString::fromStdString(store.findRun(stopped_)->output_dir);
        QVERIFY(QFileInfo(folder).isDir());

        // Asked, and refused: nothing changes.
        bool asked = false;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box) return;
            asked = box->text().contains(QString("run %1").arg(stopped_));
            box->button(QMessageBox::Cancel)->click();
            answer.stop();
        });
        answer.start();
        QVERIFY(!page.deleteRuns({stopped_}));
        QVERIFY(asked);
        QVERIFY(store.findRun(stopped_).has_value());
        QVERIFY(QFileInfo(folder).isDir());

        page.setConfirmDeletes(false);
        QSignalSpy deleted(&page, &RunsPage::runsDeleted);
        QSignalSpy listed(&page, &RunsPage::runsListed);
        QVERIFY(page.deleteRuns({stopped_}));
        QVERIFY(deleted.wait(30000));
        QCOMPARE(deleted.last().at(0).value<QList<qint64>>(), QList<qint64>{stopped_});
        QVERIFY(listed.wait(30000));
        QVERIFY(!store.findRun(stopped_).has_value());
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(page.runsModel()->rowCount(), 1);
        QVERIFY(store.findRun(completed_).has_value());
    }
};

QTEST_MAIN(TestUiRuns)
#include "tst_ui_runs.moc"
