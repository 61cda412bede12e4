#pragma once

// The labels of File ▸ Open Recent: a file's name, and where two names are the same, as many
// of its last folders as tell them apart ("nin.cnn.json — lectures/", "nin.cnn.json — tmp/").

#include <QStringList>

namespace cd::ui {

// One label per path, in order; without the "&1 " accelerators the menu adds.
QStringList recentFileLabels(const QStringList &paths);

} // namespace cd::ui
