// The Data page: the project's datasets with their image and caption counts per split, the import
// report of the chosen one (kind, file, reason; filtered by kind and text), and import of a folder
// or an annotation file, by the Import buttons or by dropping it onto the window (one code path).
// The import runs in the background on the JobRunner; a cancelled one leaves the project as it was.
#pragma once
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTreeWidget;

namespace clipft::ui {

class JobRunner;

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

signals:
    void datasetsChanged();
    void message(const QString& text);  // for an inline banner or the status bar

private:
    void refresh();
    void showDataset(const QString& name);

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
};

}  // namespace clipft::ui
