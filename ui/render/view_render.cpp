#include "view_render.h"

#include "canvas/canvas_picture.h"
#include "canvas/canvas_view.h"
#include "document.h"
#include "memory/memory_panel.h"
#include "memory/memory_timeline_chart.h"
#include "qt_text.h"
#include "visualiser/grid_content.h"
#include "visualiser/layer_view.h"
#include "visualiser/network_view.h"
#include "visualiser/picture_export.h"
#include "visualiser/picture_names.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QStringList>

namespace cd::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ViewRender", text);
}

const QString layerPrefix = QStringLiteral("layer:");

// A large network's coverage is walked on a worker: the pictures wait for it, as a user
// would before exporting.
void waitForCoverage(Document &document)
{
    if (!document.isAnalysing())
        return;
    QEventLoop loop;
    QObject::connect(&document, &Document::analysingChanged, &loop, [&loop](bool analysing) {
        if (!analysing)
            loop.quit();
    });
    loop.exec();
}

struct LayerLookup
{
    LayerId id = 0;
    QString error;
};

// The layer called `name` if the Layer View draws a picture of it (a valid convolution or
// pool, or a nin_block by its first convolution), else why not and which layers have one.
LayerLookup pictureLayer(const Analysis &analysis, const QString &name)
{
    QStringList withPicture;
    const LayerReport *named = nullptr;
    for (const LayerReport &layer : analysis.layers) {
        if (GridContent::hasGrid(analysis, layer.id))
            withPicture << qtText(layer.name);
        if (named == nullptr && qtText(layer.name) == name)
            named = &layer;
    }
    if (named != nullptr && GridContent::hasGrid(analysis, named->id))
        return {named->id, {}};
    const QString which = withPicture.isEmpty()
                              ? tr("no layer of this network has a Layer View")
                              : tr("the layers with a Layer View are %1")
                                    .arg(withPicture.join(QStringLiteral(", ")));
    if (named == nullptr)
        return {0, tr("no layer named \"%1\"; %2").arg(name, which)};
    const QString why = GridContent::forLayer(analysis, named->id).statement;
    return {0, tr("layer \"%1\" has no Layer View picture, it has no windows to draw (%2); %3")
                   .arg(name, why, which)};
}

RenderResult failed(RenderResult::Failure failure, const QString &error)
{
    RenderResult result;
    result.failure = failure;
    result.error = error;
    return result;
}

RenderResult encoded(const Picture &picture, RenderedView view, RenderFormat format,
                     double scale)
{
    if (!picture.hasPicture())
        return failed(RenderResult::Failure::NoPicture,
                      tr("the network has no %1 to draw").arg(renderTitle(view)));
    RenderResult result;
    result.bytes = format == RenderFormat::Svg ? svgText(picture, renderTitle(view))
                                               : pngBytes(picture, scale);
    if (result.bytes.isEmpty())
        return failed(RenderResult::Failure::Encoding,
                      tr("the picture could not be encoded as PNG (too large at scale %1?)")
                          .arg(scale));
    return result;
}

} // namespace

std::optional<ViewSpec> parseViewSpec(const QString &text, QString *error)
{
    if (text == QLatin1String("network"))
        return ViewSpec{RenderedView::Network, {}};
    if (text == QLatin1String("coverage"))
        return ViewSpec{RenderedView::Coverage, {}};
    if (text == QLatin1String("memory"))
        return ViewSpec{RenderedView::Memory, {}};
    if (text.startsWith(layerPrefix) && text.size() > layerPrefix.size())
        return ViewSpec{RenderedView::Layer, text.mid(layerPrefix.size())};
    if (error != nullptr)
        *error = text == layerPrefix
                     ? tr("--view layer: needs the layer's name, e.g. layer:pool1")
                     : tr("unknown view \"%1\"; the views are network, layer:NAME, coverage "
                          "and memory")
                           .arg(text);
    return std::nullopt;
}

std::optional<RenderFormat> renderFormatFor(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return RenderFormat::Svg;
    if (fileName.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return RenderFormat::Png;
    return std::nullopt;
}

QString renderTitle(RenderedView view)
{
    // The window's names for its pictures, so that the SVG text is the window's.
    switch (view) {
    case RenderedView::Network: return picture_names::svgTitle(picture_names::network());
    case RenderedView::Layer: return picture_names::svgTitle(picture_names::layerView());
    case RenderedView::Coverage: return picture_names::svgTitle(picture_names::inputCoverage());
    case RenderedView::Memory: return picture_names::svgTitle(picture_names::memoryChart());
    }
    return {};
}

// The main window's views of one document, never shown. They exist before the network
// arrives, as in the main window, which opens a file into the views it already has.
struct ViewRenderer::Views
{
    Document document;
    CanvasView canvas{&document};
    LayerView layerView{&document};
    NetworkView coverage{&document};
    MemoryPanel memory{&document};
};

ViewRenderer::ViewRenderer(const Network &network) : m_views(std::make_unique<Views>())
{
    m_views->document.reset(network, QString());
    waitForCoverage(m_views->document);
}

ViewRenderer::~ViewRenderer() = default;

RenderResult ViewRenderer::render(const ViewSpec &spec, RenderFormat format, double scale)
{
    Views &views = *m_views;
    const Analysis &analysis = views.document.analysis();
    if (!analysis.valid())
        return failed(RenderResult::Failure::InvalidNetwork,
                      qtText(analysis.errors.front().message));

    switch (spec.view) {
    case RenderedView::Network: {
        const CanvasPicture picture(*views.canvas.canvasScene(), CanvasPicture::Scope::Network);
        return encoded(picture, spec.view, format, scale);
    }
    case RenderedView::Layer: {
        const LayerLookup layer = pictureLayer(analysis, spec.layer);
        if (layer.id == 0)
            return failed(RenderResult::Failure::NoPicture, layer.error);
        // The Layer View draws the current layer, from its first window.
        views.document.setCurrentLayer(layer.id);
        return encoded(views.layerView, spec.view, format, scale);
    }
    case RenderedView::Coverage: return encoded(views.coverage, spec.view, format, scale);
    case RenderedView::Memory:
        return encoded(*views.memory.timelineChart(), spec.view, format, scale);
    }
    return {};
}

RenderResult renderView(const Network &network, const ViewSpec &spec, RenderFormat format,
                        double scale)
{
    return ViewRenderer(network).render(spec, format, scale);
}

} // namespace cd::ui
