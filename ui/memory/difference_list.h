#pragma once

// The memory panel's list of the layers whose memory the two training models put differently,
// "name: reason", one layer a row. A deep network can list a hundred layers, so the list
// scrolls within a few lines and folds away under its heading.

#include "memory/layer_differences.h"

#include <QStringList>
#include <QWidget>

#include <utility>
#include <vector>

class QGridLayout;
class QLabel;
class QScrollArea;
class QToolButton;

namespace cd::ui {

class DifferenceList : public QWidget
{
    Q_OBJECT

public:
    // Named "layerDifferences"; its heading "layerDifferencesToggle".
    explicit DifferenceList(QWidget *parent = nullptr);

    // `layerCount`: the network's layers, for the heading's "9 of 10 layers".
    void setDifferences(std::vector<LayerDifference> differences, int layerCount);
    const std::vector<LayerDifference> &differences() const { return m_differences; }
    // The rows as shown: "pool1: keeps its input, not its output, …".
    QStringList lines() const;
    bool isExpanded() const;
    void setExpanded(bool expanded);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The rows' height at the current width, up to a few lines; the rest scrolls.
    void fitHeight();

    QToolButton *m_toggle;
    QScrollArea *m_scroll;
    QWidget *m_rows;
    QGridLayout *m_grid;
    std::vector<std::pair<QLabel *, QLabel *>> m_labels; // name, reason
    std::vector<LayerDifference> m_differences;
};

} // namespace cd::ui
