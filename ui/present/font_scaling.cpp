#include "font_scaling.h"

#include <algorithm>

namespace cd::ui {

namespace {

QFont scaled(QFont font, qreal factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, qRound(font.pixelSize() * factor)));
    return font;
}

} // namespace

void FontScaling::recordNewcomers()
{
    for (QWidget *widget : m_root->findChildren<QWidget *>()) {
        const bool own = widget->testAttribute(Qt::WA_SetFont);
        // A style sheet stops the parent's font from reaching a widget: it is scaled itself.
        if ((!own && widget->styleSheet().isEmpty()) || m_original.contains(widget))
            continue;
        // Made while scaled, from a scaled font: its unscaled size is the one to remember.
        m_original.insert(widget, {widget, scaled(widget->font(), 1 / m_factor), own});
    }
}

void FontScaling::apply(QWidget *root, qreal factor)
{
    if (m_root != root) {
        restore();
        m_root = root;
        m_factor = 1;
        m_rootHadFont = root->testAttribute(Qt::WA_SetFont);
        m_rootFont = root->font();
    }
    recordNewcomers();
    m_factor = factor;
    // The root first: children that inherit take its size, then those with fonts of their own.
    root->setFont(scaled(m_rootFont, factor));
    for (const Original &original : std::as_const(m_original)) {
        if (original.widget)
            original.widget->setFont(scaled(original.font, factor));
    }
}

void FontScaling::restore()
{
    if (!m_root) {
        m_original.clear();
        return;
    }
    recordNewcomers();
    m_root->setFont(m_rootHadFont ? m_rootFont : QFont());
    for (const Original &original : std::as_const(m_original)) {
        if (original.widget)
            original.widget->setFont(original.own ? original.font : QFont());
    }
    m_original.clear();
    m_root = nullptr;
    m_factor = 1;
}

} // namespace cd::ui
