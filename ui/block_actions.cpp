#include "block_actions.h"

#include "document.h"
#include "structure_edits.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

namespace cd::ui {

BlockActions::BlockActions(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_copy(new QAction(tr("&Copy Layers"), this))
    , m_paste(new QAction(tr("&Paste Layers"), this))
    , m_selectAll(new QAction(tr("Select &All Layers"), this))
    , m_group(new QAction(tr("&Group into Block"), this))
    , m_ungroup(new QAction(tr("U&ngroup Block"), this))
{
    m_copy->setObjectName(QStringLiteral("copyLayersAction"));
    m_paste->setObjectName(QStringLiteral("pasteLayersAction"));
    m_selectAll->setObjectName(QStringLiteral("selectAllLayersAction"));
    m_group->setObjectName(QStringLiteral("groupAction"));
    m_ungroup->setObjectName(QStringLiteral("ungroupAction"));
    m_copy->setShortcut(QKeySequence::Copy);
    m_paste->setShortcut(QKeySequence::Paste);
    m_selectAll->setShortcut(QKeySequence::SelectAll);
    m_group->setShortcut(QKeySequence(tr("Ctrl+G")));
    m_ungroup->setShortcut(QKeySequence(tr("Ctrl+Shift+G")));
    m_copy->setStatusTip(tr("Copy the selected layers with the edges between them"));
    m_paste->setStatusTip(tr("Paste the copied layers after the selected layer"));
    m_group->setStatusTip(tr("Make the selected connected layers one block"));
    m_ungroup->setStatusTip(tr("Dissolve the selected layer's block"));

    connect(m_copy, &QAction::triggered, this, [this] {
        copyLayers(m_document, m_document->selection());
        updateEnabled();
        Q_EMIT statusMessage(tr("Copied %n layer(s)", nullptr,
                                static_cast<int>(m_document->selection().size())));
    });
    connect(m_paste, &QAction::triggered, this, [this] { report(pasteLayers(m_document)); });
    connect(m_selectAll, &QAction::triggered, this, [this] {
        std::vector<LayerId> all;
        for (const Layer &layer : m_document->network().layers)
            all.push_back(layer.id);
        m_document->setSelection(all, m_document->currentLayer());
    });
    connect(m_group, &QAction::triggered, this,
            [this] { report(groupLayers(m_document, m_document->selection())); });
    connect(m_ungroup, &QAction::triggered, this,
            [this] { report(ungroupBlock(m_document, currentBlock())); });

    connect(m_document, &Document::selectionChanged, this, &BlockActions::updateEnabled);
    connect(m_document, &Document::changed, this, &BlockActions::updateEnabled);
    updateEnabled();
}

void BlockActions::addTo(QMenu *menu) const
{
    menu->addAction(m_copy);
    menu->addAction(m_paste);
    menu->addAction(m_selectAll);
    menu->addSeparator();
    menu->addAction(m_group);
    menu->addAction(m_ungroup);
}

void BlockActions::bindShortcutsTo(QWidget *widget) const
{
    for (QAction *action : {m_copy, m_paste, m_selectAll}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        widget->addAction(action);
    }
}

void BlockActions::updateEnabled()
{
    const bool selected = !m_document->selection().empty();
    m_copy->setEnabled(selected);
    m_paste->setEnabled(clipboardHasLayers());
    m_selectAll->setEnabled(!m_document->network().layers.empty());
    m_group->setEnabled(selected);
    m_ungroup->setEnabled(!currentBlock().isEmpty());
}

void BlockActions::report(const QString &refusal)
{
    if (!refusal.isEmpty())
        Q_EMIT statusMessage(refusal);
}

QString BlockActions::currentBlock() const
{
    const Layer *layer = m_document->network().find(m_document->currentLayer());
    return layer == nullptr ? QString() : QString::fromStdString(layer->block);
}

} // namespace cd::ui
