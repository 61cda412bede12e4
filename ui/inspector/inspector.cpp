#include "inspector.h"

#include "inspector/header_form.h"
#include "inspector/layer_form.h"
#include "inspector/range_spin_box.h"

#include <QScopedValueRollback>

namespace cd::ui {

Inspector::Inspector(Document *document, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("inspector"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Labels wrap instead: scrolled sideways, the field names leave the view.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(document, &Document::changed, this, &Inspector::sync);
    connect(document, &Document::currentLayerChanged, this, &Inspector::sync);
    sync();
}

QSize Inspector::sizeHint() const
{
    return {360, 600};
}

void Inspector::sync()
{
    if (m_replacing)
        return;
    const LayerId id = m_document->currentLayer();
    const int index = m_document->network().indexOf(id);
    if (id != 0 && index >= 0) {
        const LayerType type
            = layerType(m_document->network().layers[static_cast<std::size_t>(index)].kind);
        if (m_layerForm != nullptr && m_layerForm->layerId() == id
            && m_layerForm->layerType() == type) {
            m_layerForm->refresh();
            return;
        }
        m_headerForm = nullptr;
        m_layerForm = new LayerForm(m_document, id);
        replaceForm(m_layerForm);
        return;
    }
    if (m_headerForm != nullptr) {
        m_headerForm->refresh();
        return;
    }
    m_layerForm = nullptr;
    m_headerForm = new HeaderForm(m_document);
    replaceForm(m_headerForm);
}

void Inspector::replaceForm(QWidget *form)
{
    const QScopedValueRollback<bool> guard(m_replacing, true);
    if (QWidget *old = takeWidget()) {
        // The old form's editors may still report a focus-out edit while they go; it would
        // land on whatever layer now has their id.
        for (QObject *child : old->findChildren<QObject *>())
            child->blockSignals(true);
        old->blockSignals(true);
        // Later, not now: a click in the old form (a reader's name) may be what selected
        // another layer, and its button is still inside its clicked signal.
        old->deleteLater();
    }
    setWidget(form);
    for (RangeSpinBox *box : form->findChildren<RangeSpinBox *>())
        connect(box, &RangeSpinBox::refused, this, &Inspector::statusMessage);
}

} // namespace cd::ui
