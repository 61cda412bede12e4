// The writer's side of version 2 (network-format.md §3): it writes the lowest version that
// holds the network, so older readers keep opening chains; it writes `inputs` only where they
// differ from the layer before; and when a version-1 network with repeated names must become
// version 2, it makes the names unique so the file's edges mean what the network's ids mean.

#include "reader_cases.h"
#include "io/network_reader.h"
#include "io/network_writer.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace cd;
using Catch::Matchers::Contains;

using cd::io::test::networkOf;

namespace {

constexpr LayerId in = Network::inputId;

Conv2d conv(std::int64_t out, std::int64_t k, std::int64_t p = 0)
{
    return Conv2d{.outChannels = out, .kernel = Pair::square(k), .padding = Pair::square(p)};
}

// The lines of the "layers" array, as the writer lays them out (one layer a line).
std::string header(int version)
{
    return "{\n  \"format\": \"convdesigner-network\",\n  \"version\": " + std::to_string(version)
           + ",\n  \"input\": { \"channels\": 2, \"height\": 8, \"width\": 8 },\n"
             "  \"settings\": { \"batch\": 1, \"dtype\": \"float32\", \"optimizer\": "
             "\"sgd_momentum\" },\n  \"layers\": [\n";
}

Network empty()
{
    Network n;
    n.input = {2, 8, 8};
    return n;
}

// The edges of a network by position: −1 the input, else the index of the layer read.
std::vector<std::vector<int>> edges(const Network &n)
{
    std::vector<std::vector<int>> result;
    for (const Layer &layer : n.layers) {
        std::vector<int> reads;
        for (LayerId id : layer.inputs)
            reads.push_back(n.indexOf(id));
        result.push_back(reads);
    }
    return result;
}

} // namespace

TEST_CASE("a chain of version-1 types is written as version 1 without inputs", "[writer]")
{
    Network n = empty();
    n.append(conv(4, 3, 1), "c");
    n.append(ReLU{});
    n.append(Flatten{});
    CHECK(io::writeNetwork(n).toStdString()
          == header(1)
                 + "    { \"type\": \"conv2d\", \"name\": \"c\", \"out_channels\": 4, "
                   "\"kernel\": 3, \"padding\": 1 },\n"
                   "    { \"type\": \"relu\" },\n"
                   "    { \"type\": \"flatten\" }\n  ]\n}\n");
}

TEST_CASE("what forces version 2: a skip, a block, a version-2 type", "[writer]")
{
    SECTION("a skip: inputs only where they differ from the layer before")
    {
        // 0 a: conv (input: default), 1 relu (a: default), 2 add(relu_1, input): written.
        Network n = empty();
        const LayerId a = n.add(conv(2, 3, 1), {in}, "a");
        const LayerId r = n.add(ReLU{}, {a});
        const LayerId sum = n.add(Add{}, {r, in});
        n.add(ReLU{}, {sum});
        CHECK(io::writeNetwork(n).toStdString()
              == header(2)
                     + "    { \"type\": \"conv2d\", \"name\": \"a\", \"out_channels\": 2, "
                       "\"kernel\": 3, \"padding\": 1 },\n"
                       "    { \"type\": \"relu\" },\n"
                       "    { \"type\": \"add\", \"inputs\": [\"relu_1\", \"input\"] },\n"
                       "    { \"type\": \"relu\" }\n  ]\n}\n");
    }
    SECTION("a layer that reads the input rather than the layer before")
    {
        // Two convs on the input joined by concat: the second conv's "input" is written, the
        // first conv's (the default for the first layer) is not.
        Network n = empty();
        const LayerId a = n.add(conv(2, 1), {in});
        const LayerId b = n.add(conv(2, 1), {in});
        n.add(Concat{}, {a, b});
        CHECK(io::writeNetwork(n).toStdString()
              == header(2)
                     + "    { \"type\": \"conv2d\", \"out_channels\": 2, \"kernel\": 1 },\n"
                       "    { \"type\": \"conv2d\", \"out_channels\": 2, \"kernel\": 1, "
                       "\"inputs\": [\"input\"] },\n"
                       "    { \"type\": \"concat\", \"inputs\": [\"conv2d_0\", \"conv2d_1\"] }\n"
                       "  ]\n}\n");
    }
    SECTION("a block on a chain")
    {
        Network n = empty();
        n.add(conv(2, 1), {in}, {}, "stem");
        n.append(ReLU{});
        CHECK(io::writeNetwork(n).toStdString()
              == header(2)
                     + "    { \"type\": \"conv2d\", \"out_channels\": 2, \"kernel\": 1, "
                       "\"block\": \"stem\" },\n"
                       "    { \"type\": \"relu\" }\n  ]\n}\n");
    }
    SECTION("a version-2 type on a chain")
    {
        Network n = empty();
        n.append(Sigmoid{});
        n.append(Tanh{});
        CHECK(io::writeNetwork(n).toStdString()
              == header(2)
                     + "    { \"type\": \"sigmoid\" },\n    { \"type\": \"tanh\" }\n  ]\n}\n");
    }
}

TEST_CASE("names a version-1 network repeats become unique when it is written as version 2",
          "[writer]")
{
    struct Row
    {
        const char *what;
        std::vector<std::string> names;   // per layer; "" derives one
        std::vector<std::string> written; // the names the file holds; "" none
    };
    // Layers: 0 conv (input), 1 relu, 2 conv (input), 3 relu, 4 concat(1, 3). The second conv
    // reading the input makes it version 2.
    // clang-format off
    auto r = GENERATE(values<Row>({
        {"two layers named x", {"x", "x", "", "", ""}, {"x", "x_2", "", "", ""}},
        {"three layers named x, and one named x_2",
         {"x", "x", "x_2", "x", ""}, {"x", "x_2", "x_2_2", "x_3", ""}},
        // relu_3 is layer 3's derived name, reserved before any explicit name is placed.
        {"an explicit name equal to a later derived one",
         {"relu_3", "", "", "", ""}, {"relu_3_2", "", "", "", ""}},
        {"an explicit name equal to an earlier derived one",
         {"", "", "", "", "relu_1"}, {"", "", "", "", "relu_1_2"}},
        {"a layer named input", {"input", "", "", "", ""}, {"input_2", "", "", "", ""}},
        // A name equal to the layer's own derived name clashes with nothing.
        {"its own derived name", {"", "relu_1", "", "", ""}, {"", "relu_1", "", "", ""}},
    }));
    // clang-format on
    INFO(r.what);
    Network n = empty();
    const LayerId a = n.add(conv(2, 1), {in}, r.names[0]);
    const LayerId ra = n.add(ReLU{}, {a}, r.names[1]);
    const LayerId b = n.add(conv(2, 1), {in}, r.names[2]);
    const LayerId rb = n.add(ReLU{}, {b}, r.names[3]);
    n.add(Concat{}, {ra, rb}, r.names[4]);

    const QByteArray bytes = io::writeNetwork(n);
    const Network back = networkOf(bytes);
    REQUIRE(back.layers.size() == 5);
    for (std::size_t i = 0; i < 5; ++i) {
        CAPTURE(i);
        CHECK(back.layers[i].name == r.written[i]);
    }
    CHECK(edges(back) == std::vector<std::vector<int>>{{-1}, {0}, {-1}, {2}, {1, 3}});
    // Now unique, the names are written as they are.
    CHECK(io::writeNetwork(back) == bytes);
}

TEST_CASE("a branching network built in code round-trips exactly", "[writer]")
{
    // A residual block with a block name, a concat of three, sigmoid and tanh; every layer
    // named or derived. Ids 1…n in file order, as the reader gives them.
    Network n;
    n.name = "graph";
    n.input = {3, 16, 16};
    n.settings = {2, DType::Float16, Optimizer::Adam};
    const LayerId stem = n.add(conv(8, 3, 1), {in}, "stem");
    const LayerId c1 = n.add(conv(8, 3, 1), {stem}, "c1", "res1");
    const LayerId r1 = n.add(ReLU{}, {c1}, {}, "res1");
    const LayerId c2 = n.add(conv(8, 3, 1), {r1}, "c2", "res1");
    const LayerId sum = n.add(Add{}, {c2, stem}, "sum", "res1");
    const LayerId s = n.add(Sigmoid{}, {sum});
    const LayerId t = n.add(Tanh{}, {stem});
    const LayerId cat = n.add(Concat{}, {s, in, t}, "cat");
    n.add(AdaptiveAvgPool2d{{1, 1}}, {cat});

    const QByteArray bytes = io::writeNetwork(n);
    CHECK_THAT(bytes.toStdString(), Contains("\"version\": 2,"));
    const Network back = networkOf(bytes);
    CHECK(back == n);
    CHECK(io::writeNetwork(back) == bytes);
}
