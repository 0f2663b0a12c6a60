// The images of one dataset and split as a list model for the thumbnail grid: the first caption as
// the label, the thumbnail as the decoration (asked of the ThumbnailLoader only when the view paints
// the row, so only visible images are decoded), every caption for filtering and the tooltip.
#pragma once
#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QPixmap>
#include <QStringList>
#include <QVector>

namespace clipft::ui {

class ThumbnailLoader;

struct GridImage {
    qint64 id = 0;
    QString relative_path;  // as the dataset stores it
    QString path;           // absolute
    QString content_hash;
    int width = 0, height = 0;
    QString split;           // "train", "val", "test" or ""
    QStringList captions;
    QList<qint64> caption_ids;
};

class ImageGridModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { CaptionsRole = Qt::UserRole + 1, ImageIdRole, PathRole };

    ImageGridModel(ThumbnailLoader& loader, QObject* parent = nullptr);

    void setImages(QVector<GridImage> images);
    const GridImage& image(int row) const { return images_.at(row); }
    void replaceImage(int row, const GridImage& image);  // its captions edited
    void removeImage(int row);
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // How many rows the view asked a thumbnail of (tests: only the visible ones).
    int thumbnailRequests() const { return requests_; }

private:
    void onThumbnailReady(const QString& content_hash);

    ThumbnailLoader& loader_;
    QVector<GridImage> images_;
    mutable QMultiHash<QString, int> waiting_rows_;  // rows shown with a placeholder, by content hash
    QPixmap placeholder_, broken_;
    mutable int requests_ = 0;
};

}  // namespace clipft::ui
