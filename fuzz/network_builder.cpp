// Networks from bytes (see network_builder.h).

#include "network_builder.h"

#include <array>
#include <limits>

namespace cd::fuzz {

namespace {

constexpr std::int64_t maxInt = std::numeric_limits<std::int64_t>::max();
constexpr std::array<std::int64_t, 26> edges = {0,
                                                1,
                                                2,
                                                3,
                                                4,
                                                5,
                                                7,
                                                8,
                                                11,
                                                16,
                                                224,
                                                1000,
                                                4096,
                                                (1 << 24) - 1,
                                                1 << 24,
                                                (1 << 24) + 1,
                                                std::int64_t{1} << 31,
                                                std::int64_t{1} << 32,
                                                std::int64_t{1} << 40,
                                                std::int64_t{1} << 62,
                                                3037000500, // its square passes 2^63
                                                maxInt - 1,
                                                maxInt,
                                                -1,
                                                -2,
                                                std::numeric_limits<std::int64_t>::min()};

// Reads choices off the bytes, one byte each; past the end every choice is 0.
class Choices
{
public:
    explicit Choices(QByteArrayView bytes)
        : m_bytes(bytes)
    {}

    bool empty() const { return m_at >= m_bytes.size(); }
    int below(int count) { return next() % count; }
    bool flip() { return below(2) == 1; }
    template<typename T, std::size_t n>
    T pick(const std::array<T, n> &values)
    {
        return values[static_cast<std::size_t>(below(static_cast<int>(n)))];
    }

private:
    int next() { return empty() ? 0 : static_cast<unsigned char>(m_bytes[m_at++]); }

    QByteArrayView m_bytes;
    qsizetype m_at = 0;
};

class Builder
{
public:
    explicit Builder(QByteArrayView bytes)
        : m_choices(bytes)
    {}

    Network network()
    {
        Network network;
        network.input = {number(), number(), number()};
        network.settings = {number(), static_cast<DType>(m_choices.below(5)),
                            static_cast<Optimizer>(m_choices.below(3))};
        const int layers = m_choices.below(13);
        for (int i = 0; i < layers && !m_choices.empty(); ++i) {
            LayerKind kind = this->kind();
            // Mostly a chain; sometimes any nodes, a later id among them (an invalid read).
            if (m_choices.below(4) > 0) {
                network.append(std::move(kind), name());
                continue;
            }
            std::vector<LayerId> inputs(static_cast<std::size_t>(m_choices.below(5)));
            for (LayerId &input : inputs)
                input = m_choices.below(i + 2);
            network.add(std::move(kind), std::move(inputs), name(),
                        m_choices.flip() ? std::string("block") : std::string());
        }
        return network;
    }

private:
    // Half the time a small number, which makes valid networks; else an edge.
    std::int64_t number()
    {
        return m_choices.flip() ? 1 + m_choices.below(9) : m_choices.pick(edges);
    }
    Pair pair()
    {
        const std::int64_t height = number();
        return m_choices.flip() ? Pair::square(height) : Pair{height, number()};
    }
    double real()
    {
        constexpr std::array<double, 8> reals = {0.0, 0.5, 1.0, 1e-5, 0.1, 1e308, 5e-324, -0.0};
        return m_choices.pick(reals);
    }
    std::string name()
    {
        constexpr std::array<const char *, 6> names = {"", "", "a", "b", "input", "x\x1b\n"};
        return m_choices.pick(names);
    }

    LayerKind kind()
    {
        switch (m_choices.below(layerTypeCount)) {
        case 0:
            return Conv2d{.outChannels = number(),
                          .kernel = pair(),
                          .stride = pair(),
                          .padding = pair(),
                          .paddingMode = static_cast<PaddingMode>(m_choices.below(3)),
                          .dilation = pair(),
                          .groups = number(),
                          .bias = m_choices.flip()};
        case 1: {
            MaxPool2d pool;
            pool.kernel = pair();
            if (m_choices.flip())
                pool.stride = pair();
            pool.padding = pair();
            pool.dilation = pair();
            pool.ceilMode = m_choices.flip();
            return pool;
        }
        case 2: {
            AvgPool2d pool;
            pool.kernel = pair();
            if (m_choices.flip())
                pool.stride = pair();
            pool.padding = pair();
            pool.ceilMode = m_choices.flip();
            pool.countIncludePad = m_choices.flip();
            return pool;
        }
        case 3: return AdaptiveAvgPool2d{pair()};
        case 4: return AdaptiveMaxPool2d{pair()};
        case 5: return NinBlock{number(), pair(), pair(), pair()};
        case 6: return BatchNorm2d{real(), real()};
        case 7: return ReLU{};
        case 8: return Dropout{real()};
        case 9: return Flatten{};
        case 10: return Linear{number(), m_choices.flip()};
        case 11: return Add{};
        case 12: return Concat{};
        case 13: return Sigmoid{};
        default: return Tanh{};
        }
    }

    Choices m_choices;
};

} // namespace

Network buildNetwork(QByteArrayView bytes)
{
    return Builder(bytes).network();
}

} // namespace cd::fuzz
