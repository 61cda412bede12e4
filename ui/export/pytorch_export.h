#pragma once

// File ▸ Export PyTorch Code…: the document's network as one runnable PyTorch module
// (core/export/pytorch_code.h, the same text as convdesigner-cli export-pytorch), written
// atomically. Kept out of MainWindow so that the menu needs one line there.

#include <QString>

class QWidget;

namespace cd::ui {

class Document;

struct PytorchExportResult
{
    QString path;  // the file written, ".py" added when the name had no such suffix
    QString error; // empty on success: the network is invalid, or the file cannot be written
};

// Writes the code for `document`'s network to `filePath` (plus ".py" when missing). An invalid
// network writes nothing and says why.
PytorchExportResult writePytorchCode(const Document &document, const QString &filePath);

// Asks for a .py file and writes the code there, reporting a failure in a message box. An
// invalid network gets the message at once, without a file dialog. Returns the status-bar
// message for a written file, or "" (cancelled or failed).
QString exportPytorchCode(QWidget *parent, const Document &document);

} // namespace cd::ui
