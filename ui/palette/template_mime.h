#pragma once

// The drag payload of a palette template entry (Inception, Residual...): which d2l block, under
// the designer's own MIME type. Its arguments are asked for when it is dropped
// (askBlockArguments in block_template_dialog.h), not carried here.

#include <QString>

#include <optional>

class QMimeData;

namespace cd::ui {

enum class BlockTemplate { Inception, Residual, Residual1x1, ResNeXt, DenseBlock, Transition };

// "application/x-convdesigner-block-template"
QString templateMimeType();
QMimeData *encodeTemplateMime(BlockTemplate kind);
std::optional<BlockTemplate> decodeTemplateMime(const QMimeData *mime);

} // namespace cd::ui
