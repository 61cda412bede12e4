#pragma once

// View ▸ Present (F5): the main window as a lecturer projects it. Full screen, the editing
// docks (palettes, inspector, history) hidden, every view's text and the canvas enlarged by
// one factor (Ctrl+= / Ctrl+- while presenting, remembered), the table down to the columns a
// lecture talks about. Keys for a talk: ←/→ and Page Up/Down (a presenter's clicker) walk the
// layers in execution order, `,` `.` and Space step and play the Layer View's windows, Esc
// leaves. The look turns high contrast, for the back of a hall, unless the lecturer picks a
// theme in View ▸ Theme while presenting. Leaving puts the window, its docks, fonts, zoom,
// columns and theme back as they were (a theme picked while presenting stays).

#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QObject>
#include <QPointer>

#include "present/font_scaling.h"
#include "present/lecture_columns.h"
#include "theme/theme.h"

class QAction;
class QDockWidget;
class QKeyEvent;
class QMainWindow;
class QTableView;

namespace cd::ui {

class CanvasView;
class Document;
class LayerView;

class PresentationMode : public QObject
{
    Q_OBJECT

public:
    static constexpr qreal defaultScale = 1.6;
    static constexpr qreal minimumScale = 1.0;
    static constexpr qreal maximumScale = 3.0;
    static constexpr qreal scaleStep = 0.1;

    PresentationMode(QMainWindow *window, Document *document, CanvasView *canvas,
                     LayerView *layerView, QTableView *table);
    ~PresentationMode() override;

    // View ▸ Present: checkable, F5, named "presentAction".
    QAction *action() const { return m_action; }
    bool isPresenting() const { return m_presenting; }
    // The text's enlargement while presenting; kept in QSettings ("present/scale").
    qreal scale() const { return m_scale; }

public Q_SLOTS:
    void setPresenting(bool presenting);
    // Clamped to [minimumScale, maximumScale]; applied at once when presenting.
    void setScale(qreal scale);
    // The previous (-1) or next (+1) layer in execution order, the input before the first.
    void stepLayer(int direction);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void enter();
    void leave();
    void applyScale();
    // True when `event` is one of the presentation's keys (and, if `act`, does what it says).
    bool handleKey(const QKeyEvent &event, bool act);

    QMainWindow *m_window;
    Document *m_document;
    CanvasView *m_canvas;
    LayerView *m_layerView;
    QTableView *m_table;
    QAction *m_action;
    bool m_presenting = false;
    qreal m_scale = defaultScale;

    // What leaving restores.
    QByteArray m_geometry;
    QByteArray m_dockLayout; // the docks' sizes
    Qt::WindowStates m_windowState;
    QHash<QDockWidget *, bool> m_dockShown;
    qreal m_canvasZoom = 1;
    QFont m_toolTipFont; // tooltips are windows of their own, outside the window's fonts
    FontScaling m_fonts;
    LectureColumns m_columns;
    Theme m_themeBefore = Theme::Light;
    bool m_themePicked = false; // in View ▸ Theme while presenting: kept on leaving
};

} // namespace cd::ui
