#pragma once

// The small form a template asks its d2l arguments in when it is dropped, prefilled with the
// book's first use of the block (Inception(64, (96, 128), (16, 32), 32), Residual(64)...).

#include "block_spec.h"
#include "palette/template_mime.h"

#include <QDialog>

#include <optional>

namespace cd::ui {

// The block's default arguments: d2l's first use of it.
templates::BlockSpec defaultBlockSpec(BlockTemplate kind);

// Shows the form; empty when the user cancels. Tests replace the form with a function that
// answers at once (setBlockArgumentsAnswer), since a modal dialog would wait for a person.
std::optional<templates::BlockSpec> askBlockArguments(QWidget *parent, BlockTemplate kind);

using BlockArgumentsAnswer = std::optional<templates::BlockSpec> (*)(BlockTemplate kind);
// Null restores the dialog.
void setBlockArgumentsAnswer(BlockArgumentsAnswer answer);

} // namespace cd::ui
