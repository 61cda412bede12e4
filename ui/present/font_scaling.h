#pragma once

// Enlarges every font of a widget tree by one factor and puts them back afterwards. Widgets
// that inherit their font follow the root's; widgets that set their own (a bold heading
// 1.35 times the body text) are scaled one by one, so the proportions stay.

#include <QFont>
#include <QHash>
#include <QPointer>
#include <QWidget>

namespace cd::ui {

class FontScaling
{
public:
    // Every font under `root` (root included) at `factor` times its size before the first
    // call; a later call changes the factor.
    void apply(QWidget *root, qreal factor);
    // The fonts as they were; widgets created while scaled get their size divided back.
    void restore();
    bool isApplied() const { return m_root != nullptr; }

private:
    // Widgets with a font of their own that were made while the factor was `m_factor`.
    void recordNewcomers();

    QPointer<QWidget> m_root;
    qreal m_factor = 1;
    // The fonts set on widgets, unscaled; the root's too when it had one of its own.
    struct Original
    {
        QPointer<QWidget> widget;
        QFont font;
        bool own; // set on the widget, not only there because of a style sheet
    };
    QHash<QWidget *, Original> m_original;
    bool m_rootHadFont = false;
    QFont m_rootFont;
};

} // namespace cd::ui
