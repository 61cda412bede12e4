#include "picture_menu.h"

#include "canvas/canvas_picture.h"
#include "canvas/canvas_scene.h"
#include "document.h"
#include "memory/memory_timeline_chart.h"
#include "visualiser/picture_names.h"

#include <QAction>
#include <QMenu>

#include <memory>
#include <vector>

namespace cd::ui {

namespace {

struct PictureEntry
{
    QAction *action;
    std::function<bool()> available;
};

} // namespace

void addScenePictureActions(QMenu *menu, CanvasScene *scene, MemoryTimelineChart *chart,
                            ExportPicture exportPicture)
{
    using Scope = CanvasPicture::Scope;
    auto entries = std::make_shared<std::vector<PictureEntry>>();
    // Each canvas entry makes its picture afresh: the block one needs the current selection.
    using MakePicture = std::function<std::unique_ptr<CanvasPicture>()>;
    struct CanvasScope
    {
        MakePicture make;
        std::function<bool()> available;
    };
    const auto addCanvas = [&](const QString &text, const char *name, const CanvasScope &scope,
                               const QString &what, bool svg) {
        MakePicture make = scope.make;
        QAction *action = menu->addAction(text, menu, [make, what, svg, exportPicture] {
            const std::unique_ptr<CanvasPicture> picture = make();
            if (picture->hasPicture())
                exportPicture(*picture, what, svg);
        });
        action->setObjectName(QString::fromLatin1(name));
        entries->push_back({action, scope.available});
    };
    const auto scoped = [scene](Scope scope) {
        return CanvasScope{[scene, scope] { return std::make_unique<CanvasPicture>(*scene, scope); },
                           [scene, scope] { return CanvasPicture(*scene, scope).hasPicture(); }};
    };
    // Whether there is a block to draw needs no layout of a collapsed one.
    const CanvasScope block{[scene] {
                                return std::make_unique<CanvasPicture>(
                                    *scene, CanvasPicture::selectedBlock(*scene->document()));
                            },
                            [scene] {
                                return !CanvasPicture::selectedBlock(*scene->document()).isEmpty();
                            }};
    const auto addChart = [&](const QString &text, const char *name, bool svg) {
        QAction *action = menu->addAction(text, menu, [chart, svg, exportPicture] {
            if (chart->hasPicture())
                exportPicture(*chart, picture_names::memoryChart(), svg);
        });
        action->setObjectName(QString::fromLatin1(name));
        entries->push_back({action, [chart] { return chart->hasPicture(); }});
    };

    menu->addSeparator();
    const QString network = picture_names::network();
    const QString selection = QObject::tr("selection");
    const QString blockWhat = QObject::tr("block");
    addCanvas(QObject::tr("N&etwork as PNG\u2026"), "exportNetworkPng", scoped(Scope::Network),
              network, false);
    addCanvas(QObject::tr("Net&work as SVG\u2026"), "exportNetworkSvg", scoped(Scope::Network),
              network, true);
    addCanvas(QObject::tr("Se&lection as PNG\u2026"), "exportSelectionPng",
              scoped(Scope::Selection), selection, false);
    addCanvas(QObject::tr("Selec&tion as SVG\u2026"), "exportSelectionSvg",
              scoped(Scope::Selection), selection, true);
    addCanvas(QObject::tr("&Block as PNG\u2026"), "exportBlockPng", block, blockWhat, false);
    addCanvas(QObject::tr("Bloc&k as SVG\u2026"), "exportBlockSvg", block, blockWhat, true);
    menu->addSeparator();
    addChart(QObject::tr("&Memory Chart as PNG\u2026"), "exportMemoryChartPng", false);
    addChart(QObject::tr("Memory &Chart as SVG\u2026"), "exportMemoryChartSvg", true);

    const auto update = [entries] {
        for (const PictureEntry &entry : *entries)
            entry.action->setEnabled(entry.available());
    };
    // The chart's bars arrive after the analysis, without a signal of their own: the menu
    // asks again each time it opens.
    QObject::connect(menu, &QMenu::aboutToShow, menu, update);
    QObject::connect(scene->document(), &Document::selectionChanged, menu, update);
    QObject::connect(scene->document(), &Document::changed, menu, update);
    update();
}

} // namespace cd::ui
