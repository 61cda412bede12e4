// analyze() on branching networks (network-format.md §3, arithmetic.md §7): how add and concat
// join shapes, how an error in one branch spreads, dead ends, kept activations of the new
// types, the max rule for receptive fields, the inference peak with a tensor alive across a
// branch, and input coverage that is a union rather than a product. Networks are built with
// Network::add; every expected number is worked out by hand in the comment beside it.

#include "analysis.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;
using Ints = std::vector<std::int64_t>;

namespace {

constexpr cd::LayerId in = cd::Network::inputId;

cd::Shape map(std::int64_t c, std::int64_t h, std::int64_t w)
{
    return {c, h, w, false};
}
cd::Shape flat(std::int64_t f)
{
    return {f, 1, 1, true};
}

cd::Conv2d conv(std::int64_t out, cd::Pair k, cd::Pair s = {1, 1}, cd::Pair p = {0, 0})
{
    return cd::Conv2d{.outChannels = out, .kernel = k, .stride = s, .padding = p};
}
cd::Conv2d conv(std::int64_t out, std::int64_t k, std::int64_t s = 1, std::int64_t p = 0)
{
    return conv(out, cd::Pair::square(k), cd::Pair::square(s), cd::Pair::square(p));
}

cd::Network empty(cd::InputShape input)
{
    cd::Network n;
    n.input = input;
    return n;
}

std::vector<int> invalidLayers(const cd::Analysis &a)
{
    std::vector<int> layers;
    for (const cd::AnalysisError &e : a.errors)
        layers.push_back(e.layer);
    return layers;
}

} // namespace

TEST_CASE("add and concat join shapes, or name both inputs and shapes", "[graph]")
{
    // Input 2×8×8; "a" and "b" read it, "join" reads a and b and is the last layer. A row
    // either gives join's output or the pieces its message must hold.
    struct Row
    {
        const char *what;
        cd::LayerKind a, b, join;
        std::optional<cd::Shape> output;
        std::vector<std::string> messageParts;
    };
    const cd::LayerKind add = cd::Add{};
    const cd::LayerKind cat = cd::Concat{};
    // clang-format off
    auto r = GENERATE_COPY(values<Row>({
        {"add of equal maps", conv(4, 1), conv(4, 3, 1, 1), add, map(4, 8, 8), {}},
        {"add of 4 and 2 channels", conv(4, 1), conv(2, 1), add, std::nullopt,
         {"a", "b", "4\u00d78\u00d78", "2\u00d78\u00d78"}},
        // 3 and 5 channels on 8×8: 3 + 5 = 8 channels, height and width kept.
        {"concat of maps sums channels", conv(3, 1), conv(5, 3, 1, 1), cat, map(8, 8, 8), {}},
        // b: kernel 3 without padding makes 8 → 6.
        {"concat needs equal height and width", conv(4, 1), conv(2, 3), cat, std::nullopt,
         {"a", "b", "4\u00d78\u00d78", "2\u00d76\u00d76"}},
        // Each branch flattens 2·8·8 = 128 features: 256 joined, 128 added.
        {"concat of flat vectors joins features", cd::Flatten{}, cd::Flatten{}, cat, flat(256),
         {}},
        {"add of flat vectors of one length", cd::Flatten{}, cd::Flatten{}, add, flat(128), {}},
        {"concat of a map and a flat vector", conv(4, 1), cd::Flatten{}, cat, std::nullopt,
         {"a", "b", "4\u00d78\u00d78", "128"}},
        {"add of a map and a flat vector", conv(2, 1), cd::Flatten{}, add, std::nullopt,
         {"a", "b", "2\u00d78\u00d78", "128"}},
    }));
    // clang-format on
    INFO(r.what);
    cd::Network n = empty({2, 8, 8});
    const cd::LayerId a = n.add(r.a, {in}, "a");
    const cd::LayerId b = n.add(r.b, {in}, "b");
    n.add(r.join, {a, b}, "join");
    const cd::Analysis result = cd::analyze(n);
    REQUIRE(result.layers.size() == 3);
    const cd::LayerReport &join = result.layers[2];
    CHECK(join.inputs == std::vector<int>{0, 1});
    CHECK(join.inputNames == std::vector<std::string>{"a", "b"});
    if (r.output) {
        REQUIRE(result.valid());
        CHECK(join.status == cd::LayerStatus::Ok);
        CHECK(join.output == *r.output);
    } else {
        CHECK(join.status == cd::LayerStatus::Invalid);
        CHECK(invalidLayers(result) == std::vector<int>{2});
        CHECK_THAT(join.error, StartsWith("join: "));
        for (const std::string &part : r.messageParts)
            CHECK_THAT(join.error, Contains(part));
        // The branches themselves are fine.
        CHECK(result.layers[0].status == cd::LayerStatus::Ok);
        CHECK(result.layers[1].status == cd::LayerStatus::Ok);
    }
}

TEST_CASE("a concat of three inputs keeps their order and sums every channel count", "[graph]")
{
    // Concat reads b, input, a: 5 + 1 + 3 = 9 channels of 6×6.
    cd::Network n = empty({1, 6, 6});
    const cd::LayerId a = n.add(conv(3, 1), {in}, "a");
    const cd::LayerId b = n.add(conv(5, 3, 1, 1), {in}, "b");
    n.add(cd::Concat{}, {b, in, a}, "cat");
    const cd::Analysis result = cd::analyze(n);
    REQUIRE(result.valid());
    CHECK(result.layers[2].output == map(9, 6, 6));
    CHECK(result.layers[2].inputs == std::vector<int>{1, -1, 0});
    CHECK(result.layers[2].inputNames == std::vector<std::string>{"b", "input", "a"});
    // A join's `input` is its first input's shape.
    CHECK(result.layers[2].input == map(5, 6, 6));
}

TEST_CASE("a wrong number of inputs is an error on that layer", "[graph]")
{
    // Input 1×4×4; "a" reads the input; "bad" reads `inputs`; a relu reads bad and is last.
    // Reading a from bad keeps a from being a dead end, so bad is the only failing layer.
    struct Row
    {
        const char *what;
        cd::LayerKind kind;
        std::vector<int> inputs; // −1 the network input, 0 layer a
    };
    auto r = GENERATE(values<Row>({
        {"add with one input", cd::Add{}, {0}},
        {"concat with one input", cd::Concat{}, {0}},
        {"add with no input", cd::Add{}, {}},
        {"concat with no input", cd::Concat{}, {}},
        {"conv with two inputs", conv(1, 1), {-1, 0}},
        {"relu with two inputs", cd::ReLU{}, {0, 0}},
        {"conv with no input", conv(1, 1), {}},
    }));
    INFO(r.what);
    cd::Network n = empty({1, 4, 4});
    const cd::LayerId a = n.add(conv(1, 1), {in}, "a");
    std::vector<cd::LayerId> inputs;
    for (int node : r.inputs)
        inputs.push_back(node < 0 ? in : a);
    const cd::LayerId bad = n.add(r.kind, inputs, "bad");
    n.add(cd::ReLU{}, {bad}, "after");
    const cd::Analysis result = cd::analyze(n);
    const cd::LayerReport &report = result.layers[1];
    CHECK(report.status == cd::LayerStatus::Invalid);
    CHECK_THAT(report.error, StartsWith("bad: "));
    // The message gives the count it found.
    CHECK_THAT(report.error, Contains("not " + std::to_string(r.inputs.size())));
    CHECK(result.layers[2].status == cd::LayerStatus::NotComputed);
    // Without an input to bad, a is read by nobody: a dead end listed before bad.
    const std::vector<int> expected
        = r.inputs.empty() ? std::vector<int>{0, 1} : std::vector<int>{1};
    CHECK(invalidLayers(result) == expected);
}

TEST_CASE("an error in one branch leaves the others computed", "[graph]")
{
    // Input 1×8×8.
    // 0 dead: conv 2 k1 on the input, read by nobody: an error found only after all shapes.
    // 1 a: conv 4 k3 p1 → 4×8×8, fine.
    // 2 b: conv 4 k9 on 8×8: the kernel does not fit: invalid.
    // 3 c: linear on the 1×8×8 map: invalid (needs a flatten).
    // 4 cat(a, b, c): not computed; 5 relu: not computed.
    cd::Network n = empty({1, 8, 8});
    n.add(conv(2, 1), {in}, "dead");
    const cd::LayerId a = n.add(conv(4, 3, 1, 1), {in}, "a");
    const cd::LayerId b = n.add(conv(4, 9), {in}, "b");
    const cd::LayerId c = n.add(cd::Linear{.outFeatures = 3}, {in}, "c");
    const cd::LayerId cat = n.add(cd::Concat{}, {a, b, c}, "cat");
    n.add(cd::ReLU{}, {cat});

    const cd::Analysis result = cd::analyze(n);
    CHECK_FALSE(result.valid());
    // Every invalid layer in file order, the dead end (found last) included.
    CHECK(invalidLayers(result) == std::vector<int>{0, 2, 3});
    REQUIRE(result.errors.size() == 3);
    CHECK(result.errors[0].message
          == "dead: its output is not used: connect it to a later layer or remove it");
    CHECK_THAT(result.errors[1].message, StartsWith("b: "));
    CHECK_THAT(result.errors[2].message, StartsWith("c: "));

    const cd::LayerReport &ok = result.layers[1];
    CHECK(ok.status == cd::LayerStatus::Ok);
    CHECK(ok.output == map(4, 8, 8));
    CHECK(ok.params == 4 * 9 + 4);
    CHECK(result.layers[4].status == cd::LayerStatus::NotComputed);
    CHECK(result.layers[5].status == cd::LayerStatus::NotComputed);
    CHECK(result.layers[5].name == "relu_5");
    // Nothing is totalled for an invalid network.
    CHECK_FALSE(result.totals);
    CHECK_FALSE(result.memory);
    CHECK_FALSE(result.inputCoverage);
}

TEST_CASE("a dead end is an error on that layer", "[graph]")
{
    // 0 side: conv on the input that nothing reads; 1 main: conv on the input, the last
    // layer, which needs no reader.
    cd::Network n = empty({1, 4, 4});
    n.add(conv(2, 1), {in}, "side");
    n.add(conv(3, 1), {in}, "main");
    const cd::Analysis result = cd::analyze(n);
    CHECK(result.errors
          == std::vector<cd::AnalysisError>{
              {0, "side: its output is not used: connect it to a later layer or remove it"}});
    CHECK(result.layers[0].status == cd::LayerStatus::Invalid);
    CHECK(result.layers[1].status == cd::LayerStatus::Ok);
    CHECK(result.layers[1].output == map(3, 4, 4));

    SECTION("reading it from the last layer mends it")
    {
        n.layers[1].kind = cd::Concat{};
        n.layers[1].inputs = {n.layers[0].id, in};
        const cd::Analysis mended = cd::analyze(n);
        REQUIRE(mended.valid());
        CHECK(mended.layers[1].output == map(3, 4, 4)); // 2 + 1 channels
    }
}

TEST_CASE("an invalid network input: error -1 and no layer computed", "[graph]")
{
    // A residual block on an input of height 0.
    cd::Network n = empty({1, 0, 4});
    const cd::LayerId a = n.add(conv(1, 1), {in}, "a");
    const cd::LayerId sum = n.add(cd::Add{}, {a, in}, "sum");
    n.add(cd::ReLU{}, {sum});
    const cd::Analysis result = cd::analyze(n);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].layer == -1);
    CHECK_THAT(result.errors[0].message, Contains("height"));
    for (const cd::LayerReport &layer : result.layers) {
        CAPTURE(layer.name);
        CHECK(layer.status == cd::LayerStatus::NotComputed);
    }
}

TEST_CASE("kept activations count add, concat, sigmoid and tanh; joins have no parameters",
          "[graph]")
{
    // Input 1×4×4 (16).
    // 0 a: conv 2 k1 → 2×4×4: kept 32; weights 2·1·1 = 2, biases 2; MACs 32·1 = 32.
    // 1 relu(a): in place, kept 0.
    // 2 sigmoid(1): a new tensor, kept 32.
    // 3 tanh(input): 16.
    // 4 cat(2, 3): 3×4×4, kept 48.
    // 5 b: conv 3 k1 on the input → 48; weights 3, biases 3, MACs 48.
    // 6 add(4, 5): 48.  7 flatten: 0.
    cd::Network n = empty({1, 4, 4});
    const cd::LayerId a = n.add(conv(2, 1), {in}, "a");
    const cd::LayerId r = n.add(cd::ReLU{}, {a});
    const cd::LayerId s = n.add(cd::Sigmoid{}, {r});
    const cd::LayerId t = n.add(cd::Tanh{}, {in});
    const cd::LayerId cat = n.add(cd::Concat{}, {s, t});
    const cd::LayerId b = n.add(conv(3, 1), {in}, "b");
    const cd::LayerId sum = n.add(cd::Add{}, {cat, b});
    n.add(cd::Flatten{}, {sum});

    const cd::Analysis result = cd::analyze(n);
    REQUIRE(result.valid());
    const Ints kept{32, 0, 32, 16, 48, 48, 48, 0};
    const Ints params{4, 0, 0, 0, 0, 6, 0, 0};
    const Ints macs{32, 0, 0, 0, 0, 48, 0, 0};
    for (std::size_t i = 0; i < kept.size(); ++i) {
        CAPTURE(i, result.layers[i].name);
        CHECK(result.layers[i].activations == kept[i]);
        CHECK(result.layers[i].params == params[i]);
        CHECK(result.layers[i].macs == macs[i]);
    }
    CHECK(result.layers[6].output == map(3, 4, 4));
    REQUIRE(result.totals);
    CHECK(result.totals->activations == 16 + 32 + 32 + 16 + 48 + 48 + 48); // 240, input included
    CHECK(result.totals->params == 10);
    CHECK(result.totals->macs == 80);
}

TEST_CASE("receptive fields of joins: the widest path, or the whole input", "[graph]")
{
    SECTION("3×3 and 5×5 branches on the input joined by add: r = 5")
    {
        cd::Network n = empty({1, 8, 8});
        const cd::LayerId a = n.add(conv(2, 3, 1, 1), {in}); // r 3, 8×8
        const cd::LayerId b = n.add(conv(2, 5, 1, 2), {in}); // r 5, 8×8
        n.add(cd::Add{}, {a, b});
        const cd::Analysis result = cd::analyze(n);
        REQUIRE(result.valid());
        CHECK(result.layers[2].receptiveRows == cd::Receptive1D{5, 1, false, false});
        CHECK(result.layers[2].receptiveCols == cd::Receptive1D{5, 1, false, false});
    }
    SECTION("r and j take their maxima from different branches")
    {
        // Input 1×8×8. a: conv k1 s4 → 2×2, r 1, j 4. b: conv k7 → 2×2, r 7, j 1.
        // add: r 7, j 4. Then conv k2: r = 7 + (2 − 1)·4 = 11, j 4.
        cd::Network n = empty({1, 8, 8});
        const cd::LayerId a = n.add(conv(1, 1, 4), {in});
        const cd::LayerId b = n.add(conv(1, 7), {in});
        const cd::LayerId sum = n.add(cd::Add{}, {a, b});
        n.add(conv(1, 2), {sum});
        const cd::Analysis result = cd::analyze(n);
        REQUIRE(result.valid());
        CHECK(result.layers[2].receptiveRows == cd::Receptive1D{7, 4, false, false});
        CHECK(result.layers[3].receptiveRows == cd::Receptive1D{11, 4, false, false});
        CHECK(result.layers[3].receptiveCols == cd::Receptive1D{11, 4, false, false});
    }
    SECTION("an adaptive pool to 1 in one branch: the join sees the whole input")
    {
        // Input 1×12×10. a: adaptive pool to 1×1 sees everything. b: conv k[13, 11] p1 s2:
        // padded 14×12 → 1×1, r 13×11, larger than the input. concat: 2×1×1 that sees the
        // whole input, reported as the input's 12×10 (not max = 13×11); a conv k1 after it
        // still sees the whole input.
        cd::Network n = empty({1, 12, 10});
        const cd::LayerId a = n.add(cd::AdaptiveAvgPool2d{{1, 1}}, {in});
        const cd::LayerId b = n.add(conv(1, {13, 11}, {2, 2}, {1, 1}), {in});
        const cd::LayerId cat = n.add(cd::Concat{}, {a, b});
        n.add(conv(1, 1), {cat});
        const cd::Analysis result = cd::analyze(n);
        REQUIRE(result.valid());
        CHECK(result.layers[1].receptiveRows.size == 13);
        CHECK(result.layers[2].output == map(2, 1, 1));
        for (int layer : {2, 3}) {
            CAPTURE(layer);
            CHECK(result.layers[layer].receptiveRows.size == 12);
            CHECK(result.layers[layer].receptiveCols.size == 10);
            CHECK(result.layers[layer].receptiveRows.global);
            CHECK(result.layers[layer].receptiveCols.global);
        }
    }
    SECTION("flat branches joined by concat see the whole input")
    {
        // Input 2×6×4. a: adaptive pool to 1 then flatten (2 features); b: conv k3 (4×2,
        // r 3) then flatten (1·4·2 = 8). concat: 10 features, r = 6 × 4.
        cd::Network n = empty({2, 6, 4});
        const cd::LayerId pool = n.add(cd::AdaptiveMaxPool2d{{1, 1}}, {in});
        const cd::LayerId a = n.add(cd::Flatten{}, {pool});
        const cd::LayerId c = n.add(conv(1, 3), {in});
        const cd::LayerId b = n.add(cd::Flatten{}, {c});
        n.add(cd::Concat{}, {a, b});
        const cd::Analysis result = cd::analyze(n);
        REQUIRE(result.valid());
        CHECK(result.layers[4].output == flat(10));
        CHECK(result.layers[4].receptiveRows.size == 6);
        CHECK(result.layers[4].receptiveCols.size == 4);
    }
}

TEST_CASE("inference peak of a residual block: its input lives across the branch", "[graph]")
{
    // Input 4×8×8 = 256. a: conv 8 k3 p1 → 512; relu; b: conv 4 k3 p1 → 256; add(b, input)
    // → 256; relu. While b writes: input 256 + a 512 + b 256 = 1024 (a chain's largest pair
    // would be 768). Parameters: a 8·4·9 + 8 = 296, b 4·8·9 + 4 = 292; P = 588.
    // A = 256 + 512 + 256 + 256 = 1280 (relus keep nothing).
    cd::Network n = empty({4, 8, 8});
    const cd::LayerId a = n.add(conv(8, 3, 1, 1), {in}, "a");
    const cd::LayerId r = n.add(cd::ReLU{}, {a});
    const cd::LayerId b = n.add(conv(4, 3, 1, 1), {r}, "b");
    const cd::LayerId sum = n.add(cd::Add{}, {b, in}, "sum");
    n.add(cd::ReLU{}, {sum});

    const cd::Analysis result = cd::analyze(n);
    REQUIRE(result.valid());
    REQUIRE(result.memory);
    const cd::MemoryEstimate &m = *result.memory;
    CHECK(m.peak == 1024);
    CHECK(m.peakLayer == 2);
    CHECK(m.peakTensors == std::vector<cd::LiveTensor>{{-1, 0, 256}, {0, 0, 512}, {2, 0, 256}});
    CHECK(m.parameters == 588);
    CHECK(m.activations == 1280);
    CHECK(m.inferenceBytes == 4 * (1024 + 588));          // 6448
    CHECK(m.trainingBytes == 4 * 2 * 1280 + 4 * 3 * 588); // 10240 + 7056
}

TEST_CASE("the memory timeline of a residual block: one step per layer, peak included", "[graph]")
{
    // The residual block above, at batch 2 in float16 (2 B): input 256; a 512; relu; b 256;
    // add 256; relu. Alive per step: input 256; a writes 256 + 512 = 768; relu in place 768;
    // b writes 256 + 512 + 256 = 1024, then a is freed; the add writes 256 + 256 + 256 = 768,
    // then the input and b are freed; relu 256. Bytes are 2 B × 2 × elements.
    cd::Network n = empty({4, 8, 8});
    n.settings.batch = 2;
    n.settings.dtype = cd::DType::Float16;
    const cd::LayerId a = n.add(conv(8, 3, 1, 1), {in}, "a");
    const cd::LayerId r = n.add(cd::ReLU{}, {a});
    const cd::LayerId b = n.add(conv(4, 3, 1, 1), {r}, "b");
    const cd::LayerId sum = n.add(cd::Add{}, {b, in}, "sum");
    n.add(cd::ReLU{}, {sum});

    const cd::Analysis result = cd::analyze(n);
    REQUIRE(result.memory);
    const cd::MemoryEstimate &m = *result.memory;
    const cd::MemoryTimeline &timeline = m.timeline;
    REQUIRE(timeline.steps.size() == result.layers.size() + 1);
    std::vector<std::int64_t> bytes;
    for (const cd::TimelineStep &step : timeline.steps)
        bytes.push_back(m.batchBytes(step.elements.value()));
    CHECK(bytes == Ints{4 * 256, 4 * 768, 4 * 768, 4 * 1024, 4 * 768, 4 * 256});
    CHECK(timeline.peakStep == 3);
    const cd::TimelineStep &peak = timeline.steps[timeline.peakStep];
    CHECK(peak.layer == m.peakLayer);
    CHECK(peak.elements.value() == m.peak);
    CHECK(peak.live == m.peakTensors);
    CHECK(m.batchBytes(m.peak) == m.inferenceActivationBytes);
}

TEST_CASE("inference peak of an Inception block: while its pool writes", "[graph]")
{
    // d2l's inception3a on 192×3×3 (9 positions). Per position: b1 64; b2 96 → 128;
    // b3 16 → 32; b4 pool 192 → 32; concat 256. Running in file order, the input stays alive
    // until the pool (its last reader) and every branch output until the concat:
    //   b1: 192+64 = 256; b2_1: +96 = 352; b2_2: +128 = 480, then 96 freed;
    //   b3_1: 192+64+128+16 = 400; b3_2: +32 = 432, then 16 freed;
    //   pool: 192+64+128+32+192 = 608, then the input freed; b4_2: 64+128+32+192+32 = 448;
    //   concat: 64+128+32+32+256 = 512.
    // Peak 608·9 = 5472 at the pool (layer 10).
    const std::string block = "inception3a";
    cd::Network n = empty({192, 3, 3});
    const cd::LayerId b1 = n.add(conv(64, 1), {in}, "b1", block);
    const cd::LayerId r1 = n.add(cd::ReLU{}, {b1}, {}, block);
    const cd::LayerId b21 = n.add(conv(96, 1), {in}, "b2_1", block);
    const cd::LayerId r21 = n.add(cd::ReLU{}, {b21}, {}, block);
    const cd::LayerId b22 = n.add(conv(128, 3, 1, 1), {r21}, "b2_2", block);
    const cd::LayerId r22 = n.add(cd::ReLU{}, {b22}, {}, block);
    const cd::LayerId b31 = n.add(conv(16, 1), {in}, "b3_1", block);
    const cd::LayerId r31 = n.add(cd::ReLU{}, {b31}, {}, block);
    const cd::LayerId b32 = n.add(conv(32, 5, 1, 2), {r31}, "b3_2", block);
    const cd::LayerId r32 = n.add(cd::ReLU{}, {b32}, {}, block);
    cd::MaxPool2d pool{.kernel = {3, 3}, .stride = cd::Pair{1, 1}, .padding = {1, 1}};
    const cd::LayerId b41 = n.add(pool, {in}, "b4_1", block);
    const cd::LayerId b42 = n.add(conv(32, 1), {b41}, "b4_2", block);
    const cd::LayerId r42 = n.add(cd::ReLU{}, {b42}, {}, block);
    n.add(cd::Concat{}, {r1, r22, r32, r42}, "cat", block);

    const cd::Analysis result = cd::analyze(n);
    REQUIRE(result.valid());
    CHECK(result.layers[13].output == map(256, 3, 3));
    CHECK(result.layers[13].inputNames
          == std::vector<std::string>{"relu_1", "relu_5", "relu_9", "relu_12"});
    CHECK(result.layers[13].block == block);
    REQUIRE(result.memory);
    CHECK(result.memory->peak == 5472);
    CHECK(result.memory->peakLayer == 10);
    CHECK(result.memory->peakTensors
          == std::vector<cd::LiveTensor>{
              {-1, 0, 192 * 9}, {0, 0, 64 * 9}, {4, 0, 128 * 9}, {8, 0, 32 * 9}, {10, 0, 192 * 9}});
}

TEST_CASE("input coverage through branches is a union, not a product", "[graph]")
{
    struct Row
    {
        const char *what;
        cd::InputShape input;
        std::function<void(cd::Network &)> build;
        Ints unusedRows, unusedCols;
        std::int64_t unusedPixels;
    };
    // clang-format off
    auto r = GENERATE(values<Row>({
        // 1×4×4. a: conv k[1,2] s[2,2]: rows {0, 2}, cols [0,1] and [2,3]: all; 2×2.
        // b: conv k[2,1] s[2,2]: all rows, cols {0, 2}; 2×2. add: every row and every column
        // has a used pixel, yet rows {1, 3} × cols {1, 3} are unused: 4 pixels.
        {"two strided branches joined by add", {1, 4, 4}, [](cd::Network &n) {
             const cd::LayerId a = n.add(conv(1, {1, 2}, {2, 2}), {in});
             const cd::LayerId b = n.add(conv(1, {2, 1}, {2, 2}), {in});
             n.add(cd::Add{}, {a, b});
         }, {}, {}, 4},
        // The same union with adaptive pools to 2×2 after kernel-1 convs and a concat:
        // a: conv k1 s[2,1] → 2×4 (rows 0, 2); its pool reads all of it.
        // b: conv k1 s[1,2] → 4×2 (cols 0, 2); its pool reads all of it.
        {"adaptive pools make the shapes match before a concat", {1, 4, 4},
         [](cd::Network &n) {
             const cd::LayerId a = n.add(conv(1, {1, 1}, {2, 1}), {in});
             const cd::LayerId pa = n.add(cd::AdaptiveAvgPool2d{{2, 2}}, {a});
             const cd::LayerId b = n.add(conv(1, {1, 1}, {1, 2}), {in});
             const cd::LayerId pb = n.add(cd::AdaptiveAvgPool2d{{2, 2}}, {b});
             n.add(cd::Concat{}, {pa, pb});
         }, {}, {}, 4},
        // 1×1×1. a: conv k1 s3 p2: padded 5, taps 0 and 3, the pixel sits at 2: not read;
        // 2×2. b: conv k1 s2 p1: padded 3, taps 0 and 2, the pixel at 1: not read; 2×2.
        {"no input pixel reaches the output", {1, 1, 1}, [](cd::Network &n) {
             const cd::LayerId a = n.add(conv(1, 1, 3, 2), {in});
             const cd::LayerId b = n.add(conv(1, 1, 2, 1), {in});
             n.add(cd::Add{}, {a, b});
         }, {0}, {0}, 1},
        // 1×3×3. a: conv k1 s4 p1: padded 5, taps 0 and 4, both padding; 2×2, reads nothing.
        // b: conv k1 s2: taps 0 and 2; 2×2. Only b's rows {0, 2} × cols {0, 2} count: 9 − 4.
        {"a branch that reads only padding adds nothing", {1, 3, 3}, [](cd::Network &n) {
             const cd::LayerId a = n.add(conv(1, 1, 4, 1), {in});
             const cd::LayerId b = n.add(conv(1, 1, 2), {in});
             n.add(cd::Add{}, {a, b});
         }, {1}, {1}, 5},
        // 1×4×4. a residual block: conv k1 s2 → 2×2 (rows/cols {0, 2}); the shortcut is a
        // 2×2 max pool (reads everything): the union is everything.
        {"a shortcut that reads everything covers the input", {1, 4, 4}, [](cd::Network &n) {
             const cd::LayerId a = n.add(conv(1, 1, 2), {in});
             const cd::LayerId pool = n.add(cd::MaxPool2d{.kernel = {2, 2}, .stride = std::nullopt}, {in});
             n.add(cd::Add{}, {a, pool});
         }, {}, {}, 0},
        // A chain: conv k[1,2] s[2,3] on 1×5×7: rows 0, 2, 4; cols [0,1], [3,4].
        // Unused rows {1, 3}, cols {2, 5, 6}; pixels 35 − 3·4 = 23 = the product's count.
        {"a chain is the product of rows and columns", {1, 5, 7}, [](cd::Network &n) {
             n.append(conv(1, {1, 2}, {2, 3}));
             n.append(cd::ReLU{});
         }, {1, 3}, {2, 5, 6}, 23},
    }));
    // clang-format on
    INFO(r.what);
    cd::Network n = empty(r.input);
    r.build(n);
    const cd::Analysis result = cd::analyze(n);
    INFO((result.errors.empty() ? std::string() : result.errors.front().message));
    REQUIRE(result.valid());
    REQUIRE(result.inputCoverage);
    CHECK(result.inputCoverage->unusedRows == r.unusedRows);
    CHECK(result.inputCoverage->unusedCols == r.unusedCols);
    CHECK(result.inputCoverage->unusedPixels == r.unusedPixels);
}

TEST_CASE("input coverage keeps the exact unused pixels when they are no product", "[graph]")
{
    const auto unusedPixels = [](const cd::InputCoverage &coverage, cd::InputShape input) {
        std::vector<std::pair<std::int64_t, std::int64_t>> pixels;
        for (std::int64_t row = 0; row < input.height; ++row) {
            for (std::int64_t col = 0; col < input.width; ++col) {
                if (coverage.isUnused(row, col))
                    pixels.emplace_back(row, col);
            }
        }
        return pixels;
    };

    SECTION("two strided branches joined by add: odd rows × odd columns")
    {
        // 1×4×6. a: conv k[1,2] s2 reads rows {0, 2} and every column; b: conv k[2,1] s2
        // reads every row and columns {0, 2, 4}. Each is 2×3; the add reads both. Unused:
        // rows {1, 3} × columns {1, 3, 5}, 6 pixels, though every row and column is used.
        cd::Network n = empty({1, 4, 6});
        const cd::LayerId a = n.add(conv(1, {1, 2}, {2, 2}), {in});
        const cd::LayerId b = n.add(conv(1, {2, 1}, {2, 2}), {in});
        n.add(cd::Add{}, {a, b});
        const cd::Analysis result = cd::analyze(n);
        REQUIRE(result.inputCoverage);
        const cd::InputCoverage &coverage = *result.inputCoverage;
        CHECK_FALSE(coverage.isProduct());
        CHECK(coverage.unusedRows.empty());
        CHECK(coverage.unusedCols.empty());
        CHECK(coverage.unusedPixels == 6);
        CHECK(unusedPixels(coverage, n.input)
              == std::vector<std::pair<std::int64_t, std::int64_t>>{
                  {1, 1}, {1, 3}, {1, 5}, {3, 1}, {3, 3}, {3, 5}});
    }
    SECTION("a chain is a product: rows and columns say it all")
    {
        // conv k1 s2 on 1×3×4: rows {0, 2}, columns {0, 2}; unused row 1, columns 1 and 3.
        cd::Network n = empty({1, 3, 4});
        n.append(conv(1, 1, 2));
        const cd::Analysis result = cd::analyze(n);
        REQUIRE(result.inputCoverage);
        const cd::InputCoverage &coverage = *result.inputCoverage;
        CHECK(coverage.isProduct());
        CHECK(coverage.unusedPixels == 12 - 2 * 2);
        CHECK(unusedPixels(coverage, n.input)
              == std::vector<std::pair<std::int64_t, std::int64_t>>{
                  {0, 1}, {0, 3}, {1, 0}, {1, 1}, {1, 2}, {1, 3}, {2, 1}, {2, 3}});
    }
    SECTION("a union of rectangles that is a product is reported as one")
    {
        // 1×3×3, three branches added, each 1×1 at the add:
        //   a: conv k[2,1] s[2,3]: one window, rows {0, 1}, column {0};
        //   b: conv k[1,2] s[3,2]: one window, row {0}, columns {0, 1};
        //   c: conv k1 s2 p1: padded 5, taps 0, 2, 4, real row and column {1}; 3×3, read
        //      whole by an adaptive pool to 1×1.
        // No two of them merge as rows × columns, yet together they are the square
        // {0, 1} × {0, 1}: row 2 and column 2 are unused, 9 − 4 = 5 pixels, a product.
        cd::Network n = empty({1, 3, 3});
        const cd::LayerId a = n.add(conv(1, {2, 1}, {2, 3}), {in});
        const cd::LayerId b = n.add(conv(1, {1, 2}, {3, 2}), {in});
        const cd::LayerId c = n.add(conv(1, 1, 2, 1), {in});
        const cd::LayerId pool = n.add(cd::AdaptiveAvgPool2d{{1, 1}}, {c});
        n.add(cd::Add{}, {a, b, pool});
        const cd::Analysis result = cd::analyze(n);
        INFO((result.errors.empty() ? std::string() : result.errors.front().message));
        REQUIRE(result.inputCoverage);
        const cd::InputCoverage &coverage = *result.inputCoverage;
        CHECK(coverage.isProduct());
        CHECK(coverage.unusedRows == Ints{2});
        CHECK(coverage.unusedCols == Ints{2});
        CHECK(coverage.unusedPixels == 5);
        CHECK(unusedPixels(coverage, n.input)
              == std::vector<std::pair<std::int64_t, std::int64_t>>{
                  {0, 2}, {1, 2}, {2, 0}, {2, 1}, {2, 2}});
    }
}

TEST_CASE("a layer reading a missing or later node is the only error, its other inputs read",
          "[graph]")
{
    // a and b read the input; the add reads a removed id (99) and then b; c reads the add.
    // b is read by the add even though the add's first input is bad: b is no dead end.
    cd::Network n = empty({1, 4, 4});
    const cd::LayerId a = n.add(conv(1, 1), {in}, "a");
    const cd::LayerId b = n.add(conv(1, 1), {a}, "b");
    n.add(cd::Add{}, {99, b, a}, "sum");
    const cd::Analysis result = cd::analyze(n);
    CHECK(result.errors
          == std::vector<cd::AnalysisError>{
              {2, "sum: reads a layer that is not in the network (id 99)"}});

    SECTION("a node that comes later")
    {
        n.layers[0].inputs = {b};
        const cd::Analysis later = cd::analyze(n);
        REQUIRE_FALSE(later.errors.empty());
        CHECK(later.errors.front()
              == cd::AnalysisError{0, "a: reads b, which does not come before it"});
    }
}
