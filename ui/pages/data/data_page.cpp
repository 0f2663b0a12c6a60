#include "ui/pages/data/data_page.h"

#include "ui/jobs/job_runner.h"

#include "core/jobs/dataset_import_job.h"
#include "core/store/project_store.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
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

// A dataset name from a folder or file name: "Flickr8k_text" -> "Flickr8k_text", unique in the project.
QString datasetNameFor(const QString& path, const QStringList& taken) {
    QString base = QFileInfo(path).completeBaseName();
    if (base.isEmpty()) base = QFileInfo(path).fileName();
    base.replace(QRegularExpression("[^A-Za-z0-9_.-]+"), "-");
    if (base.isEmpty()) base = "dataset";
    QString name = base;
    for (int i = 2; taken.contains(name); ++i) name = QString("%1-%2").arg(base).arg(i);
    return name;
}

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
    datasets_ = new QTreeWidget(splitter);
    datasets_->setObjectName("datasets");
    datasets_->setHeaderLabels({tr("Dataset"), tr("Images"), tr("Captions")});
    datasets_->setRootIsDecorated(false);
    datasets_->header()->setStretchLastSection(false);
    datasets_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    datasets_->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    datasets_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    auto* details = new QWidget(splitter);
    auto* details_layout = new QVBoxLayout(details);
    details_layout->setContentsMargins(0, 0, 0, 0);
    summary_ = new QLabel(details);
    summary_->setObjectName("datasetSummary");
    summary_->setTextFormat(Qt::RichText);
    summary_->setWordWrap(true);
    details_layout->addWidget(summary_);
    auto* filters = new QHBoxLayout;
    kind_filter_ = new QComboBox(details);
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
    details_layout->addLayout(filters);
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
    details_layout->addWidget(report_, 1);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({340, 1000});  // room for the dataset names and their counts
    stack_->addWidget(splitter);
    layout->addWidget(stack_, 1);

    connect(import_folder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder of captioned images"));
        if (!dir.isEmpty()) importPath(dir);
    });
    connect(import_file, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import an annotation file"), QString(),
                                                          tr("Annotations (*.csv *.tsv *.jsonl *.json *.txt *.token);;All files (*)"));
        if (!file.isEmpty()) importPath(file);
    });
    connect(datasets_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item) showDataset(item->text(0));
    });
    connect(kind_filter_, &QComboBox::currentIndexChanged, this,
            [this, filter] { filter->setKind(kind_filter_->currentData().toString()); });
    connect(text_filter_, &QLineEdit::textChanged, this, [filter](const QString& text) { filter->setText(text); });
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

void DataPage::refresh() {
    const QString keep = currentDataset();
    datasets_->clear();
    problems_->removeRows(0, problems_->rowCount());
    summary_->clear();
    if (project_.isEmpty()) {
        stack_->setCurrentIndex(0);
        return;
    }
    try {
        ProjectStore store = ProjectStore::open(project_.toStdString());
        const QLocale locale;
        for (const auto& dataset : store.datasets()) {
            const DatasetStats stats = store.datasetStats(dataset.name);
            auto* item = new QTreeWidgetItem(datasets_, {QString::fromStdString(dataset.name), locale.toString(stats.images),
                                                         locale.toString(stats.captions)});
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        }
    } catch (const std::exception& e) {
        emit message(QString::fromUtf8(e.what()));
    }
    stack_->setCurrentIndex(datasets_->topLevelItemCount() > 0 ? 1 : 0);
    const auto found = datasets_->findItems(keep, Qt::MatchExactly);
    datasets_->setCurrentItem(found.isEmpty() ? datasets_->topLevelItem(0) : found.first());
}

void DataPage::showDataset(const QString& name) {
    problems_->removeRows(0, problems_->rowCount());
    try {
        ProjectStore store = ProjectStore::open(project_.toStdString());
        const DatasetStats s = store.datasetStats(name.toStdString());
        const auto dataset = store.findDataset(name.toStdString());
        const QLocale l;
        const auto split = [&](const QString& label, const SplitCounts& c) {
            return tr("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td></tr>")
                .arg(label, l.toString(c.images), l.toString(c.captions));
        };
        summary_->setText(tr("<b>%1</b> · %2 · %3 · %4<br>"
                             "<table cellspacing=6><tr><td></td><td>images</td><td>captions</td></tr>%5%6%7%8</table>")
                              .arg(name.toHtmlEscaped(), QString::fromStdString(dataset ? dataset->format : ""),
                                   tr("%Ln image(s)", nullptr, static_cast<int>(s.images)),
                                   tr("%Ln caption(s)", nullptr, static_cast<int>(s.captions)))
                              .arg(split(tr("train"), s.train), split(tr("val"), s.val), split(tr("test"), s.test),
                                   s.unsplit.images ? split(tr("in no split"), s.unsplit) : QString()));
        QStringList kinds;
        for (const auto& p : store.datasetProblems(name.toStdString())) {
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
    } catch (const std::exception& e) {
        emit message(QString::fromUtf8(e.what()));
    }
}

void DataPage::importPath(const QString& path) {
    if (project_.isEmpty()) {
        emit message(tr("Open or create a project first, then import into it."));
        return;
    }
    QStringList taken;
    for (int i = 0; i < datasets_->topLevelItemCount(); ++i) taken << datasets_->topLevelItem(i)->text(0);
    const QString name = datasetNameFor(path, taken);
    const std::string project = project_.toStdString();
    DatasetImportRequest request;
    request.name = name.toStdString();
    request.source = path.toStdString();
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
            refresh();
            const auto found = datasets_->findItems(s.value(0), Qt::MatchExactly);
            if (!found.isEmpty()) datasets_->setCurrentItem(found.first());
            emit message(tr("Imported %1 (%2): %3 images, %4 captions, %5 items in the report")
                             .arg(s.value(0), s.value(1), s.value(2), s.value(3), s.value(4)));
            emit datasetsChanged();
        },
        [this](const QString& error) { emit message(tr("The import stopped: %1").arg(error)); },
        [this] { emit message(tr("The import was cancelled; the project is as it was.")); });
}

}  // namespace clipft::ui
