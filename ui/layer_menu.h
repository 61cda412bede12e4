#pragma once

// The right-click menu of one layer, on a canvas node or a table row: Duplicate, Delete,
// Show in Layer View and Export Picture… (the last two for windowed layers only, the ones
// the layer view draws). Each entry is the same edit or command as in the window's menus.

#include "layer.h"

#include <functional>

class QMenu;
class QWidget;

namespace cd::ui {

class Document;

struct LayerMenuHandlers
{
    std::function<void(LayerId)> showInLayerView;
    std::function<void(LayerId)> exportPicture;
};

// Null for the input (id 0) or an id the network does not hold. The caller owns the menu.
// Actions are named "duplicateLayer", "deleteLayer", "showInLayerView", "exportLayerPicture".
QMenu *createLayerMenu(Document *document, LayerId id, const LayerMenuHandlers &handlers,
                       QWidget *parent);

} // namespace cd::ui
