#pragma once

// A small grid of plain-text labels (a name, then right-aligned values) that updates in place:
// the inspector's computed facts change on every edit, and rich text would be laid out anew
// each time, which is too slow for a spin box held down.

#include <QStringList>
#include <QWidget>

#include <vector>

class QGridLayout;
class QLabel;

namespace cd::ui {

struct GridRow
{
    QStringList cells;
    bool strong = false; // bold values
    bool header = false; // muted, like the names
};

class TextGrid : public QWidget
{
    Q_OBJECT

public:
    explicit TextGrid(QWidget *parent = nullptr);

    void setRows(const std::vector<GridRow> &rows);
    // Every cell, tab-separated, one line per row: what the grid says, for tests.
    QString text() const;

private:
    QLabel *cell(int row, int column);

    QGridLayout *m_grid;
    std::vector<std::vector<QLabel *>> m_cells;
    int m_rows = 0; // rows in use; labels beyond are hidden for reuse
    std::vector<GridRow> m_shown;
};

} // namespace cd::ui
