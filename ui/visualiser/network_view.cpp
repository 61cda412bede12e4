#include "network_view.h"

#include "coverage_images.h"
#include "coverage_text.h"
#include "document.h"
#include "network_input_painter.h"
#include "network_legend.h"
#include "network_picture.h"
#include "network_ruler_painter.h"
#include "network_theme.h"
#include "qt_text.h"

#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QImageReader>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStringList>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

// The sample image lives in a static library, whose resource initialiser the linker drops
// unless something refers to it; Q_INIT_RESOURCE must be called outside any namespace.
static void initSampleResource()
{
    Q_INIT_RESOURCE(sample);
}

namespace cd::ui {

namespace {

constexpr qreal margin = 12;
constexpr qreal zoomStep = 1.25;
constexpr qreal panStep = 48; // pixels per wheel notch or arrow key

QString titleOf(const Analysis &analysis, const NetworkCoverage &coverage)
{
    const QString input = coverageInputText(coverage);
    if (analysis.networkName.empty())
        return QObject::tr("Network %1").arg(input);
    return QStringLiteral("%1 \u2014 %2").arg(qtText(analysis.networkName), input);
}

bool sameShading(const NetworkCoverage &a, const NetworkCoverage &b)
{
    return a.state == b.state && a.input == b.input;
}

} // namespace

NetworkView::NetworkView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    initSampleResource();
    setObjectName(QStringLiteral("networkView"));
    setAttribute(Qt::WA_OpaquePaintEvent); // every paint fills the whole widget
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    connect(m_document, &Document::changed, this, &NetworkView::refresh);
    // The checkerboard and the shading are images in the theme's colours: made again.
    connect(&ThemeNotifier::instance(), &ThemeNotifier::themeChanged, this, [this] {
        composeInput();
        composeMask();
        update();
    });
    refresh();
}

NetworkView::~NetworkView() = default;

bool NetworkView::loadBackgroundImage(const QString &path, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone photo's EXIF rotation
    const QImage image = reader.read();
    if (image.isNull()) {
        if (error != nullptr)
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), reader.errorString());
        return false;
    }
    setBackgroundImage(image);
    return true;
}

void NetworkView::setBackgroundImage(const QImage &image)
{
    if (image.isNull()) {
        clearBackgroundImage();
        return;
    }
    m_photo = image;
    composeInput();
    update();
    Q_EMIT backgroundImageChanged(true);
}

void NetworkView::clearBackgroundImage()
{
    if (m_photo.isNull())
        return;
    m_photo = QImage();
    composeInput();
    update();
    Q_EMIT backgroundImageChanged(false);
}

void NetworkView::useSampleImage()
{
    QString error;
    if (!loadBackgroundImage(QStringLiteral(":/sample/sample.png"), &error))
        qWarning("%s", qPrintable(error)); // shipped with the program: only a broken build
}

QRectF NetworkView::pixelRect(int row, int col) const
{
    const NetworkCoverage &coverage = m_drawing.coverage;
    if (!coverage.hasInput() || row < 0 || col < 0 || row >= coverage.height
        || col >= coverage.width)
        return {};
    const QRectF input = NetworkPicture(m_drawing).inputRect();
    const qreal cellX = input.width() / qreal(coverage.width);
    const qreal cellY = input.height() / qreal(coverage.height);
    return QRectF(input.left() + col * cellX, input.top() + row * cellY, cellX, cellY);
}

bool NetworkView::isShaded(int row, int col) const
{
    return m_drawing.coverage.isUnused(row, col);
}

QSizeF NetworkView::pictureSize() const
{
    return NetworkPicture(m_drawing).size();
}

void NetworkView::paintPicture(QPainter &painter) const
{
    NetworkPicture(m_drawing).paint(painter);
}

bool NetworkView::hasPicture() const
{
    return m_drawing.coverage.state == NetworkCoverage::State::Known
           && m_drawing.coverage.hasInput();
}

QSize NetworkView::sizeHint() const
{
    return QSize(640, 600);
}

QSize NetworkView::minimumSizeHint() const
{
    return QSize(240, 220);
}

void NetworkView::zoomIn()
{
    zoomBy(zoomStep, layout().area.center());
}

void NetworkView::zoomOut()
{
    zoomBy(1 / zoomStep, layout().area.center());
}

void NetworkView::zoomToFit()
{
    m_zoom.fit();
    update();
}

void NetworkView::resetZoom()
{
    zoomBy(1 / m_zoom.zoom(), layout().area.center());
}

void NetworkView::refresh()
{
    const Analysis &analysis = m_document->analysis();
    NetworkCoverage coverage = networkCoverage(analysis);
    const QString title = titleOf(analysis, coverage);
    if (m_composed && coverage == m_drawing.coverage && title == m_drawing.title)
        return;
    const NetworkCoverage &old = m_drawing.coverage;
    const bool resized
        = !m_composed || coverage.height != old.height || coverage.width != old.width;
    const bool reshaded = resized || !sameShading(coverage, old);
    m_drawing.coverage = std::move(coverage);
    m_drawing.title = title;
    m_drawing.countText = coverageCountText(m_drawing.coverage);
    m_drawing.unusedRowRuns = indexRuns(m_drawing.coverage.input.unusedRows);
    m_drawing.unusedColRuns = indexRuns(m_drawing.coverage.input.unusedCols);
    m_composed = true;
    if (resized) {
        composeInput();
        const NetworkCoverage &now = m_drawing.coverage;
        m_zoom.setInput(now.hasInput() ? QSizeF(qreal(now.width), qreal(now.height)) : QSizeF());
    }
    if (reshaded)
        composeMask();
    updateArea(); // the count line may now wrap differently
    update();
}

void NetworkView::composeInput()
{
    const QSize size = coverageImageSize(m_drawing.coverage);
    m_drawing.photo = !m_photo.isNull() && !size.isEmpty();
    m_drawing.input
        = m_drawing.photo ? stretchedPhoto(m_photo, size) : neutralInput(m_drawing.coverage, size);
    ++m_compositions;
}

void NetworkView::composeMask()
{
    m_drawing.mask = coverageMask(m_drawing.coverage, coverageImageSize(m_drawing.coverage));
    ++m_compositions;
}

QFont NetworkView::countFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    return f;
}

QFont NetworkView::rulerFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

NetworkView::Layout NetworkView::layout() const
{
    Layout l;
    const qreal width = std::max<qreal>(this->width() - 2 * margin, 1);
    const QFontMetricsF count(countFont());
    const QFontMetricsF small(font());
    const qreal countHeight
        = count.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, m_drawing.countText)
              .height();
    l.header = QRectF(margin, margin, width, countHeight + 4 + small.height());

    if (m_drawing.coverage.hasInput()) {
        l.rowRulerWidth = NetworkRulerPainter(m_drawing).rowsWidth(rulerFont());
        l.columnRulerHeight = NetworkRulerPainter::columnsHeight(rulerFont());
    }
    const QSizeF legend = NetworkLegend(m_drawing).size(font());
    const qreal legendTop = height() - margin - legend.height();
    l.legend = QPointF(margin + l.rowRulerWidth, legendTop);
    const qreal top = l.header.bottom() + 10 + l.columnRulerHeight;
    const qreal bottom = legend.isEmpty() ? height() - margin : legendTop - 10;
    l.area = QRectF(margin + l.rowRulerWidth, top, width - l.rowRulerWidth,
                    std::max<qreal>(bottom - top, 1));
    return l;
}

QRectF NetworkView::inputRect(const Layout &layout) const
{
    return m_zoom.inputRect().translated(layout.area.topLeft());
}

void NetworkView::updateArea()
{
    m_zoom.setArea(layout().area.size());
}

void NetworkView::zoomBy(qreal factor, const QPointF &anchor)
{
    m_zoom.zoomAt(factor, anchor - layout().area.topLeft());
    update();
}

std::optional<QPoint> NetworkView::cellAt(const QPointF &position) const
{
    const Layout l = layout();
    const NetworkCoverage &coverage = m_drawing.coverage;
    if (!coverage.hasInput() || !l.area.contains(position))
        return std::nullopt;
    const QRectF input = inputRect(l);
    const auto col = std::int64_t(std::floor((position.x() - input.left()) / m_zoom.zoom()));
    const auto row = std::int64_t(std::floor((position.y() - input.top()) / m_zoom.zoom()));
    if (row < 0 || col < 0 || row >= coverage.height || col >= coverage.width)
        return std::nullopt;
    return QPoint(int(col), int(row));
}

void NetworkView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(network::colours().backgroundColour));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    const Layout l = layout();

    painter.setFont(countFont());
    painter.setPen(QColor(network::countColour(m_drawing.coverage)));
    painter.drawText(l.header, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     m_drawing.countText);
    const QFontMetricsF small(font());
    const QString hint = m_drawing.coverage.hasInput()
                             ? tr(" \u00b7 Ctrl+wheel zooms, drag pans, double-click fits")
                             : QString();
    painter.setFont(font());
    painter.setPen(QColor(network::colours().secondaryTextColour));
    painter.drawText(QPointF(l.header.left(), l.header.bottom() - small.descent()),
                     small.elidedText(m_drawing.title + hint, Qt::ElideRight, l.header.width()));

    if (m_drawing.coverage.hasInput()) {
        const QRectF input = inputRect(l);
        painter.save();
        painter.setClipRect(l.area);
        NetworkInputPainter(m_drawing).paint(painter, input, l.area);
        painter.restore();
        // The rulers follow the input when it does not fill the area, and stay at the
        // area's edges when it is panned past them.
        const QFontMetricsF ruler(rulerFont());
        const NetworkRulerPainter rulers(m_drawing);
        const qreal columnBottom = std::max(l.area.top(), input.top());
        rulers.paintColumns(painter, input,
                            QRectF(l.area.left() - 6, columnBottom - l.columnRulerHeight,
                                   l.area.width() + 6 + margin, l.columnRulerHeight),
                            rulerFont());
        const qreal rowRight = std::max(l.area.left(), input.left());
        rulers.paintRows(painter, input,
                         QRectF(rowRight - l.rowRulerWidth, l.area.top() - ruler.height() / 2,
                                l.rowRulerWidth, l.area.height() + ruler.height()),
                         rulerFont());
    }
    NetworkLegend(m_drawing).paint(painter, l.legend, font());
}

void NetworkView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateArea();
}

void NetworkView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        // One notch (120) is a 15 % step; touchpads send smaller deltas for smooth zooming.
        const int delta = event->angleDelta().y();
        if (delta != 0)
            zoomBy(std::pow(1.15, delta / 120.0), event->position());
    } else {
        QPointF delta = event->pixelDelta().isNull()
                            ? QPointF(event->angleDelta()) * (panStep / 120.0)
                            : QPointF(event->pixelDelta());
        if (event->modifiers() & Qt::ShiftModifier)
            delta = QPointF(delta.y(), delta.x());
        m_zoom.panBy(delta);
        update();
    }
    event->accept();
}

void NetworkView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && layout().area.contains(event->position())) {
        m_dragFrom = event->position();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void NetworkView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragFrom) {
        m_zoom.panBy(event->position() - *m_dragFrom);
        m_dragFrom = event->position();
        update();
    } else {
        setCursor(cellAt(event->position()) ? Qt::OpenHandCursor : Qt::ArrowCursor);
    }
    QWidget::mouseMoveEvent(event);
}

void NetworkView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragFrom) {
        m_dragFrom.reset();
        setCursor(Qt::OpenHandCursor);
        event->accept();
        return;
    }
    QWidget::mouseReleaseEvent(event);
}

void NetworkView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        zoomToFit();
        event->accept();
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void NetworkView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); break;
    case Qt::Key_Minus: zoomOut(); break;
    case Qt::Key_0: zoomToFit(); break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const bool horizontal = event->key() == Qt::Key_Left || event->key() == Qt::Key_Right;
        const qreal step
            = event->key() == Qt::Key_Left || event->key() == Qt::Key_Up ? panStep : -panStep;
        m_zoom.panBy(horizontal ? QPointF(step, 0) : QPointF(0, step));
        update();
        break;
    }
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void NetworkView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Load Background Image\u2026"), this, &NetworkView::chooseBackgroundImage);
    menu.addAction(tr("Use Sample Image"), this, &NetworkView::useSampleImage);
    menu.addAction(tr("Clear Background Image"), this, &NetworkView::clearBackgroundImage)
        ->setEnabled(hasBackgroundImage());
    menu.addSeparator();
    menu.addAction(tr("Zoom to Fit"), this, &NetworkView::zoomToFit);
    menu.exec(event->globalPos());
}

void NetworkView::chooseBackgroundImage()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Background Image"), QString(),
        tr("Images (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    QString error;
    if (!path.isEmpty() && !loadBackgroundImage(path, &error))
        QMessageBox::warning(this, tr("Background Image"), error);
}

bool NetworkView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const std::optional<QPoint> cell = cellAt(help->pos());
        if (!cell) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QString text = pixelToolTip(m_drawing.coverage, cell->y(), cell->x());
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace cd::ui
