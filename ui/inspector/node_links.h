#pragma once

// Naming the nodes a layer is wired to, for the inspector's inputs and readers: the name a
// node is shown by, and a flat button for it that the caller makes select the node.

#include "network.h"

#include <QString>

class QToolButton;
class QWidget;

namespace cd::ui {

// "input" for the network input, else the layer's display name (its own or the derived one).
QString nodeDisplayName(const Network &network, LayerId id);

// A flat button as wide as its text that reads as a link to a node.
QToolButton *createNodeLink(QWidget *parent);

} // namespace cd::ui
