#pragma once

// Networks built directly from arbitrary bytes, each byte a choice: the layer types, whether a
// layer reads the one before or any nodes, and every number drawn from the values at the edges
// of the arithmetic (0, 1, 2^24 ± 1, 2^40, 2^63 − 1, …) or a small one. A byte mutator rarely
// turns a file's "dilation": 2 into 2^40 on a kernel-1 layer; here every field is such a
// choice. Plain C++ (no libFuzzer header), so that the regression test replays the same bytes.

#include "network.h"

#include <QByteArrayView>

namespace cd::fuzz {

// The same bytes always give the same network; running out of bytes ends it early.
Network buildNetwork(QByteArrayView bytes);

} // namespace cd::fuzz
