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
    return menu;
}

} // namespace cd::ui
