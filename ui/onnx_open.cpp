#include "onnx_open.h"

#include "input_size_dialog.h"
#include "onnx/onnx_reader.h"
#include "qt_text.h"

#include <QFile>
#include <QFileInfo>

namespace cd::ui {

namespace {

std::optional<InputShape> askWithDialog(QWidget *parent, const QString &message,
                                        std::optional<std::int64_t> fileChannels)
{
    InputSizeDialog dialog(message, fileChannels, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.shape();
}

} // namespace

bool isOnnxPath(const QString &path)
{
    return onnximport::isOnnxFile(QFile::encodeName(path).toStdString());
}

InputSizeQuestion &inputSizeQuestion()
{
    static InputSizeQuestion question = askWithDialog;
    return question;
}

OnnxOpen openOnnx(const QString &path, QWidget *parent)
{
    const std::filesystem::path file(QFile::encodeName(path).toStdString());
    onnximport::ReadResult read = onnximport::readOnnxFile(file);
    if (read.needsInputSize) {
        const QString message
            = QObject::tr("%1 does not fix the input's size. Which size should the network "
                          "read?")
                  .arg(QFileInfo(path).fileName());
        const std::optional<InputShape> shape
            = inputSizeQuestion()(parent, message, read.fileChannels);
        if (!shape)
            return {};
        read = onnximport::readOnnxFile(file, shape);
    }
    if (!read.network)
        return {std::nullopt, qtText(read.error)};
    return {std::move(read.network), QString()};
}

} // namespace cd::ui
