#include "edge_menu.h"

#include "connector_item.h"
#include "document.h"
#include "structure_edits.h"

#include <QCoreApplication>
#include <QMenu>

namespace cd::ui::canvas {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::EdgeMenu", text);
}

} // namespace

QMenu *createEdgeMenu(Document *document, const ConnectorItem &edge, QWidget *parent,
                      const std::function<void(const QString &)> &report)
{
    auto *menu = new QMenu(parent);
    const LayerId source = edge.source();
    const LayerId reader = edge.reader();
    const int slot = edge.slot();
    const Layer *layer = document->network().find(reader);
    const int inputs = layer == nullptr ? 0 : static_cast<int>(layer->inputs.size());
    const bool join = layer != nullptr && joinsInputs(layerType(layer->kind));

    QAction *left = menu->addAction(tr("Move Input &Left"), menu, [=] {
        report(moveLayerInput(document, reader, slot, slot - 1));
    });
    left->setObjectName(QStringLiteral("moveInputLeft"));
    left->setEnabled(join && slot > 0);
    QAction *right = menu->addAction(tr("Move Input &Right"), menu, [=] {
        report(moveLayerInput(document, reader, slot, slot + 1));
    });
    right->setObjectName(QStringLiteral("moveInputRight"));
    right->setEnabled(join && slot + 1 < inputs);
    menu->addSeparator();
    QAction *disconnect = menu->addAction(
        tr("&Disconnect"), menu, [=] { report(disconnectLayers(document, source, reader)); });
    disconnect->setObjectName(QStringLiteral("disconnect"));
    return menu;
}

} // namespace cd::ui::canvas
