#include "analysis.h"

#include "format.h"
#include "tensor_lifetimes.h"

#include <algorithm>
#include <unordered_map>

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
};

// Adds one layer's counts; returns a message when a count no longer fits 64 bits.
std::string accumulate(RunningTotals &totals, const LayerStep &step, const Settings &settings)
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
    const CheckedInt params = totals.weights + totals.biases;
    if (params.overflowed())
        return "the network's parameter count exceeds 2^63 \u2212 1";
    if (totals.macs.overflowed())
        return "the network's MAC count exceeds 2^63 \u2212 1";
    if (totals.activations.overflowed())
        return "the network's activation count exceeds 2^63 \u2212 1";
    // The inference peak never exceeds A, so training bytes overflow first.
    if (!estimateMemory(settings, totals.activations, params, TensorPeak{}))
        return "memory for batch " + std::to_string(settings.batch) + " in "
               + std::string(dtypeName(settings.dtype)) + " exceeds 2^63 \u2212 1 bytes";
    return {};
}

struct ReceptiveFields
{
    Receptive1D rows;
    Receptive1D cols;
};

// add and concat: the widest path sets the field; one input that sees everything makes the
// result see everything (arithmetic.md §7).
Receptive1D joined(const std::vector<const Receptive1D *> &inputs)
{
    Receptive1D result = *inputs.front();
    for (const Receptive1D *in : inputs) {
        result.size = std::max(result.size, in->size);
        result.jump = std::max(result.jump, in->jump);
        result.saturated = result.saturated || in->saturated;
        result.global = result.global || in->global;
    }
    if (result.global) {
        // Seeing the whole input is a fact, not a count that outgrew 64 bits.
        result.saturated = false;
        for (const Receptive1D *in : inputs) {
            if (in->global)
                result.size = in->size; // the network input's extent
        }
    }
    return result;
}

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

// Finds the node a layer reads: −1 for the network input, else an earlier layer's index.
class NodeIndex
{
public:
    explicit NodeIndex(const Network &network) : m_network(network) {}

    std::optional<int> find(LayerId id, int reader)
    {
        if (id == Network::inputId)
            return -1;
        // A chain reads the layer just before: no lookup needed.
        if (reader > 0 && m_network.layers[static_cast<std::size_t>(reader) - 1].id == id)
            return reader - 1;
        if (m_byId.empty()) {
            m_byId.reserve(m_network.layers.size());
            for (std::size_t i = 0; i < m_network.layers.size(); ++i)
                m_byId.emplace(m_network.layers[i].id, static_cast<int>(i));
        }
        const auto it = m_byId.find(id);
        if (it == m_byId.end() || it->second >= reader)
            return std::nullopt;
        return it->second;
    }

private:
    const Network &m_network;
    std::unordered_map<LayerId, int> m_byId;
};

// Why a layer cannot read its inputs, before any shape is known; empty when it can.
std::string checkInputs(const Layer &layer, LayerReport &report, NodeIndex &nodes,
                        const Network &network, const std::vector<LayerReport> &reports)
{
    std::string unreadable; // the first input that is no earlier node
    for (LayerId id : layer.inputs) {
        const std::optional<int> node = nodes.find(id, report.index);
        if (!node) {
            // Keep going: the inputs after it are still read, so they are no dead ends.
            if (unreadable.empty()) {
                const Layer *read = network.find(id);
                unreadable = read ? "reads "
                                        + reports[static_cast<std::size_t>(network.indexOf(id))].name
                                        + ", which does not come before it"
                                  : "reads a layer that is not in the network (id "
                                        + std::to_string(id) + ")";
            }
            continue;
        }
        report.inputs.push_back(*node);
        report.inputNames.push_back(*node < 0 ? std::string(inputNodeName)
                                              : reports[static_cast<std::size_t>(*node)].name);
    }
    if (!unreadable.empty())
        return unreadable;
    const std::size_t count = layer.inputs.size();
    const std::string type(typeName(report.type));
    if (joinsInputs(report.type)) {
        if (count < 2)
            return type + " needs at least 2 inputs, not " + std::to_string(count);
    } else if (count != 1) {
        return type + " reads exactly one input, not " + std::to_string(count)
               + (count > 1 ? "; join them with add or concat first" : "");
    }
    return {};
}

// Why a layer has no input shape, when a node it reads has none; empty when all have one.
std::string blockedBy(const LayerReport &report, const std::vector<LayerReport> &reports,
                      bool inputValid)
{
    for (std::size_t k = 0; k < report.inputs.size(); ++k) {
        const int node = report.inputs[k];
        if (node < 0) {
            if (!inputValid)
                return "the network input is invalid";
            continue;
        }
        const LayerReport &read = reports[static_cast<std::size_t>(node)];
        if (read.status != LayerStatus::Ok)
            return "it reads " + read.name + ", which "
                   + (read.status == LayerStatus::Invalid ? "is invalid" : "is not computed");
    }
    return {};
}

LayerStep step(const Layer &layer, const LayerReport &report, const std::vector<Shape> &shapes)
{
    const auto shapeOf = [&](int node) { return shapes[static_cast<std::size_t>(node + 1)]; };
    if (!joinsInputs(report.type))
        return stepThrough(layer.kind, shapeOf(report.inputs.front()));
    std::vector<JoinInput> inputs;
    for (std::size_t k = 0; k < report.inputs.size(); ++k)
        inputs.push_back({report.inputNames[k], shapeOf(report.inputs[k])});
    return joinThrough(layer.kind, inputs);
}

ReceptiveFields receptiveOf(const LayerReport &report,
                            const std::vector<ReceptiveFields> &fields,
                            const InputShape &networkInput)
{
    const auto fieldOf = [&](int node) -> const ReceptiveFields & {
        return fields[static_cast<std::size_t>(node + 1)];
    };
    if (report.inputs.size() == 1)
        return throughLayer(fieldOf(report.inputs.front()), report.spatial, networkInput);
    std::vector<const Receptive1D *> rows;
    std::vector<const Receptive1D *> cols;
    for (int node : report.inputs) {
        rows.push_back(&fieldOf(node).rows);
        cols.push_back(&fieldOf(node).cols);
    }
    return {joined(rows), joined(cols)};
}

// Every layer but the last must be read by a later one (network-format.md §3).
void findDeadEnds(std::vector<LayerReport> &reports)
{
    std::vector<bool> read(reports.size(), false);
    for (const LayerReport &report : reports) {
        for (int node : report.inputs) {
            if (node >= 0)
                read[static_cast<std::size_t>(node)] = true;
        }
    }
    for (std::size_t i = 0; i + 1 < reports.size(); ++i) {
        LayerReport &report = reports[i];
        if (read[i] || report.status == LayerStatus::Invalid)
            continue;
        report.status = LayerStatus::Invalid;
        report.error = report.name
                       + ": its output is not used: connect it to a later layer or remove it";
    }
}

std::vector<TensorNode> tensorsOf(const std::vector<LayerReport> &reports,
                           const std::vector<std::vector<CheckedInt>> &writes)
{
    std::vector<TensorNode> nodes(reports.size());
    for (std::size_t i = 0; i < reports.size(); ++i)
        nodes[i] = {reports[i].inputs, writes[i]};
    return nodes;
}

std::vector<SavingNode> savingNodes(const Network &network,
                                    const std::vector<LayerReport> &reports)
{
    std::vector<SavingNode> nodes;
    nodes.reserve(reports.size());
    for (std::size_t i = 0; i < reports.size(); ++i) {
        const LayerReport &report = reports[i];
        nodes.push_back({&network.layers[i].kind, report.name, report.inputs, report.input,
                         report.output});
    }
    return nodes;
}

// Fills every layer's, the totals' and the analysis's figures of arithmetic.md §8.
void findSaved(Analysis &analysis, const Network &network)
{
    AutogradSaved saved = autogradSaved(savingNodes(network, analysis.layers), network.settings,
                                        analysis.memory->trainingParameterBytes);
    for (std::size_t i = 0; i < saved.layers.size(); ++i)
        analysis.layers[i].saved = saved.layers[i];
    if (saved.memory.saved)
        analysis.totals->savedBytes = saved.memory.saved->total();
    analysis.autograd = std::move(saved.memory);
}

} // namespace

Analysis analyzeWithoutCoverage(const Network &network)
{
    Analysis analysis;
    analysis.coveragePending = true;
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
        report.block = layer.block;
    }

    const std::string inputError = checkInput(network.input, network.settings);
    const bool inputValid = inputError.empty();
    const InputShape &in = network.input;
    const Shape inputShape{in.channels, in.height, in.width, false};
    const std::int64_t inputElements = inputValid ? inputShape.elements().value() : 0;
    RunningTotals totals{0, 0, 0, inputElements};

    // Per node, the network input first: output shapes and receptive fields.
    std::vector<Shape> shapes{inputShape};
    std::vector<ReceptiveFields> fields{ReceptiveFields{}};
    std::vector<std::vector<CheckedInt>> writes; // tensors each layer writes at inference
    shapes.reserve(network.layers.size() + 1);
    fields.reserve(network.layers.size() + 1);
    writes.reserve(network.layers.size());
    NodeIndex nodes(network);

    for (std::size_t i = 0; i < network.layers.size(); ++i) {
        LayerReport &report = analysis.layers[i];
        shapes.emplace_back();
        fields.emplace_back();
        writes.emplace_back();
        std::string error = checkInputs(network.layers[i], report, nodes, network, analysis.layers);
        if (error.empty()) {
            if (std::string blocker = blockedBy(report, analysis.layers, inputValid);
                !blocker.empty()) {
                report.status = LayerStatus::NotComputed;
                report.error = report.name + ": not computed because " + blocker;
                continue;
            }
            LayerStep result = step(network.layers[i], report, shapes);
            error = result.error.empty() ? accumulate(totals, result, network.settings)
                                         : result.error;
            if (error.empty()) {
                report.input = shapes[static_cast<std::size_t>(report.inputs.front() + 1)];
                report.output = result.output;
                report.weights = result.weights.value();
                report.biases = result.biases.value();
                report.params = report.weights + report.biases; // fits: the running sum did
                report.macs = result.macs.value();
                report.activations = result.keptActivations.value();
                report.spatial = result.spatial;
                report.convs = std::move(result.convs);
                const ReceptiveFields receptive = receptiveOf(report, fields, network.input);
                report.receptiveRows = receptive.rows;
                report.receptiveCols = receptive.cols;
                // Every computed layer, a dead end too, gets its coverage in addCoverage().
                report.coverageKnown = false;
                report.coveragePending = true;
                shapes.back() = result.output;
                fields.back() = receptive;
                writes.back() = std::move(result.inferenceTensors);
                continue;
            }
        }
        report.status = LayerStatus::Invalid;
        report.error = report.name + ": " + error;
    }
    findDeadEnds(analysis.layers);

    if (!inputValid)
        analysis.errors.push_back({-1, inputError});
    for (const LayerReport &report : analysis.layers) {
        if (report.status == LayerStatus::Invalid)
            analysis.errors.push_back({report.index, report.error});
    }
    if (!analysis.valid())
        return analysis;

    const CheckedInt params = totals.weights + totals.biases;
    analysis.totals = Totals{totals.weights.value(), totals.biases.value(), params.value(),
                             totals.macs.value(), totals.activations.value()};
    analysis.memory = estimateMemory(network.settings, totals.activations, params,
                                     inferenceTimeline(inputElements,
                                                       tensorsOf(analysis.layers, writes)));
    if (!analysis.memory) { // only reachable without layers: each layer checks its running sum
        analysis.errors.push_back({-1, "memory of the input alone exceeds 2^63 \u2212 1 bytes"});
        analysis.totals.reset();
        return analysis;
    }
    findSaved(analysis, network);
    return analysis;
}

Analysis analyze(const Network &network)
{
    Analysis analysis = analyzeWithoutCoverage(network);
    addCoverage(analysis);
    return analysis;
}

} // namespace cd
