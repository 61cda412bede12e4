#include "pytorch_modules.h"

#include "python_text.h"

namespace cd {

namespace {

using python::boolLiteral;
using python::floatLiteral;

template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

// arithmetic.md §1: "same" pads d·(k−1) in total, the smaller half before.
struct SamePadding
{
    std::int64_t before = 0;
    std::int64_t after = 0;
};

SamePadding samePadding(std::int64_t kernel, std::int64_t dilation)
{
    const std::int64_t total = dilation * (kernel - 1);
    return {total / 2, total - total / 2};
}

std::string convExpression(const Conv2d &conv, const ModuleSizes &sizes)
{
    Pair padding = conv.padding;
    std::string zeroPad;
    if (conv.paddingMode == PaddingMode::Valid)
        padding = Pair::square(0);
    if (conv.paddingMode == PaddingMode::Same) {
        const SamePadding rows = samePadding(conv.kernel.height, conv.dilation.height);
        const SamePadding cols = samePadding(conv.kernel.width, conv.dilation.width);
        if (rows.before == rows.after && cols.before == cols.after) {
            padding = {rows.before, cols.before};
        } else {
            // nn.Conv2d pads both sides alike; nn.ZeroPad2d takes (left, right, top, bottom).
            padding = Pair::square(0);
            zeroPad = "nn.ZeroPad2d((" + std::to_string(cols.before) + ", "
                      + std::to_string(cols.after) + ", " + std::to_string(rows.before) + ", "
                      + std::to_string(rows.after) + ")), ";
        }
    }
    std::string conv2d = "nn.Conv2d(" + sizes.in + ", " + sizes.out
                         + ", kernel_size=" + pairText(conv.kernel)
                         + ", stride=" + pairText(conv.stride) + ", padding=" + pairText(padding)
                         + ", dilation=" + pairText(conv.dilation)
                         + ", groups=" + std::to_string(conv.groups)
                         + ", bias=" + std::string(boolLiteral(conv.bias)) + ")";
    if (zeroPad.empty())
        return conv2d;
    return "nn.Sequential(" + zeroPad + conv2d + ")";
}

} // namespace

std::string pairText(Pair pair)
{
    if (pair.isSquare())
        return std::to_string(pair.height);
    return "(" + std::to_string(pair.height) + ", " + std::to_string(pair.width) + ")";
}

std::string moduleExpression(const LayerKind &kind, const ModuleSizes &sizes)
{
    return std::visit(
        Overloaded{
            [&](const Conv2d &conv) { return convExpression(conv, sizes); },
            [&](const MaxPool2d &pool) {
                return "nn.MaxPool2d(kernel_size=" + pairText(pool.kernel)
                       + ", stride=" + pairText(pool.effectiveStride())
                       + ", padding=" + pairText(pool.padding)
                       + ", dilation=" + pairText(pool.dilation)
                       + ", ceil_mode=" + std::string(boolLiteral(pool.ceilMode)) + ")";
            },
            [&](const AvgPool2d &pool) {
                return "nn.AvgPool2d(kernel_size=" + pairText(pool.kernel)
                       + ", stride=" + pairText(pool.effectiveStride())
                       + ", padding=" + pairText(pool.padding)
                       + ", ceil_mode=" + std::string(boolLiteral(pool.ceilMode))
                       + ", count_include_pad=" + std::string(boolLiteral(pool.countIncludePad))
                       + ")";
            },
            [&](const AdaptiveAvgPool2d &pool) {
                return "nn.AdaptiveAvgPool2d(output_size=" + pairText(pool.output) + ")";
            },
            [&](const AdaptiveMaxPool2d &pool) {
                return "nn.AdaptiveMaxPool2d(output_size=" + pairText(pool.output) + ")";
            },
            [&](const NinBlock &nin) {
                return "nin_block(" + sizes.in + ", " + sizes.out
                       + ", kernel_size=" + pairText(nin.kernel)
                       + ", stride=" + pairText(nin.stride)
                       + ", padding=" + pairText(nin.padding) + ")";
            },
            [&](const BatchNorm2d &bn) {
                return "nn.BatchNorm2d(" + sizes.in + ", eps=" + floatLiteral(bn.eps)
                       + ", momentum=" + floatLiteral(bn.momentum) + ")";
            },
            [&](const ReLU &) { return std::string("nn.ReLU()"); },
            [&](const Dropout &dropout) {
                return "nn.Dropout(p=" + floatLiteral(dropout.p) + ")";
            },
            [&](const Flatten &) { return std::string("nn.Flatten()"); },
            [&](const Linear &linear) {
                return "nn.Linear(" + sizes.in + ", " + sizes.out
                       + ", bias=" + std::string(boolLiteral(linear.bias)) + ")";
            },
            [&](const Add &) { return std::string("Add()"); },
            [&](const Concat &) { return std::string("Concat()"); },
            [&](const Sigmoid &) { return std::string("nn.Sigmoid()"); },
            [&](const Tanh &) { return std::string("nn.Tanh()"); },
        },
        kind);
}

} // namespace cd
