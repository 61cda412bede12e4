#include "header_form.h"

#include "edits.h"
#include "inspector/form_parts.h"
#include "inspector/pair_editor.h"
#include "inspector/results_rows.h"
#include "inspector/spin_boxes.h"
#include "inspector/text_grid.h"
#include "inspector/wheel_guard.h"
#include "theme/text_styles.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QComboBox *createCombo(const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    WheelGuard::install(combo);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(8);
    return combo;
}

void selectData(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    if (combo->currentIndex() == index)
        return;
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(index);
}

} // namespace

HeaderForm::HeaderForm(Document *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_name(new QLineEdit(this))
    , m_channels(createCountBox(QStringLiteral("input.channels"), 1, this))
    , m_size(new PairEditor(QStringLiteral("input"), 1, this))
    , m_batch(createCountBox(QStringLiteral("settings.batch"), 1, this))
    , m_dtype(createCombo(QStringLiteral("settings.dtype"), this))
    , m_optimizer(createCombo(QStringLiteral("settings.optimizer"), this))
    , m_error(createErrorLabel(this))
    , m_results(new TextGrid(this))
    , m_note(createSubtitleLabel(this))
{
    setObjectName(QStringLiteral("headerForm"));
    m_results->setObjectName(QStringLiteral("results"));
    m_note->setObjectName(QStringLiteral("coverage"));
    setTextStyle(m_note, TextStyle::Note);
    m_name->setObjectName(QStringLiteral("network.name"));
    m_name->setPlaceholderText(tr("untitled network"));
    m_channels->setToolTip(tr("Channels of the input image: 1 for grey, 3 for colour"));
    m_size->setToolTip(tr("Height and width of the input image"));
    m_batch->setToolTip(tr("Samples per step; memory grows with it, parameters do not"));
    for (const DType dtype :
         {DType::Float32, DType::Float16, DType::BFloat16, DType::Float64, DType::Int8}) {
        const std::string_view name = dtypeName(dtype);
        m_dtype->addItem(
            tr("%1 (%2 B)")
                .arg(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())))
                .arg(bytesPerElement(dtype)),
            static_cast<int>(dtype));
    }
    m_dtype->setToolTip(tr("Bytes per element (b) of activations and parameters"));
    for (const Optimizer optimizer : {Optimizer::Sgd, Optimizer::SgdMomentum, Optimizer::Adam}) {
        const std::string_view name = optimizerName(optimizer);
        m_optimizer->addItem(
            tr("%1 (%2 copies)")
                .arg(QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size())))
                .arg(parameterCopies(optimizer)),
            static_cast<int>(optimizer));
    }
    m_optimizer->setToolTip(tr("Copies of every parameter while training (m): values, "
                               "gradients and the optimizer's state"));

    auto *title = createTitleLabel(this);
    title->setText(tr("Network"));
    auto *subtitle = createSubtitleLabel(this);
    subtitle->setText(tr("No layer selected: the input and the settings memory is computed for."));

    QFormLayout *form = createFormLayout();
    form->addRow(tr("Name"), m_name);
    form->addRow(createSectionLabel("Input", this));
    form->addRow(tr("Channels"), m_channels);
    form->addRow(tr("Height \u00d7 width"), m_size);
    form->addRow(createSectionLabel("Settings", this));
    form->addRow(tr("Batch"), m_batch);
    form->addRow(tr("Data type"), m_dtype);
    form->addRow(tr("Optimizer"), m_optimizer);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 10, 10, 10);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(createSectionLabel("Summary", this));
    layout->addWidget(m_error);
    layout->addWidget(m_results);
    layout->addWidget(m_note);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::editingFinished, this, &HeaderForm::commitName);
    connect(m_channels, &QSpinBox::valueChanged, this, [this](int value) {
        Document::Header header = m_document->header();
        header.input.channels = value;
        setHeader(m_document, header, QStringLiteral("input.channels"));
    });
    connect(m_size, &PairEditor::valueChanged, this, &HeaderForm::sizeEdited);
    connect(m_batch, &QSpinBox::valueChanged, this, [this](int value) {
        Document::Header header = m_document->header();
        header.settings.batch = value;
        setHeader(m_document, header, QStringLiteral("settings.batch"));
    });
    connect(m_dtype, &QComboBox::currentIndexChanged, this, [this] {
        Document::Header header = m_document->header();
        header.settings.dtype = static_cast<DType>(m_dtype->currentData().toInt());
        setHeader(m_document, header, QStringLiteral("settings.dtype"));
    });
    connect(m_optimizer, &QComboBox::currentIndexChanged, this, [this] {
        Document::Header header = m_document->header();
        header.settings.optimizer = static_cast<Optimizer>(m_optimizer->currentData().toInt());
        setHeader(m_document, header, QStringLiteral("settings.optimizer"));
    });
    refresh();
}

void HeaderForm::refresh()
{
    const Document::Header header = m_document->header();
    const QString name = QString::fromStdString(header.name);
    if (!m_name->isModified() && m_name->text() != name)
        m_name->setText(name);
    setCountBoxValue(m_channels, header.input.channels);
    m_size->setValue({header.input.height, header.input.width});
    setCountBoxValue(m_batch, header.settings.batch);
    selectData(m_dtype, static_cast<int>(header.settings.dtype));
    selectData(m_optimizer, static_cast<int>(header.settings.optimizer));

    const Analysis &analysis = m_document->analysis();
    QStringList errors;
    for (const AnalysisError &error : analysis.errors)
        errors << QString::fromStdString(error.message);
    setErrorText(m_error, errors.join(QLatin1Char('\n')));
    const std::vector<GridRow> facts = networkFacts(analysis);
    m_results->setRows(facts);
    m_results->setVisible(!facts.empty());
    const QString note = coverageNote(analysis);
    if (m_note->text() != note)
        m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void HeaderForm::commitName()
{
    if (!m_name->isModified())
        return;
    m_name->setModified(false);
    Document::Header header = m_document->header();
    header.name = m_name->text().trimmed().toStdString();
    setHeader(m_document, header, QStringLiteral("name"));
    refresh();
}

void HeaderForm::sizeEdited(Pair size)
{
    Document::Header header = m_document->header();
    const bool height = size.height != header.input.height;
    const bool width = size.width != header.input.width;
    header.input.height = size.height;
    header.input.width = size.width;
    // Name the side that changed, so that steps of one spin box merge into one undo step.
    const QString field = height && width ? QStringLiteral("input.size")
                          : height        ? QStringLiteral("input.height")
                                          : QStringLiteral("input.width");
    setHeader(m_document, header, field);
}

} // namespace cd::ui
