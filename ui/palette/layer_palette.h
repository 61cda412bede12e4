#pragma once

// The Layers palette: every layer type with its icon and a one-line tooltip. Dragging an entry
// carries its type to the canvas; double-click or Enter appends it after the selection.

#include "layer.h"
#include "palette/palette_list.h"

namespace cd::ui {

class Document;

class LayerPalette : public PaletteList
{
    Q_OBJECT

public:
    explicit LayerPalette(Document *document, QWidget *parent = nullptr);

    // The type of the entry in `row`.
    LayerType typeAt(int row) const;

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeForRow(int row) const override;
    void activateRow(int row) override;

private:
    Document *m_document;
};

} // namespace cd::ui
