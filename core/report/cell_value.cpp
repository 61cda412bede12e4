// Spelling a layer-table cell value for one output (see cell_value.h).

#include "cell_value.h"

#include "format.h"

namespace cd::cell {

namespace {

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
// Clang 14 (the fuzz build's compiler) does not deduce an aggregate's arguments by itself.
template<typename... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace

std::string text(const Value &value, const Spelling &s)
{
    return std::visit(
        Overloaded{
            [](const Blank &) { return std::string(); },
            [&](const Nothing &) { return std::string(s.nothing); },
            [&](const Beyond &) { return s.beyond; },
            [](const std::string &t) { return t; },
            [&](const Count &c) { return s.grouped ? withThousands(c.value) : std::to_string(c.value); },
            [&](const Bytes &b) { return s.grouped ? humanBytes(b.value) : std::to_string(b.value); },
            [&](const Shape &shape) { return shapeText(shape, s.times); },
            [&](const Pair &p) { return std::to_string(p.rows) + s.times + std::to_string(p.cols); },
        },
        value);
}

bool isNumber(const Value &value)
{
    return std::holds_alternative<Count>(value) || std::holds_alternative<Bytes>(value);
}

} // namespace cd::cell
