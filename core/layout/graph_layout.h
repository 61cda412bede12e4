#pragma once

// Where the designer's canvas puts a network's nodes, edges and block frames: Graphviz's
// `dot` engine (through gvc/cgraph), a well-kept layered layout made for exactly this, rather
// than one of our own. Generic over ids and sizes, so it knows nothing of layers; no Qt.
//
// Coordinates are scene units (1 unit = 1 Graphviz point), y growing downwards, the drawing's
// top-left corner at (0, 0). Edges leave a node at the middle of its bottom side (its output
// port) and enter at the middle of its top side (its input port). dot works in whole points:
// it rounds node sizes and the gaps to the nearest unit, so a node of 260.4 is placed as 260.

#include <string>
#include <vector>

namespace cd::layout {

struct Point
{
    double x = 0;
    double y = 0;
    friend bool operator==(const Point &, const Point &) = default;
};

struct NodeBox
{
    int id = 0;
    double width = 0;
    double height = 0;
    // The block frame (Graphviz cluster) the node is drawn in; empty: none.
    std::string cluster;
};

// An edge from `from`'s output to `to`'s input. Edges are given in the order their targets
// read them: a fork's branches are laid out left to right in the order of its out-edges, and
// a join's inputs left to right in the order of its in-edges (dot's ordering=out/in). dot
// keeps one of the two per node, so a node that is both a join and a fork keeps its inputs'
// order; and it orders no edge that crosses a cluster's frame. An edge that is both its tail's
// first out-edge and its head's first in-edge is the main line, which dot keeps straight where
// it can: a fork's first branch continues its column, the others and any shortcut stand to
// its right.
struct EdgeSpec
{
    int from = 0;
    int to = 0;
};

struct GraphSpec
{
    std::vector<NodeBox> nodes; // in execution order
    std::vector<EdgeSpec> edges;
    double rankGap = 44; // vertical gap between the bottom of one rank and the top of the next
    double nodeGap = 40; // horizontal gap between neighbours in a rank
    double clusterMargin = 12;
};

struct NodePlace
{
    int id = 0;
    Point centre;
};

struct EdgeRoute
{
    int from = 0;
    int to = 0;
    // A cubic Bézier spline as Graphviz gives it: the start point, then three points per
    // segment (two control points and the segment's end); starts at the output port and ends
    // at the input port.
    std::vector<Point> spline;
};

struct ClusterBox
{
    std::string name;
    Point topLeft;
    double width = 0;
    double height = 0;
};

struct GraphLayout
{
    std::vector<NodePlace> nodes;     // in the order of GraphSpec::nodes
    std::vector<EdgeRoute> edges;     // in the order of GraphSpec::edges
    std::vector<ClusterBox> clusters; // in the order the nodes first name them
    double width = 0;
    double height = 0;
    // Empty when dot laid the graph out; otherwise Graphviz's messages, every node at (0, 0)
    // and every spline empty.
    std::string error;
};

// Lays the graph out top to bottom. A chain of equally wide nodes is one column, every node
// centred on the same x, each node's top rankGap below the previous node's bottom. An edge
// naming an unknown id is left out of the drawing but keeps its place in `edges`, with an
// empty spline. Not thread-safe (Graphviz keeps global state): call it from one thread.
GraphLayout layOut(const GraphSpec &spec);

} // namespace cd::layout
