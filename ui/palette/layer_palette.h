#pragma once

// The Layers palette: every layer type with its icon and a one-line tooltip. Dragging an entry
// carries its type to the canvas; double-click or Enter appends it after the selection.

#include "layer.h"

#include <QListWidget>

namespace cd::ui {

class Document;

class LayerPalette : public QListWidget
{
    Q_OBJECT

public:
    explicit LayerPalette(Document *document, QWidget *parent = nullptr);

    // The type of the entry in `row`.
    LayerType typeAt(int row) const;

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    void startDrag(Qt::DropActions supportedActions) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void appendCurrent();

    Document *m_document;
};

} // namespace cd::ui
