// Autograd's training figure in the memory panel (see autograd_section.h): every text comes
// from core, so the panel says what the terminal's footer says.

#include "autograd_section.h"

#include "memory/difference_list.h"
#include "memory/memory_block.h"
#include "memory/memory_text.h"
#include "theme/text_styles.h"

#include <QLabel>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QLabel *createLine(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void setTextIfChanged(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

AutogradSection::AutogradSection(QWidget *parent)
    : QWidget(parent)
    , m_block(
          new MemoryBlock(QStringLiteral("autograd"), tr("Autograd (what PyTorch keeps)"), this))
    , m_why(createLine(QStringLiteral("autogradWhy"), this))
    , m_note(createLine(QStringLiteral("autogradNote"), this))
    , m_differences(new DifferenceList(this))
{
    setObjectName(QStringLiteral("autogradSection"));
    setTextStyle(m_why, TextStyle::Explanation);
    // A figure by rule rather than by measurement is worth a second look: amber, as a warning.
    setTextStyle(m_note, TextStyle::WarningBox);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_block);
    layout->addWidget(m_note);
    layout->addWidget(m_why);
    layout->addWidget(m_differences);
}

void AutogradSection::setAnalysis(const Analysis &analysis)
{
    const AutogradMemory &autograd = *analysis.autograd;
    m_block->setContent(autograd.trainingBytes, autogradFormula(analysis), autogradTerms(analysis),
                        autogradExplanationText());
    setTextIfChanged(m_note, autogradNote(analysis));
    setTextIfChanged(m_why, autogradWhy(analysis));
    std::vector<LayerDifference> differences = layerDifferences(analysis);
    m_differences->setVisible(!differences.empty());
    m_differences->setDifferences(std::move(differences), static_cast<int>(analysis.layers.size()));
}

} // namespace cd::ui
