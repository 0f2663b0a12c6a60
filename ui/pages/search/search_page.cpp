#include "ui/pages/search/search_page.h"

#include "ui/jobs/background_read.h"
#include "ui/jobs/job_runner.h"
#include "ui/pages/search/result_grid_model.h"
#include "ui/widgets/ready_marks_slider.h"
#include "ui/settings.h"
#include "ui/thumbnails/thumbnail_loader.h"

#include "core/common/error.h"
#include "core/common/resource_paths.h"
#include "core/common/runtime.h"
#include "core/jobs/search_job.h"
#include "core/store/project_store.h"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <chrono>

namespace clipft::ui {

namespace {

constexpr int kDebounceMs = 150;  // a pause in typing this long runs the query
constexpr int kLockWaitMs = 1500;  // how long a query waits for an index a comparison is using

ModelChoice choiceOf(const QString& key) {
    ModelChoice choice;
    if (key.startsWith("run:")) {
        const QStringList parts = key.split(':');
        choice.run = parts.value(1).toLongLong();
        choice.from = parts.value(2).toStdString();
        if (parts.size() > 3) choice.wise_ft_alpha = parts.value(3).toDouble();  // "run:3:best:0.50"

    } else {
        choice.model_dir = key.mid(4).toStdString();  // "dir:<folder>"
    }
    return choice;
}

QString demoModelKey() {
    try {
        return "dir:" + QString::fromStdString(demoModelDir());
    } catch (const std::exception&) {
        return QString();
    }
}

QVector<ResultTile> tilesOf(const SplitSearchIndex& index, const QueryResult& result) {
    QVector<ResultTile> tiles;
    const EvaluationSet& set = index.set();
    for (const SearchHit& hit : result.hits) {
        ResultTile tile;
        tile.rank = static_cast<int>(hit.rank);
        tile.score = hit.score;
        tile.path = QString::fromStdString(set.image_paths[size_t(hit.image)]);
        tile.relative_path = QString::fromStdString(set.relative_paths[size_t(hit.image)]);
        tile.content_hash = QString::fromStdString(set.content_hashes[size_t(hit.image)]);
        tile.image_id = set.image_ids[size_t(hit.image)];
        tile.split = QString::fromStdString(set.image_splits[size_t(hit.image)]);
        for (const std::string& caption : index.captionsOf(hit.image)) tile.captions << QString::fromStdString(caption);
        tile.ground_truth = result.ground_truth && *result.ground_truth == hit.image;
        tiles.push_back(tile);
    }
    return tiles;
}

// A filter on the caption column that is case-insensitive and matches anywhere.
void setTextFilter(QSortFilterProxyModel* proxy, const QString& text) {
    proxy->setFilterKeyColumn(0);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterFixedString(text);
}

}  // namespace

// One query's results under A and B, made on a worker thread.
struct SearchPage::Shown {
    QString query;
    bool is_text = false;
    QVector<ResultTile> a, b;
    bool has_b = false;
    qint64 ground_truth = -1;  // image index, or -1
    QString ground_truth_path;
    qint64 rank_a = 0, rank_b = 0;
    QString error;
};

SearchPage::SearchPage(JobRunner& runner, QWidget* parent) : QWidget(parent), runner_(runner) {
    setObjectName("search");
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);

    // What is searched: the dataset and split, and the two models side by side, as the grids are.
    auto* where = new QHBoxLayout;
    dataset_ = new QComboBox(this);
    dataset_->setObjectName("searchDataset");
    dataset_->setMinimumContentsLength(14);
    dataset_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    split_ = new QComboBox(this);
    split_->setObjectName("searchSplit");
    split_->addItem(tr("Test"), "test");
    split_->addItem(tr("Validation"), "val");
    split_->addItem(tr("Training"), "train");
    split_->addItem(tr("All images"), "all");
    auto* search_in = new QLabel(tr("Search in:"), this);
    search_in->setBuddy(dataset_);
    where->addWidget(search_in);
    where->addWidget(dataset_);
    where->addWidget(split_);
    where->addStretch();
    layout->addLayout(where);
    auto* models = new QHBoxLayout;
    model_a_ = new QComboBox(this);
    model_a_->setObjectName("modelA");
    model_b_ = new QComboBox(this);
    model_b_->setObjectName("modelB");
    for (QComboBox* picker : {model_a_, model_b_}) {
        picker->setMinimumContentsLength(24);
        picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        picker->setToolTip(tr("The pre-trained model, a model folder, or a training run's best or final model"));
        auto* label = new QLabel(picker == model_a_ ? tr("Model A:") : tr("Model B:"), this);
        label->setBuddy(picker);
        models->addWidget(label);
        models->addWidget(picker, 1);
        if (picker == model_a_) models->addSpacing(16);
    }
    layout->addLayout(models);
    // B's WiSE-FT mix with its run's pre-trained model, for a run: each α's index is built in the
    // background and kept; a dot under a tick says that α answers at once.
    alpha_row_ = new QWidget(this);
    auto* alpha_layout = new QHBoxLayout(alpha_row_);
    alpha_layout->setContentsMargins(0, 0, 0, 0);
    auto* alpha_title = new QLabel(tr("WiSE-FT α:"), alpha_row_);
    alpha_ = new ReadyMarksSlider(alpha_row_);
    alpha_->setObjectName("wiseFtAlpha");
    alpha_->setRange(0, 10);
    alpha_->setPageStep(1);
    alpha_->setValue(10);
    alpha_->setTracking(false);  // a mix is built when the handle is let go, not on every pixel
    alpha_->setMaximumWidth(260);
    alpha_->setToolTip(tr("Mixes B's weights with its pre-trained model's: (1 − α)·pre-trained + α·fine-tuned. "
                          "1 is the run's model as trained; lower values keep more of what the pre-trained model knew. "
                          "A dot marks the mixes already prepared."));
    alpha_title->setBuddy(alpha_);
    alpha_label_ = new QLabel(alpha_row_);
    alpha_label_->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(tr("α = %1 (ready)").arg("0.00")) + 8);
    alpha_layout->addStretch(1);
    alpha_layout->addWidget(alpha_title);
    alpha_layout->addWidget(alpha_);
    alpha_layout->addWidget(alpha_label_);
    alpha_row_->hide();
    layout->addWidget(alpha_row_);
    connect(alpha_, &QSlider::sliderMoved, this, [this](int value) { updateAlphaRow(value); });
    connect(alpha_, &QSlider::valueChanged, this, [this] {
        updateAlphaRow(alpha_->value());
        rebuildIndexes();
    });

    auto* query_row = new QHBoxLayout;
    query_ = new QLineEdit(this);
    query_->setObjectName("query");
    query_->setPlaceholderText(tr("Describe an image, or type a caption of the split to see where its image ranks"));
    query_->setClearButtonEnabled(true);
    count_ = new QSpinBox(this);
    count_->setRange(1, 100);
    count_->setValue(12);
    count_->setPrefix(tr("top "));
    count_->setToolTip(tr("How many images each model returns"));
    query_row->addWidget(query_, 1);
    query_row->addWidget(count_);
    layout->addLayout(query_row);
    status_ = new QLabel(this);
    status_->setObjectName("searchStatus");
    status_->setWordWrap(true);
    layout->addWidget(status_);

    tabs_ = new QTabWidget(this);
    tabs_->addTab(buildResultsTab(), tr("Results"));
    tabs_->addTab(buildCompareTab(), tr("Compare on split"));
    layout->addWidget(tabs_, 1);

    debounce_ = new QTimer(this);
    debounce_->setSingleShot(true);
    debounce_->setInterval(kDebounceMs);
    connect(debounce_, &QTimer::timeout, this, &SearchPage::runQuery);
    connect(query_, &QLineEdit::textEdited, debounce_, qOverload<>(&QTimer::start));
    connect(query_, &QLineEdit::returnPressed, this, &SearchPage::runQuery);
    connect(count_, qOverload<int>(&QSpinBox::valueChanged), this, [this] { debounce_->start(); });
    connect(dataset_, qOverload<int>(&QComboBox::activated), this, &SearchPage::rebuildIndexes);
    connect(split_, qOverload<int>(&QComboBox::activated), this, &SearchPage::rebuildIndexes);
    for (QComboBox* picker : {model_a_, model_b_})
        connect(picker, qOverload<int>(&QComboBox::activated), this, [this, picker](int row) {
            if (picker->itemData(row).toString() == "choose") {
                const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a model folder"));
                if (dir.isEmpty()) {
                    picker->setCurrentIndex(0);
                } else {
                    settings::addProjectModel(project_, dir);
                    picker->insertItem(picker->count() - 1, QDir(dir).dirName(), "dir:" + dir);
                    picker->setCurrentIndex(picker->count() - 2);
                }
            }
            rebuildIndexes();
        });
    // A job that held the runner has ended: the indexes wait for that (rebuildIndexes()).
    const auto retry = [this] {
        if (waiting_for_runner_) QTimer::singleShot(0, this, &SearchPage::rebuildIndexes);
    };
    connect(&runner_, &JobRunner::finished, this, retry);
    connect(&runner_, &JobRunner::failed, this, retry);
    connect(&runner_, &JobRunner::cancelled, this, retry);
    setProject(QString());
}

SearchPage::~SearchPage() = default;

QWidget* SearchPage::buildResultsTab() {
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    ground_truth_ = new QLabel(tab);
    ground_truth_->setObjectName("groundTruth");
    ground_truth_->setTextFormat(Qt::RichText);
    ground_truth_->setVisible(false);
    layout->addWidget(ground_truth_);
    const int pixels = 128;
    loader_ = new ThumbnailLoader(pixels, ThumbnailLoader::defaultDiskCacheDir(), 32ll << 20, this);
    auto* splitter = new QSplitter(Qt::Horizontal, tab);
    for (int side = 0; side < 2; ++side) {
        auto* column = new QWidget(splitter);
        auto* column_layout = new QVBoxLayout(column);
        column_layout->setContentsMargins(0, 0, 0, 0);
        auto* title = new QLabel(column);
        title->setObjectName(side == 0 ? "titleA" : "titleB");
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto* model = new ResultGridModel(*loader_, this);
        auto* grid = new QListView(column);
        grid->setObjectName(side == 0 ? "resultsA" : "resultsB");
        grid->setViewMode(QListView::IconMode);
        grid->setMovement(QListView::Static);
        grid->setResizeMode(QListView::Adjust);
        grid->setUniformItemSizes(true);
        grid->setIconSize(QSize(pixels, pixels));
        grid->setGridSize(QSize(pixels + 20, pixels + 30));
        grid->setSpacing(4);
        grid->setSelectionMode(QAbstractItemView::SingleSelection);
        grid->setContextMenuPolicy(Qt::CustomContextMenu);
        grid->setModel(model);
        connect(grid, &QListView::customContextMenuRequested, this, [this, side](const QPoint& p) { showTileMenu(side, p); });
        connect(grid, &QListView::doubleClicked, this,
                [this, model](const QModelIndex& index) { searchLikeImage(model->data(index, ResultGridModel::ImageIdRole).toLongLong()); });
        column_layout->addWidget(title);
        column_layout->addWidget(grid, 1);
        (side == 0 ? title_a_ : title_b_) = title;
        (side == 0 ? results_a_ : results_b_) = model;
        (side == 0 ? grid_a_ : grid_b_) = grid;
    }
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget* SearchPage::buildCompareTab() {
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* row = new QHBoxLayout;
    compare_button_ = new QPushButton(tr("Compare A and B on the split"), tab);
    compare_button_->setObjectName("compareButton");
    compare_button_->setToolTip(tr("Every caption of the split as a query: where its image ranks under A and under B"));
    comparison_text_ = new QLineEdit(tab);
    comparison_text_->setPlaceholderText(tr("Filter captions"));
    comparison_text_->setClearButtonEnabled(true);
    auto* export_button = new QPushButton(tr("Export CSV…"), tab);
    row->addWidget(compare_button_);
    row->addWidget(comparison_text_, 1);
    row->addWidget(export_button);
    layout->addLayout(row);
    comparison_summary_ = new QLabel(tr("Press Compare to rank every caption's image under both models."), tab);
    comparison_summary_->setObjectName("comparisonSummary");
    comparison_summary_->setWordWrap(true);
    comparison_summary_->setTextFormat(Qt::RichText);
    layout->addWidget(comparison_summary_);

    comparison_ = new QStandardItemModel(0, 5, this);
    comparison_->setHorizontalHeaderLabels({tr("Caption"), tr("Image"), tr("Rank under A"), tr("Rank under B"), tr("Change")});
    comparison_filter_ = new QSortFilterProxyModel(this);
    comparison_filter_->setSourceModel(comparison_);
    comparison_filter_->setSortRole(Qt::UserRole);
    comparison_view_ = new QTableView(tab);
    comparison_view_->setObjectName("comparison");
    comparison_view_->setModel(comparison_filter_);
    comparison_view_->setSortingEnabled(true);
    comparison_view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    comparison_view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    comparison_view_->verticalHeader()->setVisible(false);
    comparison_view_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c) comparison_view_->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(comparison_view_, 1);

    connect(compare_button_, &QPushButton::clicked, this, &SearchPage::compareOnSplit);
    connect(comparison_text_, &QLineEdit::textChanged, this, &SearchPage::applyComparisonFilter);
    connect(comparison_view_, &QTableView::clicked, this, [this](const QModelIndex& index) {
        const QString caption = comparison_filter_->index(index.row(), 0).data().toString();
        query_->setText(caption);
        tabs_->setCurrentIndex(0);
        runQuery();
    });
    connect(export_button, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export the comparison"), "comparison.csv", tr("CSV files (*.csv)"));
        if (!file.isEmpty() && !exportComparison(file)) emit message(tr("Could not write %1.").arg(file));
    });
    return tab;
}

void SearchPage::applyComparisonFilter() { setTextFilter(comparison_filter_, comparison_text_->text()); }

void SearchPage::setProject(const QString& project_path) {
    project_ = project_path;
    fresh_project_ = true;
    ++query_slot_;  // a search of the previous project still running is not shown
    built_.clear();
    index_[0].reset();
    index_[1].reset();
    results_a_->setTiles({});
    results_b_->setTiles({});
    comparison_->removeRows(0, comparison_->rowCount());
    ground_truth_->setVisible(false);
    shown_query_.clear();
    setEnabled(!project_.isEmpty());
    status_->setText(project_.isEmpty() ? tr("Open a project to search its images.") : QString());
    refresh();
}

void SearchPage::forgetIndexes() {
    ++query_slot_;  // a search over the old images still running is not shown
    built_.clear();
    index_[0].reset();
    index_[1].reset();
    refresh();  // lists the datasets again, then builds what is chosen
}

void SearchPage::refresh() {
    if (project_.isEmpty()) {
        ++list_slot_;
        dataset_->clear();
        fillModelPickers({}, {});
        return;
    }
    struct Listing {
        QStringList datasets, run_keys, run_labels;
        QString error;
    };
    const std::string project = project_.toStdString();
    readInBackground<Listing>(
        this, list_slot_,
        [project] {
            Listing listing;
            try {
                ProjectStore store = ProjectStore::open(project);
                for (const auto& dataset : store.datasets()) listing.datasets << QString::fromStdString(dataset.name);
                for (const RunInfo& run : store.runs()) {
                    const QString name = QString::fromStdString(run.name);
                    for (const char* from : {"best", "final"}) {
                        if (!QFileInfo::exists(QDir(QString::fromStdString(run.output_dir)).filePath(from))) continue;
                        listing.run_keys << QString("run:%1:%2").arg(run.id).arg(from);
                        listing.run_labels << (QString::fromLatin1(from) == "best"
                                                   ? SearchPage::tr("Run %1 “%2”, best model").arg(run.id).arg(name)
                                                   : SearchPage::tr("Run %1 “%2”, final model").arg(run.id).arg(name));
                    }
                }
            } catch (const std::exception& e) {
                listing.error = QString::fromUtf8(e.what());
            }
            return listing;
        },
        [this](const Listing& listing) {
            if (!listing.error.isEmpty()) emit message(listing.error);
            const QString keep = pending_dataset_.isEmpty() ? dataset_->currentText() : pending_dataset_;
            dataset_->clear();
            dataset_->addItems(listing.datasets);
            const int found = dataset_->findText(keep);
            if (found >= 0) dataset_->setCurrentIndex(found);
            pending_dataset_.clear();
            fillModelPickers(listing.run_keys, listing.run_labels);
            emit datasetsListed();
            rebuildIndexes();
        });
}

void SearchPage::fillModelPickers(const QStringList& run_keys, const QStringList& run_labels) {
    for (int side = 0; side < 2; ++side) {
        QComboBox* picker = side == 0 ? model_a_ : model_b_;
        const QString keep = pending_model_.contains(side) ? pending_model_.value(side) : picker->currentData().toString();
        const QSignalBlocker block(picker);
        picker->clear();
        if (side == 1) picker->addItem(tr("None (A alone)"), QString());
        const QString demo = demoModelKey();
        if (!demo.isEmpty()) picker->addItem(tr("Built-in demo model (pre-trained)"), demo);
        for (const QString& dir : settings::projectModels(project_))
            if (picker->findData("dir:" + dir) < 0) picker->addItem(QDir(dir).dirName(), "dir:" + dir);
        for (int i = 0; i < run_keys.size(); ++i) picker->addItem(run_labels[i], run_keys[i]);
        if (!keep.isEmpty() && picker->findData(keep) < 0 && keep.startsWith("dir:"))
            picker->addItem(QDir(keep.mid(4)).dirName(), keep);
        picker->addItem(tr("Other model folder…"), "choose");
        int chosen = picker->findData(keep);
        // A newcomer's default: the pre-trained model as A, the newest run's best model as B.
        if (side == 1 && keep.isEmpty() && fresh_project_ && !run_keys.isEmpty()) {
            QString newest = run_keys.last();
            for (const QString& key : run_keys)
                if (key.endsWith(":best")) newest = key;  // oldest first: the last best is the newest
            chosen = picker->findData(newest);
        }
        if (chosen < 0) chosen = 0;
        picker->setCurrentIndex(chosen);
    }
    pending_model_.clear();
    fresh_project_ = false;
}

void SearchPage::selectDataset(const QString& name) {
    const int found = dataset_->findText(name);
    if (found < 0) {
        pending_dataset_ = name;  // once listed
        return;
    }
    dataset_->setCurrentIndex(found);
    rebuildIndexes();
}

void SearchPage::selectSplit(const QString& split) {
    const int found = split_->findData(split);
    if (found >= 0) split_->setCurrentIndex(found);
    rebuildIndexes();
}

void SearchPage::selectModel(int side, const QString& key) {
    QComboBox* picker = side == 0 ? model_a_ : model_b_;
    int found = picker->findData(key);
    if (found < 0 && key.startsWith("dir:")) {
        picker->insertItem(picker->count() - 1, QDir(key.mid(4)).dirName(), key);
        found = picker->findData(key);
    }
    if (found < 0) {
        pending_model_[side] = key;  // a run not listed yet
        return;
    }
    picker->setCurrentIndex(found);
    rebuildIndexes();
}

QStringList SearchPage::modelKeys(int side) const {
    QStringList keys;
    const QComboBox* picker = side == 0 ? model_a_ : model_b_;
    for (int i = 0; i < picker->count(); ++i) keys << picker->itemData(i).toString();
    return keys;
}

QString SearchPage::modelKey(int side) const {
    const QString model = (side == 0 ? model_a_ : model_b_)->currentData().toString();
    if (side == 1 && model.startsWith("run:") && alpha_->value() < alpha_->maximum())
        return model + ':' + QString::number(alpha_->value() / 10.0, 'f', 2);
    return model;
}

double SearchPage::wiseFtAlpha() const { return alpha_->value() / 10.0; }

void SearchPage::setWiseFtAlpha(double alpha) { alpha_->setValue(static_cast<int>(std::lround(alpha * 10))); }

QList<double> SearchPage::readyAlphas() const {
    QList<double> ready;
    for (int value : alpha_->readyValues()) ready << value / 10.0;
    std::sort(ready.begin(), ready.end());
    return ready;
}

void SearchPage::updateAlphaRow(int value) {
    const QString model = model_b_->currentData().toString();
    alpha_row_->setVisible(model.startsWith("run:"));
    if (!model.startsWith("run:")) return;
    // Which mixes of this run's model are built: their index keys differ only in the α suffix.
    const QString base = indexKey(0).isEmpty() ? QString()
                                                : project_ + '\n' + dataset_->currentText() + '\n' +
                                                      split_->currentData().toString() + '\n' + model;
    QSet<int> ready;
    for (auto it = built_.cbegin(); it != built_.cend(); ++it) {
        if (it.key() == base) ready.insert(10);
        else if (it.key().startsWith(base + ':')) ready.insert(static_cast<int>(std::lround(it.key().mid(base.size() + 1).toDouble() * 10)));
    }
    alpha_->setReadyValues(ready);
    alpha_label_->setText(ready.contains(value) ? tr("α = %1 (ready)").arg(value / 10.0, 0, 'f', 2)
                                                : tr("α = %1").arg(value / 10.0, 0, 'f', 2));
}

QString SearchPage::indexKey(int side) const {
    const QString model = modelKey(side);
    if (model.isEmpty() || model == "choose" || dataset_->currentText().isEmpty()) return QString();
    return project_ + '\n' + dataset_->currentText() + '\n' + split_->currentData().toString() + '\n' + model;
}

bool SearchPage::hasIndexes() const { return index_[0] != nullptr; }

void SearchPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    rebuildIndexes();
}

void SearchPage::rebuildIndexes() {
    // Embedding a split is long work: only for a page the user looks at, and never by cancelling
    // another job (an import, a training) that the runner is running.
    if (project_.isEmpty() || !isVisible()) return;
    updateAlphaRow(alpha_->value());
    const QString keys[2] = {indexKey(0), indexKey(1)};
    if (keys[0].isEmpty()) {
        status_->setText(dataset_->count() == 0 ? tr("The project has no dataset yet: import one on the Data page.")
                                                : tr("Choose model A."));
        return;
    }
    // What is not built yet is built in one background job, A first.
    QVector<int> missing;
    for (int side = 0; side < 2; ++side)
        if (!keys[side].isEmpty() && !built_.contains(keys[side])) missing << side;
    const auto use = [this, keys] {
        for (int side = 0; side < 2; ++side) index_[side] = keys[side].isEmpty() ? nullptr : built_.value(keys[side]);
        title_a_->setText(tr("A: %1").arg(model_a_->currentText()));
        title_b_->setText(!index_[1]                  ? tr("B: none")
                          : modelKey(1) != model_b_->currentData().toString()
                              ? tr("B: %1, WiSE-FT α %2").arg(model_b_->currentText()).arg(wiseFtAlpha(), 0, 'f', 2)
                              : tr("B: %1").arg(model_b_->currentText()));
        updateAlphaRow(alpha_->value());
        grid_b_->setEnabled(index_[1] != nullptr);
        compare_button_->setEnabled(index_[1] != nullptr);
        status_->setText(tr("%Ln image(s) of %1, split %2.", nullptr, int(index_[0]->images()))
                             .arg(dataset_->currentText(), split_->currentText()));
        emit indexesReady();
        if (!query_->text().trimmed().isEmpty()) runQuery();
    };
    if (missing.isEmpty()) {
        use();
        return;
    }
    if (runner_.isRunning()) {
        waiting_for_runner_ = true;
        status_->setText(tr("The search is prepared when “%1” has finished.").arg(runner_.currentTitle()));
        return;
    }
    waiting_for_runner_ = false;
    status_->setText(tr("Preparing the search: embedding the images not in the project's cache yet…"));
    const settings::ComputeSettings compute = settings::projectCompute(project_);
    QVector<SearchIndexRequest> requests;
    for (int side : missing) {
        SearchIndexRequest request;
        request.project_path = project_.toStdString();
        request.dataset = dataset_->currentText().toStdString();
        request.split = split_->currentData().toString().toStdString();
        request.model = choiceOf(modelKey(side));
        requests.push_back(request);
    }
    const std::string device = compute.device.toStdString();
    auto made = std::make_shared<QVector<std::shared_ptr<SplitSearchIndex>>>();
    const quint64 token = runner_.start(tr("Preparing the search of %1").arg(dataset_->currentText()),
                                        [requests, device, made](JobContext& context) {
                                            for (SearchIndexRequest request : requests) {
                                                request.device = parseDevice(device);
                                                made->push_back(buildSearchIndex(request, context.observer(),
                                                                                 context.cancelToken()));
                                            }
                                            return QVariant(true);
                                        });
    runner_.whenDone(
        token, this,
        [this, missing, keys, made, use](const QVariant&) {
            for (int i = 0; i < missing.size(); ++i) built_.insert(keys[missing[i]], made->at(i));
            // Only if the choice did not change meanwhile (a newer build is then on its way).
            if (indexKey(0) == keys[0] && indexKey(1) == keys[1]) use();
        },
        [this](const QString& error) { status_->setText(tr("The search cannot be prepared: %1").arg(error)); },
        [this] { status_->setText(tr("Preparing the search was cancelled.")); });
}

void SearchPage::setQuery(const QString& text) {
    query_->setText(text);
    debounce_->start();
}

QString SearchPage::query() const { return query_->text(); }

void SearchPage::runQuery() {
    debounce_->stop();
    const QString text = query_->text().trimmed();
    if (text.isEmpty() || !index_[0]) return;
    const int k = count_->value();
    startSearch(text, [text, k](SplitSearchIndex& a, SplitSearchIndex* b) {
        Shown shown;
        shown.query = text;
        shown.is_text = true;
        const QueryResult ra = a.searchTexts({text.toStdString()}, k).front();
        shown.a = tilesOf(a, ra);
        if (ra.ground_truth) {
            shown.ground_truth = *ra.ground_truth;
            shown.ground_truth_path = QString::fromStdString(a.set().relative_paths[size_t(*ra.ground_truth)]);
            shown.rank_a = ra.ground_truth_rank;
        }
        if (b) {
            const QueryResult rb = b->searchTexts({text.toStdString()}, k).front();
            shown.b = tilesOf(*b, rb);
            shown.has_b = true;
            shown.rank_b = rb.ground_truth_rank;
        }
        return shown;
    });
}

void SearchPage::searchLikeImage(qint64 image_id) {
    if (!index_[0]) return;
    const int64_t row_a = index_[0]->rowOfImage(image_id);
    if (row_a < 0) return;
    const int k = count_->value();
    const QString label = tr("More like %1").arg(QString::fromStdString(index_[0]->set().relative_paths[size_t(row_a)]));
    startSearch(label, [label, image_id, k](SplitSearchIndex& a, SplitSearchIndex* b) {
        Shown shown;
        shown.query = label;
        shown.a = tilesOf(a, a.searchLikeImage(a.rowOfImage(image_id), k));
        if (b) {
            // B's rows are its own: the image is looked up there by its id.
            const int64_t row_b = b->rowOfImage(image_id);
            if (row_b >= 0) shown.b = tilesOf(*b, b->searchLikeImage(row_b, k));
            shown.has_b = true;
        }
        return shown;
    });
}

void SearchPage::searchImageFile(const QString& path) {
    if (!index_[0]) return;
    const int k = count_->value();
    const QString label = tr("Images like %1").arg(QFileInfo(path).fileName());
    startSearch(label, [label, path, k](SplitSearchIndex& a, SplitSearchIndex* b) {
        Shown shown;
        shown.query = label;
        shown.a = tilesOf(a, a.searchImageFile(path.toStdString(), k));
        if (b) {
            shown.b = tilesOf(*b, b->searchImageFile(path.toStdString(), k));
            shown.has_b = true;
        }
        return shown;
    });
}

void SearchPage::startSearch(const QString& label, std::function<Shown(SplitSearchIndex&, SplitSearchIndex*)> search) {
    const std::shared_ptr<SplitSearchIndex> a = index_[0], b = index_[1];
    const std::shared_ptr<std::timed_mutex> lock = index_lock_;
    // A newer query takes the slot: whatever an older one still returns is dropped.
    readInBackground<Shown>(
        this, query_slot_,
        [a, b, lock, label, search = std::move(search)] {
            std::unique_lock<std::timed_mutex> guard(*lock, std::chrono::milliseconds(kLockWaitMs));
            if (!guard.owns_lock()) {
                Shown busy;
                busy.query = label;
                busy.error = SearchPage::tr("the comparison on the split is using the models; search again when it ends");
                return busy;
            }
            try {
                return search(*a, b.get());
            } catch (const std::exception& e) {
                Shown failed;
                failed.query = label;
                failed.error = QString::fromUtf8(e.what());
                return failed;
            }
        },
        [this](const Shown& shown) { show(shown); });
}

void SearchPage::show(const Shown& shown) {
    if (!shown.error.isEmpty()) {
        status_->setText(tr("This search failed: %1").arg(shown.error));
        return;
    }
    loader_->clearQueue();
    results_a_->setTiles(shown.a);
    results_b_->setTiles(shown.b);
    shown_query_ = shown.query;
    shown_is_text_ = shown.is_text;
    if (shown.ground_truth >= 0) {
        QString text = tr("Its image <b>%1</b> ranks <b>%2</b> under A").arg(shown.ground_truth_path.toHtmlEscaped()).arg(shown.rank_a);
        if (shown.has_b) {
            const qint64 change = shown.rank_a - shown.rank_b;
            const QString arrow = change > 0 ? tr("<span style='color:#2e8b57'>↑ %1</span>").arg(change)
                                  : change < 0 ? tr("<span style='color:#c0392b'>↓ %1</span>").arg(-change)
                                               : tr("unchanged");
            text = tr("Its image <b>%1</b>: rank %2 under A → <b>%3</b> under B (%4)")
                       .arg(shown.ground_truth_path.toHtmlEscaped()).arg(shown.rank_a).arg(shown.rank_b).arg(arrow);
        }
        ground_truth_->setText(text);
        ground_truth_->setVisible(true);
    } else {
        ground_truth_->clear();
        ground_truth_->setVisible(false);
    }
    emit resultsShown(shown.query);
}

QString SearchPage::groundTruthText() const { return ground_truth_->isVisible() ? ground_truth_->text() : QString(); }

void SearchPage::showTileMenu(int side, const QPoint& position) {
    QListView* grid = side == 0 ? grid_a_ : grid_b_;
    const QModelIndex index = grid->indexAt(position);
    if (!index.isValid()) return;
    QMenu menu(this);
    menu.setToolTipsVisible(true);
    const qint64 image = index.data(ResultGridModel::ImageIdRole).toLongLong();
    const int row = index.row();
    if (shown_is_text_) {
        // Teach by searching: the query is (or is not) a caption of this image.
        menu.addAction(tr("This is a match"), this, [this, side, row] { markResult(side, row, true); })
            ->setToolTip(tr("Keep the query as a caption of this image; runs that include search feedback train on it"));
        menu.addAction(tr("Not a match"), this, [this, side, row] { markResult(side, row, false); });
        menu.addSeparator();
    }
    menu.addAction(tr("More like this"), this, [this, image] { searchLikeImage(image); });
    const QString path = index.data(ResultGridModel::PathRole).toString();
    menu.addAction(tr("Copy the image's path"), this, [path] { QGuiApplication::clipboard()->setText(path); });
    menu.exec(grid->viewport()->mapToGlobal(position));
}

bool SearchPage::markResult(int side, int row, bool match) {
    ResultGridModel* model = side == 0 ? results_a_ : results_b_;
    if (!shown_is_text_ || row < 0 || row >= model->rowCount() || project_.isEmpty()) return false;
    const ResultTile tile = model->tiles().at(row);
    const QString text = shown_query_;
    const std::string project = project_.toStdString();
    // Every mark is stored and answered, however fast they follow one another.
    runInBackground<QString>(
        this,
        [project, tile, text, match]() -> QString {
            try {
                ProjectStore store = ProjectStore::open(project);
                store.addSearchFeedback(tile.image_id, text.toStdString(), match);
                return QString();
            } catch (const std::exception& e) {
                return QString::fromUtf8(e.what());
            }
        },
        [this, tile, text, match](const QString& error) {
            if (!error.isEmpty()) {
                emit message(tr("The mark was not stored: %1").arg(error));
                return;
            }
            if (!match)
                emit message(tr("Noted: “%1” is not a match for %2.").arg(text, tile.relative_path));
            else if (tile.split == "train")
                emit message(tr("“%1” is now a caption of %2; runs that include search feedback train on it.")
                                 .arg(text, tile.relative_path));
            else
                emit message(tr("“%1” is now a caption of %2, kept with the image (split: %3); training uses "
                                "the captions of training images only.")
                                 .arg(text, tile.relative_path,
                                      tile.split.isEmpty() ? tr("none") : split_->itemText(split_->findData(tile.split))));
            emit feedbackStored(text, match);
        });
    return true;
}

void SearchPage::compareOnSplit() {
    if (!index_[0] || !index_[1]) {
        comparison_summary_->setText(tr("Choose a model B to compare with A."));
        return;
    }
    struct Row {
        QString caption, image;
        qint64 rank_a, rank_b;
    };
    struct Table {
        QVector<Row> rows;
        qint64 improved = 0, worse = 0, unchanged = 0;
        QMap<QString, double> a, b;
    };
    const std::shared_ptr<SplitSearchIndex> a = index_[0], b = index_[1];
    if (runner_.isRunning()) {  // never by cancelling another job (an import, a training, an index)
        comparison_summary_->setText(tr("Compare when “%1” has finished.").arg(runner_.currentTitle().toHtmlEscaped()));
        return;
    }
    const std::shared_ptr<std::timed_mutex> lock = index_lock_;
    auto table = std::make_shared<Table>();
    comparison_summary_->setText(tr("Ranking every caption's image under A and B…"));
    const quint64 token = runner_.start(tr("Comparing A and B on %1").arg(dataset_->currentText()), [a, b, lock, table](JobContext& context) {
        std::lock_guard<std::timed_mutex> guard(*lock);
        const ModelComparison comparison = compareSearchIndexes(*a, *b, {1, 5, 10}, context.observer(), context.cancelToken());
        const EvaluationSet& set = a->set();
        for (const CaptionRankChange& row : comparison.captions)
            table->rows.push_back({QString::fromStdString(set.captions[size_t(row.caption)]),
                                   QString::fromStdString(set.relative_paths[size_t(row.image)]), row.rank_a, row.rank_b});
        table->improved = comparison.improved;
        table->worse = comparison.worse;
        table->unchanged = comparison.unchanged;
        for (const auto& [key, value] : comparison.metrics_a) table->a.insert(QString::fromStdString(key), value);
        for (const auto& [key, value] : comparison.metrics_b) table->b.insert(QString::fromStdString(key), value);
        return QVariant(true);
    });
    runner_.whenDone(
        token, this,
        [this, table](const QVariant&) {
            comparison_view_->setSortingEnabled(false);
            comparison_->removeRows(0, comparison_->rowCount());
            for (const Row& row : table->rows) {
                QList<QStandardItem*> items;
                items << new QStandardItem(row.caption) << new QStandardItem(row.image);
                auto* a = new QStandardItem(QString::number(row.rank_a));
                a->setData(row.rank_a, Qt::UserRole);
                auto* b = new QStandardItem(QString::number(row.rank_b));
                b->setData(row.rank_b, Qt::UserRole);
                const qint64 change = row.rank_a - row.rank_b;  // > 0: its image rose under B
                auto* moved = new QStandardItem(change > 0 ? QString("↑ %1").arg(change)
                                                : change < 0 ? QString("↓ %1").arg(-change) : QString("="));
                moved->setData(change, Qt::UserRole);
                moved->setForeground(change > 0 ? QColor(46, 139, 87) : change < 0 ? QColor(192, 57, 43) : QColor(128, 128, 128));
                items[0]->setData(row.caption, Qt::UserRole);
                items[1]->setData(row.image, Qt::UserRole);
                items << a << b << moved;
                comparison_->appendRow(items);
            }
            comparison_view_->setSortingEnabled(true);
            comparison_view_->sortByColumn(4, Qt::DescendingOrder);  // the biggest improvements first
            const QLocale l;
            const auto recall = [&](const char* key) {
                return tr("%1 → %2").arg(l.toString(table->a.value(key), 'f', 3), l.toString(table->b.value(key), 'f', 3));
            };
            comparison_summary_->setText(
                tr("<b>%1</b> captions' images rank higher under B, <b>%2</b> lower, %3 the same. Image recall@1 %4, "
                   "@5 %5, @10 %6; text recall@5 %7.")
                    .arg(table->improved).arg(table->worse).arg(table->unchanged)
                    .arg(recall("image_retrieval_recall@1"), recall("image_retrieval_recall@5"),
                         recall("image_retrieval_recall@10"), recall("text_retrieval_recall@5")));
            emit comparisonShown(comparison_->rowCount());
        },
        [this](const QString& error) { comparison_summary_->setText(tr("The comparison failed: %1").arg(error.toHtmlEscaped())); },
        [this] { comparison_summary_->setText(tr("The comparison was cancelled.")); });
}

QString SearchPage::comparisonSummary() const { return comparison_summary_->text(); }

void SearchPage::showComparisonTab() { tabs_->setCurrentIndex(1); }

bool SearchPage::exportComparison(const QString& csv_path) {
    QFile file(csv_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) return false;
    QTextStream out(&file);
    const auto quoted = [](QString text) { return '"' + text.replace('"', "\"\"") + '"'; };
    out << "caption,image,rank_a,rank_b,change\n";
    for (int row = 0; row < comparison_filter_->rowCount(); ++row) {
        const auto cell = [&](int column) { return comparison_filter_->index(row, column).data(Qt::UserRole).toString(); };
        out << quoted(cell(0)) << ',' << quoted(cell(1)) << ',' << cell(2) << ',' << cell(3) << ',' << cell(4) << '\n';
    }
    out.flush();
    return file.error() == QFile::NoError;
}

void SearchPage::dragEnterEvent(QDragEnterEvent* event) {
    // An image file: a query (folders and annotation files go on to the window, which imports them).
    const QList<QUrl> urls = event->mimeData()->urls();
    static const QStringList kImages{"jpg", "jpeg", "png", "bmp", "webp", "tif", "tiff", "gif"};
    if (index_[0] && urls.size() == 1 && urls[0].isLocalFile() &&
        kImages.contains(QFileInfo(urls[0].toLocalFile()).suffix().toLower()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void SearchPage::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1) return;
    event->acceptProposedAction();
    searchImageFile(urls[0].toLocalFile());
}

}  // namespace clipft::ui
