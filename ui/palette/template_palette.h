#pragma once

// The Blocks palette: d2l's Inception, residual (with and without a 1×1 shortcut), ResNeXt,
// dense and transition blocks. Dragging one onto the canvas inserts the whole tagged block
// after asking its arguments; double-click or Enter inserts it after the selected layer.

#include "palette/palette_list.h"
#include "palette/template_mime.h"

namespace cd::ui {

class Document;

class TemplatePalette : public PaletteList
{
    Q_OBJECT

public:
    explicit TemplatePalette(Document *document, QWidget *parent = nullptr);

    BlockTemplate templateAt(int row) const;

Q_SIGNALS:
    // A refusal (a block inside another block) for the status bar.
    void statusMessage(const QString &message);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeForRow(int row) const override;
    // Asks the block's arguments, then inserts it after the selected layer.
    void activateRow(int row) override;

private:

    Document *m_document;
};

} // namespace cd::ui
