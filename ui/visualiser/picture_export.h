#pragma once

// Writes a Picture as PNG (at a chosen scale) or SVG, atomically (io::writeFileAtomically).

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QString>

namespace cd::ui {

class Picture;

// What shows where the picture paints nothing: the active theme's background (white in the
// light and high-contrast themes), or nothing at all (PNG only; an SVG keeps the theme's
// ground, as drawings on slides expect).
enum class PictureBackground { Theme, Transparent };

// The ground a picture is painted on in the active theme.
QColor pictureBackgroundColour();

QImage renderPicture(const Picture &picture, qreal scale,
                     PictureBackground background = PictureBackground::Theme);
// The file's bytes, for callers that put the picture somewhere else (an HTML handout inlines
// the SVG text): PNG-encoded (empty if encoding failed), and the SVG document with `title`.
QByteArray pngBytes(const Picture &picture, qreal scale,
                    PictureBackground background = PictureBackground::Theme);
QByteArray svgText(const Picture &picture, const QString &title);
// Both return "" on success, else a message naming the file and the reason.
QString exportPng(const Picture &picture, const QString &filePath, qreal scale,
                  PictureBackground background = PictureBackground::Theme);
QString exportSvg(const Picture &picture, const QString &filePath, const QString &title);

} // namespace cd::ui
