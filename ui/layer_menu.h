#pragma once

// The right-click menu of one layer, on a canvas node or a table row: Duplicate, Delete,
// Show in Layer View and Export Picture… (the last two for windowed layers only, the ones
// the layer view draws), and for a layer in a block, Export Block as PNG/SVG. A collapsed
// block's node has a menu of its own: Expand and the block's pictures. Each entry is the same
// edit or command as in the window's menus.

#include "layer.h"

#include <QString>

#include <functional>

class QMenu;
class QWidget;

namespace cd::ui {

class Document;

struct LayerMenuHandlers
{
    std::function<void(LayerId)> showInLayerView;
    std::function<void(LayerId)> exportPicture;
    std::function<void(const QString &block, bool svg)> exportBlockPicture;
};

// Null for the input (id 0) or an id the network does not hold. The caller owns the menu.
// Actions are named "duplicateLayer", "deleteLayer", "showInLayerView", "exportLayerPicture",
// "exportBlockPng" and "exportBlockSvg".
QMenu *createLayerMenu(Document *document, LayerId id, const LayerMenuHandlers &handlers,
                       QWidget *parent);
// The menu of collapsed block `block`: "expandBlock", "exportBlockPng", "exportBlockSvg".
QMenu *createBlockMenu(Document *document, const QString &block,
                       const LayerMenuHandlers &handlers, QWidget *parent);

} // namespace cd::ui
