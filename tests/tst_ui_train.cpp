// The Train page driven as a user drives it (offscreen, on a tiny model and data set): a short run
// started from the form trains to completion while the event loop stays responsive; its charts
// gain a point per step and per evaluation, the recall chart's reference line is the step-0
// evaluation the project stored, the summary card holds the before/after table, the run shows on
// the Runs page, and a reopened project draws its curves again. Another run is paused and resumed,
// another stopped and continued from the Runs page. The command line copied from the form trains
// a run with the very same stored settings.
#include "clipft_process.h"
#include "event_loop_probe.h"
#include "tiny_model_fixture.h"

#include "ui/pages/runs/runs_page.h"
#include "ui/pages/train/train_page.h"
#include "ui/pages/train/training_form.h"
#include "ui/studio_window.h"
#include "ui/widgets/metric_chart.h"

#include "core/demo/demo_dataset.h"
#include "core/jobs/dataset_import_job.h"
#include "core/store/project_store.h"
#include "core/train/training_options.h"
#include "core/train/training_presets.h"

#include <nlohmann/json.hpp>

#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace clipft;
using clipft::ui::MetricChart;
using clipft::ui::StudioWindow;
using clipft::ui::TrainingEndInfo;
using clipft::ui::TrainPage;

namespace {

// The metrics of a stored evaluation.
std::map<std::string, double> metricsOf(const EvaluationInfo& evaluation) {
    std::map<std::string, double> metrics;
    const nlohmann::json j = nlohmann::json::parse(evaluation.metrics_json);
    for (auto it = j.begin(); it != j.end(); ++it) metrics[it.key()] = it->get<double>();
    return metrics;
}

std::vector<EvaluationInfo> validationsOf(ProjectStore& store, int64_t run) {
    std::vector<EvaluationInfo> out;
    for (const EvaluationInfo& e : store.evaluationsOfRun(run))
        if (e.split == "val" && !e.wise_ft_alpha) out.push_back(e);
    return out;
}

// The chart series called `name` (the recall chart names its series "image R@5", ...).
int seriesNamed(const MetricChart* chart, const QString& name) {
    for (int i = 0; i < chart->seriesCount(); ++i)
        if (chart->seriesName(i) == name) return i;
    return -1;
}

}  // namespace

class TestUiTrain : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    QString project_, model_;
    qint64 first_run_ = 0;
    QString first_command_;
    QString path(const QString& name) const { return dir_.filePath(name); }

    // A window on the project's Train page with the tiny data set, the tiny model and `steps`
    // optimizer steps of batch 8 chosen.
    void openTrain(StudioWindow& window, int steps, int eval_every = 4) {
        window.show();
        QVERIFY(window.openProject(project_));
        TrainPage& page = window.trainPage();
        QSignalSpy listed(&page, &TrainPage::datasetsListed);
        window.showPage("train");
        QVERIFY(listed.count() > 0 || listed.wait(30000));
        page.form().selectDataset("shapes");
        page.form().addModel("tiny", model_);
        page.form().selectDevice("cpu");
        TrainingOptions options;
        options.max_steps = steps;
        options.batch_size = 8;
        options.adamw.lr = 1e-3;
        options.warmup_steps = 2;
        options.eval_every = eval_every;
        options.log_every = 1;
        options.loader_threads = 1;
        page.form().setOptionsJson(QString::fromStdString(trainingOptionsToJson(options)));
        QCOMPARE(page.form().validationMessage(), QString());
        QTRY_VERIFY(page.findChild<QPushButton*>("start")->isEnabled());
        // The default probe queries: captions of the val split, read in the background.
        QTRY_VERIFY_WITH_TIMEOUT(!page.probeQueries().isEmpty(), 30000);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir_.isValid());
        writeDemoDataset(path("data").toStdString(), DemoVariant::Generic, 48, 4, 32);
        project_ = path("train.clipft");
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            DatasetImportRequest request;
            request.name = "shapes";
            request.source = path("data").toStdString();
            request.ratios = {0.75, 0.25, 0.0};
            importDataset(store, request);
            QVERIFY(store.datasetStats("shapes").val.images >= 8);
        }
        QVERIFY(QDir().mkpath(path("tiny")));
        model_ = fixtures::writeTinyClip(path("tiny"), fixtures::captionsOfFolder(path("data")), {}, 5, 3);
        QVERIFY(!model_.isEmpty());
    }

    void formChecksAsYouTypeAndAppliesPresets() {
        StudioWindow window;
        openTrain(window, 12);
        TrainPage& page = window.trainPage();
        auto* start = page.findChild<QPushButton*>("start");
        auto* lr = page.form().findChild<QLineEdit*>("trainLearningRate");
        QVERIFY(lr);
        lr->setText("fast");
        QVERIFY(page.form().validationMessage().contains("Learning rate"));
        QTRY_VERIFY(!start->isEnabled());
        lr->setText("-1e-4");
        QVERIFY(page.form().validationMessage().contains("Learning rate"));
        lr->setText("3e-4");
        QCOMPARE(page.form().validationMessage(), QString());
        QTRY_VERIFY(start->isEnabled());
        QCOMPARE(trainingOptionsFromJson(page.form().optionsJson().toStdString()).adamw.lr, 3e-4);

        // Each preset fills the form with exactly its settings.
        for (const TrainingPreset& preset : trainingPresets()) {
            page.form().applyPreset(QString::fromStdString(preset.id));
            QCOMPARE(nlohmann::json::parse(page.form().optionsJson().toStdString()),
                     nlohmann::json::parse(trainingOptionsToJson(preset.options)));
        }
        // The configuration survives a save and load through JSON.
        const QString saved = page.form().configurationJson();
        page.form().applyPreset("quick-cpu-demo");
        QString error;
        QVERIFY(page.form().applyConfigurationJson(saved, &error));
        QCOMPARE(page.form().configurationJson(), saved);
        QVERIFY(!page.form().applyConfigurationJson("{\"options\": {\"batch_size\": -3}}", &error));
        QVERIFY(!error.isEmpty());
    }

    void shortRunTrainsToCompletionWithLiveCharts() {
        StudioWindow window;
        openTrain(window, 12);
        TrainPage& page = window.trainPage();
        first_command_ = page.commandLine();
        QSignalSpy finished(&page, &TrainPage::trainingFinished);
        QSignalSpy probes(&page, &TrainPage::probesShown);
        fixtures::EventLoopProbe latency;
        latency.start();
        page.startTraining();
        QVERIFY(page.session().isRunning());
        QVERIFY(finished.wait(180000));
        latency.stop();
        const auto end = finished.first().first().value<TrainingEndInfo>();
        QCOMPARE(end.status, QString("completed"));
        QCOMPARE(end.step, qint64(12));
        first_run_ = end.run_id;
        qInfo("worst event-loop gap while training: %lld ms", latency.worstGapMs());
        QVERIFY2(latency.worstGapMs() < 50, qPrintable(QString("%1 ms").arg(latency.worstGapMs())));

        // A point per step, a point per evaluation; the reference line is the step-0 evaluation.
        ProjectStore store = ProjectStore::open(project_.toStdString());
        QCOMPARE(page.lossChart()->pointCount(0), 12);
        QCOMPARE(static_cast<qint64>(store.runMetrics(end.run_id, "loss").size()), qint64(12));
        const auto validations = validationsOf(store, end.run_id);
        QVERIFY(validations.size() >= 4);  // steps 0, 4, 8, 12
        const int r5 = seriesNamed(page.recallChart(), "image R@5");
        QVERIFY(r5 >= 0);
        QCOMPARE(page.recallChart()->pointCount(r5), static_cast<int>(validations.size()));
        QCOMPARE(validations.front().step.value_or(-1), int64_t(0));
        const double before = metricsOf(validations.front()).at("image_retrieval_recall@5");
        QVERIFY(!page.recallChart()->referenceValues().isEmpty());
        QCOMPARE(page.recallChart()->referenceValues().first(), before);
        QCOMPARE(page.referenceMetrics().value("image_retrieval_recall@5"), before);
        // The smoothed loss follows the slider.
        const QVector<double> smoothed = page.lossChart()->yValues(1);
        page.setSmoothing(0.0);
        QCOMPARE(page.lossChart()->yValues(1), page.lossChart()->yValues(0));
        page.setSmoothing(0.9);
        QVERIFY(page.lossChart()->yValues(1) != page.lossChart()->yValues(0));
        QVERIFY(!smoothed.isEmpty());

        // The probe queries came back with their top images at the evaluations.
        QVERIFY(!probes.isEmpty());
        QVERIFY(page.probeRowsShown() > 0);

        // The summary card: before is step 0, after the best evaluation the store marked.
        QVERIFY(page.summaryShown());
        QCOMPARE(page.summaryTable()->item(1, 0)->text(), QString::number(before, 'f', 3));
        double best_after = -1;
        for (const auto& checkpoint : store.checkpoints(end.run_id))
            if (checkpoint.is_best) best_after = checkpoint.metric.value_or(-1);
        QVERIFY(best_after >= 0);
        QCOMPARE(page.summaryTable()->item(1, 1)->text(), QString::number(best_after, 'f', 3));

        // The run appears on the Runs page.
        ui::RunsPage& runs = window.runsPage();
        QSignalSpy listed(&runs, &ui::RunsPage::runsListed);
        window.showPage("runs");
        runs.refresh();
        QVERIFY(listed.wait(30000));
        bool found = false;
        for (int row = 0; row < runs.runsModel()->rowCount(); ++row)
            for (int column = 0; column < runs.runsModel()->columnCount(); ++column)
                found |= runs.runsModel()->index(row, column).data().toString().contains(
                    QString::number(best_after, 'f', 3));
        QVERIFY2(found, "the run's best metric is listed on the Runs page");
    }

    void reopenedProjectShowsItsCurves() {
        QVERIFY(first_run_ > 0);
        StudioWindow window;
        window.show();
        TrainPage& page = window.trainPage();
        QSignalSpy shown(&page, &TrainPage::runShown);
        QVERIFY(window.openProject(project_));
        window.showPage("train");
        QVERIFY(shown.count() > 0 || shown.wait(30000));
        QCOMPARE(page.shownRun(), first_run_);
        QCOMPARE(page.lossChart()->pointCount(0), 12);
        ProjectStore store = ProjectStore::open(project_.toStdString());
        const auto validations = validationsOf(store, first_run_);
        QCOMPARE(page.recallChart()->pointCount(seriesNamed(page.recallChart(), "image R@5")),
                 static_cast<int>(validations.size()));
        QCOMPARE(page.recallChart()->referenceValues().first(),
                 metricsOf(validations.front()).at("image_retrieval_recall@5"));
    }

    void copiedCommandLineTrainsTheSameSettings() {
        QVERIFY(first_run_ > 0 && !first_command_.isEmpty());
        // The words a shell makes of the copied line, run as `clipft` with the same arguments.
        QProcess shell;
        shell.start("/bin/sh", {"-c", "printf '%s\\n' " + first_command_.mid(first_command_.indexOf(' ') + 1)});
        QVERIFY(shell.waitForFinished(10000));
        QStringList words = QString::fromUtf8(shell.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        QVERIFY(words.size() > 4);
        QCOMPARE(words.first(), QString("train"));
        // Another output folder, as a user running it elsewhere would give.
        const int out = words.indexOf("--out");
        QVERIFY(out > 0);
        words[out + 1] = path("cli-run");
        const auto run = fixtures::runClipft(words);
        QVERIFY2(run.exit_code == 0, qPrintable(run.err));
        ProjectStore store = ProjectStore::open(project_.toStdString());
        const auto runs = store.runs();
        qInfo("%s", qPrintable(first_command_));
        qInfo("gui: %s", runs.front().hyperparameters_json.c_str());
        qInfo("cli: %s", runs.back().hyperparameters_json.c_str());
        const RunInfo gui = *store.findRun(first_run_);
        const RunInfo& cli = runs.back();
        QVERIFY(cli.id != gui.id);
        QCOMPARE(nlohmann::json::parse(cli.hyperparameters_json), nlohmann::json::parse(gui.hyperparameters_json));
        QCOMPARE(cli.base_model_path, gui.base_model_path);
        QCOMPARE(cli.dataset_id, gui.dataset_id);
    }

    void runIsPausedAndResumed() {
        StudioWindow window;
        openTrain(window, 60, 0);
        TrainPage& page = window.trainPage();
        QSignalSpy steps(&page.session(), &ui::TrainingSession::stepsArrived);
        QSignalSpy paused(&page.session(), &ui::TrainingSession::pausedChanged);
        QSignalSpy finished(&page, &TrainPage::trainingFinished);
        page.startTraining();
        QVERIFY(steps.wait(60000));
        page.pauseTraining();
        QVERIFY(paused.wait(30000));
        QCOMPARE(paused.last().at(0).toBool(), true);
        const qint64 paused_at = paused.last().at(1).toLongLong();
        QVERIFY(paused_at < 60);
        QVERIFY(page.progressText().contains("Paused"));
        // Held: the steps before the pause have arrived, and no more come.
        steps.clear();
        QVERIFY(!steps.wait(400));
        QCOMPARE(page.lossChart()->pointCount(0), static_cast<int>(paused_at));
        page.resumeTraining();
        QVERIFY(finished.wait(180000));
        const auto end = finished.first().first().value<TrainingEndInfo>();
        QCOMPARE(end.status, QString("completed"));
        QCOMPARE(end.step, qint64(60));
        QCOMPARE(page.lossChart()->pointCount(0), 60);
        QVERIFY(paused.count() >= 2);
        QCOMPARE(paused.last().at(0).toBool(), false);
    }

    void stoppedRunIsContinuedFromRuns() {
        StudioWindow window;
        openTrain(window, 60, 0);
        TrainPage& page = window.trainPage();
        QSignalSpy steps(&page.session(), &ui::TrainingSession::stepsArrived);
        QSignalSpy finished(&page, &TrainPage::trainingFinished);
        page.startTraining();
        QVERIFY(steps.wait(60000));
        page.stopTraining();
        QVERIFY(finished.wait(60000));
        const auto stopped = finished.first().first().value<TrainingEndInfo>();
        QCOMPARE(stopped.status, QString("stopped"));
        QVERIFY(stopped.step < 60);
        {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            QCOMPARE(store.findRun(stopped.run_id)->status, RunStatus::Cancelled);
        }

        // Runs lists it as stopped; its Continue trains it to the end on the Train page.
        ui::RunsPage& runs = window.runsPage();
        QSignalSpy listed(&runs, &ui::RunsPage::runsListed);
        window.showPage("runs");
        runs.refresh();
        QVERIFY(listed.wait(30000));
        finished.clear();
        runs.continueRun(stopped.run_id);
        QCOMPARE(window.currentPage(), QString("train"));
        QVERIFY(finished.wait(180000));
        const auto end = finished.first().first().value<TrainingEndInfo>();
        QCOMPARE(end.run_id, stopped.run_id);
        QCOMPARE(end.status, QString("completed"));
        QCOMPARE(end.step, qint64(60));
        ProjectStore store = ProjectStore::open(project_.toStdString());
        QCOMPARE(store.findRun(stopped.run_id)->status, RunStatus::Completed);
        QCOMPARE(static_cast<int>(store.runMetrics(stopped.run_id, "loss").size()), 60);
        // The curve holds the steps before the stop and after it, each once.
        QCOMPARE(page.lossChart()->pointCount(0), 60);
    }
};

QTEST_MAIN(TestUiTrain)
#include "tst_ui_train.moc"
