#pragma once

// The lecture handout (issue 12): one self-contained page with the network picture, the layer
// table, the memory formulas with the tensors alive at the inference peak, and a Layer View
// with its arithmetic for every layer that discards input pixels. The pictures come from the
// caller as SVG text, so the page is built here without Qt Gui and tested with fake pictures.
// The page is HTML5 and well-formed XML (XHTML syntax), with no scripts and no external
// resources: it opens in a browser with no network and prints on A4.

#include "analysis.h"
#include "network.h"

#include <functional>
#include <string>
#include <vector>

namespace cd {

// Each returns an SVG document (an XML prolog is removed before inlining), or "" when there
// is no picture; an empty function is no picture either.
struct HandoutPictures
{
    std::function<std::string()> network;
    std::function<std::string()> memory;       // the inference memory chart
    std::function<std::string(int)> layerView; // the Layer View of analysis.layers[i]
};

// The layers whose windows leave input rows or columns unread (the table's "discarded" cell
// names them), in table order: the ones the handout shows a Layer View of.
std::vector<int> discardingLayers(const Analysis &analysis);

std::string handoutHtml(const Analysis &analysis, const Network &network,
                        const HandoutPictures &pictures);

} // namespace cd
