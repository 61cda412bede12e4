#include "presentation_mode.h"

#include "canvas/canvas_scene.h"
#include "canvas/canvas_view.h"
#include "document.h"
#include "visualiser/grid_stepper.h"
#include "visualiser/layer_view.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QToolTip>
#include <QKeyEvent>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QTableView>

#include <algorithm>

namespace cd::ui {

namespace {

const QString scaleKey = QStringLiteral("present/scale");

// The editing docks: a lecture shows the network and its numbers, not the tools that edit it.
const char *const editingDocks[] = {"paletteDock", "blocksDock", "inspectorDock", "historyDock"};

// Room around the selection when the canvas scrolls it into view from the input.
constexpr int revealMargin = 40;

} // namespace

PresentationMode::PresentationMode(QMainWindow *window, Document *document, CanvasView *canvas,
                                   LayerView *layerView, QTableView *table)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_canvas(canvas)
    , m_layerView(layerView)
    , m_table(table)
    , m_action(new QAction(tr("&Present"), window))
{
    m_action->setObjectName(QStringLiteral("presentAction"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F5));
    m_action->setToolTip(tr("Full screen with large text for a lecture; Esc leaves"));
    connect(m_action, &QAction::toggled, this, &PresentationMode::setPresenting);
    connect(&ThemeNotifier::instance(), &ThemeNotifier::themeChosen, this, [this] {
        if (m_presenting)
            m_themePicked = true;
    });
    const qreal stored = QSettings().value(scaleKey, defaultScale).toDouble();
    m_scale = std::clamp(stored > 0 ? stored : defaultScale, minimumScale, maximumScale);
}

PresentationMode::~PresentationMode()
{
    qApp->removeEventFilter(this);
}

void PresentationMode::setPresenting(bool presenting)
{
    if (presenting == m_presenting)
        return;
    m_presenting = presenting;
    if (presenting)
        enter();
    else
        leave();
    m_action->setChecked(presenting);
}

void PresentationMode::enter()
{
    m_geometry = m_window->saveGeometry();
    m_windowState = m_window->windowState();
    m_dockLayout = m_window->saveState();
    m_dockShown.clear();
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        m_dockShown.insert(dock, !dock->isHidden());
    for (const char *name : editingDocks) {
        if (auto *dock = m_window->findChild<QDockWidget *>(QString::fromLatin1(name)))
            dock->hide();
    }
    m_canvasZoom = m_canvas->zoom();
    m_themeBefore = currentTheme();
    m_themePicked = false;
    setTheme(Theme::HighContrast);
    m_toolTipFont = QToolTip::font();
    m_columns.apply(m_table);
    applyScale();
    // The memory column's text grew: it needs the room the inspector gave up.
    if (auto *memory = m_window->findChild<QDockWidget *>(QStringLiteral("memoryDock"))) {
        const int wider = std::min(static_cast<int>(memory->width() * m_scale),
                                   m_window->screen()->geometry().width() * 2 / 5);
        m_window->resizeDocks({memory}, {wider}, Qt::Horizontal);
    }
    // Every key press in the window passes here first, ahead of its shortcuts and views.
    qApp->installEventFilter(this);
    // Without a window manager that knows full screen (a bare X server), the geometry alone.
    m_window->setGeometry(m_window->screen()->geometry());
    m_window->showFullScreen();
}

void PresentationMode::leave()
{
    qApp->removeEventFilter(this);
    m_layerView->stepper()->setPlaying(false);
    m_fonts.restore();
    QToolTip::setFont(m_toolTipFont);
    m_columns.restore();
    if (!m_themePicked)
        setTheme(m_themeBefore);
    m_canvas->setZoom(m_canvasZoom);
    m_window->setWindowState(m_windowState);
    if (!(m_windowState & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        m_window->restoreGeometry(m_geometry);
    m_window->restoreState(m_dockLayout);
    for (auto it = m_dockShown.cbegin(); it != m_dockShown.cend(); ++it)
        it.key()->setVisible(it.value());
    m_dockShown.clear();
}

void PresentationMode::setScale(qreal scale)
{
    scale = std::clamp(scale, minimumScale, maximumScale);
    if (qFuzzyCompare(scale, m_scale))
        return;
    m_scale = scale;
    QSettings().setValue(scaleKey, m_scale);
    if (m_presenting)
        applyScale();
}

void PresentationMode::applyScale()
{
    m_fonts.apply(m_window, m_scale);
    // The memory terms' and the table headers' explanations are read from the back row too.
    QFont toolTip = m_toolTipFont;
    if (toolTip.pointSizeF() > 0)
        toolTip.setPointSizeF(toolTip.pointSizeF() * m_scale);
    else if (toolTip.pixelSize() > 0)
        toolTip.setPixelSize(qRound(toolTip.pixelSize() * m_scale));
    QToolTip::setFont(toolTip);
    m_canvas->setZoom(m_canvasZoom * m_scale);
}

void PresentationMode::stepLayer(int direction)
{
    // Execution order: the input, then the network's layers as they run.
    std::vector<LayerId> order{Network::inputId};
    for (const Layer &layer : m_document->network().layers)
        order.push_back(layer.id);
    const auto at = std::find(order.begin(), order.end(), m_document->currentLayer());
    const auto index = at == order.end() ? 0 : at - order.begin();
    const auto next = std::clamp<std::ptrdiff_t>(index + direction, 0,
                                                 static_cast<std::ptrdiff_t>(order.size()) - 1);
    const LayerId id = order[static_cast<std::size_t>(next)];
    m_document->setCurrentLayer(id);
    // The canvas keeps a selected layer in view itself; the input it leaves where it is.
    if (id == Network::inputId) {
        m_canvas->ensureVisible(m_canvas->canvasScene()->finalNodeRect(Network::inputId),
                                revealMargin, revealMargin);
    }
}

bool PresentationMode::handleKey(const QKeyEvent &event, bool act)
{
    const Qt::KeyboardModifiers modifiers = event.modifiers() & ~Qt::KeypadModifier;
    GridStepper *stepper = m_layerView->stepper();
    if (modifiers == Qt::ControlModifier) {
        switch (event.key()) {
        case Qt::Key_Equal:
        case Qt::Key_Plus:
            if (act)
                setScale(m_scale + scaleStep);
            return true;
        case Qt::Key_Minus:
            if (act)
                setScale(m_scale - scaleStep);
            return true;
        default: return false;
        }
    }
    if (modifiers != Qt::NoModifier)
        return false;
    switch (event.key()) {
    case Qt::Key_Left:
    case Qt::Key_PageUp:
        if (act)
            stepLayer(-1);
        return true;
    case Qt::Key_Right:
    case Qt::Key_PageDown:
        if (act)
            stepLayer(+1);
        return true;
    case Qt::Key_Comma:
        if (act)
            stepper->previous();
        return true;
    case Qt::Key_Period:
        if (act)
            stepper->next();
        return true;
    case Qt::Key_Space:
        if (act)
            stepper->setPlaying(!stepper->isPlaying());
        return true;
    case Qt::Key_Escape:
        if (act)
            setPresenting(false);
        return true;
    default: return false;
    }
}

bool PresentationMode::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
        return false;
    // Only keys meant for this window: not an open menu's or a dialog's.
    auto *widget = qobject_cast<QWidget *>(watched);
    if (widget == nullptr || widget->window() != m_window)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (type == QEvent::ShortcutOverride) {
        // Claimed here, the key reaches us as a key press instead of firing a shortcut.
        if (!handleKey(*key, false))
            return false;
        event->accept();
        return true;
    }
    return handleKey(*key, true);
}

} // namespace cd::ui
