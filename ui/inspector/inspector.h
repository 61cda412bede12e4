#pragma once

// The inspector panel: the selected layer's form (or, with nothing selected, the network's
// input and settings), applied on every change as undoable commands. A change keeps the form
// and its focus; only a new selection or a new layer type builds a new one.

#include "document.h"

#include <QScrollArea>

namespace cd::ui {

class HeaderForm;
class LayerForm;

class Inspector : public QScrollArea
{
    Q_OBJECT

public:
    explicit Inspector(Document *document, QWidget *parent = nullptr);

    QSize sizeHint() const override;

Q_SIGNALS:
    // Why a typed value was refused (stride 0), for the status bar.
    void statusMessage(const QString &message);

private:
    void sync();
    void replaceForm(QWidget *form);

    Document *m_document;
    LayerForm *m_layerForm = nullptr;   // set while a layer is shown
    HeaderForm *m_headerForm = nullptr; // set while the network is shown
    bool m_replacing = false;
};

} // namespace cd::ui
