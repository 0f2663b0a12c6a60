// The Data page: the project's datasets with their image and caption counts per split; for the
// chosen one, its images as a thumbnail grid (by split, filtered by caption, with a detail pane) and
// its import report (kind, file, reason; filtered by kind and text); and import of a folder or an
// annotation file, by the Import buttons or by dropping it onto the window (one code path).
// The import runs in the background on the JobRunner; a cancelled one leaves the project as it was.
#pragma once
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTabWidget;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTreeWidget;

namespace clipft {
struct DatasetImportRequest;
}

namespace clipft::ui {

class ImageDetailPane;
class ImportDialog;
class ImageGridModel;
class JobRunner;
class ThumbnailLoader;

class DataPage : public QWidget {
    Q_OBJECT
public:
    DataPage(JobRunner& runner, QWidget* parent = nullptr);

    void setProject(const QString& project_path);  // "" : none
    // Opens the import dialog (import_dialog.h) on `path` ("" : the user picks), without blocking;
    // its Import starts startImport(). The drop, the Import buttons and File > Import… all end here.
    ImportDialog* openImportDialog(const QString& path = QString());
    // Imports into the project in the background on the JobRunner, with progress and Cancel.
    void startImport(const DatasetImportRequest& request);
    // startImport() of `path` with the dialog's defaults, named after it.
    void importPath(const QString& path);
    QStringList datasetNames() const;
    void selectDataset(const QString& name);  // once listed (in the background)
    void showReport();  // the Import report tab of the chosen dataset
    QString currentDataset() const;
    // Writes the report's rows as they are filtered and sorted now (kind, file, reason) as CSV.
    // False, with message() saying why, when the file cannot be written.
    bool exportReport(const QString& csv_path);

    // Edits of the chosen dataset, stored at once; the grid row (of imageModel()) follows. False,
    // with message() saying why, when the project refuses (an image's last caption, an empty text).
    bool editCaption(int row, int caption_index, const QString& text);
    bool removeCaption(int row, int caption_index);
    bool removeImage(int row);
    // Renames the dataset, or deletes it with its runs (the Data page asks first, naming them).
    bool renameDataset(const QString& name, const QString& new_name);
    bool deleteDataset(const QString& name);

    // The image grid's parts, for tests.
    QListView* imageGrid() const { return grid_; }
    ImageGridModel* imageModel() const { return grid_model_; }
    ThumbnailLoader* thumbnails() const { return loader_; }
    QSortFilterProxyModel* imageFilter() const { return grid_filter_; }

signals:
    void datasetsChanged();  // one was imported, renamed or deleted, or its images or captions changed
    void imagesShown(int images);  // the grid holds the chosen dataset and split's images now
    void datasetsListed();         // the datasets list is filled (after a project was opened or changed)
    void reportShown(int problems);  // the report table holds the chosen dataset's report
    void message(const QString& text);  // for an inline banner or the status bar

private:
    void refresh(const QString& select = QString());  // lists the datasets (read in the background)
    void showDataset(const QString& name);
    void loadImages();  // the chosen dataset and split, read on a worker thread
    QWidget* buildImagesTab();
    void updateImageCount();
    int currentImageRow() const;  // the grid's current row in imageModel(), -1 when none
    void showDatasetMenu(const QPoint& at);
    void showDatasetCounts();  // the summary and the tree's counts of the current dataset

    JobRunner& runner_;
    QString project_;
    QStackedWidget* stack_ = nullptr;  // the empty state, or the datasets
    QTreeWidget* datasets_ = nullptr;
    QLabel* summary_ = nullptr;
    QComboBox* kind_filter_ = nullptr;
    QLineEdit* text_filter_ = nullptr;
    QStandardItemModel* problems_ = nullptr;
    QSortFilterProxyModel* filtered_ = nullptr;
    QTableView* report_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    ThumbnailLoader* loader_ = nullptr;
    ImageGridModel* grid_model_ = nullptr;
    QSortFilterProxyModel* grid_filter_ = nullptr;
    QListView* grid_ = nullptr;
    ImageDetailPane* detail_ = nullptr;
    QComboBox* split_filter_ = nullptr;
    QLineEdit* caption_filter_ = nullptr;
    QLabel* grid_count_ = nullptr;
    // The newest background read of each kind (background_read.h); older results are dropped.
    quint64 images_request_ = 0, listing_request_ = 0, counts_request_ = 0, report_request_ = 0;
};

}  // namespace clipft::ui
