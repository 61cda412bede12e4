// Settings arithmetic and layer ids (network.h, network-format.md §1).

#include "network.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>

TEST_CASE("dtype sizes and names", "[network]")
{
    struct Row
    {
        cd::DType dtype;
        const char *name;
        std::int64_t bytes;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {cd::DType::Float32, "float32", 4},
        {cd::DType::Float16, "float16", 2},
        {cd::DType::BFloat16, "bfloat16", 2},
        {cd::DType::Float64, "float64", 8},
        {cd::DType::Int8, "int8", 1},
    }));
    // clang-format on
    CAPTURE(r.name);
    CHECK(cd::bytesPerElement(r.dtype) == r.bytes);
    CHECK(cd::dtypeName(r.dtype) == r.name);
    CHECK(cd::dtypeFromName(r.name) == r.dtype);
}

TEST_CASE("optimizer copies of the parameters and names", "[network]")
{
    struct Row
    {
        cd::Optimizer optimizer;
        const char *name;
        std::int64_t copies; // values, gradients, optimizer state
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        {cd::Optimizer::Sgd, "sgd", 2},
        {cd::Optimizer::SgdMomentum, "sgd_momentum", 3},
        {cd::Optimizer::Adam, "adam", 4},
    }));
    // clang-format on
    CAPTURE(r.name);
    CHECK(cd::parameterCopies(r.optimizer) == r.copies);
    CHECK(cd::optimizerName(r.optimizer) == r.name);
    CHECK(cd::optimizerFromName(r.name) == r.optimizer);
}

TEST_CASE("unknown dtype / optimizer names are refused", "[network]")
{
    CHECK_FALSE(cd::dtypeFromName("float").has_value());
    CHECK_FALSE(cd::dtypeFromName("Float32").has_value());
    CHECK_FALSE(cd::optimizerFromName("momentum").has_value());
    CHECK_FALSE(cd::optimizerFromName("").has_value());
}

TEST_CASE("settings default to batch 1, float32, sgd_momentum", "[network]")
{
    const cd::Settings s;
    CHECK(s.batch == 1);
    CHECK(s.dtype == cd::DType::Float32);
    CHECK(s.optimizer == cd::Optimizer::SgdMomentum);
}

TEST_CASE("layer ids are unique and stay with their layer", "[network]")
{
    cd::Network net;
    const cd::LayerId a = net.append(cd::Conv2d{}, "a");
    const cd::LayerId b = net.append(cd::ReLU{});
    const cd::LayerId c = net.add(cd::Flatten{}, {a}, "c");
    REQUIRE(net.layers.size() == 3);
    CHECK(std::set<cd::LayerId>{a, b, c, cd::Network::inputId}.size() == 4);

    SECTION("append reads the last node, add reads what it is given")
    {
        CHECK(net.layers[0].inputs == std::vector<cd::LayerId>{cd::Network::inputId});
        CHECK(net.layers[1].inputs == std::vector<cd::LayerId>{a});
        CHECK(net.layers[2].inputs == std::vector<cd::LayerId>{a});
    }
    SECTION("unknown id")
    {
        CHECK(net.indexOf(net.nextId()) == -1);
        CHECK(net.indexOf(cd::Network::inputId) == -1);
        CHECK(net.find(net.nextId()) == nullptr);
        CHECK(net.find(b)->inputs.front() == a);
    }
    SECTION("readers are derived from the inputs")
    {
        CHECK(net.readersOf(a) == std::vector<cd::LayerId>{b, c});
        CHECK(net.readersOf(cd::Network::inputId) == std::vector<cd::LayerId>{a});
        CHECK(net.readersOf(c).empty());
    }
    SECTION("a chain reads the node before every time")
    {
        CHECK_FALSE(net.isChain());
        net.layers[2].inputs = {b};
        CHECK(net.isChain());
        net.layers[0].inputs = {};
        CHECK_FALSE(net.isChain());
    }
    SECTION("after a removal, a new id still differs from every remaining one")
    {
        net.layers.pop_back(); // removes c
        const cd::LayerId d = net.append(cd::ReLU{});
        CHECK(d != a);
        CHECK(d != b);
        CHECK(net.layers.back().inputs == std::vector<cd::LayerId>{b});
    }
}
