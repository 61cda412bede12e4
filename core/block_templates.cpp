// d2l's Modern-CNN blocks appended layer by layer, in the order of the book's forward()
// (see block_templates.h); resources/examples holds the same blocks as PyTorch checked them.

#include "block_templates.h"

#include <cmath>
#include <utility>
#include <vector>

namespace cd::templates {

namespace {

// Appends the layers of one block: every layer tagged with the block, named
// `<block>_<role>` when it has a role (another layer reads it or d2l names it).
class BlockBuilder
{
public:
    BlockBuilder(Network &network, const std::string &block)
        : m_network(network)
        , m_block(block)
    {}

    LayerId add(LayerKind kind, LayerId from, std::string_view role = {})
    {
        return add(std::move(kind), std::vector<LayerId>{from}, role);
    }

    LayerId add(LayerKind kind, std::vector<LayerId> inputs, std::string_view role = {})
    {
        // Without a block there is no prefix that keeps the names apart: derive them.
        std::string name
            = role.empty() || m_block.empty() ? std::string() : m_block + "_" + std::string(role);
        return m_network.add(std::move(kind), std::move(inputs), std::move(name), m_block);
    }

private:
    Network &m_network;
    const std::string &m_block;
};

// nn.LazyConv2d(out, kernel_size=1).
Conv2d conv1x1(std::int64_t outChannels)
{
    return Conv2d{.outChannels = outChannels, .kernel = Pair::square(1)};
}

// nn.LazyConv2d(out, kernel_size=k, padding=k // 2): keeps height and width.
Conv2d paddedConv(std::int64_t outChannels, std::int64_t kernel)
{
    return Conv2d{.outChannels = outChannels,
                  .kernel = Pair::square(kernel),
                  .padding = Pair::square(kernel / 2)};
}

// DenseNet's conv_block; `suffix` numbers its layers inside a dense block (bn2, conv2).
LayerId convBlock(BlockBuilder &b, LayerId from, std::int64_t channels, const std::string &suffix)
{
    const LayerId bn = b.add(BatchNorm2d{}, from, "bn" + suffix);
    const LayerId relu = b.add(ReLU{}, bn);
    return b.add(paddedConv(channels, 3), relu, "conv" + suffix);
}

} // namespace

LayerId addInception(Network &network, LayerId from, const Inception &spec,
                     const std::string &block)
{
    BlockBuilder b(network, block);
    // Branch by branch, as d2l's forward() computes b1, b2, b3, b4 before concatenating them;
    // names follow d2l's attributes (b2_1, b2_2), and each branch's output is b1 … b4.
    const LayerId b1_1 = b.add(conv1x1(spec.c1), from, "b1_1");
    const LayerId b1 = b.add(ReLU{}, b1_1, "b1");

    const LayerId b2_1 = b.add(conv1x1(spec.c2.reduce), from, "b2_1");
    const LayerId b2_1relu = b.add(ReLU{}, b2_1);
    const LayerId b2_2 = b.add(paddedConv(spec.c2.out, 3), b2_1relu, "b2_2");
    const LayerId b2 = b.add(ReLU{}, b2_2, "b2");

    const LayerId b3_1 = b.add(conv1x1(spec.c3.reduce), from, "b3_1");
    const LayerId b3_1relu = b.add(ReLU{}, b3_1);
    const LayerId b3_2 = b.add(paddedConv(spec.c3.out, 5), b3_1relu, "b3_2");
    const LayerId b3 = b.add(ReLU{}, b3_2, "b3");

    const MaxPool2d pool{
        .kernel = Pair::square(3), .stride = Pair::square(1), .padding = Pair::square(1)};
    const LayerId b4_1 = b.add(pool, from, "b4_1");
    const LayerId b4_2 = b.add(conv1x1(spec.c4), b4_1, "b4_2");
    const LayerId b4 = b.add(ReLU{}, b4_2, "b4");

    return b.add(Concat{}, {b1, b2, b3, b4}, "out");
}

LayerId addResidual(Network &network, LayerId from, const Residual &spec, const std::string &block)
{
    BlockBuilder b(network, block);
    const Conv2d first{.outChannels = spec.channels,
                       .kernel = Pair::square(3),
                       .stride = Pair::square(spec.stride),
                       .padding = Pair::square(1)};
    const LayerId conv1 = b.add(first, from, "conv1");
    const LayerId bn1 = b.add(BatchNorm2d{}, conv1, "bn1");
    const LayerId relu = b.add(ReLU{}, bn1);
    const LayerId conv2 = b.add(paddedConv(spec.channels, 3), relu, "conv2");
    const LayerId bn2 = b.add(BatchNorm2d{}, conv2, "bn2");
    // d2l computes the shortcut after bn2 (`if self.conv3: X = self.conv3(X)`), so it comes
    // after bn2 here too, and add reads Y before X as in `Y += X`.
    const Conv2d projection{.outChannels = spec.channels,
                            .kernel = Pair::square(1),
                            .stride = Pair::square(spec.stride)};
    const LayerId shortcut = spec.use1x1Conv ? b.add(projection, from, "conv3") : from;
    const LayerId sum = b.add(Add{}, {bn2, shortcut}, "add");
    return b.add(ReLU{}, sum, "out");
}

std::int64_t bottleneckChannels(const ResNeXt &spec)
{
    // Python's round() takes halves to even; nearbyint does too in the default rounding mode,
    // where std::llround would take 2.5 to 3 and build a wider block than d2l's.
    const double bottleneck = std::nearbyint(static_cast<double>(spec.channels) * spec.botMul);
    // A NaN or a product beyond 2^62 would make the cast undefined: give 0 channels instead,
    // which analyze() refuses, naming the conv.
    constexpr double limit = 4611686018427387904.0; // 2^62
    return std::isfinite(bottleneck) && std::abs(bottleneck) < limit
               ? static_cast<std::int64_t>(bottleneck)
               : 0;
}

std::int64_t convGroups(const ResNeXt &spec)
{
    if (spec.groupWidth <= 0)
        return 0;
    // Python's // floors; C++ division truncates. They differ only for a negative bottleneck,
    // which analyze() refuses either way.
    return bottleneckChannels(spec) / spec.groupWidth;
}

LayerId addResNeXt(Network &network, LayerId from, const ResNeXt &spec, const std::string &block)
{
    BlockBuilder b(network, block);
    const std::int64_t bottleneck = bottleneckChannels(spec);
    const LayerId conv1 = b.add(conv1x1(bottleneck), from, "conv1");
    const LayerId bn1 = b.add(BatchNorm2d{}, conv1, "bn1");
    const LayerId relu1 = b.add(ReLU{}, bn1);
    const Conv2d grouped{.outChannels = bottleneck,
                         .kernel = Pair::square(3),
                         .stride = Pair::square(spec.stride),
                         .padding = Pair::square(1),
                         .groups = convGroups(spec)};
    const LayerId conv2 = b.add(grouped, relu1, "conv2");
    const LayerId bn2 = b.add(BatchNorm2d{}, conv2, "bn2");
    const LayerId relu2 = b.add(ReLU{}, bn2);
    const LayerId conv3 = b.add(conv1x1(spec.channels), relu2, "conv3");
    const LayerId bn3 = b.add(BatchNorm2d{}, conv3, "bn3");
    // As in d2l's forward(): the shortcut (conv4, bn4) after bn3, then relu(Y + X).
    LayerId shortcut = from;
    if (spec.use1x1Conv) {
        const Conv2d projection{.outChannels = spec.channels,
                                .kernel = Pair::square(1),
                                .stride = Pair::square(spec.stride)};
        const LayerId conv4 = b.add(projection, from, "conv4");
        shortcut = b.add(BatchNorm2d{}, conv4, "bn4");
    }
    const LayerId sum = b.add(Add{}, {bn3, shortcut}, "add");
    return b.add(ReLU{}, sum, "out");
}

LayerId addConvBlock(Network &network, LayerId from, const ConvBlock &spec,
                     const std::string &block)
{
    BlockBuilder b(network, block);
    return convBlock(b, from, spec.channels, {});
}

LayerId addDenseBlock(Network &network, LayerId from, const DenseBlock &spec,
                      const std::string &block)
{
    BlockBuilder b(network, block);
    LayerId x = from;
    for (std::int64_t i = 1; i <= spec.convs; ++i) {
        const std::string n = std::to_string(i);
        const LayerId y = convBlock(b, x, spec.growth, n);
        // torch.cat((X, Y), dim=1): the channels read so far first, then the new ones.
        x = b.add(Concat{}, {x, y}, i == spec.convs ? "out" : "cat" + n);
    }
    return x;
}

LayerId addTransitionBlock(Network &network, LayerId from, const TransitionBlock &spec,
                           const std::string &block)
{
    BlockBuilder b(network, block);
    const LayerId bn = b.add(BatchNorm2d{}, from, "bn");
    const LayerId relu = b.add(ReLU{}, bn);
    const LayerId conv = b.add(conv1x1(spec.channels), relu, "conv");
    return b.add(AvgPool2d{.kernel = Pair::square(2), .stride = Pair::square(2)}, conv, "out");
}

std::string unusedBlockName(const Network &network, std::string_view stem)
{
    const auto taken = [&network](const std::string &candidate) {
        const std::string prefix = candidate + "_";
        for (std::size_t i = 0; i < network.layers.size(); ++i) {
            const Layer &layer = network.layers[i];
            if (layer.block == candidate
                || displayName(layer, static_cast<int>(i)).starts_with(prefix))
                return true;
        }
        return false;
    };
    std::string name(stem);
    for (int suffix = 2; taken(name); ++suffix)
        name = std::string(stem) + "_" + std::to_string(suffix);
    return name;
}

} // namespace cd::templates
