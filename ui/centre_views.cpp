#include "centre_views.h"

#include "zoomable.h"

#include <QApplication>
#include <QDataStream>
#include <QIODevice>
#include <QTabWidget>

#include <algorithm>

namespace cd::ui {

namespace {

constexpr quint32 layoutMagic = 0x43565731; // "CVW1"

QTabWidget *createPane(const QString &name, QWidget *parent)
{
    auto *pane = new QTabWidget(parent);
    pane->setObjectName(name);
    pane->setDocumentMode(true);
    // Side by side the canvas is alone on the left: a bar with one tab would only take room.
    pane->setTabBarAutoHide(true);
    return pane;
}

} // namespace

CentreViews::CentreViews(QWidget *canvas, QWidget *layerView, QWidget *coverageView,
                         QWidget *parent)
    : QSplitter(Qt::Horizontal, parent)
    , m_canvas(canvas)
    , m_layerView(layerView)
    , m_coverageView(coverageView)
    , m_main(createPane(QStringLiteral("mainViews"), this))
    , m_side(createPane(QStringLiteral("sideViews"), this))
{
    setObjectName(QStringLiteral("centreViews"));
    setChildrenCollapsible(false);
    m_main->addTab(m_canvas, tr("Network"));
    m_main->addTab(m_layerView, tr("Layer View"));
    m_main->addTab(m_coverageView, tr("Input Coverage"));
    addWidget(m_main);
    addWidget(m_side);
    m_side->hide();
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { focusChanged(now); });
}

void CentreViews::setSideBySide(bool sideBySide)
{
    if (sideBySide == m_sideBySide)
        return;
    m_sideBySide = sideBySide;
    QWidget *front = sideBySide ? m_main->currentWidget() : m_canvas;
    QTabWidget *to = sideBySide ? m_side : m_main;
    to->addTab(m_layerView, tr("Layer View"));
    to->addTab(m_coverageView, tr("Input Coverage"));
    m_side->setVisible(sideBySide);
    if (sideBySide) {
        // The visualiser the user was looking at stays in front on the right.
        m_side->setCurrentWidget(front == m_canvas ? m_layerView : front);
        m_main->setCurrentWidget(m_canvas);
        const int half = std::max(1, width() / 2);
        setSizes({half, half});
    } else {
        m_main->setCurrentWidget(front);
    }
    Q_EMIT sideBySideChanged(sideBySide);
}

void CentreViews::showView(QWidget *view)
{
    QTabWidget *pane = m_main->indexOf(view) >= 0 ? m_main : m_side;
    pane->setCurrentWidget(view);
}

bool CentreViews::isShown(const QWidget *view) const
{
    for (const QTabWidget *pane : {m_main, m_side}) {
        if (pane->currentWidget() == view && !pane->isHidden())
            return true;
    }
    return false;
}

Zoomable *CentreViews::zoomTarget() const
{
    QWidget *view = m_lastFocused && isShown(m_lastFocused) ? m_lastFocused.data()
                                                            : m_main->currentWidget();
    return dynamic_cast<Zoomable *>(view);
}

QWidget *CentreViews::viewContaining(QWidget *widget) const
{
    for (QWidget *view : {m_canvas, m_layerView, m_coverageView}) {
        if (widget != nullptr && (widget == view || view->isAncestorOf(widget)))
            return view;
    }
    return nullptr;
}

void CentreViews::focusChanged(QWidget *now)
{
    if (QWidget *view = viewContaining(now))
        m_lastFocused = view;
}

QByteArray CentreViews::saveLayout() const
{
    QByteArray layout;
    QDataStream out(&layout, QIODevice::WriteOnly);
    out << layoutMagic << m_sideBySide << saveState();
    return layout;
}

bool CentreViews::restoreLayout(const QByteArray &layout)
{
    QDataStream in(layout);
    quint32 magic = 0;
    bool sideBySide = false;
    QByteArray sizes;
    in >> magic >> sideBySide >> sizes;
    if (in.status() != QDataStream::Ok || magic != layoutMagic)
        return false;
    setSideBySide(sideBySide);
    if (sideBySide)
        restoreState(sizes);
    return true;
}

} // namespace cd::ui
