#include "onnx_order.h"

#include "onnx_names.h"

#include <functional>
#include <map>
#include <queue>

namespace cd::onnximport {

std::optional<std::vector<std::size_t>> executionOrder(const Graph &graph, std::string &error)
{
    const std::size_t count = graph.nodes.size();
    std::map<std::string, std::size_t> producer;
    for (std::size_t i = 0; i < count; ++i) {
        for (const std::string &output : graph.nodes[i].output()) {
            if (output.empty())
                continue;
            if (!producer.try_emplace(output, i).second) {
                const onnx::NodeProto &node = graph.nodes[i];
                error = "node " + quotedName(node.name()) + " (" + quotedName(node.op_type())
                        + ") writes " + quotedName(output)
                        + ", which an earlier node writes too: each tensor has one producer";
                return std::nullopt;
            }
        }
    }
    std::vector<std::size_t> waitingFor(count, 0);
    std::vector<std::vector<std::size_t>> readers(count);
    for (std::size_t i = 0; i < count; ++i) {
        for (const std::string &input : graph.nodes[i].input()) {
            const auto it = producer.find(input);
            if (it == producer.end())
                continue; // an initializer, the graph input, or missing: the converter says
            ++waitingFor[i];
            readers[it->second].push_back(i);
        }
    }
    // Always the earliest ready node in file order, so a file in order keeps its order.
    std::priority_queue<std::size_t, std::vector<std::size_t>, std::greater<>> ready;
    for (std::size_t i = 0; i < count; ++i)
        if (waitingFor[i] == 0)
            ready.push(i);
    std::vector<std::size_t> order;
    while (!ready.empty()) {
        const std::size_t next = ready.top();
        ready.pop();
        order.push_back(next);
        for (const std::size_t reader : readers[next])
            if (--waitingFor[reader] == 0)
                ready.push(reader);
    }
    if (order.size() == count)
        return order;
    for (std::size_t i = 0; i < count; ++i) {
        if (waitingFor[i] > 0) {
            const onnx::NodeProto &node = graph.nodes[i];
            error = "the graph has a cycle: node " + quotedName(node.name()) + " ("
                    + quotedName(node.op_type())
                    + ") can never run: its inputs depend on a cycle, and an ONNX graph must be acyclic";
            break;
        }
    }
    return std::nullopt;
}

} // namespace cd::onnximport
