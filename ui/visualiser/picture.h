#pragma once

// A view that can paint itself as a self-contained picture (legend and arithmetic included),
// so that File ▸ Export can write it as PNG at any scale or as SVG for slides.

#include <QSizeF>

class QPainter;

namespace cd::ui {

class Picture
{
public:
    virtual ~Picture() = default;
    // Whether there is anything worth exporting: false while the view shows only a hint
    // ("Select a convolution…") or an error, so that File ▸ Export Picture can be disabled.
    virtual bool hasPicture() const = 0;
    // Size at scale 1, in pixels.
    virtual QSizeF pictureSize() const = 0;
    // Paints the whole picture into (0, 0) … pictureSize(); the painter may be scaled.
    virtual void paintPicture(QPainter &painter) const = 0;
};

} // namespace cd::ui
