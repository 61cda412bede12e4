// The field table the inspector builds its forms from (layer_fields.h): every field of the
// format's table is there, reads the layer's value and changes only itself.

#include "layer_fields.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using cd::FieldKind;
using cd::LayerType;

namespace {

std::vector<std::string> keysOf(LayerType type)
{
    std::vector<std::string> keys;
    for (const cd::FieldInfo &field : cd::layerFields(type))
        keys.emplace_back(field.key);
    return keys;
}

} // namespace

TEST_CASE("each layer type lists the editable fields of the format's table in order", "[fields]")
{
    using Keys = std::vector<std::string>;
    CHECK(keysOf(LayerType::Conv2d)
          == Keys{"out_channels", "kernel", "stride", "padding", "dilation", "groups", "bias"});
    CHECK(keysOf(LayerType::MaxPool2d) == Keys{"kernel", "stride", "padding", "dilation", "ceil_mode"});
    CHECK(keysOf(LayerType::AvgPool2d)
          == Keys{"kernel", "stride", "padding", "ceil_mode", "count_include_pad"});
    CHECK(keysOf(LayerType::AdaptiveAvgPool2d) == Keys{"output"});
    CHECK(keysOf(LayerType::AdaptiveMaxPool2d) == Keys{"output"});
    CHECK(keysOf(LayerType::NinBlock) == Keys{"out_channels", "kernel", "stride", "padding"});
    CHECK(keysOf(LayerType::BatchNorm2d) == Keys{"eps", "momentum"});
    CHECK(keysOf(LayerType::Dropout) == Keys{"p"});
    CHECK(keysOf(LayerType::Linear) == Keys{"out_features", "bias"});
    CHECK(keysOf(LayerType::ReLU).empty());
    CHECK(keysOf(LayerType::Flatten).empty());
}

TEST_CASE("only the fields PyTorch has no default for are required", "[fields]")
{
    const auto requiredKeys = [](LayerType type) {
        std::vector<std::string> keys;
        for (const cd::FieldInfo &field : cd::layerFields(type)) {
            if (field.required)
                keys.emplace_back(field.key);
        }
        return keys;
    };
    using Keys = std::vector<std::string>;
    CHECK(requiredKeys(LayerType::Conv2d) == Keys{"out_channels", "kernel"});
    CHECK(requiredKeys(LayerType::MaxPool2d) == Keys{"kernel"});
    CHECK(requiredKeys(LayerType::AvgPool2d) == Keys{"kernel"});
    CHECK(requiredKeys(LayerType::AdaptiveAvgPool2d) == Keys{"output"});
    CHECK(requiredKeys(LayerType::AdaptiveMaxPool2d) == Keys{"output"});
    CHECK(requiredKeys(LayerType::NinBlock) == Keys{"out_channels", "kernel"});
    CHECK(requiredKeys(LayerType::BatchNorm2d).empty());
    CHECK(requiredKeys(LayerType::Dropout).empty());
    CHECK(requiredKeys(LayerType::Linear) == Keys{"out_features"});
}

TEST_CASE("a field's value has the alternative its kind promises", "[fields]")
{
    const auto type = static_cast<LayerType>(GENERATE(range(0, cd::layerTypeCount)));
    const cd::LayerKind layer = cd::defaultLayer(type);
    for (const cd::FieldInfo &field : cd::layerFields(type)) {
        CAPTURE(std::string(field.key));
        const auto value = cd::fieldValue(layer, field.key);
        REQUIRE(value.has_value());
        switch (field.kind) {
        case FieldKind::Count: CHECK(std::holds_alternative<std::int64_t>(*value)); break;
        case FieldKind::Pair: CHECK(std::holds_alternative<cd::Pair>(*value)); break;
        case FieldKind::OptionalPair:
            CHECK(std::holds_alternative<std::optional<cd::Pair>>(*value));
            break;
        case FieldKind::ConvPadding:
            CHECK(std::holds_alternative<cd::ConvPaddingValue>(*value));
            break;
        case FieldKind::Flag: CHECK(std::holds_alternative<bool>(*value)); break;
        case FieldKind::Real:
        case FieldKind::Probability: CHECK(std::holds_alternative<double>(*value)); break;
        }
    }
}

TEST_CASE("withFieldValue changes one field and nothing else", "[fields]")
{
    cd::Conv2d conv;
    conv.outChannels = 96;
    conv.kernel = cd::Pair::square(11);
    conv.stride = cd::Pair::square(4);

    const auto changed = cd::withFieldValue(conv, "stride", cd::FieldValue(cd::Pair{2, 3}));
    REQUIRE(changed.has_value());
    cd::Conv2d expected = conv;
    expected.stride = {2, 3};
    CHECK(std::get<cd::Conv2d>(*changed) == expected);

    SECTION("a pool's stride can be unset again so that it follows the kernel")
    {
        cd::MaxPool2d pool;
        pool.stride = cd::Pair::square(1);
        const auto unset = cd::withFieldValue(pool, "stride",
                                              cd::FieldValue(std::optional<cd::Pair>()));
        REQUIRE(unset.has_value());
        CHECK_FALSE(std::get<cd::MaxPool2d>(*unset).stride.has_value());
        CHECK(std::get<cd::MaxPool2d>(*unset).effectiveStride() == pool.kernel);
    }
    SECTION("\"same\" padding drops the numbers the file would not keep")
    {
        conv.padding = cd::Pair::square(2);
        const auto same = cd::withFieldValue(
            conv, "padding",
            cd::FieldValue(cd::ConvPaddingValue{cd::PaddingMode::Same, cd::Pair::square(2)}));
        REQUIRE(same.has_value());
        CHECK(std::get<cd::Conv2d>(*same).paddingMode == cd::PaddingMode::Same);
        CHECK(std::get<cd::Conv2d>(*same).padding == cd::Pair::square(0));
    }
    SECTION("an unknown key or a value of the wrong kind is refused")
    {
        CHECK_FALSE(cd::withFieldValue(conv, "kernal", cd::FieldValue(cd::Pair{3, 3})));
        CHECK_FALSE(cd::withFieldValue(conv, "kernel", cd::FieldValue(std::int64_t{3})));
        CHECK_FALSE(cd::fieldValue(cd::ReLU{}, "kernel"));
    }
}
