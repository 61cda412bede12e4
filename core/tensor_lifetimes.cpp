#include "tensor_lifetimes.h"

#include <limits>
#include <set>

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

    // Two walks: the first finds the peak step, the second lists the live tensors of the steps
    // that fit maxTimelineEntries and always those of the peak. Listing while walking once
    // would copy a growing list at every new peak: quadratic on a wide fan.
    MemoryTimeline run()
    {
        const std::size_t peak = walk([](std::size_t, std::size_t) { return false; }).peakStep;
        std::size_t left = maxTimelineEntries;
        MemoryTimeline timeline = walk([&](std::size_t step, std::size_t alive) {
            if (step == peak)
                return true;
            if (alive > left)
                return false;
            left -= alive;
            return true;
        });
        timeline.peakStep = peak;
        return timeline;
    }

private:
    // One walk of inference; `listLive(step, alive)` says whether step `step`, with `alive`
    // tensors alive, lists them.
    template<typename ListLive>
    MemoryTimeline walk(ListLive listLive)
    {
        MemoryTimeline timeline;
        timeline.steps.reserve(m_layers.size() + 1);
        m_alive = {0};
        m_sum = m_tensors[0].what.elements;
        timeline.steps.push_back({-1, 0, m_sum, liveTensors(listLive(0, m_alive.size()))});
        std::size_t next = 1; // the next tensor to be written
        for (std::size_t i = 0; i < m_layers.size(); ++i) {
            const int layer = static_cast<int>(i);
            const std::size_t index = timeline.steps.size();
            TimelineStep step{layer, 0, m_sum, {}};
            if (m_layers[i].writes.empty())
                step.live = liveTensors(listLive(index, m_alive.size()));
            for (std::size_t part = 0; part < m_layers[i].writes.size(); ++part, ++next) {
                m_alive.insert(m_alive.end(), next); // written last: the set stays in writing order
                m_sum += m_tensors[next].what.elements;
                if (part == 0 || exceeds(m_sum, step.elements)) {
                    step.part = static_cast<int>(part);
                    step.elements = m_sum;
                    step.live = liveTensors(listLive(index, m_alive.size()));
                }
                if (part == 0)
                    freeReadBy(layer);
                else
                    free(next - 1);
            }
            freeReadBy(layer);
            if (exceeds(step.elements, timeline.steps[timeline.peakStep].elements))
                timeline.peakStep = index;
            timeline.steps.push_back(std::move(step));
        }
        return timeline;
    }

    // Strictly more, an overflowed sum being more than any other: the first maximum wins.
    static bool exceeds(CheckedInt a, CheckedInt b)
    {
        if (b.overflowed())
            return false;
        return a.overflowed() || a.value() > b.value();
    }

    std::size_t tensorOf(int node) const
    {
        return node < 0 ? 0 : m_tensorOf[static_cast<std::size_t>(node)];
    }

    void free(std::size_t tensor)
    {
        if (m_alive.erase(tensor) > 0)
            m_sum = m_sum - m_tensors[tensor].what.elements;
    }

    // Frees the tensors whose last reader is `layer`.
    void freeReadBy(int layer)
    {
        for (int input : m_layers[static_cast<std::size_t>(layer)].inputs) {
            const std::size_t tensor = tensorOf(input);
            if (m_tensors[tensor].lastReader == layer)
                free(tensor);
        }
    }

    // The live tensors in writing order, or none when `list` is false.
    std::vector<LiveTensor> liveTensors(bool list) const
    {
        std::vector<LiveTensor> live;
        if (!list)
            return live;
        live.reserve(m_alive.size());
        for (std::size_t t : m_alive)
            live.push_back(m_tensors[t].what);
        return live;
    }

    const std::vector<TensorNode> &m_layers;
    std::vector<Tensor> m_tensors;       // 0 is the network input, then in writing order
    std::vector<std::size_t> m_tensorOf; // per layer: the tensor its output is
    // The walk's state: the live tensors, ascending (which is writing order), and their sum. A
    // set, as a wide fan frees thousands of them one by one.
    std::set<std::size_t> m_alive;
    CheckedInt m_sum;
};

} // namespace

MemoryTimeline inferenceTimeline(CheckedInt inputElements, const std::vector<TensorNode> &layers)
{
    return LifetimeWalk(inputElements, layers).run();
}

TensorPeak inferencePeak(CheckedInt inputElements, const std::vector<TensorNode> &layers)
{
    return peakOf(inferenceTimeline(inputElements, layers));
}

} // namespace cd
