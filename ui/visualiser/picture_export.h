#pragma once

// Writes a Picture as PNG (at a chosen scale) or SVG, atomically (io::writeFileAtomically).

#include <QImage>
#include <QString>

namespace cd::ui {

class Picture;

QImage renderPicture(const Picture &picture, qreal scale);
// Both return "" on success, else a message naming the file and the reason.
QString exportPng(const Picture &picture, const QString &filePath, qreal scale);
QString exportSvg(const Picture &picture, const QString &filePath, const QString &title);

} // namespace cd::ui
