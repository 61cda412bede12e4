// The reasons beside autograd's figures (autograd_reason.h): one line per layer from the rule
// it follows, and the network's difference from the lecture model, on the seed NiN of
// arithmetic.md §8's worked example and on small networks for the other rules.

#include "autograd_reason.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

cd::Conv2d conv(std::int64_t out, std::int64_t kernel,
                cd::PaddingMode mode = cd::PaddingMode::Explicit)
{
    cd::Conv2d c;
    c.outChannels = out;
    c.kernel = cd::Pair::square(kernel);
    c.paddingMode = mode;
    return c;
}

cd::Network seedNin()
{
    cd::Network n;
    n.input = {1, 224, 224};
    cd::MaxPool2d pool;
    pool.kernel = cd::Pair::square(3);
    pool.stride = cd::Pair::square(2);
    const auto nin = [](std::int64_t out, std::int64_t k, std::int64_t s, std::int64_t p) {
        return cd::NinBlock{out, cd::Pair::square(k), cd::Pair::square(s), cd::Pair::square(p)};
    };
    n.append(nin(96, 11, 4, 0), "nin1");
    n.append(pool, "pool1");
    n.append(nin(256, 5, 1, 2), "nin2");
    n.append(pool, "pool2");
    n.append(nin(384, 3, 1, 1), "nin3");
    n.append(pool, "pool3");
    n.append(cd::Dropout{0.5}, "dropout");
    n.append(nin(10, 3, 1, 1), "nin4");
    n.append(cd::AdaptiveAvgPool2d{{1, 1}}, "gap");
    n.append(cd::Flatten{}, "flatten");
    return n;
}

} // namespace

TEST_CASE("each layer of the seed NiN says why its bytes differ from the lecture model",
          "[autograd]")
{
    const cd::Analysis a = cd::analyze(seedNin());
    REQUIRE(a.valid());
    const std::vector<std::string> reasons = {
        "keeps its input and its three ReLU outputs, not its three conv outputs",
        "keeps its input, not its output, and the index of each maximum: 8 bytes per output "
        "element; its input is already counted at nin1",
        "keeps its input and its three ReLU outputs, not its three conv outputs",
        "keeps its input, not its output, and the index of each maximum: 8 bytes per output "
        "element; its input is already counted at nin2",
        "keeps its input and its three ReLU outputs, not its three conv outputs",
        "keeps its input, not its output, and the index of each maximum: 8 bytes per output "
        "element; its input is already counted at nin3",
        "keeps a mask the size of its input in the network's dtype (4 bytes per element), not "
        "its output",
        "keeps its input and its three ReLU outputs, not its three conv outputs",
        "keeps its input, not its output; its input is already counted at nin4",
        "keeps nothing: a view of its input, as in the lecture model",
    };
    for (int i = 0; i < 10; ++i) {
        CAPTURE(i);
        CHECK(cd::savedReason(a, i) == reasons[static_cast<std::size_t>(i)]);
    }
    CHECK(cd::autogradDifference(a)
          == "the lecture model counts 6,787,040 B of kept values and as many of gradients; "
             "autograd keeps no gradient until backward, and 7,677,880 B of values: 6,748,600 B "
             "of activations + 890,880 B of max-pool indices + 38,400 B of dropout masks");
}

TEST_CASE("the other rules of arithmetic.md §8 have their own reasons", "[autograd]")
{
    cd::Network n;
    n.input = {1, 6, 6};
    n.settings.dtype = cd::DType::Float64;
    n.append(cd::ReLU{}, "pre");                         // on the input: no backward
    n.append(conv(2, 4, cd::PaddingMode::Same), "same"); // total 3: a padded copy
    n.append(cd::BatchNorm2d{}, "bn");                   // input and statistics
    const cd::LayerId r = n.append(cd::ReLU{}, "r");     // its output
    const cd::LayerId t = n.add(cd::Tanh{}, {r}, "t");   // its output
    n.add(cd::Add{}, {r, t}, "sum");                     // nothing
    n.append(cd::Dropout{1.0}, "off");                   // one zero scalar
    n.append(cd::Dropout{0.0}, "identity");              // nothing, the same tensor
    n.append(cd::Flatten{}, "flat");
    n.append(cd::Linear{2, true}, "fc"); // its input, the dropout's output
    const cd::Analysis a = cd::analyze(n);
    REQUIRE(a.valid());
    const std::vector<std::string> reasons = {
        "keeps nothing: no layer before it has parameters, so it has no backward (the next "
        "layer that keeps its input keeps its output)",
        "keeps a copy of its input padded by one more row or column (PyTorch pads an uneven "
        "\"same\" padding itself), not its output",
        "keeps its input, not its output, and a batch mean and inverse standard deviation per "
        "channel (not per sample)",
        "keeps its output (the lecture model takes ReLU as in place and counts nothing)",
        "keeps its output, as the lecture model does",
        "keeps nothing: its backward needs no values (the lecture model counts its output)",
        "p = 1: keeps one zero scalar (8 bytes), not its output",
        "p = 0: keeps nothing, its output is its input's tensor (the lecture model counts it)",
        "keeps nothing: a view of its input, as in the lecture model",
        "keeps its input, which its weight gradient needs, not its output",
    };
    for (int i = 0; i < static_cast<int>(reasons.size()); ++i) {
        CAPTURE(i);
        CHECK(cd::savedReason(a, i) == reasons[static_cast<std::size_t>(i)]);
    }
}

TEST_CASE("a layer without a figure has no reason, and the network no difference", "[autograd]")
{
    cd::Network n;
    n.input = {3, 1, 1};
    n.append(cd::BatchNorm2d{});
    const cd::Analysis a = cd::analyze(n);
    REQUIRE(a.valid());
    CHECK(cd::savedReason(a, 0).empty());
    CHECK(cd::autogradDifference(a).empty());
}

TEST_CASE("savedKindsText names every kind with bytes, activations always", "[autograd]")
{
    CHECK(cd::savedKindsText({}) == "0 B of activations");
    CHECK(cd::savedKindsText({.activations = 1024, .statistics = 16})
          == "1,024 B of activations + 16 B of batch-norm statistics");
}
