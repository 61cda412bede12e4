#pragma once

// The pictures of `convdesigner-cli report`'s handout: the network picture, the memory chart
// and each discarding layer's Layer View as SVG text, drawn by the same views as
// `convdesigner-cli render` and File ▸ Export Picture (ui/render/view_render.h).

#include "analysis.h"
#include "network.h"
#include "report/handout_html.h"

namespace cd::cli {

// The pictures of `network` as analysed in `analysis`; both must outlive the result, and a
// QApplication must exist while its functions are called. A view with no picture (or an
// invalid network) gives "", which the page shows as "No picture of …".
HandoutPictures handoutPictures(const Network &network, const Analysis &analysis);

} // namespace cd::cli
