#include "wiring_drag.h"

#include "canvas_scene.h"
#include "canvas_theme.h"
#include "connector_item.h"
#include "document.h"
#include "edge_geometry.h"
#include "layer_block_item.h"
#include "structure_edits.h"

#include <QCoreApplication>
#include <QGraphicsPathItem>
#include <QPen>

#include <algorithm>
#include <unordered_map>

namespace cd::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::WiringDrag", text);
}

// `id` and every node it reads from, directly or not: connecting any of them after `id`
// would close a cycle.
std::unordered_set<LayerId> selfAndAncestors(const Network &network, LayerId id)
{
    std::unordered_map<LayerId, const Layer *> byId;
    for (const Layer &layer : network.layers)
        byId.emplace(layer.id, &layer);
    std::unordered_set<LayerId> seen{id};
    std::vector<LayerId> open{id};
    while (!open.empty()) {
        const auto it = byId.find(open.back());
        open.pop_back();
        if (it == byId.end())
            continue;
        for (LayerId input : it->second->inputs) {
            if (seen.insert(input).second)
                open.push_back(input);
        }
    }
    return seen;
}

} // namespace

WiringDrag::WiringDrag(CanvasScene *scene)
    : m_scene(scene)
{}

WiringDrag::~WiringDrag()
{
    cancel();
}

void WiringDrag::begin(NodeItem *source)
{
    cancel();
    m_source = source;
    const Network &network = m_scene->document()->network();
    const LayerId from = source->layerId();
    const std::unordered_set<LayerId> ancestors = selfAndAncestors(network, from);
    for (NodeItem *node : m_scene->nodes()) {
        // Only a layer's own node has an input to wire: a collapsed block hides which of its
        // layers would read the wire.
        if (node == source || node->type() != LayerBlockItem::Type || !node->hasInputPort())
            continue;
        const Layer *layer = network.find(node->layerId());
        if (layer == nullptr || ancestors.contains(layer->id))
            continue;
        const bool alreadyJoined
            = joinsInputs(layerType(layer->kind))
              && std::find(layer->inputs.begin(), layer->inputs.end(), from) != layer->inputs.end();
        if (alreadyJoined)
            continue;
        m_targets.insert(node);
        node->setWiringTarget(true);
    }
    m_wire = new QGraphicsPathItem;
    QPen pen(QColor::fromRgb(canvas::colours().accentColor), 2, Qt::DashLine, Qt::RoundCap);
    m_wire->setPen(pen);
    m_wire->setZValue(90);
    m_scene->addItem(m_wire);
    moveTo(source->outputPort());
}

void WiringDrag::moveTo(QPointF scenePos)
{
    if (!isActive())
        return;
    QPointF end = scenePos;
    NodeItem *target = m_scene->nodeAt(scenePos);
    if (target != nullptr && accepts(target)) {
        // Snap to where the edge will end: the slot's place on a join, else the middle.
        const int inputs = std::max(target->inputSlots(), 0);
        const int slot = slotAt(target, scenePos.x());
        end = slot < 0 ? target->inputPort() : target->inputPort(slot, inputs + 1);
    }
    m_wire->setPath(canvas::splinePath(canvas::directSpline(m_source->outputPort(), end)));
}

QString WiringDrag::finish(QPointF scenePos)
{
    if (!isActive())
        return {};
    NodeItem *source = m_source;
    NodeItem *target = m_scene->nodeAt(scenePos);
    const int slot = target != nullptr ? slotAt(target, scenePos.x()) : -1;
    cancel();
    if (target == nullptr || target == source)
        return {};
    if (target->type() != LayerBlockItem::Type)
        return tr("Not connected: expand the block to wire one of its layers");
    if (target->layerId() == Network::inputId)
        return tr("Not connected: the network input reads nothing");
    // Refusals (a cycle, a join that already reads the source) come back with their reason.
    return connectLayers(m_scene->document(), source->layerId(), target->layerId(), slot);
}

void WiringDrag::cancel()
{
    for (NodeItem *node : m_targets)
        node->setWiringTarget(false);
    m_targets.clear();
    delete m_wire;
    m_wire = nullptr;
    m_source = nullptr;
}

int WiringDrag::slotAt(const NodeItem *target, qreal sceneX) const
{
    const Layer *layer = m_scene->document()->network().find(target->layerId());
    if (layer == nullptr || !joinsInputs(layerType(layer->kind)))
        return -1;
    int slot = 0;
    for (const ConnectorItem *edge : m_scene->edges()) {
        if (edge->reader() == layer->id && edge->endPoint().x() < sceneX)
            ++slot;
    }
    return slot;
}

} // namespace cd::ui
