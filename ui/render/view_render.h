#pragma once

// Draws one of the designer's views of a network off screen, exactly as File ▸ Export Picture
// writes it right after the file is opened: the same widgets, never shown, in their default
// state (the canvas's layout, the Layer View at its first window, the memory timeline's
// inference bars at the chart's fixed export size). For `convdesigner-cli render` and for
// documents that inline the pictures. Needs a QApplication (the offscreen platform will do).

#include "network.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace cd::ui {

enum class RenderedView { Network, Layer, Coverage, Memory };

struct ViewSpec
{
    RenderedView view = RenderedView::Network;
    QString layer; // RenderedView::Layer: the layer's name (its own or the derived one)
};

// "network", "layer:NAME", "coverage" or "memory"; nullopt with `error` set for anything else.
std::optional<ViewSpec> parseViewSpec(const QString &text, QString *error);

enum class RenderFormat { Svg, Png };

// By the file name's suffix, .svg or .png in any case; nullopt for any other.
std::optional<RenderFormat> renderFormatFor(const QString &fileName);

// PNG scales run from just above 0 to this: 16 × a 1,400-pixel grid is already 22,400 pixels.
constexpr double maxRenderScale = 16;

// The SVG's title, the main window's: "ConvDesigner network", "ConvDesigner layer view",
// "ConvDesigner input coverage", "ConvDesigner memory chart".
QString renderTitle(RenderedView view);

struct RenderResult
{
    enum class Failure {
        None,
        InvalidNetwork, // the analysis's first error: nothing to draw from
        NoPicture,      // no layer of that name, or one without a Layer View picture
        Encoding,       // the PNG could not be made (too large an image)
    };
    QByteArray bytes; // PNG-encoded image or SVG text
    Failure failure = Failure::None;
    QString error; // what is wrong, naming the layer; the layers that have a picture
    bool ok() const { return failure == Failure::None; }
};

// The picture of `spec` for `network`: SVG text (`scale` ignored), or PNG at `scale` on white.
RenderResult renderView(const Network &network, const ViewSpec &spec, RenderFormat format,
                        double scale = 1);

// Several pictures of one network (a handout): analysed once, each view built once, every
// picture the one renderView() gives. Showing one layer moves no other view.
class ViewRenderer
{
public:
    // Waits for the network's coverage when it is walked on a worker.
    explicit ViewRenderer(const Network &network);
    ~ViewRenderer();
    ViewRenderer(const ViewRenderer &) = delete;
    ViewRenderer &operator=(const ViewRenderer &) = delete;

    RenderResult render(const ViewSpec &spec, RenderFormat format, double scale = 1);

private:
    struct Views;
    std::unique_ptr<Views> m_views;
};

} // namespace cd::ui
