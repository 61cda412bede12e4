#include "layer_palette.h"

#include "document.h"
#include "edits.h"
#include "layer_mime.h"
#include "layer_style.h"
#include "layer_text.h"

namespace cd::ui {

LayerPalette::LayerPalette(Document *document, QWidget *parent)
    : PaletteList(QStringLiteral("layerPalette"), parent)
    , m_document(document)
{
    for (int i = 0; i < layerTypeCount; ++i) {
        const auto type = static_cast<LayerType>(i);
        addEntry(layerIcon(type), layerLabel(type),
                 QString::fromStdString(layerDescription(type)), i);
    }
}

LayerType LayerPalette::typeAt(int row) const
{
    return static_cast<LayerType>(entryValue(row));
}

QStringList LayerPalette::mimeTypes() const
{
    return {layerMimeType()};
}

QMimeData *LayerPalette::mimeForRow(int row) const
{
    return encodeLayerMime(typeAt(row));
}

void LayerPalette::activateRow(int row)
{
    appendNewLayer(m_document, typeAt(row));
}

} // namespace cd::ui
