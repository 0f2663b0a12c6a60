#include "ui/pages/search/result_grid_model.h"

#include "ui/thumbnails/thumbnail_loader.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>

namespace clipft::ui {

ResultGridModel::ResultGridModel(ThumbnailLoader& loader, QObject* parent) : QAbstractListModel(parent), loader_(loader) {
    placeholder_ = QPixmap(loader.pixels(), loader.pixels());
    placeholder_.fill(QApplication::palette().color(QPalette::AlternateBase));
    connect(&loader_, &ThumbnailLoader::thumbnailReady, this, &ResultGridModel::onThumbnailReady);
}

void ResultGridModel::setTiles(QVector<ResultTile> tiles) {
    beginResetModel();
    tiles_ = std::move(tiles);
    waiting_rows_.clear();
    endResetModel();
}

int ResultGridModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : tiles_.size(); }

// The thumbnail centred on a square tile; the ground truth gets a thick frame in the highlight
// colour, so it stands out in both grids at a glance.
QPixmap ResultGridModel::decorated(const QPixmap& thumbnail, bool ground_truth) const {
    const int side = loader_.pixels();
    QPixmap tile(side, side);
    tile.fill(Qt::transparent);
    QPainter painter(&tile);
    painter.drawPixmap((side - thumbnail.width()) / 2, (side - thumbnail.height()) / 2, thumbnail);
    if (ground_truth) {
        QPen pen(QApplication::palette().color(QPalette::Highlight), 6);
        pen.setJoinStyle(Qt::MiterJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(3, 3, side - 6, side - 6));
    }
    return tile;
}

QVariant ResultGridModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= tiles_.size()) return {};
    const ResultTile& tile = tiles_[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return tr("#%1 · %2").arg(tile.rank).arg(QLocale().toString(tile.score, 'f', 3));
    case Qt::ToolTipRole: {
        QString text = tile.captions.join("\n") + "\n\n" + tile.relative_path;
        if (tile.ground_truth) text = tr("The query's own image") + "\n" + text;
        return text;
    }
    case Qt::DecorationRole: {
        const QImage thumbnail = loader_.thumbnail({tile.content_hash, tile.path});
        if (thumbnail.isNull()) {
            waiting_rows_.insert(tile.content_hash, index.row());
            return decorated(placeholder_, tile.ground_truth);
        }
        return decorated(QPixmap::fromImage(thumbnail), tile.ground_truth);
    }
    case RankRole: return tile.rank;
    case ScoreRole: return tile.score;
    case ImageIdRole: return tile.image_id;
    case GroundTruthRole: return tile.ground_truth;
    case PathRole: return tile.path;
    default: return {};
    }
}

void ResultGridModel::onThumbnailReady(const QString& content_hash) {
    const QList<int> rows = waiting_rows_.values(content_hash);
    waiting_rows_.remove(content_hash);
    for (int row : rows) {
        if (row >= tiles_.size() || tiles_[row].content_hash != content_hash) continue;
        emit dataChanged(index(row), index(row), {Qt::DecorationRole});
    }
}

}  // namespace clipft::ui
