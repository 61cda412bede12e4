#pragma once

// The status bar's note that the document's coverage is still being walked on a worker, so
// that figures carried over from before the edit are not taken for the new ones.

#include <QLabel>

namespace cd::ui {

class Document;

// A label shown exactly while document->isAnalysing().
QLabel *analysingIndicator(Document *document, QWidget *parent);

} // namespace cd::ui
