#pragma once

// The inspector's list of the layers that read a layer's output, in execution order: where a
// fork's branches go. Each name selects its layer.

#include "document.h"

#include <QWidget>

#include <vector>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace cd::ui {

class ReadersList : public QWidget
{
    Q_OBJECT

public:
    ReadersList(Document *document, LayerId id, QWidget *parent = nullptr);

    // Shows the document's current readers.
    void refresh();

private:
    Document *m_document;
    LayerId m_id;
    QVBoxLayout *m_layout;
    std::vector<QToolButton *> m_links; // named "reader"; reused by position, hidden past the end
    std::vector<LayerId> m_readers;     // what the links show, for a click
    QLabel *m_none;
};

} // namespace cd::ui
