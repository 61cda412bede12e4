// The folding, scrolling list of layers whose memory the two training models put differently
// (see difference_list.h).

#include "difference_list.h"

#include "theme/text_styles.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cd::ui {

namespace {

// Enough rows to read a small network's list whole; a deep one scrolls.
constexpr int visibleLines = 9;

void setTextIfChanged(QLabel *label, const QString &text)
{
    if (label->text() != text)
        label->setText(text);
}

} // namespace

DifferenceList::DifferenceList(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_scroll(new QScrollArea(this))
    , m_rows(new QWidget)
    , m_grid(new QGridLayout(m_rows))
{
    setObjectName(QStringLiteral("layerDifferences"));
    m_toggle->setObjectName(QStringLiteral("layerDifferencesToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QFont bold = m_toggle->font();
    bold.setBold(true);
    m_toggle->setFont(bold);
    connect(m_toggle, &QToolButton::toggled, this, &DifferenceList::setExpanded);

    m_grid->setContentsMargins(0, 0, 4, 0);
    m_grid->setHorizontalSpacing(10);
    m_grid->setVerticalSpacing(4);
    m_grid->setColumnStretch(1, 1);
    m_grid->setAlignment(Qt::AlignTop);
    m_scroll->setWidget(m_rows);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_scroll);
    setExpanded(true);
}

void DifferenceList::setDifferences(std::vector<LayerDifference> differences, int layerCount)
{
    m_toggle->setText(
        tr("Why each layer differs (%1 of %2 layers)").arg(differences.size()).arg(layerCount));
    if (differences == m_differences)
        return;
    m_differences = std::move(differences);
    while (m_labels.size() < m_differences.size()) {
        const int row = static_cast<int>(m_labels.size());
        auto *name = new QLabel(m_rows);
        name->setObjectName(QStringLiteral("differenceName%1").arg(row));
        name->setTextFormat(Qt::PlainText);
        QFont font = name->font();
        font.setBold(true);
        name->setFont(font);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        auto *reason = new QLabel(m_rows);
        reason->setObjectName(QStringLiteral("differenceReason%1").arg(row));
        reason->setTextFormat(Qt::PlainText);
        reason->setWordWrap(true);
        reason->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        setTextStyle(reason, TextStyle::Explanation);
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(reason, row, 1);
        m_labels.emplace_back(name, reason);
    }
    for (std::size_t i = 0; i < m_labels.size(); ++i) {
        const bool used = i < m_differences.size();
        auto [name, reason] = m_labels[i];
        if (used) {
            const LayerDifference &difference = m_differences[i];
            setTextIfChanged(name, difference.name);
            setTextIfChanged(reason, difference.reason);
            // The bytes behind the reason, for a reader who wants to check them.
            name->setToolTip(difference.figures);
            reason->setToolTip(difference.figures);
        }
        name->setVisible(used);
        reason->setVisible(used);
    }
    fitHeight();
}

QStringList DifferenceList::lines() const
{
    QStringList lines;
    for (const LayerDifference &difference : m_differences)
        lines << difference.name + QStringLiteral(": ") + difference.reason;
    return lines;
}

bool DifferenceList::isExpanded() const
{
    return m_toggle->isChecked();
}

void DifferenceList::setExpanded(bool expanded)
{
    // Called by the toggle too: then its state is already `expanded`, and this sets no signal off.
    m_toggle->setChecked(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_scroll->setVisible(expanded);
    fitHeight();
}

void DifferenceList::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

void DifferenceList::fitHeight()
{
    const int cap = visibleLines * fontMetrics().lineSpacing();
    // The rows' width inside the scroll area, a scroll bar's width taken off when it needs one.
    const int width
        = std::max(1, m_scroll->width() - m_scroll->verticalScrollBar()->sizeHint().width());
    const int natural = m_grid->hasHeightForWidth() ? m_grid->totalHeightForWidth(width)
                                                    : m_rows->sizeHint().height();
    const int height = std::min(natural, cap);
    if (m_scroll->height() != height || m_scroll->minimumHeight() != height)
        m_scroll->setFixedHeight(height);
}

} // namespace cd::ui
