#include "structure_edits.h"

#include "block_edits.h"
#include "commands/network_edit_command.h"
#include "graph_edits.h"
#include "layer_defaults.h"
#include "removal_focus.h"

#include <QCoreApplication>
#include <QUndoStack>

#include <algorithm>
#include <unordered_set>

namespace cd::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::structure_edits", text);
}

QString text(const std::string &utf8)
{
    return QString::fromStdString(utf8);
}

QString nodeText(const Network &network, LayerId id)
{
    if (id == Network::inputId)
        return QString::fromUtf8(inputNodeName.data(), static_cast<qsizetype>(inputNodeName.size()));
    const int index = network.indexOf(id);
    return index < 0 ? QString() : text(displayName(*network.find(id), index));
}

// Pushes `after` as one step unless it would break a block apart, which a file cannot hold.
QString pushUnlessBlockSplit(Document *document, Network after, std::vector<LayerId> selectAfter,
                             const QString &undoText)
{
    if (const std::string block = splitBlock(after); !block.empty())
        return tr("Not done: block \"%1\" would be split; its layers must run one after another")
            .arg(text(block));
    document->undoStack()->push(
        new NetworkEditCommand(document, std::move(after), std::move(selectAfter), undoText));
    return {};
}

QString pushWiring(Document *document, Network after, const WiringResult &result,
                   LayerId select, const QString &undoText)
{
    if (!result.ok())
        return tr("Not done: %1").arg(text(result.refusal));
    return pushUnlessBlockSplit(document, std::move(after), {select}, undoText);
}

// Untagged new layers between two layers of one block join it, so that the block stays whole.
void adoptSurroundingBlocks(Network &network, const std::vector<LayerId> &added)
{
    const std::unordered_set<LayerId> isNew(added.begin(), added.end());
    const int count = static_cast<int>(network.layers.size());
    for (LayerId id : added) {
        const int index = network.indexOf(id);
        if (index < 0 || !network.layers[static_cast<std::size_t>(index)].block.empty())
            continue;
        int before = index - 1;
        while (before >= 0 && isNew.contains(network.layers[static_cast<std::size_t>(before)].id))
            --before;
        int after = index + 1;
        while (after < count && isNew.contains(network.layers[static_cast<std::size_t>(after)].id))
            ++after;
        if (before >= 0 && after < count) {
            const std::string &block = network.layers[static_cast<std::size_t>(before)].block;
            if (block == network.layers[static_cast<std::size_t>(after)].block)
                network.layers[static_cast<std::size_t>(index)].block = block;
        }
    }
}

// The last `count` layers (just appended, reading nodes that run before `at`) move to `at`.
void moveTailTo(Network &network, std::size_t count, int at)
{
    auto &layers = network.layers;
    std::rotate(layers.begin() + at, layers.end() - static_cast<std::ptrdiff_t>(count),
                layers.end());
}

// `reader` reads `replacement` where it read `original` (its first such input).
void redirectInput(Network &network, LayerId reader, LayerId original, LayerId replacement)
{
    const int index = network.indexOf(reader);
    if (index < 0)
        return;
    auto &inputs = network.layers[static_cast<std::size_t>(index)].inputs;
    const auto it = std::find(inputs.begin(), inputs.end(), original);
    if (it != inputs.end())
        *it = replacement;
}

// Appends what `add` builds reading `from`, moves it to run at `at`, and makes `reader` (if
// any) read its output instead of `from`. Returns the new ids in execution order.
template <class AddLayers>
std::vector<LayerId> spliceAt(Network &network, LayerId from, LayerId reader, int at,
                              AddLayers add)
{
    const std::size_t before = network.layers.size();
    const LayerId output = add(network, from);
    const std::size_t added = network.layers.size() - before;
    std::vector<LayerId> ids;
    for (std::size_t i = before; i < network.layers.size(); ++i)
        ids.push_back(network.layers[i].id);
    moveTailTo(network, added, at);
    if (reader != Network::inputId && added > 0)
        redirectInput(network, reader, from, output);
    return ids;
}

// The layer at chain position `index` when it reads the node before it: what an insertion
// there hangs in front of, as insertIntoChain does.
LayerId chainReaderAt(const Network &network, int index)
{
    if (index < 0 || index >= static_cast<int>(network.layers.size()))
        return Network::inputId;
    const Layer &layer = network.layers[static_cast<std::size_t>(index)];
    const LayerId before = network.nodeBefore(index);
    const bool reads = std::find(layer.inputs.begin(), layer.inputs.end(), before)
                       != layer.inputs.end();
    return reads ? layer.id : Network::inputId;
}

QString blockUndoText(const templates::BlockSpec &spec)
{
    return tr("Insert %1").arg(text(templates::d2lCall(spec)));
}

// A template's layers at the first of `places` that keeps every block whole.
QString insertBlockAt(Document *document, const templates::BlockSpec &spec, LayerId from,
                      LayerId reader, const std::vector<int> &places)
{
    for (int at : places) {
        Network after = document->network();
        const std::string block
            = templates::unusedBlockName(after, templates::blockStem(spec));
        const std::vector<LayerId> ids
            = spliceAt(after, from, reader, at, [&](Network &network, LayerId input) {
                  return templates::addBlock(network, input, spec, block);
              });
        if (!splitBlock(after).empty())
            continue;
        return pushUnlessBlockSplit(document, std::move(after),
                                    ids.empty() ? std::vector<LayerId>{} : std::vector{ids.back()},
                                    blockUndoText(spec));
    }
    return tr("Not done: a block cannot go inside another block; drop it between two blocks");
}

Fragment &clipboard()
{
    static Fragment fragment;
    return fragment;
}

} // namespace

void setAllBlocksCollapsed(Document *document, bool collapsed)
{
    for (const Layer &layer : document->network().layers) {
        if (!layer.block.empty())
            document->setBlockCollapsed(text(layer.block), collapsed);
    }
}

Shape shapeOfNode(const Document *document, LayerId id)
{
    const int index = document->network().indexOf(id);
    const Analysis &analysis = document->analysis();
    if (index >= 0 && analysis.layers[static_cast<std::size_t>(index)].ok())
        return analysis.layers[static_cast<std::size_t>(index)].output;
    return Shape{analysis.input.channels, analysis.input.height, analysis.input.width, false};
}

QString connectLayers(Document *document, LayerId from, LayerId to, int slot)
{
    Network after = document->network();
    const WiringResult result = connect(after, from, to, slot);
    return pushWiring(document, std::move(after), result, to,
                      tr("Connect %1 to %2")
                          .arg(nodeText(document->network(), from),
                               nodeText(document->network(), to)));
}

QString disconnectLayers(Document *document, LayerId from, LayerId to)
{
    Network after = document->network();
    const WiringResult result = disconnect(after, from, to);
    return pushWiring(document, std::move(after), result, to,
                      tr("Disconnect %1 from %2")
                          .arg(nodeText(document->network(), from),
                               nodeText(document->network(), to)));
}

QString moveLayerInput(Document *document, LayerId layer, int fromSlot, int toSlot)
{
    if (fromSlot == toSlot)
        return {};
    Network after = document->network();
    const WiringResult result = moveInput(after, layer, fromSlot, toSlot);
    return pushWiring(document, std::move(after), result, layer,
                      tr("Reorder inputs of %1").arg(nodeText(document->network(), layer)));
}

QString insertNewLayerOnEdge(Document *document, LayerType type, LayerId from, LayerId to)
{
    const Network &network = document->network();
    const int toIndex = network.indexOf(to);
    if (toIndex < 0 || (from != Network::inputId && network.indexOf(from) < 0))
        return tr("Not done: that connection is gone");
    Network after = network;
    const LayerKind kind = newLayerFor(type, shapeOfNode(document, from));
    const std::vector<LayerId> ids
        = spliceAt(after, from, to, toIndex, [&](Network &net, LayerId input) {
              return net.add(kind, {input});
          });
    adoptSurroundingBlocks(after, ids);
    return pushUnlessBlockSplit(document, std::move(after), ids,
                                tr("Add %1").arg(text(std::string(typeName(type)))));
}

QString moveLayerOntoEdge(Document *document, LayerId id, LayerId from, LayerId to)
{
    const Network &network = document->network();
    const int index = network.indexOf(id);
    if (index < 0 || id == from || id == to)
        return {}; // onto one of its own edges: it stays where it is
    const Layer &layer = network.layers[static_cast<std::size_t>(index)];
    const QString name = nodeText(network, id);
    const bool appends = to == Network::inputId;
    const Layer *reader = appends ? nullptr : network.find(to);
    const bool edgeExists
        = appends ? !network.layers.empty() && network.layers.back().id == from
                  : reader != nullptr
                        && std::find(reader->inputs.begin(), reader->inputs.end(), from)
                               != reader->inputs.end();
    if (!edgeExists)
        return tr("Not done: that connection is gone");
    if (joinsInputs(layerType(layer.kind)))
        return tr("Not moved: %1 joins several inputs; rewire them instead").arg(name);
    Network after = network;
    Layer moved = cd::removeLayer(after, index).layer;
    moved.inputs = {from};
    moved.block.clear(); // it takes the block of where it lands
    const int at = appends ? static_cast<int>(after.layers.size()) : after.indexOf(to);
    after.layers.insert(after.layers.begin() + at, std::move(moved));
    if (!appends)
        redirectInput(after, to, from, id);
    adoptSurroundingBlocks(after, {id});
    return pushUnlessBlockSplit(document, std::move(after), {id}, tr("Move %1").arg(name));
}

void addUnconnectedLayer(Document *document, LayerType type)
{
    Network after = document->network();
    const LayerKind kind = newLayerFor(type, shapeOfNode(document, Network::inputId));
    const LayerId id = after.add(kind, {});
    pushUnlessBlockSplit(document, std::move(after), {id},
                         tr("Add %1").arg(text(std::string(typeName(type)))));
}

QString removeLayers(Document *document, const std::vector<LayerId> &ids)
{
    Network after = document->network();
    int removed = 0;
    for (LayerId id : ids) {
        const int index = after.indexOf(id);
        if (index < 0)
            continue;
        cd::removeLayer(after, index);
        ++removed;
    }
    if (removed == 0)
        return {};
    // When the current layer goes, the one after them takes the selection, so that Delete
    // goes on from the user's place; otherwise the current layer stays.
    const LayerId current = document->currentLayer();
    const bool currentGoes = std::find(ids.begin(), ids.end(), current) != ids.end();
    const LayerId next = currentGoes ? layerAfterRemoving(document->network(), ids) : current;
    return pushUnlessBlockSplit(document, std::move(after),
                                next == Network::inputId ? std::vector<LayerId>{}
                                                         : std::vector<LayerId>{next},
                                removed == 1 ? tr("Remove layer")
                                             : tr("Remove %1 layers").arg(removed));
}

QString groupLayers(Document *document, const std::vector<LayerId> &ids)
{
    const Network &network = document->network();
    if (const std::string refusal = groupRefusal(network, ids); !refusal.empty())
        return tr("Not grouped: %1").arg(text(refusal));
    Network after = network;
    // Freed first, so that regrouping a whole block may keep its stem.
    setBlock(after, ids, {});
    const std::string block = templates::unusedBlockName(after, "block");
    setBlock(after, ids, block);
    document->setBlockCollapsed(text(block), false);
    return pushUnlessBlockSplit(document, std::move(after), ids,
                                tr("Group %1 layers as %2").arg(ids.size()).arg(text(block)));
}

QString ungroupBlock(Document *document, const QString &block)
{
    const std::vector<LayerId> ids = layersInBlock(document->network(), block.toStdString());
    if (ids.empty())
        return tr("Not done: there is no block \"%1\"").arg(block);
    Network after = document->network();
    setBlock(after, ids, {});
    document->setBlockCollapsed(block, false);
    return pushUnlessBlockSplit(document, std::move(after), ids, tr("Ungroup %1").arg(block));
}

QString renameBlock(Document *document, const QString &block, const QString &newName)
{
    const std::string name = newName.trimmed().toStdString();
    const std::vector<LayerId> ids = layersInBlock(document->network(), block.toStdString());
    if (ids.empty() || name == block.toStdString())
        return {};
    if (name.empty())
        return tr("Not renamed: a block needs a name (Ungroup dissolves it)");
    if (!layersInBlock(document->network(), name).empty())
        return tr("Not renamed: there is already a block \"%1\"").arg(text(name));
    Network after = document->network();
    setBlock(after, ids, name);
    if (document->isBlockCollapsed(block)) {
        document->setBlockCollapsed(block, false);
        document->setBlockCollapsed(text(name), true);
    }
    return pushUnlessBlockSplit(document, std::move(after), {document->currentLayer()},
                                tr("Rename block %1 to %2").arg(block, text(name)));
}

QString insertBlock(Document *document, const templates::BlockSpec &spec, int index)
{
    const Network &network = document->network();
    const int at = std::clamp(index, 0, static_cast<int>(network.layers.size()));
    return insertBlockAt(document, spec, network.nodeBefore(at), chainReaderAt(network, at), {at});
}

QString insertBlockOnEdge(Document *document, const templates::BlockSpec &spec, LayerId from,
                          LayerId to)
{
    const Network &network = document->network();
    const int toIndex = network.indexOf(to);
    if (toIndex < 0 || (from != Network::inputId && network.indexOf(from) < 0))
        return tr("Not done: that connection is gone");
    // Right before the reader, or else right after the source: whichever splits no block.
    return insertBlockAt(document, spec, from, to, {toIndex, network.indexOf(from) + 1});
}

void copyLayers(const Document *document, const std::vector<LayerId> &ids)
{
    clipboard() = cd::copyLayers(document->network(), ids);
}

bool clipboardHasLayers()
{
    return !clipboard().layers.empty();
}

QString pasteLayers(Document *document)
{
    const Fragment &fragment = clipboard();
    if (fragment.layers.empty())
        return tr("Nothing to paste: copy layers first");
    const Network &network = document->network();
    const int afterIndex = network.indexOf(document->currentLayer());
    const LayerId reader = chainReaderAt(network, afterIndex + 1);
    Network after = network;
    const std::vector<LayerId> ids = cd::pasteLayers(after, fragment, afterIndex);
    // Like an insertion: the layer that read the paste point now reads the pasted output.
    if (!ids.empty() && reader != Network::inputId)
        redirectInput(after, reader, network.nodeBefore(afterIndex + 1), ids.back());
    adoptSurroundingBlocks(after, ids);
    return pushUnlessBlockSplit(document, std::move(after), ids,
                                ids.size() == 1 ? tr("Paste layer")
                                                : tr("Paste %1 layers").arg(ids.size()));
}

} // namespace cd::ui
