#pragma once

// The inspector's list of the nodes a layer reads, in order. A join (add, concat) can move an
// input up or down, which is concat's channel order, and drop one; so can any layer wired to
// more inputs than it takes, to be repaired. A layer reading nothing says how to connect it.
// Each name selects its node. Every change goes through structure_edits.h.

#include "document.h"

#include <QWidget>

#include <vector>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace cd::ui {

class InputsEditor : public QWidget
{
    Q_OBJECT

public:
    InputsEditor(Document *document, LayerId id, QWidget *parent = nullptr);

    // Shows the document's current inputs; never pushes a command.
    void refresh();

private:
    // One input's line, named "input0", "input1"…: its name and its buttons. Lines are reused
    // by position (hidden past the last input), so a click asks the document which input its
    // slot holds now.
    struct Line
    {
        QWidget *widget;
        QToolButton *name;
        QToolButton *up;
        QToolButton *down;
        QToolButton *remove;
    };
    Line createLine(int slot);
    LayerId inputAt(int slot) const;
    void showRefusal(const QString &refusal);

    Document *m_document;
    LayerId m_id;
    QVBoxLayout *m_lineLayout;
    std::vector<Line> m_lines;
    QLabel *m_unconnected; // named "inputsError"
    QLabel *m_refusal;     // named "inputsRefusal"
};

} // namespace cd::ui
