// New layers keep the network valid where they can (layer_defaults.h): the designer inserts
// them with these settings.

#include "analysis.h"
#include "layer_defaults.h"

#include <catch2/catch.hpp>

namespace {

const cd::Shape map96{96, 54, 54, false};

cd::Analysis withLayer(const cd::Shape &input, cd::LayerType type)
{
    cd::Network network;
    network.input = {input.channels, input.height, input.width};
    network.append(cd::newLayerFor(type, input));
    return cd::analyze(network);
}

} // namespace

TEST_CASE("a new conv keeps the channel count and the size: kernel 3 with padding 1")
{
    const auto conv = std::get<cd::Conv2d>(cd::newLayerFor(cd::LayerType::Conv2d, map96));
    CHECK(conv.outChannels == 96);
    CHECK(conv.kernel == cd::Pair::square(3));
    CHECK(conv.padding == cd::Pair::square(1));
    const cd::Analysis a = withLayer(map96, cd::LayerType::Conv2d);
    REQUIRE(a.valid());
    CHECK(a.layers[0].output == map96);
}

TEST_CASE("every layer type that fits a 96×54×54 map is valid when inserted there")
{
    const auto type = static_cast<cd::LayerType>(GENERATE(range(0, cd::layerTypeCount)));
    if (type == cd::LayerType::Linear)
        return; // a linear layer needs a flatten before it; the analysis says so
    if (cd::joinsInputs(type))
        return; // add and concat join two or more inputs: a chain gives them one
    CAPTURE(std::string(cd::typeName(type)));
    CHECK(withLayer(map96, type).valid());
}

TEST_CASE("a pool on a 1×1 map uses a 1×1 window instead of failing")
{
    const cd::Shape tiny{8, 1, 1, false};
    CHECK(withLayer(tiny, cd::LayerType::MaxPool2d).valid());
    CHECK(withLayer(tiny, cd::LayerType::AvgPool2d).valid());
}

TEST_CASE("a linear layer after a flatten is valid")
{
    const cd::Shape flat{400, 1, 1, true};
    cd::Network network;
    network.input = {16, 5, 5};
    network.append(cd::Flatten{});
    network.append(cd::newLayerFor(cd::LayerType::Linear, flat));
    CHECK(cd::analyze(network).valid());
}
