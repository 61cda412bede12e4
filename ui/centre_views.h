#pragma once

// The window's centre: the network canvas, the layer view and the input coverage. As tabs of
// one pane (the visualiser gets every pixel, for a projector), or side by side: the canvas on
// the left, the two visualiser tabs on the right, so that clicking a node shows its windows.
// Knows which view is shown, for the View menu's zoom.

#include <QByteArray>
#include <QPointer>
#include <QSplitter>

class QTabWidget;

namespace cd::ui {

class Zoomable;

class CentreViews : public QSplitter
{
    Q_OBJECT

public:
    // The views are Zoomable widgets; the first is the canvas.
    CentreViews(QWidget *canvas, QWidget *layerView, QWidget *coverageView,
                QWidget *parent = nullptr);

    bool isSideBySide() const { return m_sideBySide; }
    // Brings `view` to the front of the tabs that hold it.
    void showView(QWidget *view);
    // `view` is the current tab of a pane that is not hidden.
    bool isShown(const QWidget *view) const;
    // The view the zoom keys are for: the shown one that had the focus last, else the front
    // tab of the left pane.
    Zoomable *zoomTarget() const;

    // Side by side or not, and the panes' sizes, for QSettings; restoreLayout() refuses
    // (returns false and keeps the tabs) what saveLayout() did not write.
    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &layout);

public Q_SLOTS:
    void setSideBySide(bool sideBySide);

Q_SIGNALS:
    void sideBySideChanged(bool sideBySide);

private:
    void focusChanged(QWidget *now);
    QWidget *viewContaining(QWidget *widget) const;

    QWidget *m_canvas;
    QWidget *m_layerView;
    QWidget *m_coverageView;
    QTabWidget *m_main; // always holds the canvas; the visualiser too unless side by side
    QTabWidget *m_side; // the visualiser when side by side; hidden otherwise
    bool m_sideBySide = false;
    QPointer<QWidget> m_lastFocused; // one of the three views
};

} // namespace cd::ui
