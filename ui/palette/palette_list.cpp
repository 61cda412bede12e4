#include "palette_list.h"

#include <QDrag>
#include <QKeyEvent>
#include <QPainter>

namespace cd::ui {

namespace {

constexpr int valueRole = Qt::UserRole;

// The drag shows the entry itself (icon and label), so the user sees what is being dropped.
QPixmap dragPixmap(const QListWidgetItem *item, const QFont &font, qreal devicePixelRatio)
{
    const QFontMetrics metrics(font);
    const QSize size(24 + 8 + metrics.horizontalAdvance(item->text()) + 16, 32);
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0x1a, 0x73, 0xe8));
    painter.setBrush(QColor(255, 255, 255, 235));
    painter.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 6, 6);
    item->icon().paint(&painter, QRect(6, 4, 24, 24));
    painter.setFont(font);
    painter.setPen(QColor(0x20, 0x21, 0x24));
    painter.drawText(QRect(36, 0, size.width() - 36, size.height()), Qt::AlignVCenter,
                     item->text());
    return pixmap;
}

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
    drag->setPixmap(dragPixmap(item, font(), devicePixelRatioF()));
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
