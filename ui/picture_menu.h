#pragma once

// The File ▸ Export Picture entries for pictures outside the visualiser: the canvas's whole
// network, its selected layers, the block they lie in, and the memory timeline chart, each as PNG or SVG. Kept apart
// from the main window so that its menu code stays a list of calls.

#include <QString>

#include <functional>

class QMenu;

namespace cd::ui {

class CanvasScene;
class MemoryTimelineChart;
class Picture;

// Writes `picture` (called "network", "selection", "block" or "memory chart") after asking for a
// file: the main window's export flow.
using ExportPicture = std::function<void(const Picture &picture, const QString &what, bool svg)>;

// Adds "Network as PNG…/SVG…", "Selection as PNG…/SVG…", "Block as PNG…/SVG…" and "Memory
// Chart as PNG…/SVG…" to `menu`, each enabled only when there is something to draw (a
// selection needs selected layers, a block a selection inside one block); named
// exportNetworkPng, exportNetworkSvg, exportSelectionPng, exportBlockPng, ... for tests.
void addScenePictureActions(QMenu *menu, CanvasScene *scene, MemoryTimelineChart *chart,
                            ExportPicture exportPicture);

} // namespace cd::ui
