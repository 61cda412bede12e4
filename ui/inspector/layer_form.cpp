#include "layer_form.h"

#include "edits.h"
#include "inspector/block_editor.h"
#include "inspector/field_editor.h"
#include "inspector/form_parts.h"
#include "inspector/inputs_editor.h"
#include "inspector/readers_list.h"
#include "inspector/results_rows.h"
#include "inspector/text_grid.h"
#include "layer_text.h"
#include "qt_text.h"

#include <QFormLayout>
#include <QLabel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

LayerForm::LayerForm(Document *document, LayerId id, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_id(id)
    , m_type(cd::layerType(document->network()
                               .layers.at(static_cast<std::size_t>(document->network().indexOf(id)))
                               .kind))
    , m_title(createTitleLabel(this))
    , m_subtitle(createSubtitleLabel(this))
    , m_name(new QLineEdit(this))
    , m_keepName(new QPushButton(tr("Keep this name"), this))
    , m_block(new BlockEditor(document, id, this))
    , m_form(createFormLayout())
    , m_inputs(new InputsEditor(document, id, this))
    , m_readers(new ReadersList(document, id, this))
    , m_error(createErrorLabel(this))
    , m_results(new TextGrid(this))
    , m_convsHeading(createSectionLabel("The block's three convolutions", this))
    , m_convs(new TextGrid(this))
{
    setObjectName(QStringLiteral("layerForm"));
    m_results->setObjectName(QStringLiteral("results"));
    m_convs->setObjectName(QStringLiteral("convs"));
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setClearButtonEnabled(true);
    connect(m_name, &QLineEdit::editingFinished, this, &LayerForm::commitName);
    m_keepName->setObjectName(QStringLiteral("keepName"));
    m_keepName->setToolTip(tr("A derived name follows the layer's position (conv2d_3 becomes "
                              "conv2d_2 when a layer before it goes); keep it as the layer's own"));
    connect(m_keepName, &QPushButton::clicked, this, &LayerForm::keepDerivedName);

    auto *description = createSubtitleLabel(this);
    description->setText(QString::fromStdString(layerDescription(m_type)));

    QFormLayout *form = m_form;
    auto *nameRow = new QHBoxLayout;
    nameRow->setContentsMargins(0, 0, 0, 0);
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_keepName);
    form->addRow(tr("Name"), nameRow);
    form->addRow(tr("Block"), m_block);
    for (const FieldInfo &info : layerFields(m_type)) {
        FieldEditor *editor = createFieldEditor(info, this);
        auto *label = new QLabel(qtText(info.label), this);
        label->setToolTip(editor->toolTip());
        label->setBuddy(editor);
        form->addRow(label, editor);
        const std::string_view key = info.key; // layerFields() is static: the view stays valid
        connect(editor, &FieldEditor::edited, this, [this, key](const FieldValue &value) {
            setLayerField(m_document, m_id, key, value);
        });
        m_editors.push_back(editor);
    }
    if (m_editors.empty())
        form->addRow(new QLabel(tr("This layer has no settings."), this));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(description);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(createSectionLabel("Inputs", this));
    layout->addWidget(m_inputs);
    layout->addWidget(createSectionLabel("Readers", this));
    layout->addWidget(m_readers);
    layout->addWidget(createSectionLabel("Computed", this));
    layout->addWidget(m_error);
    layout->addWidget(m_results);
    layout->addWidget(m_convsHeading);
    layout->addWidget(m_convs);
    layout->addStretch(1);
    refresh();
}

void LayerForm::refresh()
{
    const int index = m_document->network().indexOf(m_id);
    const auto &reports = m_document->analysis().layers;
    // The network and its analysis can disagree for a moment while a layer is removed.
    if (index < 0 || static_cast<std::size_t>(index) >= reports.size()
        || reports[static_cast<std::size_t>(index)].id != m_id)
        return;
    const Layer &layer = m_document->network().layers[static_cast<std::size_t>(index)];
    const LayerReport &report = reports[static_cast<std::size_t>(index)];

    m_title->setText(QString::fromStdString(report.name));
    m_subtitle->setText(tr("%1 \u00b7 layer %2").arg(qtText(typeName(m_type))).arg(index));
    m_derived = QString::fromStdString(displayName(Layer{m_id, {}, layer.kind}, index));
    const QString hint = tr("derived: %1, changes when layers move").arg(m_derived);
    if (m_name->placeholderText() != hint) {
        m_name->setPlaceholderText(hint);
        // The field is narrow: the whole hint is in the tooltip too.
        m_name->setToolTip(tr("The layer's name; empty, it is %1").arg(hint));
    }
    const QString name = QString::fromStdString(layer.name);
    // Text the user is typing stays until they finish it.
    if (!m_name->isModified() && m_name->text() != name)
        m_name->setText(name);
    m_keepName->setVisible(layer.name.empty());

    m_block->refresh();
    m_form->setRowVisible(m_block, m_block->hasBlock());
    for (FieldEditor *editor : m_editors)
        editor->showValue(layer.kind);
    m_inputs->refresh();
    m_readers->refresh();

    setErrorText(m_error, QString::fromStdString(report.error));
    const std::vector<GridRow> facts = layerFacts(report, m_document->analysis().settings);
    m_results->setRows(facts);
    m_results->setVisible(!facts.empty());
    const std::vector<GridRow> convs = convFacts(report);
    m_convs->setRows(convs);
    m_convs->setVisible(!convs.empty());
    m_convsHeading->setVisible(!convs.empty());
}

void LayerForm::keepDerivedName()
{
    m_name->setModified(false);
    renameLayer(m_document, m_id, m_derived);
    refresh();
}

void LayerForm::commitName()
{
    if (!m_name->isModified())
        return;
    m_name->setModified(false);
    renameLayer(m_document, m_id, m_name->text());
    refresh();
}

} // namespace cd::ui
