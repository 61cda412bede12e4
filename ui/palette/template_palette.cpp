#include "template_palette.h"

#include "document.h"
#include "layer_style.h"
#include "palette/block_template_dialog.h"
#include "structure_edits.h"

#include <QDrag>
#include <QKeyEvent>
#include <QMimeData>

namespace cd::ui {

namespace {

constexpr int templateRole = Qt::UserRole;

struct Entry
{
    BlockTemplate kind;
    LayerType look; // the join that characterises the block lends it its icon
    const char *label;
    const char *toolTip;
};

constexpr Entry entries[] = {
    {BlockTemplate::Inception, LayerType::Concat, QT_TRANSLATE_NOOP("TemplatePalette", "Inception"),
     QT_TRANSLATE_NOOP("TemplatePalette",
                       "GoogLeNet's Inception block: 1×1, 3×3, 5×5 and pool branches joined "
                       "along channels")},
    {BlockTemplate::Residual, LayerType::Add, QT_TRANSLATE_NOOP("TemplatePalette", "Residual"),
     QT_TRANSLATE_NOOP("TemplatePalette",
                       "ResNet's residual block: two 3×3 convs added to the block's input")},
    {BlockTemplate::Residual1x1, LayerType::Add,
     QT_TRANSLATE_NOOP("TemplatePalette", "Residual, 1×1 shortcut"),
     QT_TRANSLATE_NOOP("TemplatePalette",
                       "A residual block whose shortcut is a 1×1 conv, for a change of channels "
                       "or size")},
    {BlockTemplate::ResNeXt, LayerType::Add, QT_TRANSLATE_NOOP("TemplatePalette", "ResNeXt"),
     QT_TRANSLATE_NOOP("TemplatePalette",
                       "ResNeXt's block (as RegNet stacks it): 1×1, grouped 3×3 and 1×1 convs")},
    {BlockTemplate::DenseBlock, LayerType::Concat, QT_TRANSLATE_NOOP("TemplatePalette", "Dense block"),
     QT_TRANSLATE_NOOP("TemplatePalette",
                       "DenseNet's dense block: each conv block reads all that came before")},
    {BlockTemplate::Transition, LayerType::AvgPool2d,
     QT_TRANSLATE_NOOP("TemplatePalette", "Transition"),
     QT_TRANSLATE_NOOP("TemplatePalette",
                       "DenseNet's transition: a 1×1 conv to fewer channels and a 2×2 average "
                       "pool")},
};

} // namespace

TemplatePalette::TemplatePalette(Document *document, QWidget *parent)
    : QListWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("templatePalette"));
    setIconSize(QSize(24, 24));
    setSpacing(1);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    for (const Entry &entry : entries) {
        auto *item = new QListWidgetItem(layerIcon(entry.look),
                                         tr(entry.label), this);
        item->setData(templateRole, static_cast<int>(entry.kind));
        item->setToolTip(tr(entry.toolTip));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }
    connect(this, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { insertAfterCurrent(templateAt(row(item))); });
}

BlockTemplate TemplatePalette::templateAt(int row) const
{
    return static_cast<BlockTemplate>(item(row)->data(templateRole).toInt());
}

QStringList TemplatePalette::mimeTypes() const
{
    return {templateMimeType()};
}

QMimeData *TemplatePalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    return encodeTemplateMime(templateAt(row(items.first())));
}

void TemplatePalette::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions);
    QListWidgetItem *item = currentItem();
    if (item == nullptr)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(encodeTemplateMime(templateAt(row(item))));
    drag->setPixmap(item->icon().pixmap(QSize(24, 24), devicePixelRatioF()));
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

void TemplatePalette::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier
        && currentItem() != nullptr) {
        insertAfterCurrent(templateAt(currentRow()));
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void TemplatePalette::insertAfterCurrent(BlockTemplate kind)
{
    const std::optional<templates::BlockSpec> spec = askBlockArguments(window(), kind);
    if (!spec)
        return;
    const int index = m_document->network().indexOf(m_document->currentLayer());
    const int at = index < 0 ? static_cast<int>(m_document->network().layers.size()) : index + 1;
    if (const QString refusal = insertBlock(m_document, *spec, at); !refusal.isEmpty())
        Q_EMIT statusMessage(refusal);
}

} // namespace cd::ui
