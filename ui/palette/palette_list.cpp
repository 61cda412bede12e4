#include "palette_list.h"

#include "palette/drag_pixmap.h"

#include <QDrag>
#include <QKeyEvent>

namespace cd::ui {

namespace {

constexpr int valueRole = Qt::UserRole;

} // namespace

PaletteList::PaletteList(const QString &objectName, QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(objectName);
    setIconSize(QSize(24, 24));
    setSpacing(1);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);
    // Not itemActivated: with single-click activation styles one click would add an entry.
    connect(this, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { activateRow(row(item)); });
}

QListWidgetItem *PaletteList::addEntry(const QIcon &icon, const QString &label,
                                       const QString &toolTip, int value)
{
    auto *item = new QListWidgetItem(icon, label, this);
    item->setData(valueRole, value);
    item->setToolTip(toolTip);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    return item;
}

int PaletteList::entryValue(int row) const
{
    return item(row)->data(valueRole).toInt();
}

QMimeData *PaletteList::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    return mimeForRow(row(items.first()));
}

void PaletteList::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions);
    // Our own drag, copy only: the base class would remove the entry after a move.
    QListWidgetItem *item = currentItem();
    if (item == nullptr)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(mimeForRow(row(item)));
    // The drag shows the entry itself, so the user sees what is being dropped.
    drag->setPixmap(paletteDragPixmap(*item, font(), devicePixelRatioF()));
    drag->setHotSpot(QPoint(18, 16));
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

void PaletteList::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        if (currentItem() != nullptr)
            activateRow(currentRow());
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace cd::ui
