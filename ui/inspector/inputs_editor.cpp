// The inspector's inputs of a layer (inputs_editor.h).

#include "inputs_editor.h"

#include "inspector/form_parts.h"
#include "inspector/node_links.h"
#include "structure_edits.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QToolButton *createSlotButton(const char *objectName, QStyle::StandardPixmap icon,
                              const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QString::fromLatin1(objectName));
    button->setAutoRaise(true);
    button->setIcon(parent->style()->standardIcon(icon));
    button->setToolTip(toolTip);
    return button;
}

} // namespace

InputsEditor::InputsEditor(Document *document, LayerId id, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_id(id)
    , m_lineLayout(new QVBoxLayout)
    , m_unconnected(createRefusalLabel(QStringLiteral("inputsError"), this))
    , m_refusal(createRefusalLabel(QStringLiteral("inputsRefusal"), this))
{
    setObjectName(QStringLiteral("inputs"));
    m_lineLayout->setContentsMargins(0, 0, 0, 0);
    m_lineLayout->setSpacing(0);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_lineLayout);
    layout->addWidget(m_unconnected);
    layout->addWidget(m_refusal);
    refresh();
}

InputsEditor::Line InputsEditor::createLine(int slot)
{
    auto *widget = new QWidget(this);
    widget->setObjectName(QStringLiteral("input%1").arg(slot));
    Line line{
        .widget = widget,
        .name = createNodeLink(widget),
        .up
        = createSlotButton("up", QStyle::SP_ArrowUp,
                           tr("Move this input up: concat joins channels in input order"), widget),
        .down = createSlotButton("down", QStyle::SP_ArrowDown, tr("Move this input down"), widget),
        .remove = createSlotButton("remove", QStyle::SP_DialogCloseButton,
                                   tr("Disconnect this input"), widget),
    };
    line.name->setObjectName(QStringLiteral("inputName"));
    connect(line.name, &QToolButton::clicked, this,
            [this, slot] { m_document->setCurrentLayer(inputAt(slot)); });
    connect(line.up, &QToolButton::clicked, this,
            [this, slot] { showRefusal(moveLayerInput(m_document, m_id, slot, slot - 1)); });
    connect(line.down, &QToolButton::clicked, this,
            [this, slot] { showRefusal(moveLayerInput(m_document, m_id, slot, slot + 1)); });
    connect(line.remove, &QToolButton::clicked, this,
            [this, slot] { showRefusal(disconnectLayers(m_document, inputAt(slot), m_id)); });
    auto *layout = new QHBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(line.name);
    layout->addStretch(1);
    layout->addWidget(line.up);
    layout->addWidget(line.down);
    layout->addWidget(line.remove);
    m_lineLayout->addWidget(widget);
    return line;
}

LayerId InputsEditor::inputAt(int slot) const
{
    const Layer *layer = m_document->network().find(m_id);
    if (!layer || slot < 0 || static_cast<std::size_t>(slot) >= layer->inputs.size())
        return Network::inputId;
    return layer->inputs[static_cast<std::size_t>(slot)];
}

void InputsEditor::showRefusal(const QString &refusal)
{
    // After a change refresh() has cleared the last refusal; a refusal changes nothing.
    if (!refusal.isEmpty())
        setErrorText(m_refusal, refusal);
}

void InputsEditor::refresh()
{
    const Network &network = m_document->network();
    const Layer *layer = network.find(m_id);
    if (!layer)
        return;
    const std::vector<LayerId> &inputs = layer->inputs;
    const bool joins = joinsInputs(layerType(layer->kind));
    while (m_lines.size() < inputs.size())
        m_lines.push_back(createLine(static_cast<int>(m_lines.size())));
    // Lines past the inputs hide rather than go: the remove button clicked may be one of them.
    const int count = static_cast<int>(inputs.size());
    for (std::size_t slot = inputs.size(); slot < m_lines.size(); ++slot)
        m_lines[slot].widget->hide();
    for (int slot = 0; slot < count; ++slot) {
        const Line &line = m_lines[static_cast<std::size_t>(slot)];
        line.widget->show();
        const QString name = nodeDisplayName(network, inputs[static_cast<std::size_t>(slot)]);
        if (line.name->text() != name)
            line.name->setText(name);
        line.up->setVisible(joins);
        line.down->setVisible(joins);
        line.up->setEnabled(slot > 0);
        line.down->setEnabled(slot + 1 < count);
        line.remove->setVisible(joins || count > 1);
    }
    setErrorText(m_unconnected,
                 inputs.empty() ? tr("not connected: drag from a node's output port to its input")
                                : QString());
    setErrorText(m_refusal, QString());
}

} // namespace cd::ui
