#include "ui/pages/data/image_detail_pane.h"

#include <QFutureWatcher>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace clipft::ui {

ImageDetailPane::ImageDetailPane(QWidget* parent) : QWidget(parent) {
    setObjectName("imageDetail");
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    picture_ = new QLabel(this);
    picture_->setAlignment(Qt::AlignCenter);
    picture_->setMinimumSize(200, 160);
    picture_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    facts_ = new QLabel(this);
    facts_->setObjectName("imageFacts");
    facts_->setWordWrap(true);
    facts_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    captions_ = new QListWidget(this);
    captions_->setObjectName("imageCaptions");
    captions_->setWordWrap(true);
    layout->addWidget(picture_, 3);
    layout->addWidget(facts_);
    layout->addWidget(new QLabel(tr("Captions"), this));
    layout->addWidget(captions_, 2);
    clear();
}

void ImageDetailPane::clear() {
    ++request_;
    full_ = QImage();
    picture_->setText(tr("Choose an image in the grid"));
    facts_->clear();
    captions_->clear();
}

void ImageDetailPane::showImage(const GridImage& image) {
    const quint64 request = ++request_;
    full_ = QImage();
    picture_->setText(tr("Loading…"));
    const QLocale locale;
    facts_->setText(tr("%1 × %2 pixels · %3 · %4")
                        .arg(locale.toString(image.width), locale.toString(image.height),
                             image.split.isEmpty() ? tr("in no split") : image.split, image.path));
    captions_->clear();
    captions_->addItems(image.captions);

    // A large photo takes tens of milliseconds to decode: never on the GUI thread.
    const QString path = image.path;
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != request_) return;  // another image was chosen meanwhile
        full_ = watcher->result();
        if (full_.isNull()) picture_->setText(tr("This image cannot be read."));
        else showPixmap();
    });
    watcher->setFuture(QtConcurrent::run([path] {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        const QSize size = reader.size();
        if (size.isValid() && std::max(size.width(), size.height()) > 1600)
            reader.setScaledSize(size.scaled(1600, 1600, Qt::KeepAspectRatio));
        return reader.read();
    }));
}

void ImageDetailPane::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (!full_.isNull()) showPixmap();
}

void ImageDetailPane::showPixmap() {
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(
        full_.scaled(picture_->size() * ratio, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    picture_->setPixmap(pixmap);
}

}  // namespace clipft::ui
