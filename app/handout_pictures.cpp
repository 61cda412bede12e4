// The handout's pictures for the CLI (see handout_pictures.h).

#include "handout_pictures.h"

#include "render/view_render.h"

#include <memory>

namespace cd::cli {

HandoutPictures handoutPictures(const Network &network, const Analysis &analysis)
{
    // One renderer for the whole page: the network is analysed and its views built once,
    // however many Layer Views the page holds.
    auto renderer = std::make_shared<ui::ViewRenderer>(network);
    const auto svg = [renderer](ui::RenderedView view, const std::string &layer = {}) {
        const ui::RenderResult result = renderer->render(
            ui::ViewSpec{view, QString::fromStdString(layer)}, ui::RenderFormat::Svg);
        return result.ok() ? result.bytes.toStdString() : std::string();
    };
    HandoutPictures pictures;
    pictures.network = [svg] { return svg(ui::RenderedView::Network); };
    pictures.memory = [svg] { return svg(ui::RenderedView::Memory); };
    pictures.layerView = [svg, &analysis](int layer) {
        return svg(ui::RenderedView::Layer, analysis.layers.at(static_cast<std::size_t>(layer)).name);
    };
    return pictures;
}

} // namespace cd::cli
