#pragma once

// How a layer type looks wherever the designer shows it: its label, icon and family colour,
// shared by the palette and the canvas so that a type is recognised at a glance.

#include "layer.h"

#include <QColor>
#include <QIcon>
#include <QString>

namespace cd::ui {

// "Conv2d", "MaxPool2d", "NiN block": PyTorch's class names where there is one.
QString layerLabel(LayerType type);
// The format's spelling ("nin_block") as a QString.
QString layerTypeText(LayerType type);
QIcon layerIcon(LayerType type);
QIcon inputIcon();
// The family colour: convolutions blue, pools green, adaptive pools teal, NiN purple...
QColor layerColor(LayerType type);

} // namespace cd::ui
