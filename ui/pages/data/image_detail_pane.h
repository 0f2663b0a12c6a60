// Beside the thumbnail grid: the chosen image at the pane's size (decoded on a worker thread; a
// result for an image no longer chosen is dropped), its captions, pixel size, split and path.
#pragma once
#include "ui/pages/data/image_grid_model.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace clipft::ui {

class ImageDetailPane : public QWidget {
    Q_OBJECT
public:
    explicit ImageDetailPane(QWidget* parent = nullptr);
    void showImage(const GridImage& image);
    void clear();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showPixmap();

    QLabel* picture_ = nullptr;
    QLabel* facts_ = nullptr;
    QListWidget* captions_ = nullptr;
    QImage full_;
    quint64 request_ = 0;  // the newest decode asked for; older results are dropped
};

}  // namespace clipft::ui
