#include "layer_menu.h"

#include "document.h"
#include "edits.h"
#include "visualiser/grid_content.h"

#include <QCoreApplication>
#include <QMenu>

namespace cd::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LayerMenu", text);
}

QAction *addNamed(QMenu *menu, const QString &text, const char *name)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(QString::fromLatin1(name));
    return action;
}

void addBlockPictures(QMenu *menu, Document *document, const QString &block,
                      const LayerMenuHandlers &handlers)
{
    const auto add = [&](const QString &text, const char *name, bool svg) {
        QAction *action = addNamed(menu, text, name);
        action->setEnabled(bool(handlers.exportBlockPicture));
        if (handlers.exportBlockPicture) {
            QObject::connect(action, &QAction::triggered, document,
                             [exportBlock = handlers.exportBlockPicture, block, svg] {
                                 exportBlock(block, svg);
                             });
        }
    };
    add(tr("Export &Block as PNG\u2026"), "exportBlockPng", false);
    add(tr("Export Bloc&k as SVG\u2026"), "exportBlockSvg", true);
}

} // namespace

QMenu *createLayerMenu(Document *document, LayerId id, const LayerMenuHandlers &handlers,
                       QWidget *parent)
{
    if (id == 0 || document->network().indexOf(id) < 0)
        return nullptr;
    auto *menu = new QMenu(parent);
    QObject::connect(addNamed(menu, tr("D&uplicate"), "duplicateLayer"), &QAction::triggered,
                     document, [document, id] { duplicateLayer(document, id); });
    QObject::connect(addNamed(menu, tr("&Delete"), "deleteLayer"), &QAction::triggered, document,
                     [document, id] { removeLayer(document, id); });
    menu->addSeparator();
    const bool windowed = GridContent::hasGrid(document->analysis(), id);
    QAction *show = addNamed(menu, tr("Show in &Layer View"), "showInLayerView");
    QAction *picture = addNamed(menu, tr("Export &Picture\u2026"), "exportLayerPicture");
    show->setEnabled(windowed && handlers.showInLayerView);
    picture->setEnabled(windowed && handlers.exportPicture);
    if (handlers.showInLayerView) {
        QObject::connect(show, &QAction::triggered, document,
                         [show = handlers.showInLayerView, id] { show(id); });
    }
    if (handlers.exportPicture) {
        QObject::connect(picture, &QAction::triggered, document,
                         [exportPicture = handlers.exportPicture, id] { exportPicture(id); });
    }
    const std::string &block =
        document->network().layers[static_cast<std::size_t>(document->network().indexOf(id))]
            .block;
    if (!block.empty()) {
        menu->addSeparator();
        addBlockPictures(menu, document, QString::fromStdString(block), handlers);
    }
    return menu;
}

QMenu *createBlockMenu(Document *document, const QString &block,
                       const LayerMenuHandlers &handlers, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    QObject::connect(addNamed(menu, tr("&Expand Block"), "expandBlock"), &QAction::triggered,
                     document, [document, block] { document->setBlockCollapsed(block, false); });
    menu->addSeparator();
    addBlockPictures(menu, document, block, handlers);
    return menu;
}

} // namespace cd::ui
