#include "text_grid.h"

#include "theme/text_styles.h"
#include "theme/theme.h"

#include <QGridLayout>
#include <QLabel>

namespace cd::ui {

TextGrid::TextGrid(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(0, 1);
    // The labels hold their colours: shown again, they take the new theme's.
    connect(&ThemeNotifier::instance(), &ThemeNotifier::themeChanged, this,
            [this] { setRows(std::vector<GridRow>(m_shown)); });
}

QLabel *TextGrid::cell(int row, int column)
{
    while (static_cast<int>(m_cells.size()) <= row)
        m_cells.emplace_back();
    auto &cells = m_cells[static_cast<std::size_t>(row)];
    while (static_cast<int>(cells.size()) <= column) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        const int c = static_cast<int>(cells.size());
        label->setAlignment((c == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
        // A long value (a layer's discarded rows) wraps: the inspector never scrolls sideways.
        label->setWordWrap(c > 0);
        m_grid->addWidget(label, row, c);
        cells.push_back(label);
    }
    return cells[static_cast<std::size_t>(column)];
}

void TextGrid::setRows(const std::vector<GridRow> &rows)
{
    m_shown = rows;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const GridRow &row = rows[r];
        for (int c = 0; c < row.cells.size(); ++c) {
            QLabel *label = cell(static_cast<int>(r), c);
            if (label->text() != row.cells[c])
                label->setText(row.cells[c]);
            const bool dim = c == 0 || row.header;
            const QColor colour = dim ? mutedTextColour() : palette().color(QPalette::WindowText);
            if (label->palette().color(QPalette::WindowText) != colour) {
                QPalette palette = label->palette();
                palette.setColor(QPalette::WindowText, colour);
                label->setPalette(palette);
            }
            const bool bold = row.strong && !dim;
            if (label->font().bold() != bold) {
                QFont font = label->font();
                font.setBold(bold);
                label->setFont(font);
            }
            label->show();
        }
        // Cells this row does not use.
        const auto &cells = m_cells[r];
        for (std::size_t c = static_cast<std::size_t>(row.cells.size()); c < cells.size(); ++c)
            cells[c]->hide();
    }
    for (std::size_t r = rows.size(); r < m_cells.size(); ++r) {
        for (QLabel *label : m_cells[r])
            label->hide();
    }
    m_rows = static_cast<int>(rows.size());
}

QString TextGrid::text() const
{
    QStringList lines;
    for (int r = 0; r < m_rows; ++r) {
        QStringList cells;
        for (const QLabel *label : m_cells[static_cast<std::size_t>(r)]) {
            if (!label->isHidden())
                cells << label->text();
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace cd::ui
