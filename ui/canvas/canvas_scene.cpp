#include "canvas_scene.h"

#include "block_frame_item.h"
#include "block_summary.h"
#include "canvas_interaction.h"
#include "canvas_layout.h"
#include "canvas_theme.h"
#include "collapsed_block_item.h"
#include "connector_item.h"
#include "document.h"
#include "edge_menu.h"
#include "graph_walk.h"
#include "label_sides.h"
#include "layer_block_item.h"
#include "structure_edits.h"
#include "theme/theme.h"

#include <QEasingCurve>
#include <QMenu>
#include <QPainter>
#include <QVariantAnimation>

#include <algorithm>
#include <set>

namespace cd::ui {

namespace {

constexpr int animationMillis = 180;

std::optional<bool> &animationSwitch()
{
    static std::optional<bool> enabled;
    return enabled;
}

// A faint dot grid, as a tiled brush: the background costs one fill per exposed area.
QBrush gridBrush()
{
    QPixmap tile(24, 24);
    tile.fill(QColor::fromRgb(canvas::colours().backgroundColor));
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromRgb(canvas::colours().gridColor));
    painter.drawEllipse(QPointF(12, 12), 1.1, 1.1);
    return QBrush(tile);
}

QString blockName(const std::string &block)
{
    return QString::fromStdString(block);
}

QPointF lerp(QPointF from, QPointF to, qreal t)
{
    return from + (to - from) * t;
}

QRectF lerp(const QRectF &from, const QRectF &to, qreal t)
{
    return QRectF(lerp(from.topLeft(), to.topLeft(), t),
                  lerp(from.bottomRight(), to.bottomRight(), t));
}

} // namespace

void CanvasScene::setAnimationsEnabled(bool enabled)
{
    animationSwitch() = enabled;
}

bool CanvasScene::animationsEnabled()
{
    if (!animationSwitch())
        animationSwitch() = !qEnvironmentVariableIsSet("CONVDESIGNER_NO_ANIMATION");
    return *animationSwitch();
}

CanvasScene::CanvasScene(Document *document, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_input(new LayerBlockItem(Network::inputId))
    , m_output(new ConnectorItem(Network::inputId, 0, 0))
    , m_animation(new QVariantAnimation(this))
{
    // Nodes move on every structural edit; a BSP index would be rebuilt each time, while a
    // linear scan of a few thousand items per paint is cheap.
    setItemIndexMethod(NoIndex);
    setBackgroundBrush(gridBrush());
    // Items cache their pictures: each must repaint in the new theme's colours.
    connect(&ThemeNotifier::instance(), &ThemeNotifier::themeChanged, this, [this] {
        setBackgroundBrush(gridBrush());
        for (QGraphicsItem *item : items())
            item->update();
    });
    setFont(canvas::bodyFont());
    addItem(m_input);
    addItem(m_output);
    m_interaction = std::make_unique<CanvasInteraction>(this);

    m_animation->setDuration(animationMillis);
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { placeAt(value.toReal()); });
    connect(m_animation, &QVariantAnimation::finished, this, [this] { placeAt(1.0); });

    restructure(false);
    connect(m_document, &Document::changed, this, &CanvasScene::documentChanged);
    connect(m_document, &Document::selectionChanged, this, &CanvasScene::syncSelection);
    connect(m_document, &Document::currentLayerChanged, this, &CanvasScene::syncSelection);
    connect(m_document, &Document::blockCollapsedChanged, this, [this] { restructure(true); });
}

CanvasScene::~CanvasScene() = default;

LayerBlockItem *CanvasScene::blockFor(LayerId id) const
{
    return id == Network::inputId ? m_input : m_layerNodes.value(id);
}

NodeItem *CanvasScene::nodeFor(LayerId id) const
{
    const int node = m_graph.nodeOf(id);
    return node < 0 ? nullptr : m_nodeItems[static_cast<std::size_t>(node)];
}

CollapsedBlockItem *CanvasScene::collapsedBlock(const QString &block) const
{
    return m_blockNodes.value(block);
}

BlockFrameItem *CanvasScene::frameFor(const QString &block) const
{
    return m_frames.value(block);
}

NodeItem *CanvasScene::nodeAt(const QPointF &scenePos) const
{
    // The topmost first, as the user sees them.
    for (auto it = m_nodeItems.rbegin(); it != m_nodeItems.rend(); ++it) {
        if ((*it)->sceneBodyRect().contains(scenePos))
            return *it;
    }
    return nullptr;
}

QRectF CanvasScene::finalNodeRect(LayerId id) const
{
    const int node = m_graph.nodeOf(id);
    if (node < 0 || static_cast<std::size_t>(node) >= m_placement.nodes.size())
        return {};
    return m_placement.nodeRect(static_cast<std::size_t>(node));
}

ConnectorItem *CanvasScene::edge(LayerId source, LayerId reader) const
{
    for (ConnectorItem *edge : m_edgeItems) {
        if (edge->source() == source && edge->reader() == reader)
            return edge;
    }
    return nullptr;
}

ConnectorItem *CanvasScene::edgeAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos, Qt::IntersectsItemShape)) {
        if (item->type() == ConnectorItem::Type && item->isVisible())
            return static_cast<ConnectorItem *>(item);
    }
    return nullptr;
}

bool CanvasScene::isWiring() const
{
    return m_interaction->isWiring();
}

bool CanvasScene::isMovingBlock() const
{
    return m_interaction->isMovingNode();
}

InsertionMarkerItem *CanvasScene::insertionMarker() const
{
    return m_interaction->marker();
}

bool CanvasScene::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void CanvasScene::finishAnimation()
{
    if (isAnimating())
        m_animation->stop();
    placeAt(1.0);
}

void CanvasScene::report(const QString &message)
{
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
}

// ---- Following the document ----

void CanvasScene::documentChanged(const DocumentChange &change)
{
    switch (change.kind) {
    case DocumentChange::Reset: restructure(false); break;
    case DocumentChange::LayerInserted:
    case DocumentChange::LayerRemoved:
    case DocumentChange::LayerMoved:
    case DocumentChange::Restructured: restructure(true); break;
    case DocumentChange::LayerChanged: {
        // Settings and names only move labels; an edit of the layer's inputs or block (from
        // anywhere) changes the drawing and is laid out like any structural edit.
        std::set<std::string> collapsed;
        for (const QString &block : m_document->collapsedBlocks())
            collapsed.insert(block.toStdString());
        if (!(canvas::visibleGraph(m_document->network(), collapsed) == m_graph)) {
            restructure(true);
            break;
        }
        const auto it = m_indexOf.find(change.id);
        syncContents(it == m_indexOf.end() ? 0 : it->second);
        break;
    }
    case DocumentChange::HeaderChanged: syncContents(-1); break;
    case DocumentChange::CoverageReady: break; // the canvas draws no coverage
    }
}

void CanvasScene::restructure(bool animate)
{
    m_interaction->cancel();
    selectEdge(nullptr);

    std::set<std::string> collapsed;
    for (const QString &block : m_document->collapsedBlocks())
        collapsed.insert(block.toStdString());
    m_graph = canvas::visibleGraph(m_document->network(), collapsed);
    m_indexOf.clear();
    const auto &layers = m_document->network().layers;
    for (std::size_t i = 0; i < layers.size(); ++i)
        m_indexOf.emplace(layers[i].id, static_cast<int>(i));

    reconcileNodes();
    reconcileEdges();
    reconcileFrames();
    syncContents(-1);
    syncSelection();
    syncHighlight();
    applyPlacement(animate && animationsEnabled());
    Q_EMIT relaidOut();
}

void CanvasScene::reconcileNodes()
{
    QHash<LayerId, LayerBlockItem *> layerNodes;
    QHash<QString, CollapsedBlockItem *> blockNodes;
    m_nodeItems.clear();
    m_nodeItems.reserve(m_graph.nodes.size());
    for (const canvas::VisibleNode &node : m_graph.nodes) {
        if (node.layer == Network::inputId && !node.isCollapsedBlock()) {
            m_nodeItems.push_back(m_input);
        } else if (node.isCollapsedBlock()) {
            const QString block = blockName(node.collapsedBlock);
            CollapsedBlockItem *item = m_blockNodes.take(block);
            if (item == nullptr) {
                item = new CollapsedBlockItem(block);
                item->setOpacity(0);
                addItem(item);
            }
            blockNodes.insert(block, item);
            m_nodeItems.push_back(item);
        } else {
            LayerBlockItem *item = m_layerNodes.take(node.layer);
            if (item == nullptr) {
                item = new LayerBlockItem(node.layer);
                item->setOpacity(0); // fades in where it lands
                addItem(item);
            }
            layerNodes.insert(node.layer, item);
            m_nodeItems.push_back(item);
        }
    }
    // What is left was removed or folded into a collapsed block.
    qDeleteAll(m_layerNodes);
    qDeleteAll(m_blockNodes);
    m_layerNodes = std::move(layerNodes);
    m_blockNodes = std::move(blockNodes);

    std::vector<int> inputs(m_nodeItems.size(), 0);
    for (const canvas::VisibleEdge &edge : m_graph.edges)
        ++inputs[static_cast<std::size_t>(edge.to)];
    const Network &network = m_document->network();
    for (std::size_t i = 0; i < m_nodeItems.size(); ++i) {
        const canvas::VisibleNode &node = m_graph.nodes[i];
        const auto index = m_indexOf.find(node.layer);
        if (node.isCollapsedBlock() || index == m_indexOf.end()) {
            m_nodeItems[i]->setInputSlots(inputs[i]);
            continue;
        }
        // A layer's ports are its inputs, as its edges end on them (VisibleEdge::targetSlots).
        const Layer &layer = network.layers[static_cast<std::size_t>(index->second)];
        m_nodeItems[i]->setInputSlots(static_cast<int>(layer.inputs.size()),
                                      joinsInputs(layerType(layer.kind)));
    }
}

void CanvasScene::reconcileEdges()
{
    std::map<std::tuple<LayerId, LayerId, int>, ConnectorItem *> byKey;
    m_edgeItems.clear();
    m_edgeItems.reserve(m_graph.edges.size());
    for (const canvas::VisibleEdge &edge : m_graph.edges) {
        const auto key = std::make_tuple(edge.source, edge.reader, edge.slot);
        ConnectorItem *item = nullptr;
        if (const auto it = m_edgeByKey.find(key); it != m_edgeByKey.end()) {
            item = it->second;
            m_edgeByKey.erase(it);
        } else {
            item = new ConnectorItem(edge.source, edge.reader, edge.slot);
            addItem(item);
        }
        item->setMerged(edge.merged);
        const bool join = m_nodeItems[static_cast<std::size_t>(edge.to)]->hasNumberedSlots();
        item->setSlotNumber(join ? edge.slot + 1 : 0);
        byKey.emplace(key, item);
        m_edgeItems.push_back(item);
    }
    for (const auto &[key, item] : m_edgeByKey)
        delete item;
    m_edgeByKey = std::move(byKey);
}

void CanvasScene::reconcileFrames()
{
    QHash<QString, BlockFrameItem *> frames;
    for (const canvas::VisibleNode &node : m_graph.nodes) {
        if (node.frame.empty())
            continue;
        const QString block = blockName(node.frame);
        if (frames.contains(block))
            continue;
        BlockFrameItem *frame = m_frames.take(block);
        if (frame == nullptr) {
            frame = new BlockFrameItem(block);
            frame->setOpacity(0);
            addItem(frame);
        }
        frames.insert(block, frame);
    }
    qDeleteAll(m_frames);
    m_frames = std::move(frames);
}

void CanvasScene::syncContents(int firstLayer)
{
    const Network &network = m_document->network();
    const Analysis &analysis = m_document->analysis();
    if (firstLayer < 0)
        m_input->syncWithInput(analysis);
    const int from = std::max(firstLayer, 0);
    for (std::size_t i = static_cast<std::size_t>(from); i < network.layers.size(); ++i) {
        if (LayerBlockItem *item = m_layerNodes.value(network.layers[i].id))
            item->syncWithLayer(network.layers[i], analysis.layers[i]);
    }
    for (ConnectorItem *edge : m_edgeItems) {
        const auto it = m_indexOf.find(edge->source());
        const int index = it == m_indexOf.end() ? -1 : it->second;
        if (index >= firstLayer) {
            const QString shape = canvas::outputShapeText(analysis, index);
            edge->setText(shape, shape != QStringLiteral("?"));
        }
    }
    const int last = static_cast<int>(network.layers.size()) - 1;
    const QString output = canvas::outputShapeText(analysis, last);
    m_output->setText(output, output != QStringLiteral("?"));

    // Blocks are few: their figures are summed again on every change.
    if (m_blockNodes.isEmpty() && m_frames.isEmpty())
        return;
    std::size_t first = 0;
    while (first < analysis.layers.size()) {
        const std::string &block = analysis.layers[first].block;
        std::size_t end = first + 1;
        while (end < analysis.layers.size() && analysis.layers[end].block == block)
            ++end;
        if (!block.empty()) {
            const QString name = blockName(block);
            CollapsedBlockItem *node = m_blockNodes.value(name);
            BlockFrameItem *frame = m_frames.value(name);
            if (node != nullptr || frame != nullptr) {
                const canvas::BlockSummary summary = canvas::summarizeBlock(
                    name, std::span(analysis.layers).subspan(first, end - first), analysis);
                if (node != nullptr)
                    node->syncWithBlock(summary, analysis.layers[end - 1].id);
                if (frame != nullptr)
                    frame->syncWithBlock(summary);
            }
        }
        first = end;
    }
}

void CanvasScene::syncSelection()
{
    std::vector<NodeItem::Selection> looks(m_nodeItems.size(), NodeItem::Selection::None);
    for (LayerId id : m_document->selection()) {
        const int node = m_graph.nodeOf(id);
        if (node >= 0)
            looks[static_cast<std::size_t>(node)] = NodeItem::Selection::Selected;
    }
    const int current = m_graph.nodeOf(m_document->currentLayer());
    if (current >= 0)
        looks[static_cast<std::size_t>(current)] = NodeItem::Selection::Current;
    for (std::size_t i = 0; i < m_nodeItems.size(); ++i)
        m_nodeItems[i]->setSelection(looks[i]);
}

void CanvasScene::setHighlightedLayers(const std::vector<LayerId> &ids)
{
    m_highlighted = ids;
    syncHighlight();
}

void CanvasScene::syncHighlight()
{
    std::vector<bool> lit(m_nodeItems.size(), false);
    for (LayerId id : m_highlighted) {
        const int node = m_graph.nodeOf(id);
        if (node >= 0)
            lit[static_cast<std::size_t>(node)] = true;
    }
    for (std::size_t i = 0; i < m_nodeItems.size(); ++i)
        m_nodeItems[i]->setHighlighted(lit[i]);
}

// ---- Placing ----

void CanvasScene::applyPlacement(bool animate)
{
    if (isAnimating())
        m_animation->stop();
    m_placement = canvas::placeGraph(m_graph);
    report(m_placement.error);
    // Frames' headers stand left of them; the margins leave room for most, this for the rest.
    QRectF content = m_placement.content;
    for (auto it = m_frames.cbegin(); it != m_frames.cend(); ++it) {
        const QRectF box = m_placement.frames.value(it.key());
        content = content.united(it.value()->boundingRect().translated(box.topLeft()));
    }
    setSceneRect(canvas::sceneRectFor(content));

    m_startPositions.clear();
    m_startFrames.clear();
    if (!animate) {
        placeAt(1.0);
        return;
    }
    for (NodeItem *node : m_nodeItems)
        m_startPositions.push_back(node->opacity() == 0 ? QPointF(qQNaN(), 0) : node->pos());
    for (auto it = m_frames.cbegin(); it != m_frames.cend(); ++it) {
        if (it.value()->opacity() > 0)
            m_startFrames.insert(it.key(), it.value()->box());
    }
    m_animation->start();
}

void CanvasScene::placeAt(qreal progress)
{
    const bool done = progress >= 1.0;
    for (std::size_t i = 0; i < m_nodeItems.size(); ++i) {
        NodeItem *node = m_nodeItems[i];
        const QPointF target = i < m_placement.nodes.size() ? m_placement.nodes[i] : node->pos();
        const bool isNew = i >= m_startPositions.size() || qIsNaN(m_startPositions[i].x());
        if (done || isNew) {
            node->setPos(target);
            node->setOpacity(done ? 1.0 : progress); // a new node fades in where it lands
        } else {
            node->setPos(lerp(m_startPositions[i], target, progress));
        }
    }
    for (auto it = m_frames.cbegin(); it != m_frames.cend(); ++it) {
        const QRectF target = m_placement.frames.value(it.key());
        const auto start = m_startFrames.constFind(it.key());
        if (done || start == m_startFrames.cend()) {
            it.value()->setBox(target);
            it.value()->setOpacity(done ? 1.0 : progress);
        } else {
            it.value()->setBox(lerp(*start, target, progress));
        }
    }
    if (done) {
        routeEdges();
        return;
    }
    // While nodes move, edges follow their ports on plain curves; the splines come at the end.
    for (std::size_t e = 0; e < m_edgeItems.size(); ++e) {
        const canvas::VisibleEdge &edge = m_graph.edges[e];
        const NodeItem *to = m_nodeItems[static_cast<std::size_t>(edge.to)];
        m_edgeItems[e]->setInterimRoute(
            m_nodeItems[static_cast<std::size_t>(edge.from)]->outputPort(),
            to->inputPort(edge.targetSlot, edge.targetSlots));
    }
    const QPointF output
        = m_nodeItems[static_cast<std::size_t>(m_graph.outputNode())]->outputPort();
    m_output->setInterimRoute(output, output + QPointF(0, canvas::connectorLength));
}

void CanvasScene::routeEdges()
{
    using canvas::LabelPlace;
    // A fork's first edge shows the shape on the trunk all its edges share; the others none.
    std::vector<int> outs(m_graph.nodes.size(), 0);
    std::vector<int> firstOut(m_graph.nodes.size(), -1);
    for (std::size_t e = 0; e < m_graph.edges.size(); ++e) {
        const auto from = static_cast<std::size_t>(m_graph.edges[e].from);
        if (outs[from]++ == 0)
            firstOut[from] = static_cast<int>(e);
    }
    for (std::size_t e = 0; e < m_edgeItems.size() && e < m_placement.edges.size(); ++e) {
        const auto from = static_cast<std::size_t>(m_graph.edges[e].from);
        const bool intoJoin = m_graph.edges[e].targetSlots > 1;
        const LabelPlace place
            = outs[from] > 1
                  ? (firstOut[from] == static_cast<int>(e) ? LabelPlace::OnTrunk : LabelPlace::None)
              : intoJoin ? LabelPlace::NearSource
                         : LabelPlace::Beside;
        m_edgeItems[e]->setRoute(m_placement.edges[e], place);
    }
    const QPointF output
        = m_nodeItems[static_cast<std::size_t>(m_graph.outputNode())]->outputPort();
    m_output->setSource(m_graph.nodes.back().layer);
    m_output->setRoute({output, output + QPointF(0, canvas::connectorLength)}, LabelPlace::Beside);
    chooseLabelSides();
}

void CanvasScene::chooseLabelSides()
{
    std::vector<QRectF> nodes;
    nodes.reserve(m_placement.nodes.size());
    for (const QPointF &node : m_placement.nodes)
        nodes.push_back(QRectF(node, QSizeF(canvas::blockWidth, canvas::blockHeight)));
    std::vector<QPolygonF> lines;
    std::vector<QRectF> trunks;
    std::vector<canvas::LabelOption> options;
    std::vector<bool> preferLeft;
    for (std::size_t e = 0; e < m_edgeItems.size(); ++e) {
        const ConnectorItem *edge = m_edgeItems[e];
        lines.push_back(edge->polyline());
        if (!edge->isLabelBeside()) {
            if (!edge->labelRect().isEmpty())
                trunks.push_back(edge->labelRect());
            continue;
        }
        const bool left = edge->isLabelLeft();
        options.push_back({edge->labelRectOn(left), edge->labelRectOn(!left), e});
        preferLeft.push_back(left);
    }
    const std::vector<bool> keep
        = canvas::keepPreferredSides(options, nodes, lines, std::move(trunks));
    for (std::size_t i = 0; i < options.size(); ++i) {
        m_edgeItems[options[i].edge]->setLabelLeft(keep[i] == preferLeft[i]);
    }
}

LayerId CanvasScene::stepFrom(LayerId from, Step step) const
{
    const int node = m_graph.nodeOf(from);
    if (node < 0)
        return from;
    const int next = canvas::walk(m_graph, m_placement, node, step);
    return next < 0 ? from : m_nodeItems[static_cast<std::size_t>(next)]->layerId();
}

// ---- Edges the user picks ----

void CanvasScene::selectEdge(ConnectorItem *edge)
{
    if (edge != nullptr && (edge->isOutput() || edge->isMerged()))
        edge = nullptr; // nothing to disconnect
    if (edge == m_selectedEdge)
        return;
    if (m_selectedEdge != nullptr)
        m_selectedEdge->setEmphasis(ConnectorItem::Emphasis::None);
    m_selectedEdge = edge;
    if (edge != nullptr)
        edge->setEmphasis(ConnectorItem::Emphasis::Selected);
    Q_EMIT selectedEdgeChanged();
}

bool CanvasScene::disconnectSelectedEdge()
{
    ConnectorItem *edge = m_selectedEdge;
    if (edge == nullptr)
        return false;
    const LayerId source = edge->source();
    const LayerId reader = edge->reader();
    selectEdge(nullptr);
    report(disconnectLayers(m_document, source, reader));
    return true;
}

QMenu *CanvasScene::createEdgeMenu(ConnectorItem *edge, QWidget *parent)
{
    return canvas::createEdgeMenu(m_document, *edge, parent,
                                  [this](const QString &message) { report(message); });
}

// ---- The mouse and drops: CanvasInteraction's ----

void CanvasScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_interaction->press(event);
}

void CanvasScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    m_interaction->move(event);
}

void CanvasScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    m_interaction->release(event);
}

void CanvasScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    m_interaction->doubleClick(event);
}

void CanvasScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    m_interaction->contextMenu(event);
}

void CanvasScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    m_interaction->dragMove(event);
}

void CanvasScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    m_interaction->dragMove(event);
}

void CanvasScene::dragLeaveEvent(QGraphicsSceneDragDropEvent *event)
{
    m_interaction->dragLeave(event);
}

void CanvasScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    m_interaction->drop(event);
}

} // namespace cd::ui
