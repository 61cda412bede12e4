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
    LayerId highest = inputId;
    for (const Layer &layer : layers)
        highest = std::max(highest, layer.id);
    return highest + 1;
}

LayerId Network::add(LayerKind kind, std::vector<LayerId> inputs, std::string layerName,
                     std::string block)
{
    const LayerId id = nextId();
    layers.push_back(Layer{id, std::move(layerName), std::move(kind), std::move(inputs),
                           std::move(block)});
    return id;
}

LayerId Network::append(LayerKind kind, std::string layerName)
{
    return add(std::move(kind), {nodeBefore(static_cast<int>(layers.size()))},
               std::move(layerName));
}

LayerId Network::nodeBefore(int index) const
{
    const auto before = std::min(static_cast<std::size_t>(std::max(index, 0)), layers.size());
    return before == 0 ? inputId : layers[before - 1].id;
}

int Network::indexOf(LayerId id) const
{
    const auto it = std::find_if(layers.begin(), layers.end(),
                                 [id](const Layer &layer) { return layer.id == id; });
    return it == layers.end() ? -1 : static_cast<int>(it - layers.begin());
}

const Layer *Network::find(LayerId id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &layers[static_cast<std::size_t>(index)];
}

std::vector<LayerId> Network::readersOf(LayerId id) const
{
    std::vector<LayerId> readers;
    for (const Layer &layer : layers) {
        if (std::find(layer.inputs.begin(), layer.inputs.end(), id) != layer.inputs.end())
            readers.push_back(layer.id);
    }
    return readers;
}

bool Network::isChain() const
{
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const LayerId before = i == 0 ? inputId : layers[i - 1].id;
        if (layers[i].inputs.size() != 1 || layers[i].inputs.front() != before)
            return false;
    }
    return true;
}

} // namespace cd
