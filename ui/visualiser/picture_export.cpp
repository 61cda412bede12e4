#include "picture_export.h"

#include "picture.h"
#include "visualiser_theme.h"

#include "io/atomic_write.h"

#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgGenerator>

#include <cmath>

namespace cd::ui {

namespace {

QString saveBytes(const QString &filePath, const QByteArray &bytes)
{
    return QString::fromStdString(io::writeFileAtomically(filePath, bytes));
}

} // namespace

// A picture is painted in the active theme's colours, so it takes that theme's ground too: the
// dark theme's light text on white would vanish, and forcing the light theme for pictures
// would make `convdesigner-cli render --theme dark` pointless. Whoever wants a light picture
// for a printed handout exports in the light theme.
QColor pictureBackgroundColour()
{
    return QColor(visualiser::colours().backgroundColour);
}

QImage renderPicture(const Picture &picture, qreal scale, PictureBackground background)
{
    const QSizeF size = picture.pictureSize() * scale;
    QImage image(QSize(static_cast<int>(std::ceil(size.width())),
                       static_cast<int>(std::ceil(size.height()))),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(background == PictureBackground::Theme ? pictureBackgroundColour()
                                                      : QColor(Qt::transparent));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    picture.paintPicture(painter);
    return image;
}

QByteArray pngBytes(const Picture &picture, qreal scale, PictureBackground background)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!renderPicture(picture, scale, background).save(&buffer, "PNG"))
        return {};
    return bytes;
}

namespace {

// Qt names its default font by fontconfig's alias "Sans Serif", which a browser or Inkscape does
// not know and draws in its default serif face. Each family gets CSS's generic sans-serif after
// it, so that anything but Qt still picks a sans face.
QByteArray withSansSerifFallback(QByteArray svg)
{
    static const QRegularExpression family(QStringLiteral("font-family=\"([^\",]*)\""));
    return QString::fromUtf8(svg)
        .replace(family, QStringLiteral("font-family=\"\\1, sans-serif\""))
        .toUtf8();
}

} // namespace

QByteArray svgText(const Picture &picture, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    const QSizeF size = picture.pictureSize();
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setTitle(title);
    generator.setDescription(QStringLiteral("Exported from ConvDesigner"));
    {
        QPainter painter(&generator);
        painter.fillRect(QRectF(QPointF(0, 0), size), pictureBackgroundColour());
        picture.paintPicture(painter);
    }
    return withSansSerifFallback(bytes);
}

QString exportPng(const Picture &picture, const QString &filePath, qreal scale,
                  PictureBackground background)
{
    const QByteArray bytes = pngBytes(picture, scale, background);
    if (bytes.isEmpty())
        return QStringLiteral("%1: the picture could not be encoded as PNG")
            .arg(QDir::toNativeSeparators(filePath));
    return saveBytes(filePath, bytes);
}

QString exportSvg(const Picture &picture, const QString &filePath, const QString &title)
{
    return saveBytes(filePath, svgText(picture, title));
}

} // namespace cd::ui
