#include "block_template_dialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include <limits>

namespace cd::ui {

namespace {

BlockArgumentsAnswer g_answer = nullptr;

// The form edits a copy of the spec in place: each control writes its field on every change,
// and the preview shows the d2l call the block stands for.
class BlockArgumentsForm : public QDialog
{
public:
    BlockArgumentsForm(QWidget *parent, templates::BlockSpec spec)
        : QDialog(parent)
        , m_spec(std::move(spec))
        , m_form(new QFormLayout)
        , m_preview(new QLabel)
    {
        setWindowTitle(tr("Insert %1").arg(QString::fromUtf8(templates::blockStem(m_spec).data())));
        m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont mono = m_preview->font();
        mono.setFamily(QStringLiteral("monospace"));
        m_preview->setFont(mono);
        std::visit([this](auto &s) { addFields(s); }, m_spec);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(m_form);
        layout->addWidget(m_preview);
        layout->addWidget(buttons);
        updatePreview();
    }

    const templates::BlockSpec &spec() const { return m_spec; }

private:
    void addCount(const QString &label, std::int64_t &field, int minimum = 1)
    {
        auto *box = new QSpinBox;
        box->setRange(minimum, 1 << 20);
        box->setValue(static_cast<int>(field));
        connect(box, &QSpinBox::valueChanged, this, [this, &field](int value) {
            field = value;
            updatePreview();
        });
        m_form->addRow(label, box);
    }
    void addFlag(const QString &label, bool &field)
    {
        auto *box = new QCheckBox;
        box->setChecked(field);
        connect(box, &QCheckBox::toggled, this, [this, &field](bool value) {
            field = value;
            updatePreview();
        });
        m_form->addRow(label, box);
    }
    void addFields(templates::Inception &s)
    {
        addCount(tr("c1 (1×1 branch)"), s.c1);
        addCount(tr("c2[0] (1×1 reduce)"), s.c2.reduce);
        addCount(tr("c2[1] (3×3 conv)"), s.c2.out);
        addCount(tr("c3[0] (1×1 reduce)"), s.c3.reduce);
        addCount(tr("c3[1] (5×5 conv)"), s.c3.out);
        addCount(tr("c4 (pool branch)"), s.c4);
    }
    void addFields(templates::Residual &s)
    {
        addCount(tr("num_channels"), s.channels);
        addFlag(tr("use_1x1conv"), s.use1x1Conv);
        addCount(tr("strides"), s.stride);
    }
    void addFields(templates::ResNeXt &s)
    {
        addCount(tr("num_channels"), s.channels);
        addCount(tr("groups (channels per group)"), s.groupWidth);
        auto *botMul = new QDoubleSpinBox;
        botMul->setRange(0.01, 64);
        botMul->setSingleStep(0.25);
        botMul->setValue(s.botMul);
        connect(botMul, &QDoubleSpinBox::valueChanged, this, [this, &s](double value) {
            s.botMul = value;
            updatePreview();
        });
        m_form->addRow(tr("bot_mul"), botMul);
        addFlag(tr("use_1x1conv"), s.use1x1Conv);
        addCount(tr("strides"), s.stride);
    }
    void addFields(templates::DenseBlock &s)
    {
        addCount(tr("num_convs"), s.convs, 0);
        addCount(tr("num_channels (growth)"), s.growth);
    }
    void addFields(templates::TransitionBlock &s) { addCount(tr("num_channels"), s.channels); }

    void updatePreview()
    {
        m_preview->setText(QString::fromStdString(templates::d2lCall(m_spec)));
    }

    templates::BlockSpec m_spec;
    QFormLayout *m_form;
    QLabel *m_preview;
};

} // namespace

templates::BlockSpec defaultBlockSpec(BlockTemplate kind)
{
    // d2l's first use of each block (chapter 8): b3's first Inception, b2's first residual
    // block, b3's first (downsampling) residual block, RegNetX-32's first stage block, the
    // first dense block and transition of DenseNet (64 + 4 · 32 channels, halved).
    switch (kind) {
    case BlockTemplate::Inception: return templates::Inception{};
    case BlockTemplate::Residual: return templates::Residual{.channels = 64};
    case BlockTemplate::Residual1x1:
        return templates::Residual{.channels = 128, .use1x1Conv = true, .stride = 2};
    case BlockTemplate::ResNeXt:
        return templates::ResNeXt{.channels = 32, .groupWidth = 16, .botMul = 1.0,
                                  .use1x1Conv = true, .stride = 2};
    case BlockTemplate::DenseBlock: return templates::DenseBlock{.convs = 4, .growth = 32};
    case BlockTemplate::Transition: return templates::TransitionBlock{.channels = 96};
    }
    return templates::Inception{};
}

std::optional<templates::BlockSpec> askBlockArguments(QWidget *parent, BlockTemplate kind)
{
    if (g_answer != nullptr)
        return g_answer(kind);
    BlockArgumentsForm form(parent, defaultBlockSpec(kind));
    if (form.exec() != QDialog::Accepted)
        return std::nullopt;
    return form.spec();
}

void setBlockArgumentsAnswer(BlockArgumentsAnswer answer)
{
    g_answer = answer;
}

} // namespace cd::ui
