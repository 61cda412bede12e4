#include "template_mime.h"

#include <QMimeData>

namespace cd::ui {

QString templateMimeType()
{
    return QStringLiteral("application/x-convdesigner-block-template");
}

QMimeData *encodeTemplateMime(BlockTemplate kind)
{
    auto *mime = new QMimeData;
    mime->setData(templateMimeType(), QByteArray::number(static_cast<int>(kind)));
    return mime;
}

std::optional<BlockTemplate> decodeTemplateMime(const QMimeData *mime)
{
    if (mime == nullptr || !mime->hasFormat(templateMimeType()))
        return std::nullopt;
    bool ok = false;
    const int value = mime->data(templateMimeType()).toInt(&ok);
    if (!ok || value < 0 || value > static_cast<int>(BlockTemplate::Transition))
        return std::nullopt;
    return static_cast<BlockTemplate>(value);
}

} // namespace cd::ui
