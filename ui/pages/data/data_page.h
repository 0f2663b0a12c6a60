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

namespace clipft::ui {

class ImageDetailPane;
class ImageGridModel;
class JobRunner;
class ThumbnailLoader;

class DataPage : public QWidget {
    Q_OBJECT
public:
    DataPage(JobRunner& runner, QWidget* parent = nullptr);

    void setProject(const QString& project_path);  // "" : none
    // Imports a folder or an annotation file into the project in the background, as a dataset
    // named after it. The drop and the Import buttons both end here.
    void importPath(const QString& path);
    QString currentDataset() const;
    // Writes the report's rows as they are filtered and sorted now (kind, file, reason) as CSV.
    // False, with message() saying why, when the file cannot be written.
    bool exportReport(const QString& csv_path);

    // The image grid's parts, for tests.
    QListView* imageGrid() const { return grid_; }
    ImageGridModel* imageModel() const { return grid_model_; }
    ThumbnailLoader* thumbnails() const { return loader_; }
    QSortFilterProxyModel* imageFilter() const { return grid_filter_; }

signals:
    void datasetsChanged();
    void imagesShown(int images);  // the grid holds the chosen dataset and split's images now
    void message(const QString& text);  // for an inline banner or the status bar

private:
    void refresh();
    void showDataset(const QString& name);
    void loadImages();  // the chosen dataset and split, read on a worker thread
    QWidget* buildImagesTab();
    void updateImageCount();

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
    quint64 images_request_ = 0;  // the newest image list asked for; older ones are dropped
};

}  // namespace clipft::ui
