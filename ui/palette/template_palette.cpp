#include "template_palette.h"

#include "document.h"
#include "layer_style.h"
#include "palette/block_template_dialog.h"
#include "structure_edits.h"


namespace cd::ui {

namespace {

struct Entry
{
    BlockTemplate kind;
    LayerType look; // the join that characterises the block lends it its icon
    const char *label;
    const char *toolTip;
};

constexpr Entry entries[] = {
    {BlockTemplate::Inception, LayerType::Concat, QT_TRANSLATE_NOOP("TemplatePalette", "Inception"),
     QT_TRANSLATE_NOOP("TemplatePalette",
                       "GoogLeNet's Inception block: 1×1, 3×3, 5×5 and pool branches joined "
                       "along channels")},
    {BlockTemplate::Residual, LayerType::Add, QT_TRANSLATE_NOOP("TemplatePalette", "Residual"),
     QT_TRANSLATE_NOOP("TemplatePalette",
                       "ResNet's residual block: two 3×3 convs added to the block's input")},
    {BlockTemplate::Residual1x1, LayerType::Add,
     QT_TRANSLATE_NOOP("TemplatePalette", "Residual, 1×1 shortcut"),
     QT_TRANSLATE_NOOP("TemplatePalette",
                       "A residual block whose shortcut is a 1×1 conv, for a change of channels "
                       "or size")},
    {BlockTemplate::ResNeXt, LayerType::Add, QT_TRANSLATE_NOOP("TemplatePalette", "ResNeXt"),
     QT_TRANSLATE_NOOP("TemplatePalette",
                       "ResNeXt's block (as RegNet stacks it): 1×1, grouped 3×3 and 1×1 convs")},
    {BlockTemplate::DenseBlock, LayerType::Concat, QT_TRANSLATE_NOOP("TemplatePalette", "Dense block"),
     QT_TRANSLATE_NOOP("TemplatePalette",
                       "DenseNet's dense block: each conv block reads all that came before")},
    {BlockTemplate::Transition, LayerType::AvgPool2d,
     QT_TRANSLATE_NOOP("TemplatePalette", "Transition"),
     QT_TRANSLATE_NOOP("TemplatePalette",
                       "DenseNet's transition: a 1×1 conv to fewer channels and a 2×2 average "
                       "pool")},
};

} // namespace

TemplatePalette::TemplatePalette(Document *document, QWidget *parent)
    : PaletteList(QStringLiteral("templatePalette"), parent)
    , m_document(document)
{
    for (const Entry &entry : entries)
        addEntry(layerIcon(entry.look), tr(entry.label), tr(entry.toolTip),
                 static_cast<int>(entry.kind));
}

BlockTemplate TemplatePalette::templateAt(int row) const
{
    return static_cast<BlockTemplate>(entryValue(row));
}

QStringList TemplatePalette::mimeTypes() const
{
    return {templateMimeType()};
}

QMimeData *TemplatePalette::mimeForRow(int row) const
{
    return encodeTemplateMime(templateAt(row));
}

void TemplatePalette::activateRow(int row)
{
    const std::optional<templates::BlockSpec> spec = askBlockArguments(window(), templateAt(row));
    if (!spec)
        return;
    const int index = m_document->network().indexOf(m_document->currentLayer());
    const int at = index < 0 ? static_cast<int>(m_document->network().layers.size()) : index + 1;
    if (const QString refusal = insertBlock(m_document, *spec, at); !refusal.isEmpty())
        Q_EMIT statusMessage(refusal);
}

} // namespace cd::ui
