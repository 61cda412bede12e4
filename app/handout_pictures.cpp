// The handout's pictures for the CLI (see handout_pictures.h).

#include "handout_pictures.h"

namespace cd::cli {

HandoutPictures handoutPictures(const Network &network, const Analysis &analysis)
{
    // TODO(render): return the SVG text of `convdesigner-cli render`'s views (the network
    // picture, "memory", "layer:NAME" of analysis.layers[i].name) once the render module is
    // merged. Until then there are no pictures: the page says "No picture of …" in their
    // place and is complete in every other way.
    (void)network;
    (void)analysis;
    return {};
}

} // namespace cd::cli
