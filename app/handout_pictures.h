#pragma once

// The pictures of `convdesigner-cli report`'s handout: the network picture, the memory chart
// and each discarding layer's Layer View as SVG text, one function so that the CLI's page is
// built the same way whichever renderer supplies them.

#include "analysis.h"
#include "network.h"
#include "report/handout_html.h"

namespace cd::cli {

// The pictures of `network` as analysed in `analysis`; both must outlive the result.
HandoutPictures handoutPictures(const Network &network, const Analysis &analysis);

} // namespace cd::cli
