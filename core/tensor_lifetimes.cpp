#include "tensor_lifetimes.h"

#include <limits>

namespace cd {

namespace {

struct Tensor
{
    LiveTensor what;
    int lastReader = -1; // the last layer that reads it, directly or through an alias
};

class LifetimeWalk
{
public:
    LifetimeWalk(CheckedInt inputElements, const std::vector<TensorNode> &layers)
        : m_layers(layers)
    {
        m_tensors.push_back({{-1, 0, inputElements.value()}, -1});
        m_tensorOf.reserve(layers.size());
        for (std::size_t i = 0; i < layers.size(); ++i) {
            const TensorNode &node = layers[i];
            for (int input : node.inputs) {
                Tensor &read = m_tensors[tensorOf(input)];
                read.lastReader = static_cast<int>(i);
            }
            if (node.writes.empty()) {
                m_tensorOf.push_back(node.inputs.empty() ? 0 : tensorOf(node.inputs.front()));
                continue;
            }
            for (std::size_t part = 0; part < node.writes.size(); ++part) {
                // A nin_block's inner tensors are read by its next convolution only.
                m_tensors.push_back(
                    {{static_cast<int>(i), static_cast<int>(part), node.writes[part].value()},
                     static_cast<int>(i)});
            }
            m_tensorOf.push_back(m_tensors.size() - 1);
        }
        const std::size_t output = layers.empty() ? 0 : m_tensorOf.back();
        m_tensors[output].lastReader = std::numeric_limits<int>::max();
    }

    // Runs the layers; with `stopAt`, returns the live tensors at that write.
    TensorPeak run(const TensorPeak *stopAt)
    {
        std::vector<bool> alive(m_tensors.size(), false);
        alive[0] = true;
        CheckedInt sum = m_tensors[0].what.elements;
        TensorPeak peak{sum, -1, 0, {}};
        if (stopAt && stopAt->layer < 0)
            return withLive(peak, alive);
        std::size_t next = 1; // the next tensor to be written
        for (std::size_t i = 0; i < m_layers.size(); ++i) {
            const int layer = static_cast<int>(i);
            for (std::size_t part = 0; part < m_layers[i].writes.size(); ++part, ++next) {
                alive[next] = true;
                sum += m_tensors[next].what.elements;
                if (stopAt && stopAt->layer == layer && stopAt->part == static_cast<int>(part))
                    return withLive(*stopAt, alive);
                if (sum.overflowed() || sum.value() > peak.elements.value())
                    peak = {sum, layer, static_cast<int>(part), {}};
                if (part == 0)
                    freeReadBy(layer, alive, sum);
                else
                    free(next - 1, alive, sum);
            }
            freeReadBy(layer, alive, sum);
        }
        return peak;
    }

private:
    std::size_t tensorOf(int node) const
    {
        return node < 0 ? 0 : m_tensorOf[static_cast<std::size_t>(node)];
    }

    void free(std::size_t tensor, std::vector<bool> &alive, CheckedInt &sum) const
    {
        if (!alive[tensor])
            return;
        alive[tensor] = false;
        sum = sum - m_tensors[tensor].what.elements;
    }

    // Frees the tensors whose last reader is `layer`.
    void freeReadBy(int layer, std::vector<bool> &alive, CheckedInt &sum) const
    {
        for (int input : m_layers[static_cast<std::size_t>(layer)].inputs) {
            const std::size_t tensor = tensorOf(input);
            if (m_tensors[tensor].lastReader == layer)
                free(tensor, alive, sum);
        }
    }

    TensorPeak withLive(TensorPeak peak, const std::vector<bool> &alive) const
    {
        for (std::size_t t = 0; t < alive.size(); ++t) {
            if (alive[t])
                peak.live.push_back(m_tensors[t].what);
        }
        return peak;
    }

    const std::vector<TensorNode> &m_layers;
    std::vector<Tensor> m_tensors;       // 0 is the network input, then in writing order
    std::vector<std::size_t> m_tensorOf; // per layer: the tensor its output is
};

} // namespace

TensorPeak inferencePeak(CheckedInt inputElements, const std::vector<TensorNode> &layers)
{
    LifetimeWalk walk(inputElements, layers);
    const TensorPeak peak = walk.run(nullptr);
    if (peak.elements.overflowed())
        return peak;
    return walk.run(&peak);
}

} // namespace cd
