#pragma once

// Graphviz's C state, owned the C++ way for one layOut call: the graph, the layout dot attaches
// to it, and the error messages it would otherwise print to stderr. Private to this library.

#include <gvc.h>

#include <memory>
#include <string>

namespace cd::layout {

struct GraphCloser
{
    void operator()(Agraph_t *graph) const { agclose(graph); }
};
using GraphHandle = std::unique_ptr<Agraph_t, GraphCloser>;

// Runs dot on `graph`; on destruction frees what dot attached to it (before the graph closes).
class DotLayout
{
public:
    explicit DotLayout(Agraph_t *graph);
    ~DotLayout();
    DotLayout(const DotLayout &) = delete;
    DotLayout &operator=(const DotLayout &) = delete;

    bool laidOut() const { return m_laidOut; }

private:
    Agraph_t *m_graph;
    bool m_laidOut;
};

// While it lives, cgraph's warnings and errors are kept here instead of printed.
class MessageCollector
{
public:
    MessageCollector();
    ~MessageCollector();
    MessageCollector(const MessageCollector &) = delete;
    MessageCollector &operator=(const MessageCollector &) = delete;

    std::string text() const;

private:
    agusererrf m_previousHandler;
    agerrlevel_t m_previousLevel;
};

} // namespace cd::layout
