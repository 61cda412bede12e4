#include "memory_block.h"

#include "format.h"
#include "theme/text_styles.h"

#include <QGridLayout>
#include <QLabel>

namespace cd::ui {

namespace {

QFont headingFont(const QWidget *widget)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    return font;
}

void setTextIfChanged(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
}

} // namespace

MemoryBlock::MemoryBlock(const QString &name, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
    , m_total(new QLabel(this))
    , m_formula(new QLabel(this))
{
    setObjectName(name);
    auto *heading = new QLabel(title, this);
    heading->setFont(headingFont(this));
    m_total->setObjectName(name + QStringLiteral("Total"));
    m_total->setFont(headingFont(this));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setTextStyle(m_total, TextStyle::Total);
    m_formula->setObjectName(name + QStringLiteral("Formula"));
    m_formula->setTextFormat(Qt::PlainText);
    m_formula->setWordWrap(true);

    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(1, 1);
    m_grid->addWidget(heading, 0, 0);
    m_grid->addWidget(m_total, 0, 1);
    m_grid->addWidget(m_formula, 1, 0, 1, 2);
}

void MemoryBlock::setContent(std::optional<std::int64_t> bytes, const QString &formula,
                             const std::vector<MemoryTerm> &terms,
                             const QString &formulaExplanation)
{
    m_formula->setToolTip(formulaExplanation);
    setTextIfChanged(m_total, bytes ? QString::fromStdString(humanBytes(*bytes)) : tr("no figure"));
    setTextIfChanged(m_formula, formula);
    while (m_terms.size() < terms.size()) {
        const int row = 2 + static_cast<int>(m_terms.size());
        auto *value = new QLabel(this);
        value->setObjectName(objectName() + QStringLiteral("Value%1").arg(m_terms.size()));
        value->setTextFormat(Qt::PlainText);
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *meaning = new QLabel(this);
        meaning->setObjectName(objectName() + QStringLiteral("Term%1").arg(m_terms.size()));
        meaning->setTextFormat(Qt::PlainText);
        meaning->setWordWrap(true);
        meaning->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        setTextStyle(meaning, TextStyle::Explanation);
        m_grid->addWidget(value, row, 0);
        m_grid->addWidget(meaning, row, 1);
        m_terms.emplace_back(value, meaning);
    }
    for (std::size_t i = 0; i < m_terms.size(); ++i) {
        const bool used = i < terms.size();
        if (used) {
            setTextIfChanged(m_terms[i].first, terms[i].value);
            setTextIfChanged(m_terms[i].second, terms[i].meaning);
            m_terms[i].first->setToolTip(terms[i].explanation);
            m_terms[i].second->setToolTip(terms[i].explanation);
        }
        m_terms[i].first->setVisible(used);
        m_terms[i].second->setVisible(used);
    }
}

} // namespace cd::ui
