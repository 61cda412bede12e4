#include "network.h"

#include <algorithm>
#include <array>

namespace cd {

namespace {

struct DTypeInfo
{
    DType dtype;
    std::string_view name;
    std::int64_t bytes;
};

constexpr std::array<DTypeInfo, 5> dtypes = {{
    {DType::Float32, "float32", 4},
    {DType::Float16, "float16", 2},
    {DType::BFloat16, "bfloat16", 2},
    {DType::Float64, "float64", 8},
    {DType::Int8, "int8", 1},
}};

struct OptimizerInfo
{
    Optimizer optimizer;
    std::string_view name;
    std::int64_t copies;
};

constexpr std::array<OptimizerInfo, 3> optimizers = {{
    {Optimizer::Sgd, "sgd", 2},
    {Optimizer::SgdMomentum, "sgd_momentum", 3},
    {Optimizer::Adam, "adam", 4},
}};

const DTypeInfo &info(DType dtype)
{
    return *std::find_if(dtypes.begin(), dtypes.end(),
                         [dtype](const DTypeInfo &i) { return i.dtype == dtype; });
}

const OptimizerInfo &info(Optimizer optimizer)
{
    return *std::find_if(optimizers.begin(), optimizers.end(),
                         [optimizer](const OptimizerInfo &i) { return i.optimizer == optimizer; });
}

} // namespace

std::int64_t bytesPerElement(DType dtype) { return info(dtype).bytes; }
std::int64_t parameterCopies(Optimizer optimizer) { return info(optimizer).copies; }
std::string_view dtypeName(DType dtype) { return info(dtype).name; }
std::string_view optimizerName(Optimizer optimizer) { return info(optimizer).name; }

std::optional<DType> dtypeFromName(std::string_view name)
{
    for (const DTypeInfo &i : dtypes) {
        if (i.name == name)
            return i.dtype;
    }
    return std::nullopt;
}

std::optional<Optimizer> optimizerFromName(std::string_view name)
{
    for (const OptimizerInfo &i : optimizers) {
        if (i.name == name)
            return i.optimizer;
    }
    return std::nullopt;
}

LayerId Network::nextId() const
{
    LayerId highest = 0;
    for (const Layer &layer : layers)
        highest = std::max(highest, layer.id);
    return highest + 1;
}

LayerId Network::insert(int index, LayerKind kind, std::string layerName)
{
    const LayerId id = nextId();
    const int at = std::clamp(index, 0, static_cast<int>(layers.size()));
    layers.insert(layers.begin() + at, Layer{id, std::move(layerName), std::move(kind)});
    return id;
}

LayerId Network::append(LayerKind kind, std::string layerName)
{
    return insert(static_cast<int>(layers.size()), std::move(kind), std::move(layerName));
}

int Network::indexOf(LayerId id) const
{
    const auto it = std::find_if(layers.begin(), layers.end(),
                                 [id](const Layer &layer) { return layer.id == id; });
    return it == layers.end() ? -1 : static_cast<int>(it - layers.begin());
}

} // namespace cd
