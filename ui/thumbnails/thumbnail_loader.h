// Thumbnails for the image grid, loaded lazily as digiKam's ThumbnailLoadThread does: the grid
// asks only for the images it paints; a pool of worker threads decodes them (newest request first,
// so what is on screen now comes before what was scrolled past), keeping each in a bounded memory
// cache (GUI thread) and an on-disk cache keyed by the image's content hash, so a project opened
// again shows its grid without decoding anything.
#pragma once
#include <QCache>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThreadPool>
#include <QVector>

#include <atomic>

namespace clipft::ui {

struct ThumbnailRequest {
    QString content_hash;  // the image's identity (the project stores it); the cache key
    QString path;          // absolute path of the image file
};

class ThumbnailLoader : public QObject {
    Q_OBJECT
public:
    // pixels: the longest side of a thumbnail. disk_cache_dir: "" for no disk cache.
    // memory_bytes bounds the decoded thumbnails held in memory.
    ThumbnailLoader(int pixels, const QString& disk_cache_dir, qint64 memory_bytes, QObject* parent = nullptr);
    ~ThumbnailLoader() override;

    // The thumbnail when it is in memory; otherwise a null image, and the image is queued (once)
    // for loading: thumbnailReady() follows. GUI thread only.
    QImage thumbnail(const ThumbnailRequest& request);
    // Whether the thumbnail of `hash` is in memory now (asks nothing to be loaded).
    bool isLoaded(const QString& content_hash) const { return memory_.contains(content_hash); }
    // Whether loading `hash` failed (the file is missing or not an image).
    bool failed(const QString& content_hash) const { return failed_.contains(content_hash); }
    // Drops every queued request that has not started (a new dataset, a new filter).
    void clearQueue();
    // Waits for the workers (tests, and the destructor).
    void waitForDone();

    int pixels() const { return pixels_; }
    static QString defaultDiskCacheDir();  // under the user's cache folder

    // For tests and the status bar: images decoded from their files, thumbnails read from the disk
    // cache, and the memory cache's use and bound (bytes).
    int decodes() const { return decodes_.load(); }
    int diskHits() const { return disk_hits_.load(); }
    qint64 memoryUsed() const { return memory_.totalCost(); }
    qint64 memoryBound() const { return memory_.maxCost(); }
    int queued() const;

signals:
    void thumbnailReady(const QString& content_hash);

private:
    Q_INVOKABLE void deliver(const QString& content_hash, const QImage& image);
    void work();  // on a pool thread: takes the newest queued request
    QImage load(const ThumbnailRequest& request);  // on a pool thread
    QString diskPath(const QString& content_hash) const;

    int pixels_;
    QString disk_dir_;
    QCache<QString, QImage> memory_;  // GUI thread only; cost in bytes
    QSet<QString> in_flight_;         // GUI thread only: queued or loading
    QSet<QString> failed_;            // GUI thread only
    mutable QMutex queue_mutex_;
    QVector<ThumbnailRequest> queue_;  // newest last; guarded by queue_mutex_
    QThreadPool pool_;
    std::atomic<int> decodes_{0}, disk_hits_{0};
};

}  // namespace clipft::ui
