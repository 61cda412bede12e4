#include "canvas_picture.h"

#include "block_frame_item.h"
#include "canvas_scene.h"
#include "collapsed_block_item.h"
#include "connector_item.h"
#include "document.h"
#include "insertion_marker_item.h"
#include "node_item.h"

#include <QGraphicsItem>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <unordered_set>

namespace cd::ui {

namespace {

constexpr qreal margin = 24; // around the drawn items, so that shadows and labels breathe
// Above and below a block, where the edges into and out of it run before the crop cuts them.
constexpr qreal stubLength = 40;

// A document of its own with the network of `scene` and its collapsed blocks but `block`,
// when the canvas shows `block` collapsed; null when the canvas already shows it expanded.
std::unique_ptr<Document> expandedCopy(const CanvasScene &scene, const QString &block)
{
    const Document &original = *scene.document();
    if (!original.isBlockCollapsed(block))
        return nullptr;
    auto copy = std::make_unique<Document>();
    copy->reset(original.network(), QString());
    for (const QString &collapsed : original.collapsedBlocks())
        if (collapsed != block)
            copy->setBlockCollapsed(collapsed, true);
    return copy;
}

// Puts the scene into its plain look for one render and back afterwards: selection, tint and
// emphasis off, only `shown` visible, no background grid, and no item caches, since a cached
// item would reach an SVG as a bitmap instead of shapes and text.
class PlainLook
{
public:
    PlainLook(CanvasScene &scene, const std::vector<QGraphicsItem *> &shown) : m_scene(scene)
    {
        const std::unordered_set<QGraphicsItem *> keep(shown.begin(), shown.end());
        m_background = scene.backgroundBrush();
        scene.setBackgroundBrush(Qt::NoBrush);
        for (QGraphicsItem *item : scene.items()) {
            m_items.push_back({item, item->isVisible(), item->cacheMode()});
            item->setCacheMode(QGraphicsItem::NoCache);
            if (item->parentItem() == nullptr && !keep.count(item))
                item->setVisible(false);
        }
        for (NodeItem *node : scene.nodes()) {
            m_nodes.push_back({node, node->selection(), node->isHighlighted()});
            node->setSelection(NodeItem::Selection::None);
            node->setHighlighted(false);
        }
        for (ConnectorItem *edge : allEdges()) {
            m_edges.push_back({edge, edge->emphasis()});
            edge->setEmphasis(ConnectorItem::Emphasis::None);
        }
        setCornerButtonsShown(false);
    }

    ~PlainLook()
    {
        setCornerButtonsShown(true);
        for (const EdgeState &edge : m_edges)
            edge.item->setEmphasis(edge.emphasis);
        for (const NodeState &node : m_nodes) {
            node.item->setSelection(node.selection);
            node.item->setHighlighted(node.highlighted);
        }
        for (const ItemState &item : m_items) {
            item.item->setVisible(item.visible);
            item.item->setCacheMode(item.cache);
        }
        m_scene.setBackgroundBrush(m_background);
    }

    PlainLook(const PlainLook &) = delete;
    PlainLook &operator=(const PlainLook &) = delete;

private:
    // The − and + buttons that collapse and expand blocks: controls, not the network.
    void setCornerButtonsShown(bool shown)
    {
        for (QGraphicsItem *item : m_scene.items()) {
            if (auto *frame = qgraphicsitem_cast<BlockFrameItem *>(item))
                frame->setCornerButtonShown(shown);
            else if (auto *collapsed = qgraphicsitem_cast<CollapsedBlockItem *>(item))
                collapsed->setCornerButtonShown(shown);
        }
    }

    std::vector<ConnectorItem *> allEdges() const
    {
        std::vector<ConnectorItem *> edges = m_scene.edges();
        if (m_scene.outputConnector() != nullptr)
            edges.push_back(m_scene.outputConnector());
        return edges;
    }

    struct ItemState
    {
        QGraphicsItem *item;
        bool visible;
        QGraphicsItem::CacheMode cache;
    };
    struct NodeState
    {
        NodeItem *item;
        NodeItem::Selection selection;
        bool highlighted;
    };
    struct EdgeState
    {
        ConnectorItem *item;
        ConnectorItem::Emphasis emphasis;
    };

    CanvasScene &m_scene;
    QBrush m_background;
    std::vector<ItemState> m_items;
    std::vector<NodeState> m_nodes;
    std::vector<EdgeState> m_edges;
};

} // namespace

CanvasPicture::CanvasPicture(CanvasScene &scene, Scope scope) : m_scene(scene), m_scope(scope)
{
    if (m_scene.isAnimating())
        m_scene.finishAnimation();
}

CanvasPicture::CanvasPicture(CanvasScene &scene, const QString &block)
    : m_expandedDocument(expandedCopy(scene, block))
    , m_expandedScene(m_expandedDocument ? std::make_unique<CanvasScene>(m_expandedDocument.get())
                                         : nullptr)
    , m_scene(m_expandedScene ? *m_expandedScene : scene)
    , m_scope(Scope::Block)
    , m_block(block)
{
    if (m_scene.isAnimating())
        m_scene.finishAnimation();
}

CanvasPicture::~CanvasPicture() = default;

QString CanvasPicture::selectedBlock(const Document &document)
{
    const Network &network = document.network();
    QString block;
    for (LayerId id : document.selection()) {
        const int index = network.indexOf(id);
        if (index < 0)
            continue;
        const QString own =
            QString::fromStdString(network.layers[static_cast<std::size_t>(index)].block);
        if (own.isEmpty() || (!block.isEmpty() && own != block))
            return QString();
        block = own;
    }
    return block;
}

bool CanvasPicture::hasPicture() const
{
    return !shownItems().empty();
}

std::vector<QGraphicsItem *> CanvasPicture::shownItems() const
{
    std::vector<QGraphicsItem *> shown;
    if (m_scope == Scope::Network) {
        for (QGraphicsItem *item : m_scene.items())
            if (item->parentItem() == nullptr && item->isVisible()
                && item != static_cast<QGraphicsItem *>(m_scene.insertionMarker()))
                shown.push_back(item);
        return shown;
    }
    if (m_scope == Scope::Block) {
        addBlockItems(shown);
        return shown;
    }
    // A selection: its nodes (the document's selection, which never holds the input), and
    // the edges that run between two of them (the output connector when the network's output
    // node is among them), without block frames, which would reach out to unselected layers.
    std::unordered_set<const NodeItem *> nodes;
    for (LayerId id : m_scene.document()->selection()) {
        NodeItem *node = m_scene.nodeFor(id);
        if (node != nullptr && node->isVisible() && nodes.insert(node).second)
            shown.push_back(node);
    }
    const auto selected = [&](LayerId id) { return nodes.count(m_scene.nodeFor(id)) > 0; };
    if (shown.empty())
        return shown;
    for (ConnectorItem *edge : m_scene.edges())
        if (edge->isVisible() && selected(edge->source()) && selected(edge->reader())
            && m_scene.nodeFor(edge->source()) != m_scene.nodeFor(edge->reader()))
            shown.push_back(edge);
    ConnectorItem *output = m_scene.outputConnector();
    if (output != nullptr && output->isVisible() && selected(output->source()))
        shown.push_back(output);
    return shown;
}

void CanvasPicture::addBlockItems(std::vector<QGraphicsItem *> &shown) const
{
    BlockFrameItem *frame = m_scene.frameFor(m_block);
    if (frame == nullptr)
        return;
    shown.push_back(frame);
    const canvas::VisibleGraph &graph = m_scene.graph();
    const std::string block = m_block.toStdString();
    std::vector<bool> inside(graph.nodes.size(), false);
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        inside[i] = graph.nodes[i].frame == block;
        if (inside[i])
            shown.push_back(m_scene.nodes()[i]);
    }
    for (std::size_t i = 0; i < graph.edges.size(); ++i) {
        const canvas::VisibleEdge &edge = graph.edges[i];
        if (inside[static_cast<std::size_t>(edge.from)] || inside[static_cast<std::size_t>(edge.to)])
            shown.push_back(m_scene.edges()[i]);
    }
    const int output = graph.outputNode();
    if (output >= 0 && inside[static_cast<std::size_t>(output)] && m_scene.outputConnector())
        shown.push_back(m_scene.outputConnector());
}

QRectF CanvasPicture::sourceRect() const
{
    const auto drawn = [](const QGraphicsItem *item) {
        return item->sceneBoundingRect()
               | item->mapToScene(item->childrenBoundingRect()).boundingRect();
    };
    if (m_scope == Scope::Block) {
        // The frame with its header, and the band above and below it where the edges in and
        // out run on to nodes the picture leaves out: the crop cuts them short there. Wide
        // enough for whatever they draw in that band, such as a skip connection running
        // down beside the frame.
        const BlockFrameItem *frame = m_scene.frameFor(m_block);
        if (frame == nullptr)
            return QRectF();
        const QRectF box = drawn(frame);
        QRectF band = box.adjusted(0, -stubLength, 0, stubLength);
        band.setLeft(m_scene.itemsBoundingRect().left());
        band.setRight(m_scene.itemsBoundingRect().right());
        QPainterPath bandPath;
        bandPath.addRect(band);
        QRectF bounds = box.adjusted(0, -stubLength, 0, stubLength);
        for (const QGraphicsItem *item : shownItems())
            if (item->type() == ConnectorItem::Type)
                bounds |= item->mapToScene(item->shape()).intersected(bandPath).boundingRect();
        return bounds.adjusted(-margin, 0, margin, 0);
    }
    QRectF bounds;
    for (const QGraphicsItem *item : shownItems())
        bounds |= drawn(item);
    return bounds.isNull() ? QRectF() : bounds.adjusted(-margin, -margin, margin, margin);
}

QSizeF CanvasPicture::pictureSize() const
{
    return sourceRect().size();
}

void CanvasPicture::paintPicture(QPainter &painter) const
{
    const std::vector<QGraphicsItem *> shown = shownItems();
    const QRectF source = sourceRect();
    if (source.isEmpty())
        return;
    const PlainLook look(m_scene, shown);
    m_scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source,
                   Qt::IgnoreAspectRatio);
}

} // namespace cd::ui
