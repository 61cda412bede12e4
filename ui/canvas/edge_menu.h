#pragma once

// An edge's context menu on the canvas: into a join, "Move Input Left/Right" changes the
// order its inputs are read in (a concat's channel order); any edge can be disconnected.

#include <QString>

#include <functional>

class QMenu;
class QWidget;

namespace cd::ui {

class ConnectorItem;
class Document;

namespace canvas {

// `report` receives a refused edit's reason. The caller owns the menu.
QMenu *createEdgeMenu(Document *document, const ConnectorItem &edge, QWidget *parent,
                      const std::function<void(const QString &)> &report);

} // namespace canvas

} // namespace cd::ui
