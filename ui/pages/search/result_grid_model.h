// One side's search results (A or B) as a list model for a thumbnail grid: the image as the
// decoration (asked of the ThumbnailLoader only when painted), "rank · score" as the label, the
// captions and path as the tooltip, and the query's ground-truth image outlined.
#pragma once
#include <QAbstractListModel>
#include <QMultiHash>
#include <QPixmap>
#include <QStringList>
#include <QVector>

namespace clipft::ui {

class ThumbnailLoader;

struct ResultTile {
    int rank = 0;           // 1-based place in the results
    qint64 image_id = 0;    // the project's id of the image
    QString split;          // the image's split: "train", "val", "test" or ""
    double score = 0;       // cosine similarity of query and image
    QString path;           // absolute
    QString relative_path;  // as the dataset stores it
    QString content_hash;
    QStringList captions;
    bool ground_truth = false;  // the image whose caption the query is
};

class ResultGridModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { RankRole = Qt::UserRole + 1, ScoreRole, ImageIdRole, GroundTruthRole, PathRole };

    ResultGridModel(ThumbnailLoader& loader, QObject* parent = nullptr);

    void setTiles(QVector<ResultTile> tiles);
    const QVector<ResultTile>& tiles() const { return tiles_; }
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void onThumbnailReady(const QString& content_hash);
    QPixmap decorated(const QPixmap& thumbnail, bool ground_truth) const;

    ThumbnailLoader& loader_;
    QVector<ResultTile> tiles_;
    mutable QMultiHash<QString, int> waiting_rows_;
    QPixmap placeholder_;
};

}  // namespace clipft::ui
