// Graphviz's context, its layout's lifetime and its error messages (graphviz_session.h).

#include "graphviz_session.h"

namespace cd::layout {

namespace {

// A context reads Graphviz's plugin configuration, which takes longer than laying out a
// ResNet; one lives for the program (layOut is single-threaded, as Graphviz is).
GVC_t *context()
{
    static const std::unique_ptr<GVC_t, decltype(&gvFreeContext)> gvc(gvContext(), &gvFreeContext);
    return gvc.get();
}

// cgraph's handler takes no user data, so the messages of the one running layout live here.
std::string &collected()
{
    static std::string messages;
    return messages;
}

int collect(char *message)
{
    collected() += message;
    return 0;
}

} // namespace

DotLayout::DotLayout(Agraph_t *graph)
    : m_graph(graph)
    , m_laidOut(gvLayout(context(), graph, "dot") == 0)
{}

DotLayout::~DotLayout()
{
    gvFreeLayout(context(), m_graph);
}

MessageCollector::MessageCollector()
    : m_previousHandler(agseterrf(&collect))
    , m_previousLevel(agseterr(AGWARN))
{
    collected().clear();
}

MessageCollector::~MessageCollector()
{
    agseterrf(m_previousHandler);
    agseterr(m_previousLevel);
}

std::string MessageCollector::text() const
{
    return collected();
}

} // namespace cd::layout
