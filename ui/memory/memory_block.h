#pragma once

// One formula of the memory panel: a heading with the total, the formula with every term as
// a number, and a plain-language line per term. Plain-text labels updated in place, so that
// an edit does not lay out rich text again.

#include "memory/memory_text.h"

#include <QWidget>

#include <optional>
#include <vector>

class QGridLayout;
class QLabel;

namespace cd::ui {

class MemoryBlock : public QWidget
{
    Q_OBJECT

public:
    // Named `name`; its labels `nameTotal`, `nameFormula`, `nameTerm0`, `nameTerm1`, ...
    explicit MemoryBlock(const QString &name, const QString &title, QWidget *parent = nullptr);

    // No `bytes`: the model has no figure for this network, and `formula` says why. Each
    // term's explanation is the tooltip of its value and its meaning; `formulaExplanation`
    // the formula's.
    void setContent(std::optional<std::int64_t> bytes, const QString &formula,
                    const std::vector<MemoryTerm> &terms, const QString &formulaExplanation);

private:
    QGridLayout *m_grid;
    QLabel *m_total;
    QLabel *m_formula;
    std::vector<std::pair<QLabel *, QLabel *>> m_terms; // value, meaning
};

} // namespace cd::ui
