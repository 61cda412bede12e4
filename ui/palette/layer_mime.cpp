#include "layer_mime.h"

#include <QMimeData>

namespace cd::ui {

QString layerMimeType()
{
    return QStringLiteral("application/x-convdesigner-layer-type");
}

QMimeData *encodeLayerMime(LayerType type)
{
    auto *mime = new QMimeData;
    const std::string_view name = typeName(type);
    mime->setData(layerMimeType(), QByteArray(name.data(), static_cast<qsizetype>(name.size())));
    return mime;
}

std::optional<LayerType> decodeLayerMime(const QMimeData *mime)
{
    if (mime == nullptr || !mime->hasFormat(layerMimeType()))
        return std::nullopt;
    const QByteArray name = mime->data(layerMimeType());
    return layerTypeFromName(
        std::string_view(name.constData(), static_cast<std::size_t>(name.size())));
}

} // namespace cd::ui
