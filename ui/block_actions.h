#pragma once

// The Edit menu's actions on several layers at once: Copy and Paste of layers with their
// wiring, Select All, Group into a block and Ungroup. They act on the document's selection,
// keep their enabled state in step with it, and report refusals for the status bar.

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace cd::ui {

class Document;

class BlockActions : public QObject
{
    Q_OBJECT

public:
    explicit BlockActions(Document *document, QObject *parent = nullptr);

    void addTo(QMenu *menu) const;
    // Copy, Paste and Select All take their standard shortcuts only while `widget` (the
    // canvas) has focus, so that Ctrl+C in the table or a text field keeps its own meaning.
    void bindShortcutsTo(QWidget *widget) const;

    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *groupAction() const { return m_group; }
    QAction *ungroupAction() const { return m_ungroup; }
    QAction *selectAllAction() const { return m_selectAll; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void updateEnabled();
    void report(const QString &refusal);
    // The block of the current layer, or empty.
    QString currentBlock() const;

    Document *m_document;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_selectAll;
    QAction *m_group;
    QAction *m_ungroup;
};

} // namespace cd::ui
