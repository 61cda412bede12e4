// Layer kinds, their format names and defaults (layer.h, network-format.md §1).

#include "layer.h"

#include <catch2/catch.hpp>

#include <string>
#include <variant>

using cd::LayerType;

TEST_CASE("every layer type round-trips through its format name", "[layer]")
{
    struct Row
    {
        LayerType type;
        const char *name;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {LayerType::Conv2d, "conv2d"},
        {LayerType::MaxPool2d, "maxpool2d"},
        {LayerType::AvgPool2d, "avgpool2d"},
        {LayerType::AdaptiveAvgPool2d, "adaptive_avgpool2d"},
        {LayerType::AdaptiveMaxPool2d, "adaptive_maxpool2d"},
        {LayerType::NinBlock, "nin_block"},
        {LayerType::BatchNorm2d, "batchnorm2d"},
        {LayerType::ReLU, "relu"},
        {LayerType::Dropout, "dropout"},
        {LayerType::Flatten, "flatten"},
        {LayerType::Linear, "linear"},
    }));
    // clang-format on
    CAPTURE(r.name);
    CHECK(cd::typeName(r.type) == r.name);
    CHECK(cd::layerTypeFromName(r.name) == r.type);
    // defaultLayer builds the matching alternative, so the variant order matches LayerType.
    CHECK(cd::layerType(cd::defaultLayer(r.type)) == r.type);
}

TEST_CASE("unknown type names are refused", "[layer]")
{
    auto name = GENERATE("", "Conv2d", "conv", "nin-block", "maxpool");
    CAPTURE(name);
    CHECK_FALSE(cd::layerTypeFromName(name).has_value());
}

TEST_CASE("defaults are PyTorch's (network-format.md table)", "[layer]")
{
    SECTION("conv2d: stride 1, padding 0, dilation 1, groups 1, bias")
    {
        const auto c = std::get<cd::Conv2d>(cd::defaultLayer(LayerType::Conv2d));
        CHECK(c.stride == cd::Pair::square(1));
        CHECK(c.padding == cd::Pair::square(0));
        CHECK(c.paddingMode == cd::PaddingMode::Explicit);
        CHECK(c.dilation == cd::Pair::square(1));
        CHECK(c.groups == 1);
        CHECK(c.bias);
    }
    SECTION("maxpool2d: stride = kernel, padding 0, dilation 1, floor mode")
    {
        const auto p = std::get<cd::MaxPool2d>(cd::defaultLayer(LayerType::MaxPool2d));
        CHECK_FALSE(p.stride.has_value());
        CHECK(p.effectiveStride() == p.kernel);
        CHECK(p.padding == cd::Pair::square(0));
        CHECK(p.dilation == cd::Pair::square(1));
        CHECK_FALSE(p.ceilMode);
    }
    SECTION("avgpool2d: stride = kernel, count_include_pad")
    {
        const auto p = std::get<cd::AvgPool2d>(cd::defaultLayer(LayerType::AvgPool2d));
        CHECK(p.effectiveStride() == p.kernel);
        CHECK_FALSE(p.ceilMode);
        CHECK(p.countIncludePad);
    }
    SECTION("an explicit pool stride wins over the kernel")
    {
        cd::MaxPool2d p;
        p.kernel = cd::Pair::square(3);
        p.stride = cd::Pair{2, 1};
        CHECK(p.effectiveStride() == cd::Pair{2, 1});
    }
    SECTION("nin_block: stride 1, padding 0")
    {
        const auto n = std::get<cd::NinBlock>(cd::defaultLayer(LayerType::NinBlock));
        CHECK(n.stride == cd::Pair::square(1));
        CHECK(n.padding == cd::Pair::square(0));
    }
    SECTION("batchnorm2d eps 1e-5 momentum 0.1; dropout 0.5; linear with bias")
    {
        const auto bn = std::get<cd::BatchNorm2d>(cd::defaultLayer(LayerType::BatchNorm2d));
        CHECK(bn.eps == 1e-5);
        CHECK(bn.momentum == 0.1);
        CHECK(std::get<cd::Dropout>(cd::defaultLayer(LayerType::Dropout)).p == 0.5);
        CHECK(std::get<cd::Linear>(cd::defaultLayer(LayerType::Linear)).bias);
    }
}

TEST_CASE("displayName: the layer's own name, else type and 0-based position", "[layer]")
{
    cd::Layer conv{1, "", cd::Conv2d{}, {}, {}};
    CHECK(cd::displayName(conv, 3) == "conv2d_3");
    CHECK(cd::displayName(cd::Layer{2, "", cd::NinBlock{}, {}, {}}, 0) == "nin_block_0");
    conv.name = "nin1";
    CHECK(cd::displayName(conv, 3) == "nin1");
}
