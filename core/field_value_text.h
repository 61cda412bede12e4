#pragma once

// A layer field's value in a few characters, for the undo history: "pool1: kernel 3 → 2"
// says what changed where "Change kernel" did not.

#include "layer_fields.h"

#include <string>

namespace cd {

// "3", "3×2" (a square pair as one number), "same", "valid", "unset", "on", "off", "0.5".
std::string fieldValueText(const FieldValue &value);

} // namespace cd
