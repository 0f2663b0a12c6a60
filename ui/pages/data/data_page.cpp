#include "ui/pages/data/data_page.h"

#include "ui/jobs/background_read.h"
#include "ui/jobs/job_runner.h"
#include "ui/pages/data/image_detail_pane.h"
#include "ui/pages/data/image_grid_model.h"
#include "ui/pages/data/import_dialog.h"
#include "ui/thumbnails/thumbnail_loader.h"

#include "core/jobs/dataset_import_job.h"
#include "core/store/project_store.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QListView>
#include <QTabWidget>
#include <QtConcurrent/QtConcurrentRun>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace clipft::ui {

namespace {

// Filters the report by kind (column 0, exactly) and by text (any column).
class ReportFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setKind(const QString& kind) {
        kind_ = kind;
        invalidateFilter();
    }
    void setText(const QString& text) {
        text_ = text;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        const auto cell = [&](int column) { return sourceModel()->index(row, column, parent).data().toString(); };
        if (!kind_.isEmpty() && cell(0) != kind_) return false;
        if (text_.isEmpty()) return true;
        for (int column = 0; column < sourceModel()->columnCount(); ++column)
            if (cell(column).contains(text_, Qt::CaseInsensitive)) return true;
        return false;
    }

private:
    QString kind_, text_;
};

}  // namespace

DataPage::DataPage(JobRunner& runner, QWidget* parent) : QWidget(parent), runner_(runner) {
    setObjectName("data");
    auto* layout = new QVBoxLayout(this);
    auto* toolbar = new QHBoxLayout;
    auto* import_folder = new QPushButton(QIcon(":/icons/import.svg"), tr("Import folder…"), this);
    import_folder->setToolTip(tr("A folder of images with caption files (photo.jpg + photo.txt, or captions.txt / captions.csv)"));
    auto* import_file = new QPushButton(tr("Import annotation file…"), this);
    import_file->setToolTip(tr("CSV/TSV, JSONL, Flickr8k/30k, MS-COCO captions_*.json, Karpathy dataset_*.json"));
    toolbar->addWidget(import_folder);
    toolbar->addWidget(import_file);
    toolbar->addStretch(1);
    layout->addLayout(toolbar);

    stack_ = new QStackedWidget(this);
    auto* empty = new QLabel(tr("Drop a folder of images with captions here, or choose Import folder…"), stack_);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    stack_->addWidget(empty);

    auto* splitter = new QSplitter(stack_);
    // Left: the datasets, and the chosen one's split counts under them; right: its images and report.
    auto* side = new QWidget(splitter);
    auto* side_layout = new QVBoxLayout(side);
    side_layout->setContentsMargins(0, 0, 0, 0);
    datasets_ = new QTreeWidget(side);
    side_layout->addWidget(datasets_, 1);
    datasets_->setObjectName("datasets");
    datasets_->setHeaderLabels({tr("Dataset"), tr("Images"), tr("Captions")});
    datasets_->setRootIsDecorated(false);
    datasets_->setContextMenuPolicy(Qt::CustomContextMenu);
    datasets_->setToolTip(tr("Right-click a dataset to rename or delete it"));
    connect(datasets_, &QTreeWidget::customContextMenuRequested, this, &DataPage::showDatasetMenu);
    datasets_->header()->setStretchLastSection(false);
    datasets_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    datasets_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    datasets_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto* details = new QWidget(splitter);
    auto* details_layout = new QVBoxLayout(details);
    details_layout->setContentsMargins(0, 0, 0, 0);
    summary_ = new QLabel(side);
    summary_->setObjectName("datasetSummary");
    summary_->setTextFormat(Qt::RichText);
    summary_->setWordWrap(true);
    side_layout->addWidget(summary_);
    tabs_ = new QTabWidget(details);
    tabs_->setObjectName("dataTabs");
    tabs_->setDocumentMode(true);
    details_layout->addWidget(tabs_, 1);
    tabs_->addTab(buildImagesTab(), tr("Images"));
    auto* report_tab = new QWidget(tabs_);
    auto* report_layout = new QVBoxLayout(report_tab);
    report_layout->setContentsMargins(0, 6, 0, 0);
    tabs_->addTab(report_tab, tr("Import report"));
    details = report_tab;  // the report's widgets below live in its tab
    auto* filters = new QHBoxLayout;
    kind_filter_ = new QComboBox(details);
    kind_filter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);  // "every kind (12,345)" in full
    kind_filter_->setObjectName("problemKind");
    text_filter_ = new QLineEdit(details);
    text_filter_->setObjectName("problemText");
    text_filter_->setPlaceholderText(tr("Filter the report…"));
    text_filter_->setClearButtonEnabled(true);
    filters->addWidget(new QLabel(tr("Report:"), details));
    filters->addWidget(kind_filter_);
    filters->addWidget(text_filter_, 1);
    auto* export_report = new QPushButton(tr("Export CSV…"), details);
    export_report->setToolTip(tr("Save the report's rows, as filtered and sorted, as a CSV file"));
    filters->addWidget(export_report);
    connect(export_report, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Export the import report"),
                                                          currentDataset() + "-report.csv", tr("CSV files (*.csv)"));
        if (!file.isEmpty() && exportReport(file)) emit message(tr("Saved the report to %1").arg(file));
    });
    report_layout->addLayout(filters);
    problems_ = new QStandardItemModel(0, 3, this);
    problems_->setHorizontalHeaderLabels({tr("Kind"), tr("File"), tr("Reason")});
    auto* filter = new ReportFilter(this);
    filter->setSourceModel(problems_);
    filtered_ = filter;
    report_ = new QTableView(details);
    report_->setObjectName("report");
    report_->setModel(filtered_);
    report_->setSortingEnabled(true);
    report_->setSelectionBehavior(QAbstractItemView::SelectRows);
    report_->horizontalHeader()->setStretchLastSection(true);
    report_->verticalHeader()->hide();
    report_layout->addWidget(report_, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({280, 1000});  // room for the dataset names and their counts
    stack_->addWidget(splitter);
    layout->addWidget(stack_, 1);

    connect(import_folder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder of captioned images"));
        if (!dir.isEmpty()) openImportDialog(dir);
    });
    connect(import_file, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import an annotation file"), QString(),
                                                          tr("Annotations (*.csv *.tsv *.jsonl *.json *.txt *.token);;All files (*)"));
        if (!file.isEmpty()) openImportDialog(file);
    });
    connect(datasets_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item) showDataset(item->text(0));
    });
    connect(kind_filter_, &QComboBox::currentIndexChanged, this,
            [this, filter] { filter->setKind(kind_filter_->currentData().toString()); });
    connect(text_filter_, &QLineEdit::textChanged, this, [filter](const QString& text) { filter->setText(text); });
}

QWidget* DataPage::buildImagesTab() {
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 6, 0, 0);
    auto* bar = new QHBoxLayout;
    split_filter_ = new QComboBox(tab);
    split_filter_->setObjectName("imageSplit");
    split_filter_->addItem(tr("All splits"), QString());
    split_filter_->addItem(tr("train"), "train");
    split_filter_->addItem(tr("val"), "val");
    split_filter_->addItem(tr("test"), "test");
    split_filter_->addItem(tr("In no split"), "none");
    caption_filter_ = new QLineEdit(tab);
    caption_filter_->setObjectName("captionFilter");
    caption_filter_->setPlaceholderText(tr("Filter by caption…"));
    caption_filter_->setClearButtonEnabled(true);
    grid_count_ = new QLabel(tab);
    grid_count_->setObjectName("imageCount");
    bar->addWidget(split_filter_);
    bar->addWidget(caption_filter_, 1);
    bar->addWidget(grid_count_);
    layout->addLayout(bar);

    // Thumbnails 128 px on screen, decoded at the screen's pixel ratio (sharp at 200%).
    const int pixels = static_cast<int>(128 * devicePixelRatioF());
    loader_ = new ThumbnailLoader(pixels, ThumbnailLoader::defaultDiskCacheDir(), 96ll << 20, this);
    grid_model_ = new ImageGridModel(*loader_, this);
    grid_filter_ = new QSortFilterProxyModel(this);
    grid_filter_->setSourceModel(grid_model_);
    grid_filter_->setFilterRole(ImageGridModel::CaptionsRole);
    grid_filter_->setFilterCaseSensitivity(Qt::CaseInsensitive);

    auto* splitter = new QSplitter(tab);
    grid_ = new QListView(splitter);
    grid_->setObjectName("imageGrid");
    grid_->setViewMode(QListView::IconMode);
    grid_->setMovement(QListView::Static);  // a fixed grid: no per-item layout for 40,000 rows
    grid_->setResizeMode(QListView::Adjust);
    grid_->setUniformItemSizes(true);
    grid_->setLayoutMode(QListView::Batched);
    grid_->setBatchSize(2000);
    grid_->setIconSize(QSize(128, 128));
    grid_->setGridSize(QSize(148, 164));
    grid_->setTextElideMode(Qt::ElideRight);
    grid_->setSpacing(4);
    grid_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    grid_->setModel(grid_filter_);
    detail_ = new ImageDetailPane(splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 320});
    layout->addWidget(splitter, 1);

    connect(split_filter_, &QComboBox::currentIndexChanged, this, [this] { loadImages(); });
    connect(caption_filter_, &QLineEdit::textChanged, this, [this](const QString& text) {
        loader_->clearQueue();  // what was queued may be filtered away
        grid_filter_->setFilterFixedString(text);
        updateImageCount();
    });
    connect(grid_->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (!current.isValid()) return detail_->clear();
        detail_->showImage(grid_model_->image(grid_filter_->mapToSource(current).row()));
    });
    connect(detail_, &ImageDetailPane::captionEdited, this,
            [this](int caption, const QString& text) { editCaption(currentImageRow(), caption, text); });
    connect(detail_, &ImageDetailPane::captionRemoveRequested, this,
            [this](int caption) { removeCaption(currentImageRow(), caption); });
    connect(detail_, &ImageDetailPane::imageRemoveRequested, this, [this] {
        const int row = currentImageRow();
        if (row < 0) return;
        const auto answer = QMessageBox::question(
            this, tr("Remove the image"),
            tr("Remove %1 and its captions from the dataset %2? The file stays on disk.")
                .arg(grid_model_->image(row).relative_path, currentDataset()));
        if (answer == QMessageBox::Yes) removeImage(row);
    });
    return tab;
}

int DataPage::currentImageRow() const {
    const QModelIndex current = grid_->currentIndex();
    return current.isValid() ? grid_filter_->mapToSource(current).row() : -1;
}

bool DataPage::editCaption(int row, int caption_index, const QString& text) {
    if (row < 0 || row >= grid_model_->rowCount()) return false;
    GridImage image = grid_model_->image(row);
    if (caption_index < 0 || caption_index >= image.caption_ids.size()) return false;
    try {
        ProjectStore store = ProjectStore::open(project_.toStdString());
        store.setCaptionText(currentDataset().toStdString(), image.caption_ids[caption_index], text.toStdString());
        image.captions[caption_index] = text.trimmed();
        emit message(tr("Caption saved."));
        emit datasetsChanged();
    } catch (const std::exception& e) {
        emit message(tr("The caption was not changed: %1").arg(QString::fromUtf8(e.what())));
    }
    grid_model_->replaceImage(row, image);
    if (row == currentImageRow()) detail_->showImage(image);  // the stored text, or the old one back
    return image.captions[caption_index] == text.trimmed();
}

bool DataPage::removeCaption(int row, int caption_index) {
    if (row < 0 || row >= grid_model_->rowCount()) return false;
    GridImage image = grid_model_->image(row);
    if (caption_index < 0 || caption_index >= image.caption_ids.size()) return false;
    try {
        ProjectStore store = ProjectStore::open(project_.toStdString());
        store.removeCaption(currentDataset().toStdString(), image.caption_ids[caption_index]);
    } catch (const std::exception& e) {
        emit message(tr("The caption was not removed: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    image.captions.removeAt(caption_index);
    image.caption_ids.removeAt(caption_index);
    grid_model_->replaceImage(row, image);
    if (row == currentImageRow()) detail_->showImage(image);
    showDatasetCounts();
    emit datasetsChanged();
    return true;
}

bool DataPage::removeImage(int row) {
    if (row < 0 || row >= grid_model_->rowCount()) return false;
    try {
        ProjectStore store = ProjectStore::open(project_.toStdString());
        store.removeImage(currentDataset().toStdString(), grid_model_->image(row).id);
    } catch (const std::exception& e) {
        emit message(tr("The image was not removed: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    emit message(tr("Removed %1 from the dataset.").arg(grid_model_->image(row).relative_path));
    grid_model_->removeImage(row);
    updateImageCount();
    showDatasetCounts();
    emit datasetsChanged();
    return true;
}

bool DataPage::renameDataset(const QString& name, const QString& new_name) {
    try {
        ProjectStore store = ProjectStore::open(project_.toStdString());
        store.renameDataset(name.toStdString(), new_name.toStdString());
    } catch (const std::exception& e) {
        emit message(tr("The dataset was not renamed: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    for (auto* item : datasets_->findItems(name, Qt::MatchExactly)) item->setText(0, new_name.trimmed());
    showDataset(new_name.trimmed());
    emit datasetsChanged();
    return true;
}

bool DataPage::deleteDataset(const QString& name) {
    try {
        ProjectStore store = ProjectStore::open(project_.toStdString());
        if (!store.deleteDataset(name.toStdString())) return false;
    } catch (const std::exception& e) {
        emit message(tr("The dataset was not deleted: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    emit message(tr("Deleted the dataset %1.").arg(name));
    refresh();
    emit datasetsChanged();
    return true;
}

void DataPage::showDatasetMenu(const QPoint& at) {
    QTreeWidgetItem* item = datasets_->itemAt(at);
    if (!item) return;
    const QString name = item->text(0);
    QMenu menu(this);
    QAction* rename = menu.addAction(tr("Rename…"));
    QAction* remove = menu.addAction(tr("Delete…"));
    QAction* chosen = menu.exec(datasets_->viewport()->mapToGlobal(at));
    if (chosen == rename) {
        bool ok = false;
        const QString new_name =
            QInputDialog::getText(this, tr("Rename the dataset"), tr("New name:"), QLineEdit::Normal, name, &ok);
        if (ok && !new_name.trimmed().isEmpty() && new_name.trimmed() != name) renameDataset(name, new_name);
    } else if (chosen == remove) {
        QStringList runs;
        try {
            ProjectStore store = ProjectStore::open(project_.toStdString());
            for (const RunInfo& run : store.runsOfDataset(name.toStdString()))
                runs << (run.name.empty() ? QString::number(run.id) : QString::fromStdString(run.name));
        } catch (const std::exception& e) {
            emit message(QString::fromUtf8(e.what()));
            return;
        }
        const QString question =
            runs.isEmpty() ? tr("Delete the dataset %1 from the project? The image files stay on disk.").arg(name)
                           : tr("Delete the dataset %1 from the project, with the runs trained on it: %2? "
                                "The image files and the runs' model folders stay on disk.")
                                 .arg(name, runs.join(", "));
        if (QMessageBox::question(this, tr("Delete the dataset"), question) == QMessageBox::Yes) deleteDataset(name);
    }
}

void DataPage::updateImageCount() {
    const QLocale locale;
    const int shown = grid_filter_->rowCount(), all = grid_model_->rowCount();
    grid_count_->setText(shown == all ? tr("%Ln image(s)", nullptr, all)
                                      : tr("%1 of %2 images").arg(locale.toString(shown), locale.toString(all)));
}

void DataPage::loadImages() {
    const quint64 request = ++images_request_;
    const QString dataset = currentDataset();
    detail_->clear();
    if (project_.isEmpty() || dataset.isEmpty()) {
        grid_model_->setImages({});
        updateImageCount();
        return;
    }
    const std::string project = project_.toStdString(), name = dataset.toStdString();
    const QString split = split_filter_->currentData().toString();
    struct Loaded {
        QVector<GridImage> images;
        QString error;
    };
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != images_request_) return;  // the user chose another dataset or split meanwhile
        const Loaded loaded = watcher->result();
        if (!loaded.error.isEmpty()) emit message(loaded.error);
        grid_model_->setImages(loaded.images);
        updateImageCount();
        emit imagesShown(loaded.images.size());
    });
    // 40,000 rows take a moment to read: on a worker thread, with its own database connection.
    watcher->setFuture(QtConcurrent::run(backgroundReadPool(), [project, name, split] {
        Loaded loaded;
        try {
            ProjectStore store = ProjectStore::open(project);
            const auto info = store.findDataset(name);
            const QString root = info ? QString::fromStdString(info->images_root) : QString();
            std::optional<DatasetSplit> which;
            if (split == "train") which = DatasetSplit::Train;
            else if (split == "val") which = DatasetSplit::Val;
            else if (split == "test") which = DatasetSplit::Test;
            else if (split == "none") which = DatasetSplit::None;
            for (const StoredImage& stored : store.datasetImages(name, which)) {
                GridImage image;
                image.id = stored.id;
                image.relative_path = QString::fromStdString(stored.relative_path);
                image.path = QDir(root).filePath(image.relative_path);
                image.content_hash = QString::fromStdString(stored.content_hash);
                image.width = stored.width;
                image.height = stored.height;
                image.split = QString::fromLatin1(datasetSplitName(stored.split));
                for (const auto& caption : stored.captions) {
                    image.captions << QString::fromStdString(caption.text);
                    image.caption_ids << caption.id;
                }
                loaded.images.push_back(std::move(image));
            }
        } catch (const std::exception& e) {
            loaded.error = QString::fromUtf8(e.what());
        }
        return loaded;
    }));
}

void DataPage::setProject(const QString& project_path) {
    project_ = project_path;
    refresh();
}

QString DataPage::currentDataset() const {
    const QTreeWidgetItem* item = datasets_->currentItem();
    return item ? item->text(0) : QString();
}

bool DataPage::exportReport(const QString& csv_path) {
    QSaveFile file(csv_path);  // written whole or not at all
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        emit message(tr("%1 cannot be written: %2").arg(csv_path, file.errorString()));
        return false;
    }
    const auto quoted = [](QString field) { return '"' + field.replace('"', "\"\"") + '"'; };
    QByteArray csv = "kind,file,reason\n";
    for (int row = 0; row < filtered_->rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < 3; ++column) fields << quoted(filtered_->index(row, column).data().toString());
        csv += fields.join(',').toUtf8() + '\n';
    }
    file.write(csv);
    if (!file.commit()) {
        emit message(tr("%1 cannot be written: %2").arg(csv_path, file.errorString()));
        return false;
    }
    return true;
}

void DataPage::refresh(const QString& select) {
    const QString keep = select.isEmpty() ? currentDataset() : select;
    if (project_.isEmpty()) {
        ++listing_request_;  // a listing still being read is no longer wanted
        datasets_->clear();
        problems_->removeRows(0, problems_->rowCount());
        summary_->clear();
        stack_->setCurrentIndex(0);
        loadImages();  // empties the grid
        return;
    }
    struct Row {
        QString name;
        qint64 images = 0, captions = 0;
    };
    struct Listing {
        QVector<Row> rows;
        QString error;
    };
    const std::string project = project_.toStdString();
    // Counting 40,000 images takes SQLite a while: never on the GUI thread.
    readInBackground<Listing>(
        this, listing_request_,
        [project] {
            Listing listing;
            try {
                ProjectStore store = ProjectStore::open(project);
                for (const auto& dataset : store.datasets()) {
                    const DatasetStats stats = store.datasetStats(dataset.name);
                    listing.rows.push_back({QString::fromStdString(dataset.name), stats.images, stats.captions});
                }
            } catch (const std::exception& e) {
                listing.error = QString::fromUtf8(e.what());
            }
            return listing;
        },
        [this, keep](const Listing& listing) {
            if (!listing.error.isEmpty()) emit message(listing.error);
            const QLocale locale;
            datasets_->blockSignals(true);
            datasets_->clear();
            for (const Row& row : listing.rows) {
                auto* item = new QTreeWidgetItem(datasets_, {row.name, locale.toString(row.images), locale.toString(row.captions)});
                item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
                item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            }
            datasets_->blockSignals(false);
            stack_->setCurrentIndex(datasets_->topLevelItemCount() > 0 ? 1 : 0);
            const auto found = datasets_->findItems(keep, Qt::MatchExactly);
            QTreeWidgetItem* current = found.isEmpty() ? datasets_->topLevelItem(0) : found.first();
            if (current) {
                datasets_->setCurrentItem(current);  // signals were blocked: show it here
                showDataset(current->text(0));
            } else {
                problems_->removeRows(0, problems_->rowCount());
                summary_->clear();
                loadImages();
            }
            emit datasetsListed();
        });
}

void DataPage::showDatasetCounts() {
    const QString name = currentDataset();
    if (name.isEmpty()) return summary_->clear();
    struct Counts {
        DatasetStats stats;
        QString format, error;
    };
    const std::string project = project_.toStdString(), dataset = name.toStdString();
    readInBackground<Counts>(
        this, counts_request_,
        [project, dataset] {
            Counts counts;
            try {
                ProjectStore store = ProjectStore::open(project);
                counts.stats = store.datasetStats(dataset);
                const auto info = store.findDataset(dataset);
                counts.format = QString::fromStdString(info ? info->format : "");
            } catch (const std::exception& e) {
                counts.error = QString::fromUtf8(e.what());
            }
            return counts;
        },
        [this, name](const Counts& counts) {
            if (!counts.error.isEmpty()) return emit message(counts.error);
            const DatasetStats& s = counts.stats;
            const QLocale l;
            const auto split = [&](const QString& label, const SplitCounts& c) {
                return tr("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td></tr>")
                    .arg(label, l.toString(c.images), l.toString(c.captions));
            };
            summary_->setText(tr("<b>%1</b> · %2 · %3 · %4<br>"
                                 "<table cellspacing=6><tr><td></td><td>images</td><td>captions</td></tr>%5%6%7%8</table>")
                                  .arg(name.toHtmlEscaped(), counts.format,
                                       tr("%Ln image(s)", nullptr, static_cast<int>(s.images)),
                                       tr("%Ln caption(s)", nullptr, static_cast<int>(s.captions)))
                                  .arg(split(tr("train"), s.train), split(tr("val"), s.val), split(tr("test"), s.test),
                                       s.unsplit.images ? split(tr("in no split"), s.unsplit) : QString()));
            for (QTreeWidgetItem* item : datasets_->findItems(name, Qt::MatchExactly)) {
                item->setText(1, l.toString(s.images));
                item->setText(2, l.toString(s.captions));
            }
        });
}

void DataPage::showDataset(const QString& name) {
    problems_->removeRows(0, problems_->rowCount());
    loadImages();
    showDatasetCounts();
    struct Report {
        std::vector<ImportProblem> problems;
        QString error;
    };
    const std::string project = project_.toStdString(), dataset = name.toStdString();
    readInBackground<Report>(
        this, report_request_,
        [project, dataset] {
            Report report;
            try {
                report.problems = ProjectStore::open(project).datasetProblems(dataset);
            } catch (const std::exception& e) {
                report.error = QString::fromUtf8(e.what());
            }
            return report;
        },
        [this](const Report& report) {
            if (!report.error.isEmpty()) emit message(report.error);
            problems_->removeRows(0, problems_->rowCount());
            QStringList kinds;
            for (const auto& p : report.problems) {
                const QString kind = QString::fromLatin1(importProblemKindName(p.kind));
                if (!kinds.contains(kind)) kinds << kind;
                problems_->appendRow({new QStandardItem(kind), new QStandardItem(QString::fromStdString(p.path)),
                                      new QStandardItem(QString::fromStdString(p.reason))});
            }
            kind_filter_->blockSignals(true);
            kind_filter_->clear();
            kind_filter_->addItem(tr("every kind (%n)", nullptr, problems_->rowCount()), QString());
            for (const QString& kind : kinds) kind_filter_->addItem(kind, kind);
            kind_filter_->blockSignals(false);
            static_cast<ReportFilter*>(filtered_)->setKind(QString());
            report_->resizeColumnsToContents();
            emit reportShown(problems_->rowCount());
        });
}

QStringList DataPage::datasetNames() const {
    QStringList names;
    for (int i = 0; i < datasets_->topLevelItemCount(); ++i) names << datasets_->topLevelItem(i)->text(0);
    return names;
}

void DataPage::selectDataset(const QString& name) { refresh(name); }

void DataPage::showReport() { tabs_->setCurrentIndex(1); }

ImportDialog* DataPage::openImportDialog(const QString& path) {
    if (project_.isEmpty()) {
        emit message(tr("Open or create a project first, then import into it."));
        return nullptr;
    }
    auto* dialog = new ImportDialog(datasetNames(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty()) dialog->setSource(path);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startImport(dialog->request()); });
    dialog->open();  // window-modal, and the event loop keeps running
    return dialog;
}

void DataPage::importPath(const QString& path) { startImport(ImportDialog::defaultRequest(path, datasetNames())); }

void DataPage::startImport(const DatasetImportRequest& request) {
    if (project_.isEmpty()) {
        emit message(tr("Open or create a project first, then import into it."));
        return;
    }
    const QString name = QString::fromStdString(request.name);
    const std::string project = project_.toStdString();
    const quint64 token = runner_.start(tr("Importing %1").arg(name), [project, request](JobContext& context) {
        ProjectStore store = ProjectStore::open(project);  // this thread's own connection
        const DatasetImportSummary s = importDataset(store, request, context.observer(), context.cancelToken());
        return QVariant(QStringList{QString::fromStdString(s.dataset), QString::fromStdString(s.format),
                                    QString::number(s.images), QString::number(s.captions),
                                    QString::number(s.problems.size())});
    });
    runner_.whenDone(
        token, this,
        [this](const QVariant& result) {
            const QStringList s = result.toStringList();
            refresh(s.value(0));
            emit message(tr("Imported %1 (%2): %3 images, %4 captions, %5 items in the report")
                             .arg(s.value(0), s.value(1), s.value(2), s.value(3), s.value(4)));
            emit datasetsChanged();
        },
        [this](const QString& error) { emit message(tr("The import stopped: %1").arg(error)); },
        [this] { emit message(tr("The import was cancelled; the project is as it was.")); });
}

}  // namespace clipft::ui
