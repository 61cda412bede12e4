// The short texts of layer_text.h that canvas blocks and palette tooltips show.

#include "layer_text.h"

#include <catch2/catch.hpp>

#include <string>

TEST_CASE("layerSummary gives a layer's key settings in a few characters")
{
    cd::Conv2d alexConv1;
    alexConv1.outChannels = 96;
    alexConv1.kernel = cd::Pair::square(11);
    alexConv1.stride = cd::Pair::square(4);
    CHECK(cd::layerSummary(alexConv1) == "conv 11\u00d711 /4, 96");

    cd::Conv2d same;
    same.outChannels = 64;
    same.paddingMode = cd::PaddingMode::Same;
    same.groups = 4;
    CHECK(cd::layerSummary(same) == "conv 3\u00d73 same, 64 g4");

    cd::MaxPool2d pool;
    pool.kernel = cd::Pair::square(3);
    pool.stride = cd::Pair::square(2);
    CHECK(cd::layerSummary(pool) == "maxpool 3\u00d73 /2");
    pool.stride.reset(); // follows the kernel
    pool.ceilMode = true;
    CHECK(cd::layerSummary(pool) == "maxpool 3\u00d73 /3 ceil");

    cd::NinBlock nin{256, cd::Pair::square(5), cd::Pair::square(1), cd::Pair::square(2)};
    CHECK(cd::layerSummary(nin) == "NiN 5\u00d75 pad 2, 256");
    CHECK(cd::layerSummary(cd::Dropout{0.5}) == "dropout 0.5");
    CHECK(cd::layerSummary(cd::Linear{4096, true}) == "linear 4096");
    CHECK(cd::layerSummary(cd::AdaptiveAvgPool2d{{1, 1}}) == "adaptive avg \u2192 1\u00d71");
}

TEST_CASE("every layer type has a one-line description naming its PyTorch module or function")
{
    const auto type = static_cast<cd::LayerType>(GENERATE(range(0, cd::layerTypeCount)));
    const std::string text = cd::layerDescription(type);
    CAPTURE(text);
    CHECK_FALSE(text.empty());
    CHECK(text.find('\n') == std::string::npos);
    // add and concat are tensor operations, not modules: a + b and torch.cat.
    if (type != cd::LayerType::NinBlock)
        CHECK((text.find("nn.") != std::string::npos || text.find("torch.") != std::string::npos));
}
