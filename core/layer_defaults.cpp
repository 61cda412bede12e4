#include "layer_defaults.h"

#include <algorithm>

namespace cd {

LayerKind newLayerFor(LayerType type, const Shape &input)
{
    // A channel count to keep: the input's, or a small one after a flatten.
    const std::int64_t channels = input.flat ? 16 : std::max<std::int64_t>(1, input.channels);
    const std::int64_t smallestSide = std::min(input.height, input.width);
    switch (type) {
    case LayerType::Conv2d: {
        Conv2d conv; // 3×3, padding 1: the size stays, so nothing after it breaks
        conv.outChannels = channels;
        conv.padding = Pair::square(1);
        return conv;
    }
    case LayerType::MaxPool2d: {
        MaxPool2d pool;
        pool.kernel = Pair::square(smallestSide >= 2 ? 2 : 1);
        return pool;
    }
    case LayerType::AvgPool2d: {
        AvgPool2d pool;
        pool.kernel = Pair::square(smallestSide >= 2 ? 2 : 1);
        return pool;
    }
    case LayerType::NinBlock: {
        NinBlock nin;
        nin.outChannels = channels;
        nin.padding = Pair::square(1);
        return nin;
    }
    case LayerType::Linear: {
        Linear linear;
        linear.outFeatures = input.flat ? std::clamp<std::int64_t>(input.channels, 1, 4096) : 10;
        return linear;
    }
    default: return defaultLayer(type);
    }
}

} // namespace cd
