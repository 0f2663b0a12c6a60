#include "ui/pages/train/train_page.h"

#include "ui/jobs/background_read.h"
#include "ui/jobs/job_runner.h"
#include "ui/pages/train/training_form.h"
#include "ui/settings.h"
#include "ui/thumbnails/thumbnail_loader.h"
#include "ui/widgets/job_status_widget.h"
#include "ui/widgets/metric_chart.h"

#include "core/common/resource_paths.h"
#include "core/eval/evaluation_set.h"
#include "core/jobs/training_job.h"
#include "core/model/clip_config.h"
#include "core/model/model_folder.h"
#include "core/store/project_store.h"
#include "core/train/training_options.h"

#include <nlohmann/json.hpp>

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace clipft::ui {

namespace {

constexpr int kProbeCount = 3;      // default probe queries, from the validation split
constexpr int kProbeTilePx = 56;
constexpr int kProbesTab = 0, kResultTab = 1, kLogTab = 2;  // the tabs under the charts

const QColor kAccent(47, 125, 225), kOrange(230, 126, 34), kGreen(39, 174, 96), kPurple(142, 68, 173),
    kGrey(127, 140, 141), kRed(192, 57, 43);

struct RecallSeries {
    const char* key;
    const char* label;
    QColor color;
    MetricChart::Style style;
};
// Both directions, @1/5/10: image retrieval (text → image) solid, text retrieval dashed.
const RecallSeries kRecallSeries[] = {
    {"image_retrieval_recall@1", QT_TRANSLATE_NOOP("clipft::ui::TrainPage", "image R@1"), kGreen, MetricChart::Style::LineAndPoints},
    {"image_retrieval_recall@5", QT_TRANSLATE_NOOP("clipft::ui::TrainPage", "image R@5"), kAccent, MetricChart::Style::LineAndPoints},
    {"image_retrieval_recall@10", QT_TRANSLATE_NOOP("clipft::ui::TrainPage", "image R@10"), kPurple, MetricChart::Style::LineAndPoints},
    {"text_retrieval_recall@1", QT_TRANSLATE_NOOP("clipft::ui::TrainPage", "text R@1"), kGreen, MetricChart::Style::Dashed},
    {"text_retrieval_recall@5", QT_TRANSLATE_NOOP("clipft::ui::TrainPage", "text R@5"), kAccent, MetricChart::Style::Dashed},
    {"text_retrieval_recall@10", QT_TRANSLATE_NOOP("clipft::ui::TrainPage", "text R@10"), kPurple, MetricChart::Style::Dashed},
};

QString signedPercent(double before, double after) {
    if (!(before > 0)) return QStringLiteral("—");
    const double change = (after - before) / before * 100.0;
    return QString("%1%2%").arg(change >= 0 ? "+" : "").arg(change, 0, 'f', 1);
}

QMap<QString, double> metricsFromJson(const std::string& json) {
    QMap<QString, double> metrics;
    try {
        const nlohmann::json j = nlohmann::json::parse(json);
        for (auto it = j.begin(); it != j.end(); ++it)
            if (it->is_number()) metrics.insert(QString::fromStdString(it.key()), it->get<double>());
    } catch (const std::exception&) {
    }
    return metrics;
}

// A stored run: its curves and evaluations, as the dashboard shows them.
struct StoredRun {
    qint64 id = 0;
    QString error;
    QString name, dataset, model_dir, options_json, status, status_message;
    QVector<TrainingStepPoint> steps;
    QVector<TrainingEvaluationPoint> evaluations;
    double seconds = 0;
};

StoredRun readStoredRun(const std::string& project, qint64 run_id) {
    StoredRun run;
    run.id = run_id;
    try {
        ProjectStore store = ProjectStore::open(project);
        const auto info = store.findRun(run_id);
        if (!info) throw std::runtime_error(TrainPage::tr("Run %1 is not in the project any more.").arg(run_id).toStdString());
        run.name = QString::fromStdString(info->name);
        run.model_dir = QString::fromStdString(info->base_model_path);
        run.options_json = QString::fromStdString(info->hyperparameters_json);
        run.status = QString::fromLatin1(runStatusName(runLiveStatus(*info)));  // a key; statusText() says it
        run.status_message = QString::fromStdString(info->status_message);
        run.seconds = (info->updated_ms - info->created_ms) / 1000.0;
        for (const auto& dataset : store.datasets())
            if (dataset.id == info->dataset_id) run.dataset = QString::fromStdString(dataset.name);
        QMap<qint64, TrainingStepPoint> by_step;
        for (const RunMetric& metric : store.runMetrics(run_id, "loss")) by_step[metric.step].step = metric.step;
        for (const RunMetric& metric : store.runMetrics(run_id)) {
            if (!by_step.contains(metric.step)) continue;  // steps are those with a loss
            TrainingStepPoint& p = by_step[metric.step];
            p.step = metric.step;
            p.epoch = metric.epoch;
            if (metric.name == "loss") p.loss = metric.value;
            else if (metric.name == "lr") p.lr = metric.value;
            else if (metric.name == "logit_scale") p.logit_scale = metric.value;
            else if (metric.name == "samples_per_s") p.samples_per_s = metric.value;
        }
        for (const auto& p : by_step) run.steps.push_back(p);
        double best = std::numeric_limits<double>::quiet_NaN();
        const std::string best_metric = trainingOptionsFromJson(info->hyperparameters_json).best_metric;
        for (const EvaluationInfo& e : store.evaluationsOfRun(run_id)) {
            if (e.wise_ft_alpha || e.split != "val") continue;  // the run's own validation only
            TrainingEvaluationPoint point;
            point.step = e.step.value_or(0);
            point.metrics = metricsFromJson(e.metrics_json);
            const QString key = QString::fromStdString(best_metric);
            if (point.metrics.contains(key)) {
                const double v = point.metrics.value(key);
                const bool better = std::isnan(best) || (higherIsBetter(best_metric) ? v > best : v < best);
                point.is_best = better && point.step > 0;
                if (better) best = v;
            }
            run.evaluations.push_back(point);
        }
    } catch (const std::exception& e) {
        run.error = QString::fromUtf8(e.what());
    }
    return run;
}

}  // namespace

TrainPage::TrainPage(QWidget* parent) : QWidget(parent), session_(new TrainingSession(this)) {
    setObjectName("train");
    thumbnails_ = new ThumbnailLoader(kProbeTilePx, QString(), 16 << 20, this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildFormColumn());
    splitter->addWidget(buildDashboard());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 900});
    layout->addWidget(splitter);

    connect(session_, &TrainingSession::stepsArrived, this, &TrainPage::addSteps);
    connect(session_, &TrainingSession::evaluated, this, &TrainPage::addEvaluation);
    connect(session_, &TrainingSession::probesArrived, this, &TrainPage::showProbes);
    connect(session_, &TrainingSession::logged, this, &TrainPage::log);
    connect(session_, &TrainingSession::finished, this, &TrainPage::finish);
    connect(session_, &TrainingSession::failed, this, &TrainPage::fail);
    connect(session_, &TrainingSession::pausedChanged, this, [this](bool paused, qint64 step) {
        log(paused ? tr("Paused at step %1.").arg(step) : tr("Resumed at step %1.").arg(step), false);
        updateButtons();
        updateProgress();
    });
    connect(session_, &TrainingSession::stageProgress, this, [this](const QString& stage, qint64 done, qint64 total) {
        stage_ = done >= total ? QString() : tr("evaluating: %1 %2/%3").arg(stage).arg(done).arg(total);
        updateProgress();
    });
    connect(thumbnails_, &ThumbnailLoader::thumbnailReady, this, [this] { showProbes(-1, probe_rows_); });
    // The device list may wake the GPUs' driver: read once, off the GUI thread.
    readInBackground<QList<DeviceChoice>>(this, devices_slot_, [] { return readDeviceChoices(); },
                                          [this](const QList<DeviceChoice>& devices) { form_->setDevices(devices); });
    updateButtons();
}

TrainPage::~TrainPage() = default;

QWidget* TrainPage::buildFormColumn() {
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    auto* scroll = new QScrollArea(column);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    form_ = new TrainingForm(scroll);
    scroll->setWidget(form_);
    // Wide enough for the form's fields: it scrolls down, never sideways.
    scroll->setMinimumWidth(form_->minimumSizeHint().width() + scroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    layout->addWidget(scroll, 1);
    connect(form_, &TrainingForm::validityChanged, this, &TrainPage::updateButtons);
    connect(form_, &TrainingForm::modelChanged, this, &TrainPage::readModelConfig);
    connect(form_, &TrainingForm::chooseModelFolderRequested, this, &TrainPage::chooseModelFolder);

    auto* files = new QHBoxLayout;
    auto* save = new QPushButton(tr("Save…"), column);
    save->setToolTip(tr("Save these settings as a JSON file"));
    auto* load = new QPushButton(tr("Load…"), column);
    load->setToolTip(tr("Load settings from a JSON file"));
    copy_command_ = new QPushButton(tr("Copy as command line"), column);
    copy_command_->setToolTip(tr("Copies the exact clipft train command for these settings, to run them on a server"));
    files->addWidget(save);
    files->addWidget(load);
    files->addStretch(1);
    layout->addLayout(files);
    layout->addWidget(copy_command_);
    connect(save, &QPushButton::clicked, this, &TrainPage::saveConfiguration);
    connect(load, &QPushButton::clicked, this, &TrainPage::loadConfiguration);
    connect(copy_command_, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(commandLine());
        emit message(tr("Copied: %1").arg(commandLine()));
    });
    return column;
}

QWidget* TrainPage::buildDashboard() {
    auto* dashboard = new QWidget(this);
    auto* layout = new QVBoxLayout(dashboard);

    // The controls and where the run stands.
    auto* controls = new QHBoxLayout;
    start_ = new QPushButton(QIcon::fromTheme("media-playback-start"), tr("Start"), dashboard);
    start_->setObjectName("start");
    start_->setDefault(true);
    pause_ = new QPushButton(QIcon::fromTheme("media-playback-pause"), tr("Pause"), dashboard);
    stop_ = new QPushButton(QIcon::fromTheme("media-playback-stop"), tr("Stop"), dashboard);
    stop_->setToolTip(tr("Stops the run between two steps and keeps a checkpoint to continue from"));
    continue_ = new QPushButton(tr("Continue"), dashboard);
    continue_->setToolTip(tr("Continues the stopped run from its checkpoint"));
    for (QPushButton* button : {start_, pause_, stop_, continue_}) controls->addWidget(button);
    progress_label_ = new QLabel(tr("Choose the settings and press Start."), dashboard);
    progress_label_->setObjectName("trainProgress");
    progress_label_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    progress_label_->setWordWrap(true);
    progress_label_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // a long message wraps, never widens
    controls->addSpacing(12);
    controls->addWidget(progress_label_, 1);
    layout->addLayout(controls);
    progress_bar_ = new QProgressBar(dashboard);
    progress_bar_->setTextVisible(false);
    progress_bar_->setMaximumHeight(6);
    layout->addWidget(progress_bar_);
    connect(start_, &QPushButton::clicked, this, &TrainPage::startTraining);
    connect(pause_, &QPushButton::clicked, this, [this] {
        if (session_->isPaused())
            resumeTraining();
        else
            pauseTraining();
    });
    connect(stop_, &QPushButton::clicked, this, &TrainPage::stopTraining);
    connect(continue_, &QPushButton::clicked, this, [this] {
        if (stopped_run_ > 0) continueRun(stopped_run_);
    });

    banner_ = new QLabel(dashboard);
    banner_->setWordWrap(true);
    banner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner_->setStyleSheet("QLabel { background: #fdecea; color: #7f1d1d; border-radius: 4px; padding: 6px; }");
    banner_->hide();
    layout->addWidget(banner_);


    // Four charts, two by two.
    auto* charts = new QGridLayout;
    loss_chart_ = new MetricChart(tr("Training loss"), dashboard);
    loss_chart_->setAxisLabels(tr("step"), tr("loss"));
    loss_raw_ = loss_chart_->addSeries(tr("loss"), kAccent, MetricChart::Style::Faint);
    loss_smoothed_ = loss_chart_->addSmoothedSeries(loss_raw_, tr("smoothed"), kAccent);
    recall_chart_ = new MetricChart(tr("Validation recall"), dashboard);
    recall_chart_->setAxisLabels(tr("step"), tr("recall"));
    for (const RecallSeries& s : kRecallSeries)
        recall_series_.insert(s.key, recall_chart_->addSeries(tr(s.label), s.color, s.style));
    rate_chart_ = new MetricChart(tr("Learning rate and temperature"), dashboard);
    rate_chart_->setAxisLabels(tr("step"), tr("learning rate"), tr("logit scale"));
    lr_series_ = rate_chart_->addSeries(tr("learning rate"), kOrange);
    scale_series_ = rate_chart_->addSeries(tr("logit scale"), kGrey, MetricChart::Style::Line, MetricChart::Axis::Right);
    validation_chart_ = new MetricChart(tr("Validation loss and throughput"), dashboard);
    validation_chart_->setAxisLabels(tr("step"), tr("validation loss"), tr("samples/s"));
    val_loss_ = validation_chart_->addSeries(tr("validation loss"), kRed, MetricChart::Style::LineAndPoints);
    throughput_ = validation_chart_->addSeries(tr("samples/s"), kGrey, MetricChart::Style::Line, MetricChart::Axis::Right);
    charts->addWidget(loss_chart_, 0, 0);
    charts->addWidget(recall_chart_, 0, 1);
    charts->addWidget(rate_chart_, 1, 0);
    charts->addWidget(validation_chart_, 1, 1);
    layout->addLayout(charts, 1);

    auto* smoothing_row = new QHBoxLayout;
    auto* smoothing_title = new QLabel(tr("Smoothing"), dashboard);
    smoothing_ = new QSlider(Qt::Horizontal, dashboard);
    smoothing_->setRange(0, 99);
    smoothing_->setValue(60);
    smoothing_->setMaximumWidth(220);
    smoothing_->setToolTip(tr("Exponential moving average of the training loss, as TensorBoard smooths"));
    smoothing_label_ = new QLabel("0.60", dashboard);
    smoothing_row->addWidget(smoothing_title);
    smoothing_row->addWidget(smoothing_);
    smoothing_row->addWidget(smoothing_label_);
    auto* hint = new QLabel(tr("Wheel: zoom · drag: pan · double-click: show all · right-click: export"), dashboard);
    hint->setEnabled(false);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    hint->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // a longer translation wraps, never widens
    smoothing_row->addWidget(hint, 1);
    layout->addLayout(smoothing_row);
    connect(smoothing_, &QSlider::valueChanged, this, [this](int value) { setSmoothing(value / 100.0); });

    // Under the charts: the probe queries while a run trains, its result when it ends, the log.
    bottom_ = new QTabWidget(dashboard);
    bottom_->setDocumentMode(true);
    bottom_->addTab(buildProbes(), tr("Probe queries"));
    summary_ = static_cast<QGroupBox*>(buildSummaryCard());
    bottom_->addTab(summary_, tr("Result"));
    log_ = new QPlainTextEdit(dashboard);
    log_->setReadOnly(true);
    log_->setMaximumBlockCount(5000);
    bottom_->addTab(log_, tr("Log"));
    bottom_->setTabEnabled(kResultTab, false);
    bottom_->setMaximumHeight(3 * (kProbeTilePx + 14) + 64);  // three probe rows; the charts get the rest
    layout->addWidget(bottom_, 0);

    // Never taller than the window: on a small screen the dashboard scrolls.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(dashboard);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QWidget* TrainPage::buildSummaryCard() {
    auto* card = new QGroupBox(this);
    card->setFlat(true);
    card->setObjectName("summaryCard");
    auto* layout = new QHBoxLayout(card);
    summary_table_ = new QTableWidget(6, 3, card);
    summary_table_->setHorizontalHeaderLabels({tr("Before"), tr("After"), tr("Change")});
    summary_table_->setVerticalHeaderLabels({tr("Image recall@1"), tr("Image recall@5"), tr("Image recall@10"),
                                             tr("Text recall@1"), tr("Text recall@5"), tr("Text recall@10")});
    summary_table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    summary_table_->setSelectionMode(QAbstractItemView::ContiguousSelection);
    summary_table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    summary_table_->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    summary_table_->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    summary_table_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    summary_table_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(summary_table_, 0, Qt::AlignTop);  // its rows' height, not the tab's
    auto* side = new QVBoxLayout;
    summary_note_ = new QLabel(card);
    summary_note_->setWordWrap(true);
    summary_note_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary_note_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    side->addWidget(summary_note_, 1);
    auto* buttons = new QHBoxLayout;
    open_run_ = new QPushButton(tr("Open in Runs"), card);
    search_run_ = new QPushButton(tr("Compare in Search"), card);
    search_run_->setToolTip(tr("The pre-trained model beside this run's best model, on the Search page"));
    auto* close = new QToolButton(card);
    close->setText(tr("Back to the probes"));
    close->setAutoRaise(true);
    buttons->addWidget(open_run_);
    buttons->addWidget(search_run_);
    buttons->addStretch(1);
    buttons->addWidget(close);
    side->addLayout(buttons);
    layout->addLayout(side, 1);
    connect(open_run_, &QPushButton::clicked, this, [this] { emit openRunRequested(shown_run_); });
    connect(search_run_, &QPushButton::clicked, this, [this] { emit searchRunRequested(shown_run_); });
    connect(close, &QToolButton::clicked, this, [this] { bottom_->setCurrentIndex(kProbesTab); });
    return card;
}

QWidget* TrainPage::buildProbes() {
    probe_box_ = new QWidget(this);
    auto* layout = new QVBoxLayout(probe_box_);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("<b>Probe queries</b> — the top 5 validation images at each evaluation; "
                                "the true image is outlined"),
                             probe_box_);
    auto* edit = new QToolButton(probe_box_);
    edit->setText(tr("Edit…"));
    edit->setAutoRaise(true);
    edit->setToolTip(tr("Choose the text queries shown here, one per line"));
    header->addWidget(title, 1);
    header->addWidget(edit);
    layout->addLayout(header);
    probe_grid_ = new QGridLayout;
    probe_grid_->setHorizontalSpacing(6);
    layout->addLayout(probe_grid_);
    connect(edit, &QToolButton::clicked, this, &TrainPage::editProbes);
    return probe_box_;
}

QWidget* TrainPage::summaryCard() const { return summary_; }
bool TrainPage::summaryShown() const { return bottom_->isTabEnabled(kResultTab) && bottom_->currentIndex() == kResultTab; }

void TrainPage::hideSummary() {
    if (bottom_->currentIndex() == kResultTab) bottom_->setCurrentIndex(kProbesTab);  // before a disabled tab moves it on
    bottom_->setTabEnabled(kResultTab, false);
}

void TrainPage::setProject(const QString& project_path) {
    if (project_path == project_) return;
    session_->abandon();  // a run of the previous project no longer draws here
    setRunning(false);
    project_ = project_path;
    listed_once_ = false;
    shown_run_ = stopped_run_ = 0;
    probes_are_default_ = true;
    probe_queries_.clear();
    probe_rows_.clear();
    clearDashboard();
    banner_->hide();
    hideSummary();
    refresh();
}

void TrainPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!listed_once_ && !project_.isEmpty()) refresh();
}

void TrainPage::refresh() {
    struct Listing {
        QStringList datasets;
        QList<QPair<QString, QString>> models;
        qint64 latest_run = 0;
        QString latest_run_dataset;
        QString error;
    };
    const std::string project = project_.toStdString();
    const QString project_path = project_;
    if (project.empty()) {
        ++list_slot_;
        form_->setDatasets({});
        return;
    }
    readInBackground<Listing>(
        this, list_slot_,
        [project, project_path] {
            Listing listing;
            try {
                listing.models.push_back({TrainPage::tr("Built-in demo model"), QString::fromStdString(demoModelDir())});
            } catch (const std::exception&) {
                // An installation without the demo model: the user's own folders only.
            }
            for (const QString& dir : settings::projectModels(project_path))
                listing.models.push_back({QDir(dir).dirName(), dir});
            try {
                ProjectStore store = ProjectStore::open(project);
                for (const auto& dataset : store.datasets()) {
                    // The demo's held-out generic set is for the demo's report, not for training.
                    if (dataset.name != "demo-generic") listing.datasets << QString::fromStdString(dataset.name);
                }
                const auto runs = store.runs();
                if (!runs.empty()) listing.latest_run = runs.back().id;
                for (const RunInfo& run : runs)
                    if (!QFileInfo(QString::fromStdString(run.base_model_path)).exists()) continue;
                    else {
                        const QString dir = QString::fromStdString(run.base_model_path);
                        bool known = false;
                        for (const auto& model : listing.models) known |= QDir(model.second) == QDir(dir);
                        if (!known) listing.models.push_back({QDir(dir).dirName(), dir});
                    }
            } catch (const std::exception& e) {
                listing.error = QString::fromUtf8(e.what());
            }
            return listing;
        },
        [this](const Listing& listing) {
            if (!listing.error.isEmpty()) showBanner(listing.error);
            form_->setDatasets(listing.datasets);
            form_->setModels(listing.models);
            const settings::ComputeSettings compute = settings::projectCompute(project_);
            if (!listed_once_ && !compute.device.isEmpty()) form_->selectDevice(compute.device);
            if (!listed_once_ && listing.latest_run > 0 && !session_->isRunning()) showRun(listing.latest_run);
            if (!listed_once_) {
                readModelConfig(form_->modelDir());
                defaultProbes();
            }
            listed_once_ = true;
            updateButtons();
            emit datasetsListed();
        });
}

void TrainPage::readModelConfig(const QString& dir) {
    form_->setModelConfig(nullptr);
    if (dir.isEmpty()) return;
    using Config = std::shared_ptr<const ClipConfig>;
    const std::string folder = dir.toStdString();
    readInBackground<Config>(
        this, config_slot_,
        [folder]() -> Config {
            try {
                return std::make_shared<const ClipConfig>(clipft::readModelConfig(inspectModelFolder(folder)));
            } catch (const std::exception&) {
                return nullptr;  // the estimate stays unknown; starting reports the model's problem
            }
        },
        [this](const Config& config) { form_->setModelConfig(config); });
}

void TrainPage::defaultProbes() {
    // A few captions spread over the validation split, so that the true image is known.
    if (!probes_are_default_ || project_.isEmpty() || form_->dataset().isEmpty()) return;
    const std::string project = project_.toStdString(), dataset = form_->dataset().toStdString();
    readInBackground<QStringList>(
        this, probe_slot_,
        [project, dataset] {
            QStringList queries;
            try {
                ProjectStore store = ProjectStore::open(project);
                const EvaluationSet set = loadEvaluationSet(store, dataset, "val");
                const size_t n = set.captions.size();
                for (int i = 0; i < kProbeCount && static_cast<size_t>(i) < n; ++i)
                    queries << QString::fromStdString(set.captions[(2 * i + 1) * n / (2 * kProbeCount)]);
            } catch (const std::exception&) {
                // No val split: no probes until the user writes some.
            }
            return queries;
        },
        [this](const QStringList& queries) {
            if (!probes_are_default_) return;
            probe_queries_ = queries;
            probe_rows_.clear();
            for (const QString& query : queries) probe_rows_.push_back({query, {}, 0});
            showProbes(-1, probe_rows_);
        });
}

void TrainPage::setProbeQueries(const QStringList& queries) {
    probes_are_default_ = false;
    probe_queries_.clear();
    for (const QString& query : queries)
        if (!query.trimmed().isEmpty()) probe_queries_ << query.trimmed();
    probe_rows_.clear();
    for (const QString& query : probe_queries_) probe_rows_.push_back({query, {}, 0});
    showProbes(-1, probe_rows_);
}

void TrainPage::editProbes() {
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Probe queries"), tr("Text queries, one per line. They apply from the next run on."),
        probe_queries_.join('\n'), &ok);
    if (ok) setProbeQueries(text.split('\n'));
}

void TrainPage::chooseModelFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a model folder"), QDir::homePath());
    if (dir.isEmpty()) return;
    if (!project_.isEmpty()) settings::addProjectModel(project_, dir);
    form_->addModel(QDir(dir).dirName(), dir);
}

void TrainPage::saveConfiguration() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the training settings"),
                                                      QDir::homePath() + "/training.json", tr("JSON files (*.json)"));
    if (path.isEmpty()) return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(form_->configurationJson().toUtf8()) < 0)
        showBanner(tr("Cannot write %1: %2").arg(path, file.errorString()));
}

void TrainPage::loadConfiguration() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Load training settings"), QDir::homePath(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty()) return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showBanner(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    QString error;
    if (!form_->applyConfigurationJson(QString::fromUtf8(file.readAll()), &error))
        showBanner(tr("%1 holds no usable settings: %2").arg(path, error));
    else
        banner_->hide();
}

QString TrainPage::outputDirFor(const QString& stamp) const {
    // Beside the project: <project>-runs/<stamp>, so that the project and its models travel together.
    const QFileInfo info(project_);
    return QDir(info.absolutePath()).filePath(info.completeBaseName() + "-runs/" + stamp);
}

QString TrainPage::commandLine() const {
    return form_->commandLine(project_, outputDirFor("run-" + QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss")));
}

void TrainPage::clearDashboard() {
    for (MetricChart* chart : {loss_chart_, recall_chart_, rate_chart_, validation_chart_}) chart->clearData();
    reference_.clear();
    best_.clear();
    last_evaluation_.clear();
    best_step_ = -1;
    last_step_ = TrainingStepPoint{};
    stage_.clear();
    warnings_ = 0;
    log_->clear();
    bottom_->setTabText(kLogTab, tr("Log"));
    progress_bar_->setValue(0);
    for (ProbeRow& row : probe_rows_) {
        row.top.clear();
        row.truth_rank = 0;
    }
    showProbes(-1, probe_rows_);
}

void TrainPage::startTraining() {
    if (session_->isRunning() || project_.isEmpty()) return;
    const QString problem = form_->validationMessage();
    if (!problem.isEmpty()) {
        showBanner(problem);
        return;
    }
    banner_->hide();
    hideSummary();
    clearDashboard();
    continuing_run_ = 0;
    stopped_run_ = 0;
    shown_run_ = 0;
    TrainingRequestInfo request;
    request.project = project_;
    request.dataset = form_->dataset();
    request.model_dir = form_->modelDir();
    request.output_dir = outputDirFor("run-" + QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss-zzz"));
    request.run_name = form_->runName();
    request.options_json = form_->optionsJson();
    request.device = form_->device();
    request.probe_queries = probe_queries_;
    run_model_ = request.model_dir;
    run_dataset_ = request.dataset;
    log(tr("Training %1 from %2 on %3.").arg(request.dataset, QDir(request.model_dir).dirName(), request.device), false);
    session_->start(request);
    setRunning(true);
    emit trainingStarted();
}

void TrainPage::continueRun(qint64 run) {
    if (session_->isRunning() || project_.isEmpty() || run <= 0) return;
    banner_->hide();
    hideSummary();
    continuing_run_ = run;
    stopped_run_ = 0;
    // The curves so far first, then the run goes on and its new steps append to them.
    const std::string project = project_.toStdString();
    readInBackground<StoredRun>(
        this, continue_slot_, [project, run] { return readStoredRun(project, run); },
        [this, run](const StoredRun& stored) {
            if (!stored.error.isEmpty() || session_->isRunning()) {
                if (!stored.error.isEmpty()) showBanner(stored.error);
                setRunning(session_->isRunning());
                return;
            }
            ++run_slot_;  // a stored run's curves still on their way must not replace these
            run_model_ = stored.model_dir;
            run_dataset_ = stored.dataset;
            clearDashboard();
            shown_run_ = run;
            addSteps(stored.steps);
            for (const TrainingEvaluationPoint& evaluation : stored.evaluations) addEvaluation(evaluation);
            TrainingRequestInfo request;
            request.project = project_;
            request.resume_run = run;
            request.options_json = stored.options_json;  // for the ETA: the run trains with its own
            request.device = form_->device();
            request.probe_queries = probe_queries_;
            log(tr("Continuing run %1 “%2” from its checkpoint.").arg(run).arg(stored.name), false);
            session_->start(request);
            setRunning(true);
            emit trainingStarted();
        });
    setRunning(true);  // the form and Start wait for the run to start
}

void TrainPage::copySettingsFromRun(qint64 run) {
    const std::string project = project_.toStdString();
    readInBackground<StoredRun>(
        this, run_slot_, [project, run] { return readStoredRun(project, run); },
        [this](const StoredRun& stored) {
            if (!stored.error.isEmpty()) {
                showBanner(stored.error);
                return;
            }
            form_->setOptionsJson(stored.options_json);
            form_->selectDataset(stored.dataset);
            if (!stored.model_dir.isEmpty()) form_->addModel(QDir(stored.model_dir).dirName(), stored.model_dir);
            emit message(tr("The form holds the settings of run %1 “%2”.").arg(stored.id).arg(stored.name));
        });
}

void TrainPage::showRun(qint64 run) {
    const std::string project = project_.toStdString();
    readInBackground<StoredRun>(
        this, run_slot_, [project, run] { return readStoredRun(project, run); },
        [this](const StoredRun& stored) {
            if (!stored.error.isEmpty()) {
                showBanner(stored.error);
                return;
            }
            if (session_->isRunning()) return;  // a live run draws its own points
            clearDashboard();
            shown_run_ = stored.id;
            run_model_ = stored.model_dir;
            run_dataset_ = stored.dataset;
            addSteps(stored.steps);
            for (const TrainingEvaluationPoint& evaluation : stored.evaluations) addEvaluation(evaluation);
            if (!session_->isRunning()) {
                const QString status = stored.status;
                const QString said = status == "completed"     ? tr("completed")
                                     : status == "cancelled"   ? tr("stopped; it can be continued")
                                     : status == "interrupted" ? tr("interrupted (its process ended); it can be continued")
                                     : status == "failed"      ? tr("failed: %1").arg(stored.status_message)
                                     : status == "running"     ? tr("training in another process")
                                                               : status;
                progress_label_->setText(tr("Run %1 “%2”: %3 · %Ln step(s)", nullptr,
                                            stored.steps.isEmpty() ? 0 : int(stored.steps.back().step))
                                             .arg(stored.id)
                                             .arg(stored.name, said));
                if (status == "cancelled" || status == "interrupted") stopped_run_ = stored.id;
                if (!reference_.isEmpty() && !best_.isEmpty() && status == "completed")
                    fillSummary(reference_, best_, best_step_, stored.seconds, stored.id, stored.model_dir, stored.dataset);
            }
            updateButtons();
            emit runShown(stored.id);
        });
}

void TrainPage::pauseTraining() {
    if (!session_->isRunning() || session_->isPaused()) return;
    session_->pause();
    updateButtons();
}

void TrainPage::resumeTraining() {
    if (!session_->isPaused()) return;
    session_->resume();
    updateButtons();
}

void TrainPage::stopTraining() {
    if (!session_->isRunning()) return;
    log(tr("Stopping: the run ends after this step, with a checkpoint to continue from."), false);
    session_->stop();
    stop_->setEnabled(false);
}

void TrainPage::setRunning(bool running) {
    form_->setEnabled(!running);
    updateButtons();
    updateProgress();
}

void TrainPage::updateButtons() {
    const bool running = session_->isRunning();
    const bool paused = session_->isPaused();
    start_->setEnabled(!running && !project_.isEmpty() && form_->validationMessage().isEmpty());
    pause_->setEnabled(running);
    pause_->setText(paused ? tr("Resume") : tr("Pause"));
    pause_->setIcon(QIcon::fromTheme(paused ? "media-playback-start" : "media-playback-pause"));
    stop_->setEnabled(running);
    continue_->setVisible(!running && stopped_run_ > 0);
    copy_command_->setEnabled(!project_.isEmpty());
}

void TrainPage::addSteps(const QVector<TrainingStepPoint>& steps) {
    if (steps.isEmpty()) return;
    if (steps.front().step <= last_step_.step) {
        // A resumed run redoes the steps after its checkpoint: they replace what was drawn.
        for (MetricChart* chart : {loss_chart_, rate_chart_, validation_chart_, recall_chart_})
            chart->removePointsFrom(static_cast<double>(steps.front().step));
    }
    QVector<double> x, loss, lr, scale, throughput;
    for (const TrainingStepPoint& p : steps) {
        x << p.step;
        loss << p.loss;
        lr << p.lr;
        scale << p.logit_scale;
        throughput << p.samples_per_s;
    }
    loss_chart_->addPoints(loss_raw_, x, loss);
    rate_chart_->addPoints(lr_series_, x, lr);
    rate_chart_->addPoints(scale_series_, x, scale);
    validation_chart_->addPoints(throughput_, x, throughput);
    const qint64 skipped_before = last_step_.skipped_steps;
    last_step_ = steps.back();
    if (last_step_.skipped_steps > skipped_before)
        log(tr("Step %1: %2 step(s) skipped so far for a NaN or infinite loss.").arg(last_step_.step).arg(last_step_.skipped_steps),
            true);
    updateProgress();
}

void TrainPage::addEvaluation(const TrainingEvaluationPoint& evaluation) {
    const bool first = reference_.isEmpty() && evaluation.step == 0;
    if (first) {
        reference_ = evaluation.metrics;
        // The pre-trained model's values: what the run has to beat.
        for (const char* key : {"image_retrieval_recall@5", "text_retrieval_recall@5"})
            if (reference_.contains(key))
                recall_chart_->addReferenceLine(
                    tr("pre-trained %1 %2").arg(QString(key).startsWith("image") ? tr("image R@5") : tr("text R@5"))
                        .arg(reference_.value(key), 0, 'f', 3),
                    reference_.value(key), QString(key).startsWith("image") ? kAccent : kGrey);
    }
    for (auto it = recall_series_.begin(); it != recall_series_.end(); ++it)
        if (evaluation.metrics.contains(it.key())) recall_chart_->addPoint(it.value(), evaluation.step, evaluation.metrics.value(it.key()));
    if (evaluation.metrics.contains("clip_val_loss"))
        validation_chart_->addPoint(val_loss_, evaluation.step, evaluation.metrics.value("clip_val_loss"));
    last_evaluation_ = evaluation.metrics;
    if (evaluation.is_best || (best_.isEmpty() && evaluation.step > 0)) {
        best_ = evaluation.metrics;
        best_step_ = evaluation.step;
    }
    if (session_->isRunning()) {
        const double r5 = evaluation.metrics.value("image_retrieval_recall@5", -1);
        if (r5 >= 0)
            log(tr("Step %1: image recall@5 %2, text recall@5 %3%4")
                    .arg(evaluation.step)
                    .arg(r5, 0, 'f', 3)
                    .arg(evaluation.metrics.value("text_retrieval_recall@5"), 0, 'f', 3)
                    .arg(evaluation.is_best ? tr(" (best so far)") : QString()),
                false);
    }
    updateProgress();
}

void TrainPage::showProbes(qint64 step, const QVector<ProbeRow>& rows) {
    probe_rows_ = rows;
    // Rebuild the grid: one row per query, its text then five tiles.
    while (QLayoutItem* item = probe_grid_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QPalette p = palette();
    for (int r = 0; r < rows.size(); ++r) {
        const ProbeRow& row = rows[r];
        QString caption = QString("“%1”").arg(row.query);
        auto* text = new QLabel(probe_box_);
        text->setWordWrap(true);
        text->setMinimumWidth(200);
        text->setMaximumWidth(320);
        QString rank;
        if (row.truth_rank > 0) rank = tr("true image at rank %1").arg(row.truth_rank);
        else if (!row.top.isEmpty()) rank = tr("not a caption of the val split");
        text->setText(rank.isEmpty() ? caption : QString("%1<br><span style='color:%2'>%3</span>")
                                                     .arg(caption.toHtmlEscaped(), p.color(QPalette::PlaceholderText).name(), rank));
        probe_grid_->addWidget(text, r, 0);
        if (row.top.isEmpty()) {
            auto* waiting = new QLabel(tr("Its top 5 images appear at the next evaluation of a run."), probe_box_);
            waiting->setEnabled(false);
            probe_grid_->addWidget(waiting, r, 1, 1, 5);
            continue;
        }
        for (int t = 0; t < 5; ++t) {
            auto* tile = new QLabel(probe_box_);
            tile->setFixedSize(kProbeTilePx + 6, kProbeTilePx + 6);
            tile->setAlignment(Qt::AlignCenter);
            if (t < row.top.size()) {
                const ProbeTile& image = row.top[t];
                const QImage thumb = thumbnails_->thumbnail({image.path, image.path});
                if (!thumb.isNull()) tile->setPixmap(QPixmap::fromImage(thumb));
                tile->setToolTip(tr("%1\nrank %2 · score %3").arg(QFileInfo(image.path).fileName()).arg(t + 1).arg(image.score, 0, 'f', 3));
                tile->setStyleSheet(image.is_truth ? QString("QLabel { border: 3px solid %1; }").arg(kGreen.name())
                                                   : QString("QLabel { border: 1px solid %1; }").arg(p.color(QPalette::Midlight).name()));
            } else {
                tile->setStyleSheet(QString("QLabel { border: 1px dashed %1; }").arg(p.color(QPalette::Midlight).name()));
            }
            probe_grid_->addWidget(tile, r, t + 1);
        }
    }
    probe_grid_->setColumnStretch(6, 1);
    if (rows.isEmpty()) {
        auto* none = new QLabel(tr("No probe queries: the validation split has no captions to take them from. "
                                   "Choose Edit… to write some."),
                                probe_box_);
        none->setEnabled(false);
        probe_grid_->addWidget(none, 0, 0, 1, 6);
    }
    if (step >= 0) emit probesShown(step);
}

int TrainPage::probeRowsShown() const {
    int shown = 0;
    for (const ProbeRow& row : probe_rows_) shown += row.top.isEmpty() ? 0 : 1;
    return shown;
}

void TrainPage::setSmoothing(double weight) {
    loss_chart_->setSmoothing(weight);
    smoothing_label_->setText(QString::number(loss_chart_->smoothing(), 'f', 2));
    const QSignalBlocker block(smoothing_);
    smoothing_->setValue(static_cast<int>(std::lround(loss_chart_->smoothing() * 100)));
}

void TrainPage::updateProgress() {
    if (!session_->isRunning()) {
        progress_bar_->setValue(last_step_.total_steps > 0 ? progress_bar_->value() : 0);
        return;
    }
    QStringList parts;
    if (last_step_.total_steps > 0) {
        parts << tr("step %1/%2").arg(QLocale().toString(last_step_.step), QLocale().toString(last_step_.total_steps));
        parts << tr("epoch %1").arg(last_step_.epoch, 0, 'f', 2);
        parts << tr("%1 samples/s").arg(last_step_.samples_per_s, 0, 'f', 1);
        const double eta = session_->etaSeconds();
        parts << (eta >= 0 ? tr("ETA %1").arg(formatDuration(eta)) : tr("ETA …"));
        progress_bar_->setRange(0, static_cast<int>(last_step_.total_steps));
        progress_bar_->setValue(static_cast<int>(last_step_.step));
    } else {
        parts << tr("starting…");
        progress_bar_->setRange(0, 0);  // busy until the first step
    }
    const qint64 memory = residentMemoryBytes();
    if (memory > 0) parts << tr("memory %1 MiB").arg(memory >> 20);
    if (session_->isPaused()) parts.prepend(tr("Paused"));
    if (!stage_.isEmpty()) parts << stage_;
    progress_label_->setText(parts.join(QStringLiteral(" · ")));
}

QString TrainPage::progressText() const { return progress_label_->text(); }

void TrainPage::finish(const TrainingEndInfo& end) {
    setRunning(false);
    shown_run_ = end.run_id;
    progress_bar_->setRange(0, 1);
    progress_bar_->setValue(1);
    QString text;
    if (end.status == "stopped") {
        stopped_run_ = end.run_id;
        text = tr("Run %1 stopped at step %2. Continue it here or from the Runs page.").arg(end.run_id).arg(end.step);
    } else {
        text = end.status == "early-stopped" ? tr("Run %1 stopped early at step %2 (no more improvement).").arg(end.run_id).arg(end.step)
                                             : tr("Run %1 completed %2 steps in %3.").arg(end.run_id).arg(end.step).arg(formatDuration(end.seconds));
        if (!reference_.isEmpty() && !best_.isEmpty())
            fillSummary(reference_, best_, best_step_, end.seconds, end.run_id, run_model_, run_dataset_);
    }
    progress_label_->setText(text);
    log(text, false);
    updateButtons();
    emit runsChanged();
    emit trainingFinished(end);
}

void TrainPage::fail(const QString& message) {
    setRunning(false);
    progress_bar_->setRange(0, 1);
    progress_bar_->setValue(0);
    progress_label_->setText(tr("The training failed."));
    showBanner(message);
    log(message, true);
    updateButtons();
    emit runsChanged();
    emit trainingFailed(message);
}

void TrainPage::showBanner(const QString& text) {
    banner_->setText(text);
    banner_->setVisible(!text.isEmpty());
}

void TrainPage::log(const QString& text, bool warning) {
    log_->appendPlainText(QString("%1  %2%3").arg(QTime::currentTime().toString("HH:mm:ss"), warning ? tr("warning: ") : QString(), text));
    if (warning) {
        ++warnings_;
        bottom_->setTabText(kLogTab, tr("Log (%n warning(s))", nullptr, warnings_));
    }
}

void TrainPage::fillSummary(const QMap<QString, double>& before, const QMap<QString, double>& after, qint64 best_step,
                            double seconds, qint64 run, const QString& model_dir, const QString& dataset) {
    const char* keys[] = {"image_retrieval_recall@1", "image_retrieval_recall@5", "image_retrieval_recall@10",
                          "text_retrieval_recall@1",  "text_retrieval_recall@5",  "text_retrieval_recall@10"};
    for (int row = 0; row < 6; ++row) {
        const double b = before.value(keys[row], std::nan("")), a = after.value(keys[row], std::nan(""));
        const QString cells[] = {std::isnan(b) ? QStringLiteral("—") : QString::number(b, 'f', 3),
                                 std::isnan(a) ? QStringLiteral("—") : QString::number(a, 'f', 3), signedPercent(b, a)};
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (row == 1) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            summary_table_->setItem(row, column, item);
        }
    }
    const double b5 = before.value("image_retrieval_recall@5", std::nan("")), a5 = after.value("image_retrieval_recall@5", std::nan(""));
    summary_note_->setText(tr("<p style='font-size:large'><b>Image recall@5: %1 → %2 (%3)</b></p>"
                              "<p>Model: %4<br>Dataset: %5 (val split)<br>Best step: %6 · Duration: %7</p>"
                              "<p>“Before” is the pre-trained model (the evaluation at step 0), “after” the run's "
                              "best model, as the Finetuner study reported them.</p>")
                               .arg(QString::number(b5, 'f', 3), QString::number(a5, 'f', 3), signedPercent(b5, a5),
                                    QDir(model_dir).dirName().toHtmlEscaped(), dataset.toHtmlEscaped())
                               .arg(best_step)
                               .arg(formatDuration(seconds)));
    bottom_->setTabText(kResultTab, tr("Result of run %1").arg(run));
    bottom_->setTabEnabled(kResultTab, true);
    bottom_->setCurrentIndex(kResultTab);
}

}  // namespace clipft::ui
