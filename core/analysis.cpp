#include "analysis.h"

#include "coverage.h"
#include "format.h"

#include <algorithm>

namespace cd {

namespace {

std::string checkInput(const InputShape &input, const Settings &settings)
{
    if (settings.batch < 1)
        return "batch must be at least 1, not " + std::to_string(settings.batch);
    const std::pair<const char *, std::int64_t> sizes[] = {
        {"channels", input.channels}, {"height", input.height}, {"width", input.width}};
    for (const auto &[field, value] : sizes) {
        if (value < 1)
            return std::string("input ") + field + " must be at least 1, not "
                   + std::to_string(value);
    }
    if ((CheckedInt(input.channels) * input.height * input.width).overflowed())
        return "input C\u00d7H\u00d7W exceeds 2^63 \u2212 1 elements";
    return {};
}

// The running sums of §2–4 over the layers computed so far.
struct RunningTotals
{
    CheckedInt weights;
    CheckedInt biases;
    CheckedInt macs;
    CheckedInt activations;
    PeakPairTracker peak;
};

// Adds one layer's counts; returns a message when a count no longer fits 64 bits.
std::string accumulate(RunningTotals &totals, const LayerStep &step, int index,
                       const Settings &settings)
{
    if (step.output.elements().overflowed() || step.keptActivations.overflowed())
        return "activation count exceeds 2^63 \u2212 1";
    if (step.weights.overflowed() || step.biases.overflowed())
        return "parameter count exceeds 2^63 \u2212 1";
    if (step.macs.overflowed())
        return "MAC count exceeds 2^63 \u2212 1";
    totals.weights += step.weights;
    totals.biases += step.biases;
    totals.macs += step.macs;
    totals.activations += step.keptActivations;
    for (CheckedInt tensor : step.inferenceTensors)
        totals.peak.add(tensor, index);
    const CheckedInt params = totals.weights + totals.biases;
    if (params.overflowed())
        return "the network's parameter count exceeds 2^63 \u2212 1";
    if (totals.macs.overflowed())
        return "the network's MAC count exceeds 2^63 \u2212 1";
    if (totals.activations.overflowed())
        return "the network's activation count exceeds 2^63 \u2212 1";
    if (!estimateMemory(settings, totals.activations, params, totals.peak))
        return "memory for batch " + std::to_string(settings.batch) + " in "
               + std::string(dtypeName(settings.dtype)) + " exceeds 2^63 \u2212 1 bytes";
    return {};
}

struct ReceptiveFields
{
    Receptive1D rows;
    Receptive1D cols;
};

ReceptiveFields throughLayer(const ReceptiveFields &in, const SpatialMap &spatial,
                             const InputShape &networkInput)
{
    struct Visitor
    {
        const ReceptiveFields &in;
        const InputShape &net;
        ReceptiveFields operator()(const Pointwise &) const { return in; }
        ReceptiveFields operator()(const Windows &w) const
        {
            return {throughWindows(in.rows, w.rows), throughWindows(in.cols, w.cols)};
        }
        ReceptiveFields operator()(const AdaptiveWindows &w) const
        {
            return {throughAdaptive(in.rows, w.rows, net.height),
                    throughAdaptive(in.cols, w.cols, net.width)};
        }
        ReceptiveFields operator()(const Flattening &) const
        {
            return {wholeInput(in.rows, net.height), wholeInput(in.cols, net.width)};
        }
    };
    return std::visit(Visitor{in, networkInput}, spatial);
}

bool coverageFits(const LayerReport &report)
{
    const auto fits = [](std::int64_t size) { return size <= maxSpatialExtent; };
    bool ok = fits(report.input.height) && fits(report.input.width)
              && fits(report.output.height) && fits(report.output.width);
    if (const auto *windows = std::get_if<Windows>(&report.spatial))
        ok = ok && fits(windows->rows.extent()) && fits(windows->cols.extent());
    return ok;
}

void findDiscarded(LayerReport &report)
{
    report.coverageKnown = coverageFits(report);
    if (!report.coverageKnown)
        return;
    if (const auto *windows = std::get_if<Windows>(&report.spatial)) {
        report.discardedRows = discardedPositions(windows->rows);
        report.discardedCols = discardedPositions(windows->cols);
    }
}

// Walks the chain backwards from "every output position is used" (arithmetic.md §5).
InputCoverage coverInput(const std::vector<LayerReport> &layers, const InputShape &input)
{
    const Shape last = layers.empty() ? Shape{input.channels, input.height, input.width, false}
                                      : layers.back().output;
    PositionMask rows = PositionMask::Constant(last.height, true);
    PositionMask cols = PositionMask::Constant(last.width, true);
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        const Shape &in = it->input;
        if (const auto *w = std::get_if<Windows>(&it->spatial)) {
            rows = usedInputs(w->rows, rows);
            cols = usedInputs(w->cols, cols);
        } else if (const auto *a = std::get_if<AdaptiveWindows>(&it->spatial)) {
            rows = usedInputs(a->rows, rows);
            cols = usedInputs(a->cols, cols);
        } else if (std::holds_alternative<Flattening>(it->spatial)) {
            rows = PositionMask::Constant(in.height, true);
            cols = PositionMask::Constant(in.width, true);
        }
    }
    InputCoverage coverage;
    coverage.unusedRows = unusedPositions(rows);
    coverage.unusedCols = unusedPositions(cols);
    coverage.unusedPixels = input.height * input.width
                            - rows.count() * static_cast<std::int64_t>(cols.count());
    return coverage;
}

} // namespace

Analysis analyze(const Network &network)
{
    Analysis analysis;
    analysis.networkName = network.name;
    analysis.input = network.input;
    analysis.settings = network.settings;
    analysis.layers.resize(network.layers.size());
    for (std::size_t i = 0; i < network.layers.size(); ++i) {
        LayerReport &report = analysis.layers[i];
        const Layer &layer = network.layers[i];
        report.index = static_cast<int>(i);
        report.id = layer.id;
        report.name = displayName(layer, report.index);
        report.type = layerType(layer.kind);
    }

    std::string blocker; // why layers from here on have no input shape
    if (std::string inputError = checkInput(network.input, network.settings); !inputError.empty()) {
        analysis.errors.push_back({-1, inputError});
        blocker = "the network input is invalid";
    }

    const InputShape &in = network.input;
    Shape current{in.channels, in.height, in.width, false};
    const std::int64_t inputElements = blocker.empty() ? current.elements().value() : 0;
    RunningTotals totals{0, 0, 0, inputElements, PeakPairTracker(inputElements)};
    ReceptiveFields receptive;

    for (std::size_t i = 0; i < network.layers.size(); ++i) {
        LayerReport &report = analysis.layers[i];
        if (!blocker.empty()) {
            report.status = LayerStatus::NotComputed;
            report.error = report.name + ": not computed because " + blocker;
            continue;
        }
        LayerStep step = stepThrough(network.layers[i].kind, current);
        if (step.error.empty())
            step.error = accumulate(totals, step, report.index, network.settings);
        if (!step.error.empty()) {
            report.status = LayerStatus::Invalid;
            report.error = report.name + ": " + step.error;
            analysis.errors.push_back({report.index, report.error});
            blocker = "layer " + std::to_string(i) + " (" + report.name + ") before it is invalid";
            continue;
        }
        report.input = current;
        report.output = step.output;
        report.weights = step.weights.value();
        report.biases = step.biases.value();
        report.params = report.weights + report.biases; // fits: the running sum did
        report.macs = step.macs.value();
        report.activations = step.keptActivations.value();
        report.spatial = step.spatial;
        report.convs = std::move(step.convs);
        receptive = throughLayer(receptive, report.spatial, network.input);
        report.receptiveRows = receptive.rows;
        report.receptiveCols = receptive.cols;
        findDiscarded(report);
        current = step.output;
    }

    if (!analysis.valid())
        return analysis;
    const CheckedInt params = totals.weights + totals.biases;
    analysis.totals = Totals{totals.weights.value(), totals.biases.value(), params.value(),
                             totals.macs.value(), totals.activations.value()};
    analysis.memory = estimateMemory(network.settings, totals.activations, params, totals.peak);
    if (!analysis.memory) { // only reachable without layers: each layer checks its running sum
        analysis.errors.push_back({-1, "memory of the input alone exceeds 2^63 \u2212 1 bytes"});
        analysis.totals.reset();
        return analysis;
    }
    const bool coverable = std::all_of(analysis.layers.begin(), analysis.layers.end(),
                                       [](const LayerReport &r) { return r.coverageKnown; })
                           && network.input.height <= maxSpatialExtent
                           && network.input.width <= maxSpatialExtent;
    if (coverable)
        analysis.inputCoverage = coverInput(analysis.layers, network.input);
    return analysis;
}

} // namespace cd
