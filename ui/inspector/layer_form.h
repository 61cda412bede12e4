#pragma once

// The inspector's form for one layer: its name, its block and fields (built from
// cd::layerFields, so no layer type is special here), its wiring (what it reads, what reads
// it) and, below, what the analysis computed for it.

#include "document.h"

#include <QWidget>

#include <vector>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace cd::ui {

class BlockEditor;
class FieldEditor;
class InputsEditor;
class ReadersList;
class TextGrid;

class LayerForm : public QWidget
{
    Q_OBJECT

public:
    LayerForm(Document *document, LayerId id, QWidget *parent = nullptr);

    LayerId layerId() const { return m_id; }
    LayerType layerType() const { return m_type; }
    // Shows the document's current values; never pushes a command, never moves focus.
    void refresh();

private:
    void commitName();
    // Sets the name to the derived one, which then no longer changes when layers move.
    void keepDerivedName();

    Document *m_document;
    LayerId m_id;
    LayerType m_type;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLineEdit *m_name;
    QPushButton *m_keepName; // named "keepName", shown while the name is derived
    QString m_derived;       // the name the layer has while its own is empty
    BlockEditor *m_block; // a row of m_form, shown for a layer in a block
    QFormLayout *m_form;
    std::vector<FieldEditor *> m_editors;
    InputsEditor *m_inputs;
    ReadersList *m_readers;
    QLabel *m_error;
    TextGrid *m_results; // named "results"
    QLabel *m_convsHeading;
    TextGrid *m_convs; // named "convs": a nin_block's three convolutions
};

} // namespace cd::ui
