// The graph pass of arithmetic.md §8 (see autograd_memory.h).

#include "autograd_memory.h"

namespace cd {

namespace {

// Batch norm in training refuses one value per channel, so that pass has no figure.
std::string batchNormNote(const std::vector<SavingNode> &nodes, std::int64_t batch)
{
    for (const SavingNode &node : nodes) {
        if (!std::holds_alternative<BatchNorm2d>(*node.kind))
            continue;
        if (batch == 1 && node.input.height == 1 && node.input.width == 1)
            return std::string(node.name)
                   + ": batch norm needs more than one value per channel in training (batch 1, "
                     "1\u00d71 map)";
    }
    return {};
}

std::string unmeasuredNote(DType dtype)
{
    if (dtype != DType::Float16 && dtype != DType::Int8)
        return {};
    const std::string name(dtypeName(dtype));
    return "not measured: PyTorch 1.13 cannot train in " + name
           + " on a CPU; these are the measured rules at " + std::to_string(bytesPerElement(dtype))
           + (bytesPerElement(dtype) == 1 ? " byte" : " bytes") + " per element";
}

std::string joined(const std::string &a, const std::string &b)
{
    return a.empty() ? b : b.empty() ? a : a + "; " + b;
}

struct RunningBytes
{
    CheckedInt activations;
    CheckedInt indices;
    CheckedInt masks;
    CheckedInt statistics;

    CheckedInt &of(SavedKind kind)
    {
        switch (kind) {
        case SavedKind::Activations: return activations;
        case SavedKind::Indices: return indices;
        case SavedKind::Masks: return masks;
        case SavedKind::Statistics: return statistics;
        }
        return activations;
    }
    CheckedInt total() const { return activations + indices + masks + statistics; }
    SavedBytes value() const
    {
        return {activations.value(), indices.value(), masks.value(), statistics.value()};
    }
};

// Storages are numbered as they appear: 0 is the network input's, then one per layer that
// makes a new tensor. Only these can be saved twice; a layer's own tensors cannot.
class StorageWalk
{
public:
    explicit StorageWalk(std::size_t layers)
    {
        m_storageOf.reserve(layers + 1);
        m_needsGrad.reserve(layers + 1);
        m_storageOf.push_back(0);
        m_needsGrad.push_back(false); // the network input is data
        m_savedBy.push_back(-1);
    }

    std::size_t storageOf(int node) const
    {
        return m_storageOf[static_cast<std::size_t>(node + 1)];
    }
    bool needsGrad(int node) const { return m_needsGrad[static_cast<std::size_t>(node + 1)]; }

    void addNode(const SavedSpec &spec, int firstInput, bool needsGrad)
    {
        if (spec.outputIsInput) {
            m_storageOf.push_back(storageOf(firstInput));
        } else {
            m_storageOf.push_back(m_savedBy.size());
            m_savedBy.push_back(-1);
        }
        m_needsGrad.push_back(needsGrad);
    }

    // The layer that saved this storage first, or −1; marks it saved by `layer` if none did.
    int claim(std::size_t storage, int layer)
    {
        const int first = m_savedBy[storage];
        if (first < 0)
            m_savedBy[storage] = layer;
        return first;
    }

private:
    std::vector<std::size_t> m_storageOf; // per node, the network input first
    std::vector<bool> m_needsGrad;        // per node: its tensor depends on a parameter
    std::vector<int> m_savedBy;           // per storage: the layer credited with it, or −1
};

} // namespace

AutogradSaved autogradSaved(const std::vector<SavingNode> &nodes, const Settings &settings,
                            std::int64_t parameterBytes)
{
    AutogradSaved result;
    AutogradMemory &memory = result.memory;
    memory.parameterBytes = parameterBytes;
    memory.measured = unmeasuredNote(settings.dtype).empty();
    const std::string noFigure = batchNormNote(nodes, settings.batch);
    if (!noFigure.empty()) {
        memory.note = joined(noFigure, unmeasuredNote(settings.dtype));
        return result;
    }

    StorageWalk storages(nodes.size());
    RunningBytes sum;
    result.layers.reserve(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const SavingNode &node = nodes[i];
        const int layer = static_cast<int>(i);
        const SavedSpec spec = savedSpec(*node.kind, node.input, node.output, settings);
        bool needsGrad = spec.hasParameters;
        for (int input : node.inputs)
            needsGrad = needsGrad || storages.needsGrad(input);
        storages.addNode(spec, node.inputs.front(), needsGrad);

        LayerSaved saved{.rule = spec.rule, .hasBackward = needsGrad};
        RunningBytes credited;
        for (const SavedTensor &tensor : spec.tensors) {
            if (!needsGrad)
                break; // no backward: nothing is recorded
            if (tensor.storage != SavedStorage::Own) {
                const int owner
                    = tensor.storage == SavedStorage::Input ? node.inputs.front() : layer;
                const int first = storages.claim(storages.storageOf(owner), layer);
                if (first >= 0) {
                    saved.inputSavedBy = first; // only an input can have been saved before
                    continue;
                }
            }
            credited.of(tensor.kind) += tensor.bytes;
            sum.of(tensor.kind) += tensor.bytes;
        }
        if (sum.total().overflowed()) { // then so does any layer's share
            result.layers.clear();
            memory.note = joined("the bytes saved for backward exceed 2^63 \u2212 1",
                                 unmeasuredNote(settings.dtype));
            return result;
        }
        saved.bytes = credited.value();
        result.layers.push_back(saved);
    }
    memory.saved = sum.value();
    const CheckedInt training = sum.total() + parameterBytes;
    if (!training.overflowed())
        memory.trainingBytes = training.value();
    memory.note = joined(training.overflowed()
                             ? "the saved bytes plus the parameter copies exceed 2^63 \u2212 1"
                             : "",
                         unmeasuredNote(settings.dtype));
    return result;
}

} // namespace cd
