#pragma once

// Everything the network view paints, composed once per change: the coverage, its unused
// runs, the input and shading images and the texts. The view, its picture and the painters
// only read it.

#include "network_coverage.h"

#include <QImage>
#include <QString>

#include <vector>

namespace cd::ui {

struct NetworkDrawing
{
    NetworkCoverage coverage;
    std::vector<IndexRun> unusedRowRuns;
    std::vector<IndexRun> unusedColRuns;
    QImage input;       // the photo stretched to H×W, or the neutral checker
    bool photo = false; // input is a photo: smooth it when magnified
    QImage mask;        // H×W shading; null when nothing is shaded
    QString title;      // "NiN — input 1 × 224 × 224"
    QString countText;  // coverageCountText()
};

} // namespace cd::ui
