#pragma once

// The extension a save dialog's format promises, added when the user typed a bare name:
// Export Table ▸ CSV with the name "x" writes "x.csv", not "x".

#include <QString>

namespace cd::ui {

// `path` ending in `suffix` (".csv"), compared case-insensitively: "x" → "x.csv",
// "x.CSV" stays, "x.txt" → "x.txt.csv". An empty path stays empty (the dialog was cancelled).
QString withSuffix(const QString &path, const QString &suffix);

} // namespace cd::ui
