#include "ui/pages/runs/runs_table_model.h"

#include "ui/pages/runs/run_details.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

namespace clipft::ui {

namespace {

QPixmap swatch(const QColor& color) {
    QPixmap pixmap(10, 10);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.5, 0.5, 9, 9));
    return pixmap;
}

}  // namespace

RunsTableModel::RunsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RunsTableModel::setRuns(std::vector<RunOverview> runs) {
    bool same = runs.size() == runs_.size();
    for (size_t i = 0; same && i < runs.size(); ++i) same = runs[i].run.id == runs_[i].run.id;
    if (same) {
        runs_ = std::move(runs);
        if (!runs_.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    runs_ = std::move(runs);
    endResetModel();
}

const RunOverview* RunsTableModel::run(qint64 id) const {
    const int row = rowOf(id);
    return row < 0 ? nullptr : &runs_[size_t(row)];
}

int RunsTableModel::rowOf(qint64 id) const {
    for (size_t i = 0; i < runs_.size(); ++i)
        if (runs_[i].run.id == id) return int(i);
    return -1;
}

void RunsTableModel::setColors(const QHash<qint64, QColor>& colors) {
    colors_ = colors;
    if (!runs_.empty()) emit dataChanged(index(0, IdColumn), index(rowCount() - 1, IdColumn), {Qt::DecorationRole});
}

int RunsTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(runs_.size()); }

int RunsTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RunsTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(runs_.size())) return {};
    const RunOverview& r = runs_[size_t(index.row())];
    const QLocale locale;
    if (role == RunIdRole) return qlonglong(r.run.id);
    if (role == StatusRole) return int(r.status);
    if (role == BestRole) return r.best ? QVariant(*r.best) : QVariant();
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case IdColumn: return qlonglong(r.run.id);
                case NameColumn: return QString::fromStdString(r.run.name);
                case DatasetColumn: return r.dataset.empty() ? tr("(deleted)") : QString::fromStdString(r.dataset);
                case ModelColumn: return QString::fromStdString(r.model);
                case StatusColumn: return RunText::status(r.status);
                case BestColumn: return r.best ? RunText::recall(*r.best) : QStringLiteral("—");
                case StepsColumn: return locale.toString(qlonglong(r.steps));
                case DurationColumn: return RunText::duration(r.duration_ms);
                case StartedColumn:
                    return locale.toString(QDateTime::fromMSecsSinceEpoch(r.run.created_ms), QLocale::ShortFormat);
            }
            break;
        case SortRole:
            switch (index.column()) {
                case IdColumn: return qlonglong(r.run.id);
                case BestColumn: return r.best ? *r.best : -1.0;  // runs without a value sort below any
                case StepsColumn: return qlonglong(r.steps);
                case DurationColumn: return qlonglong(r.duration_ms);
                case StartedColumn: return qlonglong(r.run.created_ms);
                case StatusColumn: return RunText::status(r.status);
                default: return data(index, Qt::DisplayRole).toString().toLower();
            }
        case Qt::TextAlignmentRole:
            switch (index.column()) {
                case IdColumn:
                case BestColumn:
                case StepsColumn:
                case DurationColumn: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
                default: return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
            }
        case Qt::ToolTipRole:
            switch (index.column()) {
                case NameColumn: return tr("Output folder: %1").arg(QDir::toNativeSeparators(QString::fromStdString(r.run.output_dir)));
                case ModelColumn: return QDir::toNativeSeparators(QString::fromStdString(r.run.base_model_path));
                case StatusColumn: return RunText::statusDetail(r);
                case BestColumn:
                    if (!r.best) return tr("No evaluation yet");
                    return tr("%1 of the best model (step %2)")
                        .arg(RunText::metric(QString::fromStdString(r.best_metric)))
                        .arg(r.best_step ? locale.toString(qlonglong(*r.best_step)) : QStringLiteral("?"));
                case DurationColumn: return tr("From the start to the last record");
                default: return {};
            }
        case Qt::DecorationRole:
            if (index.column() == IdColumn && colors_.contains(r.run.id)) return swatch(colors_.value(r.run.id));
            return {};
    }
    return {};
}

QVariant RunsTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
            case IdColumn: return tr("#");
            case NameColumn: return tr("Name");
            case DatasetColumn: return tr("Dataset");
            case ModelColumn: return tr("Model");
            case StatusColumn: return tr("Status");
            case BestColumn: return tr("Best");
            case StepsColumn: return tr("Steps");
            case DurationColumn: return tr("Duration");
            case StartedColumn: return tr("Started");
        }
    }
    if (role == Qt::ToolTipRole && section == BestColumn)
        return tr("The best validation value of the metric the run keeps its best model by (image R@5 unless set otherwise)");
    if (role == Qt::TextAlignmentRole) {
        switch (section) {
            case IdColumn:
            case BestColumn:
            case StepsColumn:
            case DurationColumn: return QVariant(Qt::AlignRight | Qt::AlignVCenter);
            default: return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    }
    return {};
}

}  // namespace clipft::ui
