#pragma once

// The memory panel's second training figure, under the lecture model's: what PyTorch's
// autograd keeps when the forward pass ends (arithmetic.md §8), its formula with the ratio, the
// saved bytes by kind, why the figure differs from the lecture model's (or has no figure, or
// is not measured), and the layers that differ, each with its reason.

#include "analysis.h"

#include <QWidget>

class QLabel;

namespace cd::ui {

class DifferenceList;
class MemoryBlock;

class AutogradSection : public QWidget
{
    Q_OBJECT

public:
    // Named "autogradSection"; its block "autograd", its lines "autogradWhy", "autogradNote".
    explicit AutogradSection(QWidget *parent = nullptr);

    // A valid analysis (one with a memory estimate).
    void setAnalysis(const Analysis &analysis);
    DifferenceList *differenceList() const { return m_differences; }

private:
    MemoryBlock *m_block;
    QLabel *m_why;
    QLabel *m_note;
    DifferenceList *m_differences;
};

} // namespace cd::ui
