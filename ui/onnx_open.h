#pragma once

// File > Open for ONNX models: the import (core/onnx) with a question for the input size
// when the model leaves it symbolic. The result is an untitled network: Save writes a
// network file, never the ONNX model.

#include "network.h"

#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace cd::ui {

// Whether File > Open should import `path` as an ONNX model: by its extension, or by its
// first bytes whatever its name.
bool isOnnxPath(const QString &path);

struct OnnxOpen
{
    std::optional<Network> network;
    QString error;          // shown to the user; empty when they cancelled
};

// Asks for the input size: nullopt when the user cancels. Tests replace it.
using InputSizeQuestion = std::function<std::optional<InputShape>(
    QWidget *parent, const QString &message, std::optional<std::int64_t> fileChannels)>;
InputSizeQuestion &inputSizeQuestion();

OnnxOpen openOnnx(const QString &path, QWidget *parent);

} // namespace cd::ui
