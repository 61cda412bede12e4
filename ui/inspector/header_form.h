#pragma once

// The inspector's form when no layer is selected: the network's name, its input shape and the
// settings memory is computed for (batch, dtype, optimizer), then the network's totals.

#include "document.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cd::ui {

class PairEditor;
class TextGrid;

class HeaderForm : public QWidget
{
    Q_OBJECT

public:
    explicit HeaderForm(Document *document, QWidget *parent = nullptr);

    // Shows the document's current values; never pushes a command, never moves focus.
    void refresh();

private:
    void commitName();
    void sizeEdited(Pair size);

    Document *m_document;
    QLineEdit *m_name;      // "network.name"
    QSpinBox *m_channels;   // "input.channels"
    PairEditor *m_size;     // "input.height", "input.width"
    QSpinBox *m_batch;      // "settings.batch"
    QComboBox *m_dtype;     // "settings.dtype"
    QComboBox *m_optimizer; // "settings.optimizer"
    QLabel *m_error;
    TextGrid *m_results; // named "results"
    QLabel *m_note;      // input pixels that never reach the output
};

} // namespace cd::ui
