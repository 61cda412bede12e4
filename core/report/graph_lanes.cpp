#include "graph_lanes.h"

#include "format.h"

#include <algorithm>
#include <unordered_map>

namespace cd {

namespace {

constexpr int noNode = -2; // an empty lane (−1 is the network input)

bool isChain(const Analysis &analysis)
{
    for (const LayerReport &layer : analysis.layers) {
        if (layer.inputs.size() != 1 || layer.inputs.front() != layer.index - 1)
            return false;
    }
    return true;
}

// How many layers read each node, the network input at 0.
std::vector<int> readerCounts(const Analysis &analysis)
{
    std::vector<int> readers(analysis.layers.size() + 1, 0);
    for (const LayerReport &layer : analysis.layers) {
        for (int node : layer.inputs)
            ++readers[static_cast<std::size_t>(node + 1)];
    }
    return readers;
}

class Lanes
{
public:
    explicit Lanes(std::vector<int> readers)
        : m_lanes{-1}
        , m_pending(std::move(readers))
    {}

    // Too many lanes: no row was drawn, and none will be.
    bool tooWide() const { return m_lanes.size() > static_cast<std::size_t>(maxGraphLanes); }

    std::string row(const LayerReport &layer)
    {
        countReads(layer);
        // The layer continues the lane of its first input unless that tensor is read later
        // too (a fork): then it opens a lane of its own to the right.
        int own = -1;
        if (!layer.inputs.empty()) {
            const int first = laneOf(layer.inputs.front());
            if (first >= 0 && pendingAfterThis(layer.inputs.front()) == 0)
                own = first;
        }
        if (own < 0)
            own = freeLane();
        if (tooWide())
            return {};
        std::vector<std::string> marks(m_lanes.size(), " ");
        for (std::size_t l = 0; l < m_lanes.size(); ++l) {
            if (m_lanes[l] != noNode)
                marks[l] = "\u2502"; // │ passes by
        }
        int left = own;
        int right = own;
        for (int node : layer.inputs) {
            const int lane = laneOf(node);
            if (lane < 0 || lane == own)
                continue;
            const bool continues = pendingAfterThis(node) > 0;
            if (lane < own)
                marks[static_cast<std::size_t>(lane)] = continues ? "\u251c" : "\u2514"; // ├ └
            else
                marks[static_cast<std::size_t>(lane)] = continues ? "\u2524" : "\u2518"; // ┤ ┘
            left = std::min(left, lane);
            right = std::max(right, lane);
        }
        marks[static_cast<std::size_t>(own)] = "\u25cf"; // ●
        std::string text;
        for (std::size_t l = 0; l < marks.size(); ++l) {
            if (l > 0) {
                const bool joined = static_cast<int>(l) > left && static_cast<int>(l) <= right;
                text += joined ? "\u2500" : " "; // ─
            }
            text += marks[l];
        }

        for (int node : layer.inputs) {
            --m_pending[static_cast<std::size_t>(node + 1)];
            const int lane = laneOf(node);
            if (lane >= 0 && m_pending[static_cast<std::size_t>(node + 1)] == 0)
                m_lanes[static_cast<std::size_t>(lane)] = noNode;
        }
        m_lanes[static_cast<std::size_t>(own)] = layer.index;
        return text;
    }

private:
    int laneOf(int node) const
    {
        const auto it = std::find(m_lanes.begin(), m_lanes.end(), node);
        return it == m_lanes.end() ? -1 : static_cast<int>(it - m_lanes.begin());
    }

    // How often `layer` reads each of its inputs, counted once: a concat may read one tensor
    // a hundred thousand times.
    void countReads(const LayerReport &layer)
    {
        m_reads.clear();
        for (int node : layer.inputs)
            ++m_reads[node];
    }

    // Readers of `node` still to come once the layer being drawn has read it.
    int pendingAfterThis(int node) const
    {
        return m_pending[static_cast<std::size_t>(node + 1)] - m_reads.at(node);
    }

    int freeLane()
    {
        const auto it = std::find(m_lanes.begin(), m_lanes.end(), noNode);
        if (it != m_lanes.end())
            return static_cast<int>(it - m_lanes.begin());
        m_lanes.push_back(noNode);
        return static_cast<int>(m_lanes.size()) - 1;
    }

    std::vector<int> m_lanes;   // the node each lane carries, or noNode
    std::vector<int> m_pending; // readers still to come, per node (input at 0)
    std::unordered_map<int, int> m_reads; // reads of each input by the layer being drawn
};

} // namespace

std::vector<std::string> graphLanes(const Analysis &analysis)
{
    if (isChain(analysis))
        return std::vector<std::string>(analysis.layers.size());
    Lanes lanes(readerCounts(analysis));
    std::vector<std::string> rows;
    rows.reserve(analysis.layers.size());
    std::size_t widest = 0;
    for (const LayerReport &layer : analysis.layers) {
        rows.push_back(lanes.row(layer));
        if (lanes.tooWide())
            return std::vector<std::string>(analysis.layers.size());
        widest = std::max(widest, displayWidth(rows.back()));
    }
    for (std::string &row : rows)
        row += std::string(widest - displayWidth(row), ' ');
    return rows;
}

} // namespace cd
