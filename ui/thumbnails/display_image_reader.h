// Reading an image file for the screen (thumbnails, the detail pane): Qt's image plugins first
// (a scaled JPEG read skips most of the decoding), and where Qt cannot read the file (a WebP or
// TIFF without Qt's image-formats plugins, a CMYK JPEG variant, a 16-bit PNG Qt refuses), the
// engine's own decoder, so every image a project holds can be shown.
#pragma once
#include <QImage>
#include <QString>

namespace clipft::ui {

// The image at `path`, upright (EXIF), its longest side at most `max_side` pixels (never enlarged);
// a null image when neither Qt nor the engine can decode it. Any thread.
QImage readDisplayImage(const QString& path, int max_side);

}  // namespace clipft::ui
