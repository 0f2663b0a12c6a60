#include "ui/pages/runs/runs_page.h"

#include "ui/jobs/background_read.h"
#include "ui/jobs/job_runner.h"
#include "ui/pages/runs/report_writer.h"
#include "ui/pages/runs/run_details.h"
#include "ui/pages/runs/runs_table_model.h"
#include "ui/settings.h"
#include "ui/widgets/metric_chart.h"

#include "core/common/runtime.h"
#include "core/jobs/evaluation_job.h"
#include "core/jobs/export_job.h"
#include "core/jobs/run_report.h"
#include "core/jobs/training_job.h"
#include "core/store/project_store.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QSet>
#include <QSlider>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <vector>

namespace fs = std::filesystem;

namespace clipft::ui {

namespace {

constexpr int kPollMs = 5000;  // while a run trains, how often the list is read again
const double kSweepAlphas[] = {0.0, 0.25, 0.5, 0.75, 1.0};

// One colour per selected run, in selection order (Tableau 10, legible on light and dark).
QColor runColor(int index) {
    static const QColor colors[] = {QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44),
                                    QColor(214, 39, 40),  QColor(148, 103, 189), QColor(140, 86, 75),
                                    QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34),
                                    QColor(23, 190, 207)};
    return colors[index % 10];
}

struct Listing {
    std::vector<RunOverview> runs;
    QString error;
};

struct Details {
    QList<std::shared_ptr<const RunReport>> reports;
    QString error;
};

struct Deleted {
    QList<qint64> runs;
    QStringList kept;  // output folders that still hold files the run did not write
    QString error;
};

// Removes what a training run writes in its output folder (training_job.h), and the folder when
// nothing else is left in it; never anything else, whatever the folder is. Returns the folder
// when it stays (it holds other files).
QString removeRunFiles(const std::string& dir) {
    if (dir.empty()) return QString();
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return QString();
    for (const std::string& path : {runCheckpointPath(dir), runBestModelDir(dir), runFinalModelDir(dir), runLockPath(dir)})
        fs::remove_all(path, ec);
    std::vector<fs::path> leftovers;  // atomic writes' leftovers: .<name>.tmp-<pid>-<n>
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() > 1 && name[0] == '.' && name.find(".tmp-") != std::string::npos) leftovers.push_back(entry.path());
    }
    for (const fs::path& leftover : leftovers) fs::remove_all(leftover, ec);
    if (fs::is_empty(dir, ec) && !ec && fs::remove(dir, ec)) return QString();
    return QString::fromStdString(dir);
}

QString slug(const QString& text) {
    QString out;
    for (const QChar c : text) out += c.isLetterOrNumber() ? c.toLower() : QChar('-');
    while (out.contains("--")) out.replace("--", "-");
    out = out.mid(out.startsWith('-') ? 1 : 0);
    if (out.endsWith('-')) out.chop(1);
    return out.left(48).isEmpty() ? QStringLiteral("run") : out.left(48);
}

QTableView* plainTable(QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

}  // namespace

RunsPage::RunsPage(JobRunner& runner, QWidget* parent) : QWidget(parent), runner_(runner) {
    setObjectName("runs");
    auto* layout = new QVBoxLayout(this);

    // The header: how many runs, and what can be done with the current one.
    auto* top = new QHBoxLayout;
    summary_ = new QLabel(this);
    summary_->setObjectName("runsSummary");
    top->addWidget(summary_, 1);
    continue_ = new QPushButton(tr("Continue"), this);
    continue_->setObjectName("continueRun");
    copy_ = new QPushButton(tr("Copy settings to Train"), this);
    copy_->setObjectName("copySettings");
    copy_->setToolTip(tr("Fill the Train page's form with this run's dataset, model and settings"));
    search_ = new QPushButton(QIcon(":/icons/search.svg"), tr("Open in Search"), this);
    search_->setObjectName("openInSearch");
    search_->setToolTip(tr("Search with this run's model beside the pre-trained one"));
    delete_ = new QPushButton(tr("Delete…"), this);
    delete_->setObjectName("deleteRuns");
    for (QPushButton* button : {continue_, copy_, search_, delete_}) top->addWidget(button);
    layout->addLayout(top);

    banner_ = new QLabel(this);
    banner_->setObjectName("runsBanner");
    banner_->setWordWrap(true);
    banner_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    banner_->setVisible(false);
    layout->addWidget(banner_);

    stack_ = new QStackedWidget(this);
    empty_ = new QLabel(stack_);
    empty_->setObjectName("runsEmpty");
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    stack_->addWidget(empty_);

    auto* splitter = new QSplitter(Qt::Vertical, stack_);
    splitter->setChildrenCollapsible(false);
    model_ = new RunsTableModel(this);
    sorted_ = new QSortFilterProxyModel(this);
    sorted_->setSourceModel(model_);
    sorted_->setSortRole(RunsTableModel::SortRole);
    sorted_->setSortCaseSensitivity(Qt::CaseInsensitive);
    view_ = plainTable(splitter);
    view_->setObjectName("runsTable");
    view_->setModel(sorted_);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setSortingEnabled(true);
    view_->sortByColumn(RunsTableModel::StartedColumn, Qt::DescendingOrder);  // the newest first
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView* header = view_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RunsTableModel::NameColumn, QHeaderView::Stretch);
    header->setSortIndicatorShown(true);
    splitter->addWidget(view_);

    auto* lower = new QWidget(splitter);
    auto* lower_layout = new QVBoxLayout(lower);
    lower_layout->setContentsMargins(0, 0, 0, 0);
    detail_ = new QLabel(lower);
    detail_->setObjectName("runDetail");
    detail_->setWordWrap(true);
    detail_->setTextFormat(Qt::RichText);
    detail_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lower_layout->addWidget(detail_);
    tabs_ = new QTabWidget(lower);
    tabs_->setDocumentMode(true);  // no frame around the tab's page: the page has no borders around borders
    tabs_->addTab(buildCurvesTab(), tr("Curves"));
    settings_ = new QStandardItemModel(this);
    settings_view_ = plainTable(tabs_);
    settings_view_->setObjectName("runSettings");
    settings_view_->setModel(settings_);
    settings_view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    settings_view_->horizontalHeader()->setStretchLastSection(true);
    tabs_->addTab(settings_view_, tr("Settings"));
    auto* evaluations_tab = new QWidget(tabs_);
    auto* evaluations_layout = new QVBoxLayout(evaluations_tab);
    evaluations_title_ = new QLabel(evaluations_tab);
    evaluations_title_->setWordWrap(true);
    evaluations_layout->addWidget(evaluations_title_);
    evaluations_ = new QStandardItemModel(this);
    evaluations_view_ = plainTable(evaluations_tab);
    evaluations_view_->setObjectName("runEvaluations");
    evaluations_view_->setModel(evaluations_);
    evaluations_view_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    evaluations_layout->addWidget(evaluations_view_, 1);
    tabs_->addTab(evaluations_tab, tr("Evaluations"));
    tabs_->addTab(buildExportTab(), tr("Export"));
    lower_layout->addWidget(tabs_, 1);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    stack_->addWidget(splitter);
    layout->addWidget(stack_, 1);

    details_timer_ = new QTimer(this);
    details_timer_->setSingleShot(true);
    details_timer_->setInterval(0);
    connect(details_timer_, &QTimer::timeout, this, &RunsPage::loadDetails);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsPage::onSelectionChanged);
    // The current run may change within the selection (the details are of it).
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsPage::onSelectionChanged);
    connect(continue_, &QPushButton::clicked, this, [this] { continueRun(currentRun()); });
    connect(copy_, &QPushButton::clicked, this, [this] { copySettings(currentRun()); });
    connect(search_, &QPushButton::clicked, this, [this] { openInSearch(currentRun()); });
    connect(delete_, &QPushButton::clicked, this, [this] { deleteRuns(selectedRuns()); });
    auto* delete_key = new QAction(tr("Delete…"), view_);
    delete_key->setShortcut(QKeySequence::Delete);
    delete_key->setShortcutContext(Qt::WidgetShortcut);
    view_->addAction(delete_key);
    connect(delete_key, &QAction::triggered, this, [this] { deleteRuns(selectedRuns()); });
    connect(view_, &QTableView::customContextMenuRequested, this, [this](const QPoint& position) {
        if (!view_->indexAt(position).isValid()) return;
        QMenu menu(this);
        for (QPushButton* button : {continue_, copy_, search_})
            menu.addAction(button->text(), button, &QPushButton::click)->setEnabled(button->isEnabled());
        menu.addSeparator();
        menu.addAction(export_model_->text(), export_model_, &QPushButton::click)->setEnabled(export_model_->isEnabled());
        menu.addAction(export_report_->text(), export_report_, &QPushButton::click)->setEnabled(export_report_->isEnabled());
        menu.addSeparator();
        menu.addAction(delete_->text(), delete_, &QPushButton::click)->setEnabled(delete_->isEnabled());
        menu.exec(view_->viewport()->mapToGlobal(position));
    });

    // Our jobs' progress where the user looks (the Export tab); any other job's end may have
    // changed a run (a training stopped or finished): the list is read again.
    connect(&runner_, &JobRunner::progress, this, [this](quint64 token, const QString& stage, qint64 done, qint64 total, double) {
        if (token != job_token_ || !runner_.isRunning()) return;
        progress_->setRange(0, total > 0 ? int(std::min<qint64>(total, 1 << 30)) : 0);
        if (total > 0) progress_->setValue(int(std::min(done, total)));
        if (!stage.isEmpty()) job_status_->setText(stage);
    });
    const auto ended = [this](quint64 token) {
        if (token == job_token_) return;
        stale_ = true;
        if (isVisible()) refresh();
    };
    connect(&runner_, &JobRunner::finished, this, [ended](quint64 token, const QVariant&) { ended(token); });
    connect(&runner_, &JobRunner::failed, this, [ended](quint64 token, const QString&) { ended(token); });
    connect(&runner_, &JobRunner::cancelled, this, ended);
    connect(&runner_, &JobRunner::started, this, [this](quint64 token, const QString& title) {
        if (job_active_ && token != job_token_) {  // ours was superseded: it never ends visibly
            job_active_ = false;
            job_status_->setText(tr("Stopped, because “%1” started.").arg(title));
        }
        updateActions();
    });
    poll_ = new QTimer(this);
    poll_->setInterval(kPollMs);
    connect(poll_, &QTimer::timeout, this, [this] {
        if (isVisible()) refresh();
    });
    setProject(QString());
}

RunsPage::~RunsPage() = default;

QWidget* RunsPage::buildCurvesTab() {
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* row = new QHBoxLayout;
    recall_metric_ = new QComboBox(tab);
    recall_metric_->setObjectName("overlayRecall");
    for (const char* key : {"image_retrieval_recall@5", "image_retrieval_recall@1", "image_retrieval_recall@10",
                            "text_retrieval_recall@5", "text_retrieval_recall@1", "text_retrieval_recall@10"})
        recall_metric_->addItem(RunText::metric(key), QString::fromLatin1(key));
    auto* label = new QLabel(tr("Recall on the right axis:"), tab);
    label->setBuddy(recall_metric_);
    row->addWidget(label);
    row->addWidget(recall_metric_);
    row->addStretch(1);
    auto* hint = new QLabel(tr("Ctrl+click runs in the table to overlay them"), tab);
    hint->setEnabled(false);  // the palette's quiet text
    row->addWidget(hint);
    layout->addLayout(row);
    chart_layout_ = new QVBoxLayout;
    chart_layout_->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(chart_layout_, 1);
    chart_ = new MetricChart(tr("Loss and recall"), tab);
    chart_->setObjectName("overlayChart");
    chart_layout_->addWidget(chart_);
    connect(recall_metric_, &QComboBox::currentIndexChanged, this, [this] { rebuildChart(); });
    return tab;
}

QWidget* RunsPage::buildExportTab() {
    // Two columns: what is exported (the model, α, the buttons) and, beside it, the recall each α gives.
    auto* tab = new QWidget(this);
    auto* columns = new QHBoxLayout(tab);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left);
    columns->addSpacing(3 * std::max(6, style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing)));
    columns->addLayout(right);
    columns->addStretch(1);

    export_title_ = new QLabel(tab);
    export_title_->setWordWrap(true);
    left->addWidget(export_title_);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    export_from_ = new QComboBox(tab);
    export_from_->setObjectName("exportFrom");
    export_from_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(tr("Model:"), export_from_);
    auto* alpha_row = new QHBoxLayout;
    alpha_slider_ = new QSlider(Qt::Horizontal, tab);
    alpha_slider_->setObjectName("alphaSlider");
    alpha_slider_->setRange(0, 100);
    alpha_slider_->setSingleStep(5);
    alpha_slider_->setPageStep(25);
    alpha_slider_->setTickPosition(QSlider::TicksBelow);
    alpha_slider_->setTickInterval(25);
    alpha_slider_->setMinimumWidth(220);
    alpha_spin_ = new QDoubleSpinBox(tab);
    alpha_spin_->setObjectName("alphaSpin");
    alpha_spin_->setRange(0.0, 1.0);
    alpha_spin_->setSingleStep(0.05);
    alpha_spin_->setDecimals(2);
    alpha_row->addWidget(alpha_slider_);
    alpha_row->addWidget(alpha_spin_);
    const QString alpha_tip = tr("WiSE-FT: the exported weights are (1 − α)·pre-trained + α·fine-tuned. α 1 is the "
                                 "fine-tuned model as trained; a smaller α keeps more of what the pre-trained model knew.");
    alpha_slider_->setToolTip(alpha_tip);
    alpha_spin_->setToolTip(alpha_tip);
    form->addRow(tr("WiSE-FT α:"), alpha_row);
    auto* alpha_hint = new QLabel(tr("1: the fine-tuned model as trained · 0: the pre-trained model · between: a mix "
                                     "of their weights, which often keeps most of the gain and more of what the "
                                     "pre-trained model knew."),
                                  tab);
    alpha_hint->setWordWrap(true);
    alpha_hint->setEnabled(false);  // the palette's quiet text
    alpha_hint->setMinimumWidth(340);
    alpha_hint->setMaximumWidth(460);
    form->addRow(QString(), alpha_hint);
    left->addLayout(form);

    auto* buttons = new QHBoxLayout;
    export_model_ = new QPushButton(tr("Export model…"), tab);
    export_model_->setObjectName("exportModel");
    export_model_->setToolTip(tr("Write the model as an open_clip folder (open_clip_config.json, "
                                 "open_clip_model.safetensors and the tokenizer), at the chosen α"));
    export_report_ = new QPushButton(tr("Export report…"), tab);
    export_report_->setObjectName("exportReport");
    export_report_->setToolTip(tr("A PDF and an HTML page with the before/after table, the charts, the settings, "
                                  "the dataset and the evaluations (also as CSV)"));
    buttons->addWidget(export_model_);
    buttons->addWidget(export_report_);
    buttons->addStretch(1);
    left->addSpacing(std::max(6, style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing)));
    left->addLayout(buttons);

    auto* job = new QHBoxLayout;
    job_status_ = new QLabel(tab);
    job_status_->setObjectName("runsJobStatus");
    job_status_->setWordWrap(true);
    job_status_->setMinimumWidth(340);
    job_status_->setMaximumWidth(560);
    job_status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    progress_ = new QProgressBar(tab);
    progress_->setMaximumWidth(200);
    progress_->setVisible(false);
    cancel_ = new QPushButton(tr("Cancel"), tab);
    cancel_->setVisible(false);
    job->addWidget(job_status_, 1);
    job->addWidget(progress_);
    job->addWidget(cancel_);
    left->addLayout(job);
    left->addStretch(1);

    auto* sweep_title = new QLabel(tr("<b>Recall at each α</b> on the val split"), tab);
    right->addWidget(sweep_title);
    sweep_ = new QStandardItemModel(0, 3, this);
    sweep_->setHorizontalHeaderLabels({tr("α"), RunText::metric("image_retrieval_recall@5"), RunText::metric("text_retrieval_recall@5")});
    for (int c = 0; c < 3; ++c) sweep_->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    sweep_view_ = plainTable(tab);
    sweep_view_->setObjectName("alphaSweep");
    sweep_view_->setModel(sweep_);
    sweep_view_->setSelectionMode(QAbstractItemView::SingleSelection);
    sweep_view_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sweep_view_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sweep_view_->setToolTip(tr("Click a row to export at its α"));
    right->addWidget(sweep_view_);
    sweep_note_ = new QLabel(tab);
    sweep_note_->setWordWrap(true);
    sweep_note_->setEnabled(false);
    sweep_note_->setMinimumWidth(300);
    sweep_note_->setMaximumWidth(400);
    right->addWidget(sweep_note_);
    preview_ = new QPushButton(tr("Preview recall at each α"), tab);
    preview_->setObjectName("previewAlphas");
    preview_->setToolTip(tr("Evaluates the mixes at α 0, 0.25, 0.5, 0.75 and 1 on the dataset's val split, in the background"));
    auto* preview_row = new QHBoxLayout;
    preview_row->addWidget(preview_);
    preview_row->addStretch(1);
    right->addLayout(preview_row);
    right->addStretch(1);
    fitSweepTable();

    connect(alpha_slider_, &QSlider::valueChanged, this, [this](int value) {
        if (std::lround(alpha_spin_->value() * 100) != value) alpha_spin_->setValue(value / 100.0);
    });
    connect(alpha_spin_, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        const QSignalBlocker block(alpha_slider_);
        alpha_slider_->setValue(int(std::lround(value * 100)));
        markNearestAlpha();
    });
    alpha_spin_->setValue(1.0);
    connect(sweep_view_, &QTableView::clicked, this, [this](const QModelIndex& index) {
        alpha_spin_->setValue(sweep_->item(index.row(), 0)->data(Qt::UserRole).toDouble());
    });
    connect(preview_, &QPushButton::clicked, this, [this] { previewAlphas(currentRun()); });
    connect(export_model_, &QPushButton::clicked, this, &RunsPage::askAndExportModel);
    connect(export_report_, &QPushButton::clicked, this, &RunsPage::askAndExportReport);
    connect(cancel_, &QPushButton::clicked, this, [this] {
        if (runner_.isRunning() && runner_.currentToken() == job_token_) runner_.cancel();
    });
    return tab;
}

void RunsPage::fitSweepTable() {
    // As large as five rows and its columns, never scrolled.
    sweep_view_->resizeColumnsToContents();
    QHeaderView* columns = sweep_view_->horizontalHeader();
    for (int c = 1; c < sweep_->columnCount(); ++c)
        columns->resizeSection(c, std::max(columns->sectionSize(c), sweep_view_->fontMetrics().horizontalAdvance("text R@10") + 24));
    const int rows = std::max(5, sweep_->rowCount());
    const int row_height = sweep_view_->verticalHeader()->defaultSectionSize();
    const int frame = 2 * sweep_view_->frameWidth();
    sweep_view_->setFixedSize(columns->length() + frame, columns->sizeHint().height() + rows * row_height + frame);
}

void RunsPage::setProject(const QString& path) {
    project_ = path;
    reports_.clear();
    reread_.clear();
    pending_selection_.clear();
    sweep_->removeRows(0, sweep_->rowCount());
    sweep_run_ = 0;
    showBanner(QString());
    if (project_.isEmpty()) {
        model_->setRuns({});
        empty_->setText(tr("Open or create a project to see its training runs."));
        stack_->setCurrentIndex(0);
        for (QPushButton* button : {continue_, copy_, search_, delete_}) button->setVisible(false);
        summary_->clear();
        poll_->stop();
        updateActions();
        return;
    }
    refresh();
}

void RunsPage::refresh() {
    stale_ = false;
    if (project_.isEmpty()) {
        emit runsListed();
        return;
    }
    const std::string project = project_.toStdString();
    readInBackground<Listing>(
        this, list_slot_,
        [project] {
            Listing listing;
            try {
                listing.runs = runOverviews(project);
            } catch (const std::exception& e) {
                listing.error = QString::fromUtf8(e.what());
            }
            return listing;
        },
        [this](const Listing& listing) {
            if (!listing.error.isEmpty()) {
                showBanner(tr("The runs cannot be read: %1").arg(listing.error));
                emit runsListed();
                return;
            }
            showBanner(QString());
            QList<qint64> keep = pending_selection_.isEmpty() ? selectedRuns() : pending_selection_;
            const qint64 current = pending_selection_.isEmpty() ? currentRun() : 0;
            if (current && keep.contains(current)) keep.move(keep.indexOf(current), 0);
            pending_selection_.clear();
            // What was read of the runs is kept until it is read again (a running run's curves grow).
            QSet<qint64> listed;
            for (const RunOverview& run : listing.runs) listed.insert(run.run.id);
            for (auto it = reports_.begin(); it != reports_.end();)
                it = listed.contains(it.key()) ? std::next(it) : reports_.erase(it);
            reread_ = QSet<qint64>(listed);
            {
                const QSignalBlocker block(view_->selectionModel());
                model_->setRuns(listing.runs);
            }
            int running = 0;
            for (const RunOverview& run : listing.runs) running += run.status == RunStatus::Running;
            const int count = int(listing.runs.size());
            if (count == 0) {
                empty_->setText(tr("No runs yet. Train a model on the Train page, and its run appears here."));
                stack_->setCurrentIndex(0);
                summary_->clear();
            } else {
                stack_->setCurrentIndex(1);
            }
            // The actions only beside runs (an empty page says what to do instead).
            for (QPushButton* button : {continue_, copy_, search_, delete_}) button->setVisible(count > 0);
            if (count > 0) {
                QString text = tr("%n run(s)", nullptr, count);
                if (running > 0) text += QStringLiteral(" · ") + tr("%n training now", nullptr, running);
                summary_->setText(text);
            }
            if (running > 0) poll_->start();
            else poll_->stop();
            keep.erase(std::remove_if(keep.begin(), keep.end(), [this](qint64 id) { return model_->rowOf(id) < 0; }),
                       keep.end());
            if (keep.isEmpty() && count > 0) {
                // The newest run, as sorted now.
                keep << sorted_->index(0, 0).data(RunsTableModel::RunIdRole).toLongLong();
            }
            selectRuns(keep);
            emit runsListed();
        });
}

void RunsPage::selectRuns(const QList<qint64>& ids) {
    if (model_->runs().empty() && !ids.isEmpty()) {
        pending_selection_ = ids;  // the listing is on its way
        return;
    }
    QItemSelection selection;
    QModelIndex first;
    for (const qint64 id : ids) {
        const int row = model_->rowOf(id);
        if (row < 0) continue;
        const QModelIndex index = sorted_->mapFromSource(model_->index(row, 0));
        selection.select(index, index.siblingAtColumn(RunsTableModel::ColumnCount - 1));
        if (!first.isValid()) first = index;
    }
    {
        const QSignalBlocker block(view_->selectionModel());
        view_->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        if (first.isValid()) view_->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    }
    if (first.isValid()) view_->scrollTo(first);
    view_->viewport()->update();
    onSelectionChanged();
}

QList<qint64> RunsPage::selectedRuns() const {
    QList<QPair<int, qint64>> rows;
    for (const QModelIndex& index : view_->selectionModel()->selectedRows())
        rows.append({index.row(), index.data(RunsTableModel::RunIdRole).toLongLong()});
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (const auto& [row, id] : rows) ids << id;  // in the table's order: a run keeps its colour
    return ids;
}

qint64 RunsPage::currentRun() const {
    const QModelIndex current = view_->selectionModel()->currentIndex();
    if (current.isValid() && view_->selectionModel()->isRowSelected(current.row(), QModelIndex()))
        return current.data(RunsTableModel::RunIdRole).toLongLong();
    const QModelIndexList rows = view_->selectionModel()->selectedRows();
    if (rows.isEmpty()) return 0;
    QModelIndex top = rows.first();
    for (const QModelIndex& index : rows)
        if (index.row() < top.row()) top = index;
    return top.data(RunsTableModel::RunIdRole).toLongLong();
}

void RunsPage::onSelectionChanged() {
    updateActions();
    details_timer_->start();
}

std::shared_ptr<const RunReport> RunsPage::report(qint64 run) const { return reports_.value(run); }

void RunsPage::loadDetails() {
    const QList<qint64> ids = selectedRuns();
    QList<qint64> missing;
    for (const qint64 id : ids)
        if (!reports_.contains(id) || reread_.contains(id)) missing << id;
    if (missing.isEmpty() || project_.isEmpty()) {
        ++details_slot_;  // an older read still on its way is of another selection
        showDetails();
        return;
    }
    const std::string project = project_.toStdString();
    readInBackground<Details>(
        this, details_slot_,
        [project, missing] {
            Details details;
            try {
                ProjectStore store = ProjectStore::open(project);
                for (const qint64 id : missing)
                    details.reports << std::make_shared<const RunReport>(gatherRunReport(store, id));
            } catch (const std::exception& e) {
                details.error = QString::fromUtf8(e.what());
            }
            return details;
        },
        [this](const Details& details) {
            if (!details.error.isEmpty()) showBanner(tr("The run's records cannot be read: %1").arg(details.error));
            for (const auto& r : details.reports) {
                reports_.insert(r->overview.run.id, r);
                reread_.remove(r->overview.run.id);
            }
            showDetails();
        });
}

void RunsPage::showDetails() {
    const QList<qint64> ids = selectedRuns();
    QList<const RunReport*> shown;
    for (const qint64 id : ids)
        if (const auto r = reports_.value(id)) shown << r.get();
    rebuildChart();
    fillSettingsTable(settings_, shown);
    const qint64 current = currentRun();
    const auto r = reports_.value(current);
    const QLocale locale;
    if (!r) {
        evaluations_->clear();
        evaluations_title_->clear();
        export_title_->setText(ids.isEmpty() ? tr("Select a run to export its model or its report.") : QString());
        detail_->setText(ids.isEmpty() ? tr("Select a run to see its curves, settings and evaluations; select several "
                                            "to compare them.")
                                       : QString());
        export_from_->clear();
        sweep_->removeRows(0, sweep_->rowCount());
        sweep_note_->clear();
        updateActions();
        if (!ids.isEmpty() && shown.size() == ids.size()) emit detailsShown();
        return;
    }
    const RunOverview& o = r->overview;
    const QString name = QString::fromStdString(o.run.name).toHtmlEscaped();
    QString detail = tr("<b>Run %1</b> · %2 · %3").arg(o.run.id).arg(name, RunText::statusDetail(o).toHtmlEscaped());
    if (r->before_after.available) {
        const auto before = r->before_after.before.find("image_retrieval_recall@5");
        const auto after = r->before_after.after.find("image_retrieval_recall@5");
        if (before != r->before_after.before.end() && after != r->before_after.after.end())
            detail += QStringLiteral(" · ") + tr("image R@5 %1 → <b>%2</b> (%3)")
                                                  .arg(RunText::recall(before->second), RunText::recall(after->second),
                                                       RunText::signedDelta(after->second - before->second));
    }
    if (ids.size() > 1) detail += QStringLiteral(" · ") + tr("%n run(s) overlaid", nullptr, int(ids.size()));
    detail_->setText(detail);

    fillEvaluationsTable(evaluations_, *r);
    evaluations_title_->setText(r->evaluations.empty()
                                    ? tr("Run %1 has no evaluation yet (it evaluates on its dataset's val split).").arg(o.run.id)
                                    : tr("Run %1: %n evaluation(s), on the val split unless the split says otherwise.",
                                         nullptr, int(r->evaluations.size())).arg(o.run.id));

    // Export: the models the run has on disk.
    export_title_->setText(tr("<b>Run %1</b> · %2").arg(o.run.id).arg(name));
    const QString from = export_from_->currentData().toString();
    export_from_->clear();
    if (r->has_best_model || r->has_final_model || r->has_checkpoint)
        export_from_->addItem(tr("The best there is"), QString());
    if (r->has_best_model)
        export_from_->addItem(r->best_checkpoint ? tr("Best model (step %1)").arg(locale.toString(qlonglong(r->best_checkpoint->step)))
                                                 : tr("Best model"),
                              QStringLiteral("best"));
    if (r->has_final_model) export_from_->addItem(tr("Final model"), QStringLiteral("final"));
    if (r->has_checkpoint) export_from_->addItem(tr("Last checkpoint"), QStringLiteral("checkpoint"));
    if (export_from_->count() == 0) export_from_->addItem(tr("No model on disk"), QStringLiteral("none"));
    if (export_from_->findData(from) >= 0) export_from_->setCurrentIndex(export_from_->findData(from));

    // The α table: the latest stored preview of each α on the val split.
    std::map<double, const RunEvaluation*> latest;
    for (const RunEvaluation& e : r->evaluations)
        if (e.wise_ft_alpha && e.split == "val") {
            const RunEvaluation*& slot = latest[*e.wise_ft_alpha];
            if (!slot || slot->created_ms <= e.created_ms) slot = &e;
        }
    if (sweep_run_ != current || !latest.empty()) {
        QList<SweepPoint> points;
        int64_t when = 0;
        for (const auto& [alpha, e] : latest) {
            points.append({alpha, e->metric("image_retrieval_recall@5").value_or(std::nan("")),
                           e->metric("text_retrieval_recall@5").value_or(std::nan(""))});
            when = std::max(when, e->created_ms);
        }
        showSweep(current, points,
                  latest.empty() ? tr("No preview yet: it evaluates each mix on the val split (five evaluations).")
                                 : tr("Previewed %1. α 1 is the fine-tuned model, α 0 the pre-trained one.")
                                       .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(when), QLocale::ShortFormat)));
    }
    updateActions();
    if (shown.size() == ids.size()) emit detailsShown();
}

void RunsPage::rebuildChart() {
    // What the chart would show; the same again (a poll while a run trains, nothing new) keeps the
    // chart as it is, zoom included.
    const QString key = recall_metric_->currentData().toString();
    QString signature = key;
    for (const qint64 id : selectedRuns())
        if (const auto r = reports_.value(id)) {
            signature += QStringLiteral(";%1").arg(id);
            for (const auto& [name, points] : r->curves)
                signature += QStringLiteral(",%1").arg(qulonglong(points.size()));
        }
    if (signature == chart_signature_) return;
    chart_signature_ = signature;
    // MetricChart keeps its series: a new selection gets a new chart.
    delete chart_;
    chart_ = new MetricChart(tr("Loss and recall"), this);
    chart_->setObjectName("overlayChart");
    chart_layout_->addWidget(chart_);
    const QString recall = RunText::metric(key);
    chart_->setAxisLabels(tr("step"), tr("training loss"), tr("%1 (val split)").arg(recall));
    QHash<qint64, QColor> colors;
    const QList<qint64> ids = selectedRuns();
    for (int i = 0; i < ids.size(); ++i) {
        const auto r = reports_.value(ids[i]);
        if (!r) continue;
        const QColor color = runColor(i);
        colors.insert(ids[i], color);
        const QString label = RunText::runLabel(ids[i]);
        const auto points = [&](const std::string& name, QVector<double>& x, QVector<double>& y) {
            const auto found = r->curves.find(name);
            if (found == r->curves.end()) return;
            for (const auto& [step, value] : found->second) {
                x << double(step);
                y << value;
            }
        };
        QVector<double> x, y;
        points("loss", x, y);
        const int loss = chart_->addSeries(tr("%1 loss").arg(label), color, MetricChart::Style::Faint);
        ReportWriter::leaveOutOfLegend(*chart_, loss);
        chart_->addSmoothedSeries(loss, tr("%1 loss (smoothed)").arg(label), color);
        chart_->addPoints(loss, x, y);
        x.clear();
        y.clear();
        points("val/" + key.toStdString(), x, y);
        const int series = chart_->addSeries(tr("%1 %2").arg(label, recall), color, MetricChart::Style::LineAndPoints,
                                             MetricChart::Axis::Right);
        chart_->addPoints(series, x, y);
    }
    model_->setColors(colors);
    chart_->resetView();
}

void RunsPage::updateActions() {
    const qint64 current = currentRun();
    const RunOverview* run = model_->run(current);
    const auto r = reports_.value(current);
    const bool busy = runner_.isRunning() && runner_.currentToken() == job_token_ && job_token_ != 0;
    const bool resumable = run && (run->status == RunStatus::Cancelled || run->status == RunStatus::Interrupted);
    continue_->setEnabled(resumable);
    continue_->setToolTip(resumable ? tr("Continue run %1 from its last checkpoint on the Train page").arg(current)
                                    : tr("A stopped or interrupted run can be continued"));
    copy_->setEnabled(run != nullptr);
    const bool has_model = r && (r->has_best_model || r->has_final_model || r->has_checkpoint);
    search_->setEnabled(r && (r->has_best_model || r->has_final_model));
    bool deletable = false;
    for (const qint64 id : selectedRuns())
        if (const RunOverview* o = model_->run(id)) deletable |= o->status != RunStatus::Running;
    delete_->setEnabled(deletable && !busy);
    delete_->setToolTip(tr("Delete the selected runs with their checkpoints and models (after asking)"));
    export_model_->setEnabled(has_model && !busy);
    preview_->setEnabled(has_model && !busy);
    export_from_->setEnabled(has_model && !busy);
    alpha_slider_->setEnabled(has_model);
    alpha_spin_->setEnabled(has_model);
    export_report_->setEnabled(run != nullptr);
    progress_->setVisible(busy);
    cancel_->setVisible(busy);
}

void RunsPage::showSweep(qint64 run, const QList<SweepPoint>& points, const QString& note) {
    sweep_->removeRows(0, sweep_->rowCount());
    const QLocale locale;
    for (const SweepPoint& point : points) {
        QList<QStandardItem*> items;
        auto* alpha = new QStandardItem(locale.toString(point.alpha, 'f', 2));
        alpha->setData(point.alpha, Qt::UserRole);
        items << alpha;
        for (const double value : {point.image_r5, point.text_r5}) {
            auto* item = new QStandardItem(RunText::recall(value));
            if (!std::isnan(value)) item->setData(value, Qt::UserRole);
            items << item;
        }
        for (QStandardItem* item : items) {
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setEditable(false);
        }
        sweep_->appendRow(items);
    }
    sweep_run_ = run;
    sweep_note_->setText(note);
    markNearestAlpha();
    fitSweepTable();
}

void RunsPage::markNearestAlpha() {
    const double alpha = alpha_spin_->value();
    int nearest = -1;
    double distance = 2;
    for (int row = 0; row < sweep_->rowCount(); ++row) {
        const double d = std::abs(sweep_->item(row, 0)->data(Qt::UserRole).toDouble() - alpha);
        if (d < distance) distance = d, nearest = row;
    }
    for (int row = 0; row < sweep_->rowCount(); ++row)
        for (int column = 0; column < sweep_->columnCount(); ++column) {
            QStandardItem* item = sweep_->item(row, column);
            if (!item) continue;
            QFont font = item->font();
            font.setBold(row == nearest);
            item->setFont(font);
        }
}

void RunsPage::showBanner(const QString& text) {
    banner_->setText(text);
    banner_->setVisible(!text.isEmpty());
}

void RunsPage::trackJob(quint64 token, const QString& what) {
    job_token_ = token;
    job_active_ = true;
    job_status_->setText(what);
    progress_->setRange(0, 0);
    updateActions();
}

void RunsPage::continueRun(qint64 id) {
    const RunOverview* run = model_->run(id);
    if (!run) return;
    if (run->status != RunStatus::Cancelled && run->status != RunStatus::Interrupted) {
        emit message(tr("Run %1 is %2: only a stopped or interrupted run can be continued.").arg(id).arg(RunText::status(run->status)));
        return;
    }
    emit continueRequested(id);
}

void RunsPage::copySettings(qint64 id) {
    if (model_->run(id)) emit copySettingsRequested(id);
}

void RunsPage::openInSearch(qint64 id) {
    if (model_->run(id)) emit openInSearchRequested(id);
}

bool RunsPage::deleteRuns(const QList<qint64>& ids) {
    if (project_.isEmpty()) return false;
    QList<qint64> runs;
    std::vector<std::string> folders;
    QStringList names;
    for (const qint64 id : ids) {
        const RunOverview* run = model_->run(id);
        if (!run || run->status == RunStatus::Running) continue;
        runs << id;
        folders.push_back(run->run.output_dir);
        names << tr("run %1 “%2”").arg(id).arg(QString::fromStdString(run->run.name));
    }
    if (runs.isEmpty()) {
        if (!ids.isEmpty()) emit message(tr("A run that is training cannot be deleted; stop it first."));
        return false;
    }
    if (runner_.isRunning() && runner_.currentToken() == job_token_) {
        emit message(tr("Delete when “%1” has finished.").arg(runner_.currentTitle()));
        return false;
    }
    if (confirm_deletes_) {
        QMessageBox box(QMessageBox::Warning, tr("Delete runs"),
                        runs.size() == 1 ? tr("Delete %1?").arg(names.first())
                                         : tr("Delete these %n runs?", nullptr, int(runs.size())),
                        QMessageBox::Cancel, this);
        box.setInformativeText(
            (runs.size() == 1
                 ? tr("Its metrics, evaluations and checkpoints leave the project, and its checkpoint and models are "
                      "deleted from %1. This cannot be undone.")
                       .arg(QDir::toNativeSeparators(QString::fromStdString(folders.front())))
                 : tr("Their metrics, evaluations and checkpoints leave the project, and their checkpoints and models "
                      "are deleted from their output folders. This cannot be undone.\n\n%1")
                       .arg(names.join('\n'))));
        QPushButton* yes = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != yes) return false;
    }
    const std::string project = project_.toStdString();
    readInBackground<Deleted>(
        this, delete_slot_,
        [project, runs, folders] {
            Deleted deleted;
            try {
                ProjectStore store = ProjectStore::open(project);
                for (int i = 0; i < runs.size(); ++i) {
                    if (!store.deleteRun(runs[i])) continue;
                    deleted.runs << runs[i];
                    const QString kept = removeRunFiles(folders[size_t(i)]);
                    if (!kept.isEmpty()) deleted.kept << kept;
                }
            } catch (const std::exception& e) {
                deleted.error = QString::fromUtf8(e.what());
            }
            return deleted;
        },
        [this](const Deleted& deleted) {
            if (!deleted.error.isEmpty()) showBanner(tr("Deleting failed: %1").arg(deleted.error));
            for (const qint64 id : deleted.runs) reports_.remove(id);
            if (!deleted.runs.isEmpty()) {
                QString text = tr("Deleted %n run(s).", nullptr, int(deleted.runs.size()));
                if (!deleted.kept.isEmpty())
                    text += QLatin1Char(' ') + tr("Kept %1: it holds other files.").arg(deleted.kept.join(", "));
                emit message(text);
            }
            emit runsDeleted(deleted.runs);
            refresh();
        });
    return true;
}

void RunsPage::exportModel(qint64 id, const QString& out_dir, double alpha, const QString& from) {
    if (project_.isEmpty() || !model_->run(id) || out_dir.isEmpty()) return;
    if (runner_.isRunning()) {
        const QString text = tr("Export when “%1” has finished.").arg(runner_.currentTitle());
        job_status_->setText(text);
        emit message(text);
        return;
    }
    ExportJobRequest request;
    request.project_path = project_.toStdString();
    request.run = id;
    request.from = from.toStdString();
    request.wise_ft_alpha = alpha;
    request.out_dir = out_dir.toStdString();
    const QString what = alpha < 1.0 ? tr("Exporting run %1 as a WiSE-FT mix at α %2…").arg(id).arg(QLocale().toString(alpha, 'f', 2))
                                     : tr("Exporting run %1…").arg(id);
    const quint64 token = runner_.start(what, [request](JobContext& context) {
        const ExportJobResult result = runExportJob(request, context.observer(), context.cancelToken());
        return QVariant(QString::fromStdString(result.source));
    });
    trackJob(token, what);
    runner_.whenDone(
        token, this,
        [this, id, out_dir, alpha](const QVariant& source) {
            const QString text = tr("Run %1's model (%2, α %3) is in %4, in the open_clip layout.")
                                     .arg(id)
                                     .arg(source.toString(), QLocale().toString(alpha, 'f', 2), QDir::toNativeSeparators(out_dir));
            job_active_ = false;
            job_status_->setText(text);
            updateActions();
            emit message(text);
            emit modelExported(id, out_dir);
        },
        [this](const QString& error) {
            job_active_ = false;
            job_status_->setText(tr("The export failed: %1").arg(error));
            updateActions();
            emit message(job_status_->text());
        },
        [this] {
            job_active_ = false;
            job_status_->setText(tr("The export was cancelled; the folder holds what it held before."));
            updateActions();
        });
}

bool RunsPage::previewAlphas(qint64 id) {
    const RunOverview* run = model_->run(id);
    if (project_.isEmpty() || !run) return false;
    if (runner_.isRunning()) {  // never by cancelling another job (a training, an import)
        job_status_->setText(tr("Preview when “%1” has finished.").arg(runner_.currentTitle()));
        return false;
    }
    const auto r = reports_.value(id);
    if (r && !(r->has_best_model || r->has_final_model || r->has_checkpoint)) {
        job_status_->setText(tr("Run %1 has no model on disk to mix.").arg(id));
        return false;
    }
    EvaluationJobRequest request;
    request.project_path = project_.toStdString();
    request.dataset = run->dataset;
    request.split = "val";
    request.run = id;
    const QString from = export_from_->currentData().toString();
    request.from = from == "none" ? std::string() : from.toStdString();
    request.wise_ft_alphas.assign(std::begin(kSweepAlphas), std::end(kSweepAlphas));
    const settings::ComputeSettings compute = settings::projectCompute(project_);
    try {
        request.device = parseDevice(compute.device.toStdString());
    } catch (const std::exception&) {
        request.device = c10::Device(c10::kCPU);
    }
    const QString what = tr("Previewing run %1's recall at each WiSE-FT α…").arg(id);
    const quint64 token = runner_.start(what, [request](JobContext& context) {
        const EvaluationJobResult result = runEvaluationJob(request, context.observer(), context.cancelToken());
        QVariantList points;
        for (const EvaluationPoint& point : result.points) {
            QVariantMap values;
            values["alpha"] = point.wise_ft_alpha.value_or(1.0);
            for (const auto& [key, value] : point.result.metrics) values[QString::fromStdString(key)] = value;
            points << values;
        }
        return QVariant(points);
    });
    trackJob(token, what);
    runner_.whenDone(
        token, this,
        [this, id](const QVariant& result) {
            job_active_ = false;
            const QVariantList points = result.toList();
            QList<SweepPoint> sweep;
            for (const QVariant& point : points) {
                const QVariantMap values = point.toMap();
                sweep.append({values.value("alpha").toDouble(), values.value("image_retrieval_recall@5", std::nan("")).toDouble(),
                              values.value("text_retrieval_recall@5", std::nan("")).toDouble()});
            }
            if (currentRun() == id)
                showSweep(id, sweep, tr("Previewed just now. α 1 is the fine-tuned model, α 0 the pre-trained one."));
            job_status_->setText(tr("Previewed %n mix(es) of run %1 on the val split.", nullptr, int(points.size())).arg(id));
            reread_.insert(id);  // its evaluations now include the previews
            updateActions();
            emit alphaSweepShown(id, int(points.size()));
            loadDetails();
        },
        [this](const QString& error) {
            job_active_ = false;
            job_status_->setText(tr("The preview failed: %1").arg(error));
            updateActions();
        },
        [this] {
            job_active_ = false;
            job_status_->setText(tr("The preview was cancelled."));
            updateActions();
        });
    return true;
}

bool RunsPage::exportReport(qint64 id, const QString& html_path, const QString& pdf_path) {
    if (project_.isEmpty()) return false;
    RunReport report;
    try {
        report = gatherRunReport(project_.toStdString(), id);
    } catch (const std::exception& e) {
        emit message(tr("The report cannot be made: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    QString error;
    ReportFiles files;
    if (!ReportWriter::write(report, html_path, pdf_path, &error, &files)) {
        job_status_->setText(error);
        emit message(error);
        return false;
    }
    const QString text = pdf_path.isEmpty()
                             ? tr("The report of run %1 is in %2.").arg(id).arg(QDir::toNativeSeparators(files.html))
                             : tr("The report of run %1 is in %2 and %3 (with its charts and the evaluations as CSV beside it).")
                                   .arg(id)
                                   .arg(QDir::toNativeSeparators(files.pdf), QDir::toNativeSeparators(files.html));
    job_status_->setText(text);
    emit message(text);
    return true;
}

void RunsPage::askAndExportModel() {
    const qint64 id = currentRun();
    const RunOverview* run = model_->run(id);
    if (!run) return;
    const double alpha = alpha_spin_->value();
    QString name = slug(QString::fromStdString(run->run.name));
    if (alpha < 1.0) name += QStringLiteral("-wiseft-%1").arg(int(std::lround(alpha * 100)), 3, 10, QChar('0'));
    const QString start = QDir(QFileInfo(project_).absolutePath()).filePath(QStringLiteral("run-%1-%2").arg(id).arg(name));
    const QString dir = QFileDialog::getSaveFileName(this, tr("Export the model as a folder"), start, QString(), nullptr,
                                                     QFileDialog::DontConfirmOverwrite);
    if (dir.isEmpty()) return;
    const QString from = export_from_->currentData().toString();
    exportModel(id, dir, alpha, from == "none" ? QString() : from);
}

void RunsPage::askAndExportReport() {
    const qint64 id = currentRun();
    if (!model_->run(id)) return;
    const QString start = QDir(QFileInfo(project_).absolutePath()).filePath(QStringLiteral("run-%1-report.pdf").arg(id));
    QString pdf = QFileDialog::getSaveFileName(this, tr("Export the report"), start, tr("PDF (*.pdf)"));
    if (pdf.isEmpty()) return;
    if (!pdf.endsWith(".pdf", Qt::CaseInsensitive)) pdf += ".pdf";
    const QFileInfo info(pdf);
    exportReport(id, info.absoluteDir().filePath(info.completeBaseName() + ".html"), pdf);
}

QAbstractItemModel* RunsPage::runsModel() const { return sorted_; }
QAbstractItemModel* RunsPage::settingsModel() const { return settings_; }
QAbstractItemModel* RunsPage::evaluationsModel() const { return evaluations_; }
QAbstractItemModel* RunsPage::alphaSweepModel() const { return sweep_; }
void RunsPage::showTab(int index) { tabs_->setCurrentIndex(index); }
double RunsPage::exportAlpha() const { return alpha_spin_->value(); }
void RunsPage::setExportAlpha(double alpha) { alpha_spin_->setValue(alpha); }

void RunsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_ && !project_.isEmpty()) refresh();
}

}  // namespace clipft::ui
