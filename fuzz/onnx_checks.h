#pragma once

// What any bytes given as an ONNX model must survive, shared by the fuzz target and the
// regression test that replays its findings (tests/data/fuzz-regressions/onnx_fuzzer-*) and
// the kept exports: the importer refuses them with a message, or gives a network that is
// analysed and survives the network file's write → read unchanged (so Save after an import
// always works); both with the file's input size and with a fixed one, so that models with a
// symbolic height and width get past the input.

#include <string>
#include <string_view>

namespace cd::fuzz {

// "" when every promise holds, else what broke. A crash, an assertion or a sanitizer report is
// a failure too, of course.
std::string checkOnnxBytes(std::string_view bytes);

} // namespace cd::fuzz
