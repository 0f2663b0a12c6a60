// Beside the thumbnail grid: the chosen image at the pane's size (decoded on a worker thread; a
// result for an image no longer chosen is dropped), its captions, pixel size, split and path. The
// captions are edited in place (double-click, or F2) and removed with the buttons below them; the
// page stores each change.
#pragma once
#include "ui/pages/data/image_grid_model.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace clipft::ui {

class ImageDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit ImageDetailPane(QWidget* parent = nullptr);
    void showImage(const GridImage& image);
    void clear();

signals:
    void captionEdited(int caption_index, const QString& text);
    void captionRemoveRequested(int caption_index);
    void imageRemoveRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showPixmap();

    QLabel* picture_ = nullptr;
    QLabel* facts_ = nullptr;
    QListWidget* captions_ = nullptr;
    QPushButton* remove_caption_ = nullptr;
    QPushButton* remove_image_ = nullptr;
    bool filling_ = false;  // itemChanged while the list is filled is not an edit
    QImage full_;
    QString shown_path_;
    quint64 request_ = 0;  // the newest decode asked for; older results are dropped
};

}  // namespace clipft::ui
