#include "layer_palette.h"

#include "document.h"
#include "edits.h"
#include "layer_mime.h"
#include "layer_style.h"
#include "layer_text.h"

#include <QDrag>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>

namespace cd::ui {

namespace {

constexpr int typeRole = Qt::UserRole;

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

LayerPalette::LayerPalette(Document *document, QWidget *parent)
    : QListWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("layerPalette"));
    setIconSize(QSize(24, 24));
    setSpacing(1);
    setUniformItemSizes(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setDefaultDropAction(Qt::CopyAction);

    for (int i = 0; i < layerTypeCount; ++i) {
        const auto type = static_cast<LayerType>(i);
        auto *item = new QListWidgetItem(layerIcon(type), layerLabel(type), this);
        item->setData(typeRole, i);
        item->setToolTip(QString::fromStdString(layerDescription(type)));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
    }

    // Not itemActivated: with single-click activation styles one click would add a layer.
    connect(this, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { appendNewLayer(m_document, typeAt(row(item))); });
}

LayerType LayerPalette::typeAt(int row) const
{
    return static_cast<LayerType>(item(row)->data(typeRole).toInt());
}

QStringList LayerPalette::mimeTypes() const
{
    return {layerMimeType()};
}

QMimeData *LayerPalette::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    return encodeLayerMime(typeAt(row(items.first())));
}

void LayerPalette::startDrag(Qt::DropActions supportedActions)
{
    Q_UNUSED(supportedActions);
    // Our own drag, copy only: the base class would remove the entry after a move.
    QListWidgetItem *item = currentItem();
    if (item == nullptr)
        return;
    auto *drag = new QDrag(this);
    drag->setMimeData(encodeLayerMime(typeAt(row(item))));
    drag->setPixmap(dragPixmap(item, font(), devicePixelRatioF()));
    drag->setHotSpot(QPoint(18, 16));
    drag->exec(Qt::CopyAction, Qt::CopyAction);
}

void LayerPalette::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        appendCurrent();
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void LayerPalette::appendCurrent()
{
    if (currentItem() != nullptr)
        appendNewLayer(m_document, typeAt(currentRow()));
}

} // namespace cd::ui
