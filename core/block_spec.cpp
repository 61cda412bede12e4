#include "block_spec.h"

#include <sstream>

namespace cd::templates {

namespace {

template <class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
// Clang 14 (the fuzz build's compiler) does not deduce an aggregate's arguments by itself.
template<typename... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

std::string pythonBool(bool value)
{
    return value ? "True" : "False";
}

} // namespace

LayerId addBlock(Network &network, LayerId from, const BlockSpec &spec, const std::string &block)
{
    return std::visit(
        Overloaded{
            [&](const Inception &s) { return addInception(network, from, s, block); },
            [&](const Residual &s) { return addResidual(network, from, s, block); },
            [&](const ResNeXt &s) { return addResNeXt(network, from, s, block); },
            [&](const DenseBlock &s) { return addDenseBlock(network, from, s, block); },
            [&](const TransitionBlock &s) { return addTransitionBlock(network, from, s, block); },
        },
        spec);
}

std::string_view blockStem(const BlockSpec &spec)
{
    return std::visit(Overloaded{
                          [](const Inception &) { return std::string_view("inception"); },
                          [](const Residual &) { return std::string_view("residual"); },
                          [](const ResNeXt &) { return std::string_view("resnext"); },
                          [](const DenseBlock &) { return std::string_view("dense"); },
                          [](const TransitionBlock &) { return std::string_view("transition"); },
                      },
                      spec);
}

std::string d2lCall(const BlockSpec &spec)
{
    std::ostringstream out;
    std::visit(Overloaded{
                   [&](const Inception &s) {
                       out << "Inception(" << s.c1 << ", (" << s.c2.reduce << ", " << s.c2.out
                           << "), (" << s.c3.reduce << ", " << s.c3.out << "), " << s.c4 << ")";
                   },
                   [&](const Residual &s) {
                       out << "Residual(" << s.channels;
                       if (s.use1x1Conv)
                           out << ", use_1x1conv=True";
                       if (s.stride != 1)
                           out << ", strides=" << s.stride;
                       out << ")";
                   },
                   [&](const ResNeXt &s) {
                       out << "ResNeXtBlock(" << s.channels << ", " << s.groupWidth << ", "
                           << s.botMul << ", " << pythonBool(s.use1x1Conv) << ", " << s.stride
                           << ")";
                   },
                   [&](const DenseBlock &s) {
                       out << "DenseBlock(" << s.convs << ", " << s.growth << ")";
                   },
                   [&](const TransitionBlock &s) {
                       out << "transition_block(" << s.channels << ")";
                   },
               },
               spec);
    return out.str();
}

} // namespace cd::templates
