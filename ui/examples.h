#pragma once

// The example networks compiled in as Qt resources (File ▸ New from Example).

#include "network.h"

#include <QList>
#include <QString>

namespace cd::ui {

struct Example
{
    QString title;        // menu text: "NiN (seed)"
    QString resourcePath; // ":/examples/nin.cnn.json"
};

QList<Example> examples();
// The example's network; examples are part of the build, so failing to read one is a bug.
Network loadExample(const QString &resourcePath);

} // namespace cd::ui
