// The project's runs as a table: number, name, dataset, model, status, best metric, steps, duration
// and start time. Numbers are aligned right; SortRole holds what a column sorts by (numbers as
// numbers, times as milliseconds), for a QSortFilterProxyModel. A failed run's message is its
// status's tooltip. The runs drawn in the overlay chart show their colour beside their number.
#pragma once
#include "core/jobs/run_report.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

#include <vector>

namespace clipft::ui {

class RunsTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, NameColumn, DatasetColumn, ModelColumn, StatusColumn, BestColumn, StepsColumn,
                  DurationColumn, StartedColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        RunIdRole,   // qint64, every column
        StatusRole,  // int(RunStatus), every column
        BestRole,    // double, or invalid when the run has no evaluation
    };

    explicit RunsTableModel(QObject* parent = nullptr);

    // Replaces the rows; rows of the same runs in the same order are updated in place (a view's
    // selection stays).
    void setRuns(std::vector<RunOverview> runs);
    const std::vector<RunOverview>& runs() const { return runs_; }
    const RunOverview* run(qint64 id) const;
    int rowOf(qint64 id) const;  // -1 when absent
    void setColors(const QHash<qint64, QColor>& colors);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<RunOverview> runs_;
    QHash<qint64, QColor> colors_;
};

}  // namespace clipft::ui
