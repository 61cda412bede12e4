#pragma once

// analyze(): everything arithmetic.md defines, for one network, as a value. The CLI prints it,
// the writers format it. Layers are analysed in execution order, each from the nodes it reads;
// a chain is the case of one input each.
//
// Every figure costs O(1) a layer except coverage (discarded rows and columns, the input
// coverage), which walks positions one by one: up to CoverageBudget's tens of milliseconds. So
// analyze() is two steps the GUI can take apart: analyzeWithoutCoverage() (microseconds, on
// every edit) and addCoverage() (on a worker thread when coverageWorkEstimate() is large).

#include "autograd_memory.h"
#include "input_coverage.h"
#include "layer_step.h"
#include "memory.h"
#include "network.h"
#include "receptive.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cd {

enum class LayerStatus {
    Ok,
    Invalid,     // this layer cannot be computed: `error` says why
    NotComputed, // a layer it reads is invalid or not computed, so it has no input shape
};


struct LayerReport
{
    int index = 0;
    LayerId id = 0;
    std::string name; // display name: the layer's own or derived (`conv2d_3`)
    LayerType type = LayerType::ReLU;
    LayerStatus status = LayerStatus::Ok;
    std::string error; // Invalid / NotComputed: the message, starting with the name
    std::vector<int> inputs;              // nodes read: −1 the network input, else a layer index
    std::vector<std::string> inputNames;  // their names (inputNodeName for the network input)
    std::string block;                    // empty: none

    // The rest is meaningful only when status is Ok.
    Shape input; // the first input's shape
    Shape output;
    std::int64_t weights = 0;
    std::int64_t biases = 0;
    std::int64_t params = 0;
    std::int64_t macs = 0;
    std::int64_t activations = 0; // kept for the backward pass, per sample
    Receptive1D receptiveRows;
    Receptive1D receptiveCols;
    SpatialMap spatial;
    std::vector<std::int64_t> discardedRows; // input rows no window reads
    std::vector<std::int64_t> discardedCols;
    // False when the layer's coverage is not analysed, too large: a height or width exceeds
    // maxSpatialExtent, or the walk or its lists do not fit the analysis's CoverageBudget.
    // Then discardedRows and discardedCols are empty and mean nothing.
    bool coverageKnown = true;
    // Computed, but its coverage is not walked yet (analyzeWithoutCoverage): coverageKnown is
    // false, unless a caller filled in an earlier analysis's figures to show meanwhile.
    bool coveragePending = false;
    std::vector<ConvCounts> convs; // a nin_block's three convolutions
    // What autograd saves for it (arithmetic.md §8); empty when the network has no such
    // figure (see Analysis::autograd's note) or is invalid.
    std::optional<LayerSaved> saved;

    bool ok() const { return status == LayerStatus::Ok; }
};

struct AnalysisError
{
    int layer = -1; // -1: the network input
    std::string message;
    friend bool operator==(const AnalysisError &, const AnalysisError &) = default;
};

struct Totals
{
    std::int64_t weights = 0;
    std::int64_t biases = 0;
    std::int64_t params = 0;
    std::int64_t macs = 0;
    std::int64_t activations = 0; // A of arithmetic.md §4, the input included
    std::optional<std::int64_t> savedBytes{}; // arithmetic.md §8; empty: no figure
};

struct Analysis
{
    std::string networkName;
    InputShape input;
    Settings settings;
    std::vector<LayerReport> layers;
    std::vector<AnalysisError> errors;

    // Present only for a valid network.
    std::optional<Totals> totals;
    std::optional<MemoryEstimate> memory;    // the lecture model (arithmetic.md §4)
    std::optional<AutogradMemory> autograd; // what PyTorch keeps for backward (§8)
    // Also empty when it is not analysed, too large: a map past maxSpatialExtent, a grid past
    // maxGridCells, or more than the CoverageBudget left after the layers' own coverage.
    std::optional<InputCoverage> inputCoverage;
    // addCoverage() has not run yet: an empty inputCoverage means "not known yet", not "too
    // large", and a present one is an earlier analysis's, shown meanwhile.
    bool coveragePending = false;

    bool valid() const { return errors.empty(); }
};

// analyzeWithoutCoverage() then addCoverage().
Analysis analyze(const Network &network);
// Everything but coverage: every computed layer and the analysis are coveragePending.
Analysis analyzeWithoutCoverage(const Network &network);
// Walks the pending coverage, from the analysis's own figures (it needs no network), and
// clears every coveragePending: the result equals analyze() of the same network.
void addCoverage(Analysis &analysis);
// No less than the positions and grid cells addCoverage() would walk (CoverageBudget's units,
// capped at its maxCoverageWork), in O(layers): whether waiting for it is worth a thread.
std::int64_t coverageWorkEstimate(const Analysis &analysis);

} // namespace cd
