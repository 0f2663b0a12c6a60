#include "ui/thumbnails/thumbnail_loader.h"

#include "ui/jobs/background_read.h"
#include "ui/thumbnails/display_image_reader.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QMutexLocker>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>

namespace clipft::ui {

namespace {

// Queued requests beyond this are the oldest ones, long scrolled past: they are dropped (and
// queued again should they come back into view).
constexpr int kMaxQueued = 512;

}  // namespace

ThumbnailLoader::ThumbnailLoader(int pixels, const QString& disk_cache_dir, qint64 memory_bytes, QObject* parent)
    : QObject(parent), pixels_(pixels), disk_dir_(disk_cache_dir) {
    memory_.setMaxCost(std::max<qint64>(memory_bytes, 1));
    // Leave a core for the GUI thread.
    pool_.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
    if (!disk_dir_.isEmpty()) QDir().mkpath(disk_dir_);
}

ThumbnailLoader::~ThumbnailLoader() {
    clearQueue();
    pool_.waitForDone();
}

QString ThumbnailLoader::defaultDiskCacheDir() {
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + "/clipft/thumbnails";
}

QImage ThumbnailLoader::thumbnail(const ThumbnailRequest& request) {
    if (const QImage* cached = memory_.object(request.content_hash)) return *cached;
    if (failed_.contains(request.content_hash) || in_flight_.contains(request.content_hash)) return QImage();
    in_flight_.insert(request.content_hash);
    {
        QMutexLocker lock(&queue_mutex_);
        queue_.push_back(request);
        if (queue_.size() > kMaxQueued) {
            const ThumbnailRequest dropped = queue_.takeFirst();
            in_flight_.remove(dropped.content_hash);
        }
    }
    pool_.start([this] { work(); });
    return QImage();
}

void ThumbnailLoader::clearQueue() {
    QMutexLocker lock(&queue_mutex_);
    for (const auto& r : queue_) in_flight_.remove(r.content_hash);
    queue_.clear();
}

void ThumbnailLoader::waitForDone() { pool_.waitForDone(); }

int ThumbnailLoader::queued() const {
    QMutexLocker lock(&queue_mutex_);
    return queue_.size();
}

void ThumbnailLoader::work() {
    yieldToTheGuiThread();
    ThumbnailRequest request;
    {
        QMutexLocker lock(&queue_mutex_);
        if (queue_.isEmpty()) return;  // dropped or cleared meanwhile
        request = queue_.takeLast();   // the newest: what is on screen now
    }
    const QImage image = load(request);
    QMetaObject::invokeMethod(this, "deliver", Qt::QueuedConnection, Q_ARG(QString, request.content_hash),
                              Q_ARG(QImage, image));
}

QString ThumbnailLoader::diskPath(const QString& content_hash) const {
    // Two-level fan-out keeps folders small for 100,000 images.
    return disk_dir_ + "/" + content_hash.left(2) + "/" + content_hash + "-" + QString::number(pixels_) + ".jpg";
}

QImage ThumbnailLoader::load(const ThumbnailRequest& request) {
    const bool use_disk = !disk_dir_.isEmpty() && request.content_hash.size() >= 2;
    if (use_disk) {
        QImage cached(diskPath(request.content_hash));
        if (!cached.isNull()) {
            disk_hits_.fetch_add(1);
            return cached;
        }
    }
    QImage image = readDisplayImage(request.path, pixels_);
    decodes_.fetch_add(1);
    if (image.isNull()) return image;
    image = image.convertToFormat(QImage::Format_RGB32);
    if (use_disk) {
        QDir().mkpath(QFileInfo(diskPath(request.content_hash)).path());
        QSaveFile file(diskPath(request.content_hash));  // never a half-written thumbnail
        if (file.open(QIODevice::WriteOnly) && image.save(&file, "JPG", 88)) file.commit();
    }
    return image;
}

void ThumbnailLoader::deliver(const QString& content_hash, const QImage& image) {
    in_flight_.remove(content_hash);
    if (image.isNull()) {
        failed_.insert(content_hash);
    } else {
        memory_.insert(content_hash, new QImage(image), std::max<qint64>(1, image.sizeInBytes()));
    }
    emit thumbnailReady(content_hash);
}

}  // namespace clipft::ui
