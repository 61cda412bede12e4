#include "layer_view.h"

#include "document.h"
#include "theme/text_styles.h"
#include "visualiser/grid_canvas.h"
#include "visualiser/grid_highlight_painter.h"
#include "visualiser/grid_image.h"
#include "visualiser/grid_info_text.h"
#include "visualiser/grid_legend.h"
#include "visualiser/grid_painter.h"
#include "visualiser/grid_stepper.h"
#include "visualiser/visualiser_theme.h"

#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cd::ui {

namespace {

namespace theme = visualiser;

constexpr qreal pictureMargin = 20;
constexpr qreal pictureMinWidth = 960;
// Slides want cells a few pixels wide, and pictures small enough to open anywhere.
constexpr qreal pictureGridWidth = 1400;
constexpr qreal pictureMaxGrid = 3600;

// Pictures end up on slides, seen from the back of a room: larger text than on screen.
constexpr qreal pictureTextScale = 1.5;

QFont pictureHeadingFont()
{
    return theme::titleFont(pictureTextScale);
}

QFont pictureTextFont()
{
    return theme::textFont(pictureTextScale);
}

qreal wrappedHeight(const QFont &font, const QString &text, qreal width)
{
    if (text.isEmpty())
        return 0;
    return QFontMetricsF(font)
        .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text)
        .height();
}

QLabel *createLabel(const QString &name, int pointDelta, bool bold, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() + pointDelta);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

QToolButton *createZoomButton(const QString &text, const QString &tip, const QString &name,
                              QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(name);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

bool sameGeometry(const GridContent &a, const GridContent &b)
{
    return a.grid && b.grid && a.grid->rows.extent() == b.grid->rows.extent()
           && a.grid->cols.extent() == b.grid->cols.extent() && a.outputRows() == b.outputRows()
           && a.outputCols() == b.outputCols();
}

} // namespace

LayerView::LayerView(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_heading(createLabel(QStringLiteral("heading"), 2, true, this))
    , m_arithmetic(createLabel(QStringLiteral("arithmetic"), 1, false, this))
    , m_statement(createLabel(QStringLiteral("statement"), 2, false, this))
    , m_canvas(new GridCanvas(this))
    , m_info(new QLabel(this))
    , m_legend(new GridLegend(this))
    , m_controls(new QWidget(this))
    , m_stepper(new GridStepper(m_controls))
    , m_fit(createZoomButton(tr("Fit"), tr("Fit the grids to the view (Ctrl+0)"),
                             QStringLiteral("fit"), m_controls))
{
    setObjectName(QStringLiteral("layerView"));
    // The arrow keys step the window once the view has been clicked.
    setFocusPolicy(Qt::StrongFocus);
    m_statement->setAlignment(Qt::AlignCenter);
    m_statement->setMargin(24);
    m_info->setObjectName(QStringLiteral("info"));
    m_info->setTextFormat(Qt::PlainText);
    // A fixed line: the text changes on every step and must not re-lay out the view.
    m_info->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    setTextStyle(m_info, TextStyle::Body);

    auto *zoomOut = createZoomButton(QStringLiteral("\u2212"), tr("Zoom out (Ctrl+wheel)"),
                                     QStringLiteral("zoomOut"), m_controls);
    auto *zoomIn = createZoomButton(QStringLiteral("+"), tr("Zoom in (Ctrl+wheel)"),
                                    QStringLiteral("zoomIn"), m_controls);
    auto *controls = new QHBoxLayout(m_controls);
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_stepper, 1);
    controls->addSpacing(12);
    controls->addWidget(zoomOut);
    controls->addWidget(m_fit);
    controls->addWidget(zoomIn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    layout->addWidget(m_heading);
    layout->addWidget(m_arithmetic);
    layout->addWidget(m_statement, 1);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_info);
    layout->addWidget(m_legend);
    layout->addWidget(m_controls);

    connect(zoomIn, &QToolButton::clicked, m_canvas, &GridCanvas::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_canvas, &GridCanvas::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_canvas, &GridCanvas::zoomToFit);
    connect(m_stepper, &GridStepper::currentChanged, this, &LayerView::setCurrentWindow);
    connect(m_canvas, &GridCanvas::stepRequested, this, &LayerView::stepWindow);
    connect(m_canvas, &GridCanvas::hoverChanged, this, &LayerView::updateInfo);
    connect(m_canvas, &GridCanvas::outputCellClicked, this, [this](GridCell cell) {
        setCurrentWindow(cell.row * m_content.outputCols() + cell.col);
    });
    connect(m_document, &Document::currentLayerChanged, this, [this](LayerId current) {
        // Another layer forgets the picked convolution. The table may pick a block's
        // convolution just before it makes the block current: that one is kept.
        if (current != m_blockConv.layer)
            m_blockConv = {};
        refresh(true);
    });
    connect(m_document, &Document::changed, this, [this] { refresh(false); });
    // The cells are an image in the theme's colours: made again, then everything repaints.
    connect(&ThemeNotifier::instance(), &ThemeNotifier::themeChanged, this, [this] {
        if (m_content.grid)
            m_content.image = coverageImage(*m_content.grid);
        m_canvas->viewport()->update();
        m_legend->update();
        update();
    });
    refresh(true);
}

LayerView::~LayerView() = default;

QColor LayerView::colourOf(CellKind kind)
{
    return theme::colourOf(kind);
}

qint64 LayerView::windowCount() const
{
    return m_content.grid ? m_content.grid->windowCount() : 0;
}

std::vector<std::int64_t> LayerView::currentRowTaps() const
{
    if (!m_content.grid || m_currentWindow < 0)
        return {};
    return m_content.grid->rows.taps(m_currentWindow / m_content.outputCols());
}

std::vector<std::int64_t> LayerView::currentColTaps() const
{
    if (!m_content.grid || m_currentWindow < 0)
        return {};
    return m_content.grid->cols.taps(m_currentWindow % m_content.outputCols());
}

int LayerView::blockConv() const
{
    return m_blockConv.layer == m_document->currentLayer() ? m_blockConv.conv : 0;
}

void LayerView::showBlockConv(LayerId id, int conv)
{
    const BlockConv next{id, std::max(conv, 0)};
    if (next.layer == m_blockConv.layer && next.conv == m_blockConv.conv)
        return;
    m_blockConv = next;
    refresh(true);
}

void LayerView::refresh(bool layerChanged)
{
    const LayerId current = m_document->currentLayer();
    GridContent next = GridContent::forBlockConv(m_document->analysis(), current, blockConv(),
                                                 &m_content);
    layerChanged = layerChanged || next.layer != m_content.layer;
    const bool sameWindows = !layerChanged && next.windows && next.windows == m_content.windows;
    const bool refit = layerChanged || !sameGeometry(next, m_content);
    m_content = std::move(next);

    showContent();
    m_canvas->setContent(&m_content, refit);
    m_legend->setContent(&m_content);
    const qint64 previous = m_currentWindow;
    m_stepper->setCount(windowCount(), m_content.outputCols());
    m_currentWindow = !m_content.grid ? -1
                      : sameWindows   ? std::clamp<qint64>(previous, 0, windowCount() - 1)
                                      : 0;
    if (m_currentWindow >= 0)
        m_stepper->setCurrent(m_currentWindow);
    m_canvas->setCurrentWindow(m_currentWindow);
    layoutPicture();
    updateInfo();
    if (m_currentWindow != previous)
        Q_EMIT currentWindowChanged(m_currentWindow);
}

void LayerView::showContent()
{
    const bool hasGrid = m_content.grid.has_value();
    m_heading->setText(m_content.heading);
    m_heading->setVisible(!m_content.heading.isEmpty());
    m_arithmetic->setText(m_content.arithmetic.join(QLatin1Char('\n')));
    m_arithmetic->setVisible(hasGrid);
    m_statement->setText(m_content.statement);
    m_statement->setVisible(!hasGrid);
    setTextStyle(m_statement, m_content.statementIsError ? TextStyle::Error : TextStyle::Body);
    m_canvas->setVisible(hasGrid);
    m_info->setVisible(hasGrid);
    m_controls->setVisible(hasGrid);
}

void LayerView::setCurrentWindow(qint64 index)
{
    if (!m_content.grid)
        return;
    index = std::clamp<qint64>(index, 0, windowCount() - 1);
    if (index == m_currentWindow)
        return;
    m_currentWindow = index;
    m_stepper->setCurrent(index);
    m_canvas->setCurrentWindow(index);
    updateInfo();
    Q_EMIT currentWindowChanged(index);
}

void LayerView::stepWindow(int rows, int cols)
{
    if (!m_content.grid)
        return;
    const qint64 rowLength = m_content.outputCols();
    const qint64 row = m_currentWindow / rowLength + rows;
    const qint64 col = m_currentWindow % rowLength + cols;
    if (row < 0 || row >= m_content.outputRows())
        return; // Up on the first row stays: jumping to window 0 would lose the column
    // Left and Right run on across rows, like the stepper's Previous and Next.
    setCurrentWindow(row * rowLength + col);
}

void LayerView::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left: stepWindow(0, -1); break;
    case Qt::Key_Right: stepWindow(0, 1); break;
    case Qt::Key_Up: stepWindow(-1, 0); break;
    case Qt::Key_Down: stepWindow(1, 0); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void LayerView::zoomIn()
{
    m_canvas->zoomIn();
}

void LayerView::zoomOut()
{
    m_canvas->zoomOut();
}

void LayerView::zoomToFit()
{
    m_canvas->zoomToFit();
}

void LayerView::resetZoom()
{
    m_canvas->resetZoom();
}

QString LayerView::info() const
{
    const GridHighlight &h = m_canvas->highlight();
    if (h.hoveredOutput)
        return outputCellInfo(m_content, *h.hoveredOutput);
    if (h.hoveredInput)
        return inputCellInfo(m_content, *h.hoveredInput);
    return windowInfo(m_content, m_currentWindow);
}

void LayerView::updateInfo()
{
    if (m_content.grid)
        m_info->setText(info());
}

qreal LayerView::pictureCellSize() const
{
    const auto cols = static_cast<qreal>(m_content.grid->cols.extent() + m_content.outputCols());
    const auto rows = static_cast<qreal>(m_content.grid->rows.extent());
    const qreal cell = std::clamp(std::floor(pictureGridWidth / std::max(cols, rows)), 2.0, 24.0);
    // Past ~1,800 cells even 2 px would make a picture too large to open: cells shrink and
    // the coverage image, reduced block by block, still shows every discarded row.
    return std::min(cell, pictureMaxGrid / std::max(cols, rows));
}

void LayerView::layoutPicture()
{
    const bool hasGrid = m_content.grid.has_value();
    m_pictureLayout
        = hasGrid ? GridLayout(m_content, pictureCellSize(), pictureTextScale) : GridLayout();
    m_pictureWidth = std::max(pictureMinWidth, m_pictureLayout.size().width());
    const qreal textWidth = m_pictureWidth - 2 * pictureMargin;
    qreal y = pictureMargin;
    m_pictureHeading = QRectF(pictureMargin, y, textWidth,
                              wrappedHeight(pictureHeadingFont(), m_content.heading, textWidth));
    y = m_pictureHeading.bottom() + (m_content.heading.isEmpty() ? 0 : 8);
    if (!hasGrid) {
        m_pictureStatement
            = QRectF(pictureMargin, y, textWidth,
                     wrappedHeight(pictureTextFont(), m_content.statement, textWidth));
        m_pictureSize = QSizeF(m_pictureWidth, m_pictureStatement.bottom() + pictureMargin);
        return;
    }
    m_pictureArithmetic = QRectF(
        pictureMargin, y, textWidth,
        wrappedHeight(pictureTextFont(), m_content.arithmetic.join(QLatin1Char('\n')), textWidth));
    // Whole pixels, so that cells in a PNG at scale 1 have crisp edges.
    m_pictureGridOrigin = QPointF(0, std::ceil(m_pictureArithmetic.bottom()));
    const qreal legendTop = m_pictureGridOrigin.y() + m_pictureLayout.size().height();
    m_pictureLegend
        = QRectF(pictureMargin, legendTop, textWidth,
                 GridLegend::legendHeight(m_content, textWidth, false, pictureTextScale));
    m_pictureSize = QSizeF(m_pictureWidth, m_pictureLegend.bottom() + pictureMargin);
}

QSizeF LayerView::pictureSize() const
{
    return m_pictureSize;
}

void LayerView::paintPicture(QPainter &painter) const
{
    painter.save();
    painter.fillRect(QRectF(QPointF(0, 0), m_pictureSize), QColor(theme::colours().backgroundColour));
    painter.setPen(QColor(theme::colours().textColour));
    painter.setFont(pictureHeadingFont());
    painter.drawText(m_pictureHeading, Qt::TextWordWrap, m_content.heading);
    painter.setFont(pictureTextFont());
    if (!m_content.grid) {
        painter.setPen(m_content.statementIsError ? QColor(theme::colours().discardedTextColour)
                                                  : QColor(theme::colours().textColour));
        painter.drawText(m_pictureStatement, Qt::TextWordWrap, m_content.statement);
        painter.restore();
        return;
    }
    painter.drawText(m_pictureArithmetic, Qt::TextWordWrap,
                     m_content.arithmetic.join(QLatin1Char('\n')));
    painter.save();
    painter.translate(m_pictureGridOrigin);
    const GridPainter grids(m_content, m_pictureLayout);
    grids.paintBase(painter, QRectF(QPointF(0, 0), m_pictureLayout.size()));
    GridHighlight current;
    current.currentWindow = m_currentWindow;
    GridHighlightPainter(m_content, m_pictureLayout).paint(painter, current);
    painter.restore();
    GridLegend::paintLegend(painter, m_content, m_pictureLegend, false, pictureTextScale);
    painter.restore();
}

QRectF LayerView::inputCellRect(std::int64_t row, std::int64_t col) const
{
    return m_pictureLayout.inputCellRect(row, col).translated(m_pictureGridOrigin);
}

QRectF LayerView::outputCellRect(std::int64_t row, std::int64_t col) const
{
    return m_pictureLayout.outputCellRect(row, col).translated(m_pictureGridOrigin);
}

std::optional<GridCell> LayerView::inputCellAt(const QPointF &picturePoint) const
{
    return m_pictureLayout.inputCellAt(picturePoint - m_pictureGridOrigin);
}

std::optional<GridCell> LayerView::outputCellAt(const QPointF &picturePoint) const
{
    return m_pictureLayout.outputCellAt(picturePoint - m_pictureGridOrigin);
}

} // namespace cd::ui
