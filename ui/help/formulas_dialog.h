#pragma once

// Help ▸ Formulas (F1): the selected layer's arithmetic with its own numbers, and the network's
// memory sums, as report/formula_text.h spells them. Modeless, and it follows the selection and
// every edit, so a student can keep it beside the canvas while stepping through the layers.

#include <QDialog>

class QTextBrowser;

namespace cd::ui {

class Document;

class FormulasDialog : public QDialog
{
    Q_OBJECT

public:
    FormulasDialog(Document *document, QWidget *parent);

private:
    void refresh();

    Document *m_document;
    QTextBrowser *m_text;
};

// Opens the dialog over `parent`, or raises the one already open.
void showFormulasDialog(Document *document, QWidget *parent);

} // namespace cd::ui
