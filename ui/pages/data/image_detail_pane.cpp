#include "ui/pages/data/image_detail_pane.h"

#include "ui/jobs/background_read.h"
#include "ui/thumbnails/display_image_reader.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QPushButton>
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
    captions_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    captions_->setToolTip(tr("Double-click a caption (or press F2) to edit it"));
    layout->addWidget(captions_, 2);
    auto* buttons = new QHBoxLayout;
    remove_caption_ = new QPushButton(tr("Remove caption"), this);
    remove_caption_->setObjectName("removeCaption");
    remove_image_ = new QPushButton(tr("Remove image…"), this);
    remove_image_->setObjectName("removeImage");
    remove_image_->setToolTip(tr("Take the image and its captions out of the dataset (the file stays on disk)"));
    buttons->addWidget(remove_caption_);
    buttons->addWidget(remove_image_);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(captions_, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (!filling_) emit captionEdited(captions_->row(item), item->text());
    });
    connect(captions_, &QListWidget::currentRowChanged, this,
            [this](int row) { remove_caption_->setEnabled(row >= 0 && captions_->count() > 1); });
    connect(remove_caption_, &QPushButton::clicked, this, [this] {
        if (captions_->currentRow() >= 0) emit captionRemoveRequested(captions_->currentRow());
    });
    connect(remove_image_, &QPushButton::clicked, this, [this] { emit imageRemoveRequested(); });
    clear();
}

void ImageDetailPane::clear() {
    ++request_;
    shown_path_.clear();
    full_ = QImage();
    picture_->setText(tr("Choose an image in the grid"));
    facts_->clear();
    captions_->clear();
    remove_caption_->setEnabled(false);
    remove_image_->setEnabled(false);
}

void ImageDetailPane::showImage(const GridImage& image) {
    if (image.path == shown_path_ && !full_.isNull()) {  // the same image, its captions edited
        filling_ = true;
        for (int i = 0; i < image.captions.size() && i < captions_->count(); ++i) captions_->item(i)->setText(image.captions[i]);
        while (captions_->count() > image.captions.size()) delete captions_->takeItem(captions_->count() - 1);
        filling_ = false;
        return;
    }
    shown_path_ = image.path;
    const quint64 request = ++request_;
    full_ = QImage();
    picture_->setText(tr("Loading…"));
    const QLocale locale;
    facts_->setText(tr("%1 × %2 pixels · %3 · %4")
                        .arg(locale.toString(image.width), locale.toString(image.height),
                             image.split.isEmpty() ? tr("in no split") : image.split, image.path));
    filling_ = true;
    captions_->clear();
    for (const QString& caption : image.captions) {
        auto* item = new QListWidgetItem(caption, captions_);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    filling_ = false;
    remove_caption_->setEnabled(false);
    remove_image_->setEnabled(true);

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
    watcher->setFuture(QtConcurrent::run(backgroundReadPool(), [path] {
        yieldToTheGuiThread();
        return readDisplayImage(path, 1600);
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
