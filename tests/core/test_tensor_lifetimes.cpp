// The inference peak from tensor lifetimes (arithmetic.md §7), worked out by hand: on a chain
// it is §4's largest neighbouring pair; a skip connection keeps its tensor alive across the
// branch; an Inception block peaks while its pool writes. The timeline is the same walk step by
// step: its tallest step is that peak.

#include "tensor_lifetimes.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace {

using Writes = std::vector<cd::CheckedInt>;

// TensorNode views its lists; these own them for the length of a test.
struct Layer
{
    std::vector<int> inputs;
    Writes writes;
};

struct Layers
{
    std::vector<Layer> owned;
    std::vector<cd::TensorNode> nodes;

    Layers(std::vector<Layer> layers) // NOLINT: built from a braced list in each test
        : owned(std::move(layers))
    {
        for (const Layer &layer : owned)
            nodes.push_back({layer.inputs, layer.writes});
    }
    operator const std::vector<cd::TensorNode> &() const { return nodes; } // NOLINT
};

// Each layer reads the one before.
Layers chain(const std::vector<Writes> &writes)
{
    std::vector<Layer> layers;
    for (std::size_t i = 0; i < writes.size(); ++i)
        layers.push_back({{static_cast<int>(i) - 1}, writes[i]});
    return Layers(std::move(layers));
}

std::vector<std::int64_t> liveElements(const cd::TensorPeak &peak)
{
    std::vector<std::int64_t> elements;
    for (const cd::LiveTensor &t : peak.live)
        elements.push_back(t.elements);
    return elements;
}

} // namespace

TEST_CASE("on a chain the peak is the largest pair of neighbouring tensors", "[lifetimes]")
{
    SECTION("no layers: the input alone")
    {
        const cd::TensorPeak peak = cd::inferencePeak(1000, {});
        CHECK(peak.elements.value() == 1000);
        CHECK(peak.layer == -1);
        CHECK(liveElements(peak) == std::vector<std::int64_t>{1000});
    }
    SECTION("input + first output, then smaller pairs")
    {
        const cd::TensorPeak peak = cd::inferencePeak(1000, chain({{900}, {10}}));
        CHECK(peak.elements.value() == 1900);
        CHECK(peak.layer == 0);
        CHECK(liveElements(peak) == std::vector<std::int64_t>{1000, 900});
    }
    SECTION("relu, dropout and flatten pass their input's tensor on")
    {
        // 100 → conv 50 → relu → conv 300 → flatten → linear 10: pairs 150, 350, 310.
        const cd::TensorPeak peak = cd::inferencePeak(100, chain({{50}, {}, {300}, {}, {10}}));
        CHECK(peak.elements.value() == 350);
        CHECK(peak.layer == 2);
    }
    SECTION("the seed NiN: two 96×54×54 conv outputs inside block 1")
    {
        const std::int64_t a = 96 * 54 * 54;
        const cd::TensorPeak peak = cd::inferencePeak(224 * 224, chain({{a, a, a},
                                                                        {64896},
                                                                        {173056, 173056, 173056},
                                                                        {36864},
                                                                        {55296, 55296, 55296},
                                                                        {9600},
                                                                        {},
                                                                        {250, 250, 250},
                                                                        {10},
                                                                        {}}));
        CHECK(peak.elements.value() == 2 * a);
        CHECK(peak.layer == 0);
        CHECK(peak.part == 1);
        CHECK(liveElements(peak) == std::vector<std::int64_t>{a, a});
    }
}

TEST_CASE("a residual block's input stays alive until the add", "[lifetimes]")
{
    // input 100 → conv a 100 → conv b 100 → add(b, input) 100. As a chain the peak would be a
    // pair (200); the shortcut keeps the input alive while a and b are written.
    const Layers nodes = std::vector<Layer>{{{-1}, {100}}, {{0}, {100}}, {{1, -1}, {100}}};
    const cd::TensorPeak peak = cd::inferencePeak(100, nodes);
    CHECK(peak.elements.value() == 300);
    CHECK(peak.layer == 1);
    REQUIRE(peak.live.size() == 3);
    CHECK(peak.live[0].layer == -1);
    CHECK(peak.live[1].layer == 0);
    CHECK(peak.live[2].layer == 1);
}

TEST_CASE("an Inception block peaks while its pool writes", "[lifetimes]")
{
    // d2l's inception3a per position: input 192 channels; b1 1×1 → 64; b2 1×1 → 96, 3×3 →
    // 128; b3 1×1 → 16, 5×5 → 32; b4 pool → 192, 1×1 → 32; concat 256 (ReLUs pass through).
    // Alive while the pool writes: input 192 + 64 + 128 + 32 + pool 192 = 608; the concat
    // itself peaks lower: 64 + 128 + 32 + 32 + 256 = 512.
    const Layers nodes = std::vector<Layer>{
        {{-1}, {64}},  // 0 b1
        {{-1}, {96}},  // 1 b2_1
        {{1}, {128}},  // 2 b2_2
        {{-1}, {16}},  // 3 b3_1
        {{3}, {32}},   // 4 b3_2
        {{-1}, {192}}, // 5 b4_1 pool
        {{5}, {32}},   // 6 b4_2
        {{0, 2, 4, 6}, {256}},
    };
    const cd::TensorPeak peak = cd::inferencePeak(192, nodes);
    CHECK(peak.elements.value() == 608);
    CHECK(peak.layer == 5);
    CHECK(liveElements(peak) == std::vector<std::int64_t>{192, 64, 128, 32, 192});
}

TEST_CASE("a nin_block frees its input after its first conv", "[lifetimes]")
{
    // input 10 → nin (20, 20, 20): 10+20 = 30, then 20+20 = 40 (input gone).
    const cd::TensorPeak alone = cd::inferencePeak(10, chain({{20, 20, 20}}));
    CHECK(alone.elements.value() == 40);
    CHECK(alone.part == 1);
    // With a later reader of the input, it stays: 10+20+20 = 50 inside, 10+20+30 = 60 after.
    const Layers skip = std::vector<Layer>{{{-1}, {20, 20, 20}}, {{0, -1}, {30}}};
    CHECK(cd::inferencePeak(10, skip).elements.value() == 60);
}

namespace {

std::vector<std::int64_t> stepElements(const cd::MemoryTimeline &timeline)
{
    std::vector<std::int64_t> elements;
    for (const cd::TimelineStep &step : timeline.steps)
        elements.push_back(step.elements.value());
    return elements;
}

// Who owns each tensor alive at a step: a layer index, −1 the network input.
std::vector<int> owners(const cd::TimelineStep &step)
{
    std::vector<int> layers;
    for (const cd::LiveTensor &t : step.live)
        layers.push_back(t.layer);
    return layers;
}

} // namespace

TEST_CASE("the timeline of a chain peaks at §4's largest neighbouring pair", "[lifetimes]")
{
    // 100 → conv 50 → relu → conv 300 → flatten → linear 10. §4's T = (100, 50, 300, 10),
    // its neighbouring pairs 150, 350, 310: the largest is 350, while the second conv writes.
    // Steps: the input alone 100; conv 100 + 50; relu runs in place on the 50 (the input was
    // freed after the conv); conv 50 + 300; flatten views the 300; linear 300 + 10.
    const cd::MemoryTimeline timeline
        = cd::inferenceTimeline(100, chain({{50}, {}, {300}, {}, {10}}));
    const std::vector<std::int64_t> steps = stepElements(timeline);
    CHECK(steps == std::vector<std::int64_t>{100, 150, 50, 350, 300, 310});
    CHECK(*std::max_element(steps.begin(), steps.end()) == 350);
    CHECK(timeline.peakStep == 3);
    CHECK(timeline.steps[3].layer == 2);
    CHECK(timeline.steps[0].layer == -1);
    CHECK(owners(timeline.steps[0]) == std::vector<int>{-1});
    CHECK(owners(timeline.steps[3]) == std::vector<int>{0, 2}); // relu's tensor is conv 0's
    CHECK(owners(timeline.steps[4]) == std::vector<int>{2});    // flatten's is conv 2's
}

TEST_CASE("relu, dropout and flatten steps add no tensor", "[lifetimes]")
{
    // 40 → relu → dropout → flatten: nothing is ever written, the input is alive throughout
    // and is the network's output.
    const cd::MemoryTimeline timeline = cd::inferenceTimeline(40, chain({{}, {}, {}}));
    CHECK(stepElements(timeline) == std::vector<std::int64_t>{40, 40, 40, 40});
    for (const cd::TimelineStep &step : timeline.steps)
        CHECK(owners(step) == std::vector<int>{-1});
    CHECK(timeline.peakStep == 0); // ties keep the first step
}

TEST_CASE("the timeline of a residual block keeps the skip tensor alive", "[lifetimes]")
{
    // input 64 → a: conv 128 → relu → b: conv 64 → add(b, input) 64 → relu.
    //   step 0: input 64
    //   step 1, a writes: 64 + 128 = 192 (the input waits for the add)
    //   step 2, relu in place on a: 192
    //   step 3, b writes: 64 + 128 + 64 = 256, then a is freed
    //   step 4, the add writes: 64 + 64 + 64 = 192, then the input and b are freed
    //   step 5, relu in place on the add: 64
    // As a chain the peak would be a pair, 192; the skip makes it 256.
    const Layers nodes
        = std::vector<Layer>{{{-1}, {128}}, {{0}, {}}, {{1}, {64}}, {{2, -1}, {64}}, {{3}, {}}};
    const cd::MemoryTimeline timeline = cd::inferenceTimeline(64, nodes);
    CHECK(stepElements(timeline) == std::vector<std::int64_t>{64, 192, 192, 256, 192, 64});
    CHECK(timeline.peakStep == 3);
    for (std::size_t s = 0; s <= 4; ++s) {
        INFO("step " << s);
        CHECK(owners(timeline.steps[s]).front() == -1); // the skip: alive until the add
    }
    CHECK(owners(timeline.steps[3]) == std::vector<int>{-1, 0, 2});
    CHECK(owners(timeline.steps[4]) == std::vector<int>{-1, 2, 3});
    CHECK(owners(timeline.steps[5]) == std::vector<int>{3});

    const cd::TensorPeak peak = cd::inferencePeak(64, nodes);
    CHECK(peak.elements.value() == 256);
    CHECK(peak.layer == timeline.steps[timeline.peakStep].layer);
    CHECK(peak.live == timeline.steps[timeline.peakStep].live);
}

TEST_CASE("a nin_block is one step, at its largest write", "[lifetimes]")
{
    // input 10 → nin (20, 20, 20): conv 1 writes with the input alive, 10 + 20 = 30; conv 2
    // after the input is freed, 20 + 20 = 40; conv 3, 20 + 20 = 40. The step is conv 2's 40
    // (the first of the two largest), then linear 20 + 5 = 25.
    const cd::MemoryTimeline timeline = cd::inferenceTimeline(10, chain({{20, 20, 20}, {5}}));
    REQUIRE(timeline.steps.size() == 3);
    CHECK(stepElements(timeline) == std::vector<std::int64_t>{10, 40, 25});
    CHECK(timeline.steps[1].part == 1);
    CHECK(timeline.steps[1].live == std::vector<cd::LiveTensor>{{0, 0, 20}, {0, 1, 20}});
    CHECK(timeline.peakStep == 1);
    CHECK(cd::inferencePeak(10, chain({{20, 20, 20}, {5}})).part == 1);
}

// Issue 9: 100,000 layers that all read the input and wait for one concat kept a copy of every
// live list at every step: 10^10 entries, and the CLI was killed for want of memory.
TEST_CASE("a wide fan keeps the live lists within a bound, and the peak's list whole",
          "[lifetimes][bounds]")
{
    const int n = 20000;
    std::vector<Layer> layers;
    std::vector<int> all;
    for (int i = 0; i < n; ++i) {
        layers.push_back({{-1}, {1}});
        all.push_back(i);
    }
    layers.push_back({all, {n}}); // the concat
    const cd::MemoryTimeline timeline = cd::inferenceTimeline(1, Layers(layers));
    REQUIRE(timeline.steps.size() == static_cast<std::size_t>(n + 2));
    CHECK(timeline.peakStep == static_cast<std::size_t>(n + 1));
    // The peak: the n branches and the concat's output (the last branch freed the input).
    CHECK(timeline.steps.back().elements.value() == n + n);
    CHECK(timeline.steps.back().live.size() == static_cast<std::size_t>(n + 1));
    std::size_t kept = 0;
    for (const cd::TimelineStep &step : timeline.steps) {
        kept += step.live.size();
        CHECK((step.live.empty() || static_cast<std::int64_t>(step.live.size()) <= n + 2));
    }
    CHECK(kept <= cd::maxTimelineEntries + static_cast<std::size_t>(n + 2));
    // Every step still has its sum, listed or not.
    CHECK(timeline.steps[static_cast<std::size_t>(n)].elements.value() == 1 + n);
}
