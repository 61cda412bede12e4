#pragma once

// The network view's level of detail: the input is composed once per change into images of
// one pixel per input pixel (larger inputs share pixels), which a paint only scales. Nothing
// is ever drawn per input pixel.

#include "network_coverage.h"

#include <QImage>
#include <QSize>

namespace cd::ui {

// Beyond this many pixels a side, an image pixel stands for several input pixels.
inline constexpr int maxCoverageImageExtent = 4096;

// width × height of the images for this input; empty when there is no input to draw.
QSize coverageImageSize(const NetworkCoverage &coverage);
// The shading: transparent where a pixel is used, the shading colour where it never reaches
// the output, whole rows and columns or, with branches, any region core found (an image pixel
// standing for several input pixels is shaded if any of them is, so a single lost row never
// vanishes). Null when nothing is shaded.
QImage coverageMask(const NetworkCoverage &coverage, QSize size);
// What used pixels look like without a photo: a soft checker, about 28 squares a side.
QImage neutralInput(const NetworkCoverage &coverage, QSize size);
// A photo stretched to the input's size, as the network would see it after a resize.
QImage stretchedPhoto(const QImage &photo, QSize size);

} // namespace cd::ui
