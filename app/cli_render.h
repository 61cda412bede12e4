#pragma once

// convdesigner-cli render: one of the designer's views of a network as an SVG or PNG file,
// drawn by the designer's own widgets off screen (ui/render/view_render.h).

#include "cli_options.h"

#include <string>

namespace cd::cli {

// What is wrong with render's options before any file is read: the output's suffix, the
// scale's range, the theme's and the view's names. Empty when nothing is.
std::string renderOptionsError(const Options &options);

// Draws `options.view` of `network` and writes it to `options.output` atomically. Makes the
// QApplication, on the offscreen platform when there is no display. Returns the exit status:
// 0 written; 1 the network is invalid; 2 the layer has no picture or the file cannot be written.
int renderPicture(const Network &network, const Options &options, const char *programName);

} // namespace cd::cli
