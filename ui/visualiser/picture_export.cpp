#include "picture_export.h"

#include "picture.h"
#include "visualiser_theme.h"

#include "io/atomic_write.h"

#include <QBuffer>
#include <QDir>
#include <QPainter>
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

QString exportPng(const Picture &picture, const QString &filePath, qreal scale,
                  PictureBackground background)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!renderPicture(picture, scale, background).save(&buffer, "PNG"))
        return QStringLiteral("%1: the picture could not be encoded as PNG")
            .arg(QDir::toNativeSeparators(filePath));
    return saveBytes(filePath, bytes);
}

QString exportSvg(const Picture &picture, const QString &filePath, const QString &title)
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
    return saveBytes(filePath, bytes);
}

} // namespace cd::ui
