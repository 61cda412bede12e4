// The inspector's block line (block_editor.h).

#include "block_editor.h"

#include "inspector/form_parts.h"
#include "qt_text.h"
#include "structure_edits.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

BlockEditor::BlockEditor(Document *document, LayerId id, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_id(id)
    , m_name(new QLineEdit(this))
    , m_ungroup(new QPushButton(tr("Ungroup"), this))
    , m_refusal(createRefusalLabel(QStringLiteral("blockRefusal"), this))
{
    m_name->setObjectName(QStringLiteral("block"));
    m_name->setToolTip(tr("The block this layer is in; renaming it renames it for all its layers"));
    m_ungroup->setObjectName(QStringLiteral("ungroup"));
    m_ungroup->setToolTip(tr("Dissolve the block: its layers stay, in no block"));
    connect(m_name, &QLineEdit::editingFinished, this, &BlockEditor::commitName);
    connect(m_ungroup, &QPushButton::clicked, this, &BlockEditor::ungroup);

    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_name, 1);
    line->addWidget(m_ungroup);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(line);
    layout->addWidget(m_refusal);
    refresh();
}

void BlockEditor::refresh()
{
    const Layer *layer = m_document->network().find(m_id);
    if (!layer)
        return;
    m_block = qtText(layer->block);
    // Text the user is typing stays until they finish it.
    if (!m_name->isModified() && m_name->text() != m_block)
        m_name->setText(m_block);
    setErrorText(m_refusal, QString());
}

void BlockEditor::commitName()
{
    if (!m_name->isModified())
        return;
    m_name->setModified(false);
    const QString refusal = renameBlock(m_document, m_block, m_name->text());
    if (refusal.isEmpty()) {
        refresh(); // a name that was only trimmed or unchanged pushes nothing
        return;
    }
    // The field shows the block's real name again; the line beneath says why.
    m_name->setText(m_block);
    setErrorText(m_refusal, refusal);
}

void BlockEditor::ungroup()
{
    const QString refusal = ungroupBlock(m_document, m_block);
    if (!refusal.isEmpty())
        setErrorText(m_refusal, refusal);
}

} // namespace cd::ui
