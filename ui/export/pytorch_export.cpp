#include "pytorch_export.h"

#include "document.h"
#include "export/pytorch_code.h"
#include "file_suffix.h"
#include "io/atomic_write.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace cd::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PytorchExport", text);
}

const QString pythonSuffix = QStringLiteral(".py");

// The network file's name with .py beside it, or "network.py" for an untitled network.
QString suggestedPath(const Document &document)
{
    const QFileInfo source(document.filePath());
    if (source.fileName().isEmpty())
        return QStringLiteral("network") + pythonSuffix;
    return source.absolutePath() + QLatin1Char('/')
           + source.fileName().section(QLatin1Char('.'), 0, 0) + pythonSuffix;
}

} // namespace

PytorchExportResult writePytorchCode(const Document &document, const QString &filePath)
{
    PytorchExportResult result;
    result.path = withSuffix(filePath, pythonSuffix);
    const PytorchCode code = pytorchCode(document.network(), document.analysis());
    if (!code.ok()) {
        result.error = QString::fromStdString(code.error);
        return result;
    }
    const std::string error = io::writeFileAtomically(
        result.path, QByteArrayView(code.code.data(), static_cast<qsizetype>(code.code.size())));
    result.error = QString::fromStdString(error);
    return result;
}

QString exportPytorchCode(QWidget *parent, const Document &document)
{
    const QString title = tr("Export PyTorch code");
    if (!document.analysis().valid()) {
        // Ask for no file name that could only be refused afterwards.
        QMessageBox::warning(parent, title,
                             QString::fromStdString(
                                 pytorchCode(document.network(), document.analysis()).error));
        return {};
    }
    const QString path = QFileDialog::getSaveFileName(parent, title, suggestedPath(document),
                                                      tr("Python files (*.py)"));
    if (path.isEmpty())
        return {};
    const PytorchExportResult result = writePytorchCode(document, path);
    if (!result.error.isEmpty()) {
        QMessageBox::warning(parent, tr("Cannot export the PyTorch code"), result.error);
        return {};
    }
    return tr("Exported PyTorch code to %1").arg(QDir::toNativeSeparators(result.path));
}

} // namespace cd::ui
