// The PyTorch code export (issue 11): the exact module for a tiny chain and a tiny branching
// network, block classes for blocks that share a structure, "same" padding PyTorch cannot
// write as one number, and the refusal of invalid networks. Whether PyTorch computes the
// analysis's numbers from this code is tests/pytorch's job; here the text itself is checked,
// every expected line written by hand from the layer settings.

#include "analysis.h"
#include "export/pytorch_code.h"

#include <catch2/catch.hpp>

#include <string>

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

constexpr cd::LayerId in = cd::Network::inputId;

std::string exported(const cd::Network &network)
{
    const cd::PytorchCode code = cd::pytorchCode(network, cd::analyze(network));
    INFO(code.error);
    REQUIRE(code.ok());
    return code.code;
}

// What every exported module ends with, for an input of 1x8x8 and `model`.
std::string tail(const std::string &model, const std::string &input)
{
    return R"py(

def print_shapes(model, x):
    """Runs x through the model and prints every layer's output shape, in the file's order."""
    def printer(name):
        return lambda module, inputs, output: print(name, tuple(output.shape))

    hooks = [model.get_submodule(path).register_forward_hook(printer(name))
             for path, name in LAYER_NAMES.items()]
    try:
        with torch.no_grad():
            model(x)
    finally:
        for hook in hooks:
            hook.remove()


def main():
    model = )py" + model + R"py(
    model.eval()
    # A batch of one: ConvDesigner shows shapes per sample.
    print_shapes(model, torch.zeros()py" + input + R"py())
    print("parameters:", sum(p.numel() for p in model.parameters()))


if __name__ == "__main__":
    main()
)py";
}

} // namespace

TEST_CASE("a chain becomes nn.Sequential with every setting and its sizes written out")
{
    cd::Network network;
    network.name = "Tiny";
    network.input = {1, 8, 8};
    network.append(cd::Conv2d{.outChannels = 4, .kernel = cd::Pair::square(3),
                              .padding = cd::Pair::square(1)},
                   "conv1");
    network.append(cd::ReLU{});
    network.append(cd::MaxPool2d{.kernel = cd::Pair::square(2), .stride = std::nullopt});
    network.append(cd::BatchNorm2d{.eps = 1e-3, .momentum = 0.01}, "bn");
    network.append(cd::Flatten{});
    network.append(cd::Dropout{.p = 0.25}, "drop out"); // no identifier: sanitised
    network.append(cd::Linear{.outFeatures = 10, .bias = false}, "fc");

    // 1x8x8 -> conv (k3, p1) 4x8x8 -> pool 4x4x4 -> flatten 64 features -> linear 64 -> 10.
    const std::string expected = R"py("""Tiny as PyTorch code, written by ConvDesigner.

Run it to see every layer's output shape and the parameter count, the numbers
ConvDesigner shows.
"""
from collections import OrderedDict

import torch
from torch import nn


net = nn.Sequential(OrderedDict([
    ("conv1", nn.Conv2d(1, 4, kernel_size=3, stride=1, padding=1, dilation=1, groups=1, bias=True)),
    ("relu_1", nn.ReLU()),
    ("maxpool2d_2", nn.MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)),
    ("bn", nn.BatchNorm2d(4, eps=0.001, momentum=0.01)),
    ("flatten_4", nn.Flatten()),
    ("drop_out", nn.Dropout(p=0.25)),
    ("fc", nn.Linear(64, 10, bias=False)),
]))


# Each layer's module and its name in ConvDesigner, in execution order.
LAYER_NAMES = {
    "conv1": "conv1",
    "relu_1": "relu_1",
    "maxpool2d_2": "maxpool2d_2",
    "bn": "bn",
    "flatten_4": "flatten_4",
    "drop_out": "drop out",
    "fc": "fc",
}
)py" + tail("net", "1, 1, 8, 8");
    CHECK(exported(network) == expected);
}

TEST_CASE("a branching network becomes an nn.Module whose forward reads the named inputs")
{
    cd::Network network;
    network.name = "Two branches";
    network.input = {2, 4, 4};
    const cd::LayerId a = network.add(cd::Conv2d{.outChannels = 3, .kernel = cd::Pair::square(1)},
                                      {in}, "a");
    const cd::LayerId b = network.add(
        cd::AvgPool2d{.kernel = cd::Pair::square(3), .stride = cd::Pair::square(1),
                      .padding = cd::Pair::square(1), .ceilMode = true, .countIncludePad = false},
        {in}, "b");
    network.add(cd::Concat{}, {a, b}, "cat");

    // 2x4x4 -> a: 3x4x4, b: 2x4x4 (k3 s1 p1) -> cat: 5x4x4.
    const std::string expected = R"py("""Two branches as PyTorch code, written by ConvDesigner.

Run it to see every layer's output shape and the parameter count, the numbers
ConvDesigner shows.
"""
import torch
from torch import nn


class Concat(nn.Module):
    """Its inputs joined along the channels (dimension 1), as GoogLeNet and DenseNet join."""

    def forward(self, *inputs):
        return torch.cat(inputs, dim=1)


class Net(nn.Module):
    """Two branches: the layers run in the file's order."""

    def __init__(self):
        super().__init__()
        self.a = nn.Conv2d(2, 3, kernel_size=1, stride=1, padding=0, dilation=1, groups=1, bias=True)
        self.b = nn.AvgPool2d(kernel_size=3, stride=1, padding=1, ceil_mode=True, count_include_pad=False)
        self.cat = Concat()

    def forward(self, x):
        a = self.a(x)
        b = self.b(x)
        cat = self.cat(a, b)
        return cat


# Each layer's module and its name in ConvDesigner, in execution order.
LAYER_NAMES = {
    "a": "a",
    "b": "b",
    "cat": "cat",
}
)py" + tail("Net()", "1, 2, 4, 4");
    CHECK(exported(network) == expected);
}

namespace {

// A DenseNet-like block: conv (k3, p1, `out` channels) and the concat of its input and the conv.
cd::LayerId denseBlock(cd::Network &network, cd::LayerId from, const std::string &block,
                       std::int64_t out, std::int64_t kernel = 3)
{
    const cd::LayerId conv = network.add(
        cd::Conv2d{.outChannels = out, .kernel = cd::Pair::square(kernel),
                   .padding = cd::Pair::square(kernel / 2)},
        {from}, block + "_conv", block);
    return network.add(cd::Concat{}, {from, conv}, block + "_out", block);
}

} // namespace

TEST_CASE("blocks that share a structure become one class taking their channels")
{
    cd::Network network;
    network.input = {4, 6, 6};
    const cd::LayerId first = denseBlock(network, in, "dense1", 2);  // 4 -> 4 + 2 = 6 channels
    const cd::LayerId second = denseBlock(network, first, "dense2", 3); // 6 -> 9
    denseBlock(network, second, "single", 3, 5); // a kernel of its own: no class
    const std::string code = exported(network);

    CHECK_THAT(code, Contains("\n\nclass Dense(nn.Module):\n"
                              "    \"\"\"The structure the blocks dense1, dense2 share.\"\"\"\n\n"
                              "    def __init__(self, in_channels, conv_channels):\n"
                              "        super().__init__()\n"
                              "        self.conv = nn.Conv2d(in_channels, conv_channels, "
                              "kernel_size=3, stride=1, padding=1, dilation=1, groups=1, "
                              "bias=True)\n"
                              "        self.out = Concat()\n\n"
                              "    def forward(self, x):\n"
                              "        conv = self.conv(x)\n"
                              "        out = self.out(x, conv)\n"
                              "        return out\n"));
    // The instances with their channels; the block with a kernel of its own is written inline.
    CHECK_THAT(code, Contains("        self.dense1 = Dense(4, 2)\n"
                              "        self.dense2 = Dense(6, 3)\n"
                              "        self.single_conv = nn.Conv2d(9, 3, kernel_size=5, stride=1, "
                              "padding=2, dilation=1, groups=1, bias=True)\n"
                              "        self.single_out = Concat()\n"));
    CHECK_THAT(code, Contains("        dense1_out = self.dense1(x)\n"
                              "        dense2_out = self.dense2(dense1_out)\n"
                              "        single_conv = self.single_conv(dense2_out)\n"
                              "        single_out = self.single_out(dense2_out, single_conv)\n"
                              "        return single_out\n"));
    // Layers in a class are found by their path; ConvDesigner's names are printed.
    CHECK_THAT(code, Contains("    \"dense1.conv\": \"dense1_conv\",\n"
                              "    \"dense1.out\": \"dense1_out\",\n"
                              "    \"dense2.conv\": \"dense2_conv\",\n"));
}

TEST_CASE("channel counts equal in every instance of a class are one argument")
{
    // Two residual blocks whose conv keeps the channels: Residual(in_channels), as in d2l.
    cd::Network network;
    network.input = {3, 5, 5};
    cd::LayerId from = in;
    for (const std::string block : {"res1", "res2"}) {
        const cd::LayerId conv = network.add(
            cd::Conv2d{.outChannels = 3, .kernel = cd::Pair::square(3),
                       .padding = cd::Pair::square(1), .bias = false},
            {from}, block + "_conv", block);
        const cd::LayerId add = network.add(cd::Add{}, {conv, from}, block + "_add", block);
        from = network.add(cd::ReLU{}, {add}, block + "_out", block);
    }
    const std::string code = exported(network);
    CHECK_THAT(code, Contains("    def __init__(self, in_channels):\n"
                              "        super().__init__()\n"
                              "        self.conv = nn.Conv2d(in_channels, in_channels, "
                              "kernel_size=3, stride=1, padding=1, dilation=1, groups=1, "
                              "bias=False)\n"));
    CHECK_THAT(code, Contains("        self.res1 = Res(3)\n        self.res2 = Res(3)\n"));
    CHECK_THAT(code, Contains("\n\nclass Add(nn.Module):\n"));
    CHECK_THAT(code, Contains("        add = self.add(conv, x)\n"));
}

TEST_CASE("\"same\" padding PyTorch cannot split evenly is a ZeroPad2d before the conv")
{
    cd::Network network;
    network.input = {1, 7, 7};
    // Kernel 2x4: d(k-1) = 1 row (0 above, 1 below) and 3 columns (1 left, 2 right).
    network.append(cd::Conv2d{.outChannels = 2, .kernel = {2, 4},
                              .paddingMode = cd::PaddingMode::Same},
                   "uneven");
    // Kernel 3 dilated 2: 4 in total, 2 on each side: an ordinary padding.
    network.append(cd::Conv2d{.outChannels = 2, .kernel = cd::Pair::square(3),
                              .paddingMode = cd::PaddingMode::Same,
                              .dilation = cd::Pair::square(2)},
                   "even");
    network.append(cd::Conv2d{.outChannels = 2, .kernel = cd::Pair::square(3),
                              .padding = cd::Pair::square(4),
                              .paddingMode = cd::PaddingMode::Valid},
                   "valid");
    const std::string code = exported(network);
    CHECK_THAT(code, Contains("(\"uneven\", nn.Sequential(nn.ZeroPad2d((1, 2, 0, 1)), "
                              "nn.Conv2d(1, 2, kernel_size=(2, 4), stride=1, padding=0, "
                              "dilation=1, groups=1, bias=True))),\n"));
    CHECK_THAT(code, Contains("(\"even\", nn.Conv2d(2, 2, kernel_size=3, stride=1, padding=2, "
                              "dilation=2, groups=1, bias=True)),\n"));
    CHECK_THAT(code, Contains("(\"valid\", nn.Conv2d(2, 2, kernel_size=3, stride=1, padding=0, "));
}

TEST_CASE("a nin_block is d2l's helper with its input channels filled in")
{
    cd::Network network;
    network.input = {1, 12, 12};
    network.append(cd::NinBlock{.outChannels = 8, .kernel = cd::Pair::square(5),
                                .stride = cd::Pair::square(2), .padding = {1, 2}},
                   "nin1");
    const std::string code = exported(network);
    CHECK_THAT(code, Contains("\n\ndef nin_block(in_channels, out_channels, kernel_size, stride, "
                              "padding):\n"));
    CHECK_THAT(code, Contains("(\"nin1\", nin_block(1, 8, kernel_size=5, stride=2, "
                              "padding=(1, 2))),\n"));
}

TEST_CASE("an invalid network gets the analysis's first error instead of code")
{
    cd::Network network;
    network.input = {1, 4, 4};
    network.append(cd::Conv2d{.outChannels = 2, .kernel = cd::Pair::square(5)}, "big");
    const cd::PytorchCode code = cd::pytorchCode(network, cd::analyze(network));
    CHECK_FALSE(code.ok());
    CHECK(code.code.empty());
    CHECK_THAT(code.error, StartsWith("the network is invalid, so it has no PyTorch code: big: "));
}
