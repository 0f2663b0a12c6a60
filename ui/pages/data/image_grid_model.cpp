#include "ui/pages/data/image_grid_model.h"

#include "ui/thumbnails/thumbnail_loader.h"

#include <QApplication>
#include <QPainter>
#include <QPixmapCache>
#include <QPalette>

namespace clipft::ui {

namespace {

QPixmap tile(int pixels, const QColor& fill, const QColor& mark, bool cross) {
    QPixmap pixmap(pixels, pixels);
    pixmap.fill(fill);
    if (cross) {
        QPainter painter(&pixmap);
        painter.setPen(QPen(mark, 2));
        painter.drawLine(pixels / 3, pixels / 3, 2 * pixels / 3, 2 * pixels / 3);
        painter.drawLine(2 * pixels / 3, pixels / 3, pixels / 3, 2 * pixels / 3);
    }
    return pixmap;
}

}  // namespace

ImageGridModel::ImageGridModel(ThumbnailLoader& loader, QObject* parent) : QAbstractListModel(parent), loader_(loader) {
    const QPalette palette = QApplication::palette();
    placeholder_ = tile(loader.pixels(), palette.color(QPalette::AlternateBase), QColor(), false);
    broken_ = tile(loader.pixels(), palette.color(QPalette::AlternateBase), palette.color(QPalette::Mid), true);
    connect(&loader_, &ThumbnailLoader::thumbnailReady, this, &ImageGridModel::onThumbnailReady);
}

void ImageGridModel::setImages(QVector<GridImage> images) {
    beginResetModel();
    loader_.clearQueue();  // the old rows' pending thumbnails are not wanted any more
    images_ = std::move(images);
    waiting_rows_.clear();
    endResetModel();
}

void ImageGridModel::replaceImage(int row, const GridImage& image) {
    if (row < 0 || row >= images_.size()) return;
    images_[row] = image;
    emit dataChanged(index(row), index(row), {Qt::DisplayRole, Qt::ToolTipRole, CaptionsRole});
}

void ImageGridModel::removeImage(int row) {
    if (row < 0 || row >= images_.size()) return;
    beginRemoveRows(QModelIndex(), row, row);
    images_.removeAt(row);
    waiting_rows_.clear();  // row numbers moved; visible rows ask again when painted
    endRemoveRows();
}

int ImageGridModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : images_.size(); }

QVariant ImageGridModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= images_.size()) return {};
    const GridImage& image = images_[index.row()];
    switch (role) {
    case Qt::DisplayRole: return image.captions.value(0);
    case Qt::ToolTipRole: return image.captions.join("\n") + "\n\n" + image.relative_path;
    case Qt::DecorationRole: {
        if (loader_.failed(image.content_hash)) return broken_;
        ++requests_;
        // Painting converts to a pixmap; keep the converted ones (QPixmapCache is bounded).
        const QString key = "clipft-thumb:" + image.content_hash;
        QPixmap pixmap;
        if (QPixmapCache::find(key, &pixmap)) return pixmap;
        const QImage thumbnail = loader_.thumbnail({image.content_hash, image.path});
        if (thumbnail.isNull()) {
            waiting_rows_.insert(image.content_hash, index.row());
            return placeholder_;
        }
        pixmap = QPixmap::fromImage(thumbnail);
        QPixmapCache::insert(key, pixmap);
        return pixmap;
    }
    case CaptionsRole: return image.captions.join("\n");
    case ImageIdRole: return image.id;
    case PathRole: return image.path;
    default: return {};
    }
}

void ImageGridModel::onThumbnailReady(const QString& content_hash) {
    // Only rows that asked wait (an index of all 40,000 would cost the GUI thread 100 ms to build).
    const QList<int> rows = waiting_rows_.values(content_hash);
    waiting_rows_.remove(content_hash);
    for (int row : rows) {
        if (row >= images_.size() || images_[row].content_hash != content_hash) continue;
        const QModelIndex i = index(row);
        emit dataChanged(i, i, {Qt::DecorationRole});
    }
}

}  // namespace clipft::ui
