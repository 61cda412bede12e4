#pragma once

// What View ▸ Zoom In / Zoom Out / Zoom to Fit / Actual Size ask of the view that is shown:
// the network canvas, the layer view and the input coverage each zoom their own way.

namespace cd::ui {

class Zoomable
{
public:
    virtual ~Zoomable() = default;
    virtual void zoomIn() = 0;
    virtual void zoomOut() = 0;
    // Everything in view.
    virtual void zoomToFit() = 0;
    // The view's natural size (100 % on the canvas, one screen pixel per input pixel, …).
    virtual void resetZoom() = 0;
};

} // namespace cd::ui
