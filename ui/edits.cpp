#include "edits.h"

#include "commands/change_header_command.h"
#include "commands/change_layer_command.h"
#include "commands/insert_layer_command.h"
#include "commands/move_layer_command.h"
#include "commands/remove_layer_command.h"
#include "block_edits.h"
#include "field_value_text.h"
#include "layer_defaults.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace cd::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cd::ui::edits", text);
}

QString typeText(LayerType type)
{
    return QString::fromUtf8(typeName(type).data(), static_cast<qsizetype>(typeName(type).size()));
}

const Layer *layerWithId(const Document *document, LayerId id)
{
    const int index = document->network().indexOf(id);
    return index < 0 ? nullptr : &document->network().layers[static_cast<std::size_t>(index)];
}

// Copies keep the layer's edges and block: an edit changes one thing.
Layer withKind(Layer layer, LayerKind kind)
{
    layer.kind = std::move(kind);
    return layer;
}

Layer withName(Layer layer, std::string name)
{
    layer.name = std::move(name);
    return layer;
}

} // namespace

Shape shapeEntering(const Analysis &analysis, int index)
{
    for (int i = index - 1; i >= 0; --i) {
        const LayerReport &report = analysis.layers[static_cast<std::size_t>(i)];
        if (report.ok())
            return report.output;
    }
    return Shape{analysis.input.channels, analysis.input.height, analysis.input.width, false};
}

void insertNewLayer(Document *document, LayerType type, int index)
{
    const int at = std::clamp(index, 0, static_cast<int>(document->network().layers.size()));
    Layer layer{document->network().nextId(), {},
                newLayerFor(type, shapeEntering(document->analysis(), at))};
    // Inside a block, the new layer belongs to it: a block's layers must stay together.
    layer.block = blockAround(document->network(), at);
    document->undoStack()->push(new InsertLayerCommand(document, at, std::move(layer),
                                                       tr("Add %1").arg(typeText(type))));
}

void appendNewLayer(Document *document, LayerType type)
{
    const int current = document->network().indexOf(document->currentLayer());
    const int index = current < 0 ? static_cast<int>(document->network().layers.size())
                                  : current + 1;
    insertNewLayer(document, type, index);
}

void removeLayer(Document *document, LayerId id)
{
    const Layer *layer = layerWithId(document, id);
    if (layer == nullptr)
        return;
    const int index = document->network().indexOf(id);
    const QString name = QString::fromStdString(displayName(*layer, index));
    document->undoStack()->push(new RemoveLayerCommand(document, id, tr("Remove %1").arg(name)));
}

void duplicateLayer(Document *document, LayerId id)
{
    const Layer *layer = layerWithId(document, id);
    if (layer == nullptr)
        return;
    const int index = document->network().indexOf(id);
    Layer copy{document->network().nextId(), layer->name.empty() ? std::string()
                                                                 : layer->name + " copy",
               layer->kind};
    copy.block = blockAround(document->network(), index + 1);
    const QString name = QString::fromStdString(displayName(*layer, index));
    document->undoStack()->push(
        new InsertLayerCommand(document, index + 1, std::move(copy), tr("Duplicate %1").arg(name)));
}

void moveLayer(Document *document, LayerId id, int to)
{
    const int from = document->network().indexOf(id);
    const int last = static_cast<int>(document->network().layers.size()) - 1;
    to = std::clamp(to, 0, last);
    if (from < 0 || from == to)
        return;
    const QString name = QString::fromStdString(
        displayName(document->network().layers[static_cast<std::size_t>(from)], from));
    document->undoStack()->push(new MoveLayerCommand(document, id, to, tr("Move %1").arg(name)));
}

void setLayerField(Document *document, LayerId id, std::string_view key, const FieldValue &value)
{
    const Layer *layer = layerWithId(document, id);
    if (layer == nullptr)
        return;
    std::optional<LayerKind> kind = withFieldValue(layer->kind, key, value);
    if (!kind || *kind == layer->kind)
        return;
    const QString field = QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
    const std::optional<FieldValue> before = fieldValue(layer->kind, key);
    const int index = document->network().indexOf(id);
    // "pool1: kernel 3 → 2": the history says which layer changed and how.
    const QString text = tr("%1: %2 %3 \u2192 %4")
                             .arg(QString::fromStdString(displayName(*layer, index)), field,
                                  before ? QString::fromStdString(fieldValueText(*before))
                                         : QString(),
                                  QString::fromStdString(fieldValueText(value)));
    document->undoStack()->push(
        new ChangeLayerCommand(document, withKind(*layer, std::move(*kind)), field, text));
}

void renameLayer(Document *document, LayerId id, const QString &name)
{
    const Layer *layer = layerWithId(document, id);
    const std::string utf8 = name.trimmed().toStdString();
    if (layer == nullptr || layer->name == utf8)
        return;
    const int index = document->network().indexOf(id);
    const QString text = tr("Rename %1 \u2192 %2")
                             .arg(QString::fromStdString(displayName(*layer, index)),
                                  QString::fromStdString(displayName(withName(*layer, utf8), index)));
    document->undoStack()->push(
        new ChangeLayerCommand(document, withName(*layer, utf8), QStringLiteral("name"), text));
}

void setHeader(Document *document, const Document::Header &header, const QString &field)
{
    if (header == document->header())
        return;
    document->undoStack()->push(
        new ChangeHeaderCommand(document, header, field, tr("Change %1").arg(field)));
}

} // namespace cd::ui
