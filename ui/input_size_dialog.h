#pragma once

// Asks for a network's input size (channels, height, width) when an imported ONNX model
// leaves it symbolic.

#include "network.h"

#include <QDialog>

class QSpinBox;

namespace cd::ui {

class InputSizeDialog : public QDialog
{
    Q_OBJECT

public:
    // `channels`: the file's channel count, shown fixed when the file gives one.
    InputSizeDialog(const QString &message, std::optional<std::int64_t> channels,
                    QWidget *parent = nullptr);
    InputShape shape() const;

private:
    QSpinBox *m_channels;
    QSpinBox *m_height;
    QSpinBox *m_width;
};

} // namespace cd::ui
