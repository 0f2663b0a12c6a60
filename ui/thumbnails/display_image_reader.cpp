#include "ui/thumbnails/display_image_reader.h"

#include "core/common/error.h"
#include "core/image/cmyk_jpeg.h"
#include "core/image/image_decoder.h"

#include <QImageReader>

#include <algorithm>

namespace clipft::ui {
namespace {

QImage toQImage(const DecodedImage& decoded) {
    const cv::Mat& px = decoded.pixels;  // [H, W] of 1, 3 or 4 channels, see PixelMode
    const int w = px.cols, h = px.rows;
    switch (decoded.mode) {
        case PixelMode::L:
            return QImage(px.data, w, h, int(px.step[0]), QImage::Format_Grayscale8).copy();
        case PixelMode::RGB:
            return QImage(px.data, w, h, int(px.step[0]), QImage::Format_RGB888).copy();
        case PixelMode::RGBA:  // straight alpha, as Format_RGBA8888 holds it
            return QImage(px.data, w, h, int(px.step[0]), QImage::Format_RGBA8888).copy();
        case PixelMode::CMYK: {
            const cv::Mat rgb = pilCmykToRgb(px);
            return QImage(rgb.data, w, h, int(rgb.step[0]), QImage::Format_RGB888).copy();
        }
    }
    return {};
}

}  // namespace

QImage readDisplayImage(const QString& path, int max_side) {
    QImageReader reader(path);
    reader.setAutoTransform(true);  // EXIF orientation, as the engine reads images
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > max_side)
        reader.setScaledSize(size.scaled(max_side, max_side, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    if (image.isNull()) {
        try {
            image = toQImage(decodeImageFile(path.toStdString()));
        } catch (const std::exception&) {
            return {};  // the engine reports why when the file is imported; here it is only not shown
        }
    }
    if (!image.isNull() && std::max(image.width(), image.height()) > max_side)  // formats that ignore the scaled size
        image = image.scaled(max_side, max_side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

}  // namespace clipft::ui
