#pragma once

// A network as a user edits it: the input shape, the settings memory is computed for, and
// one chain of layers, each with an id that stays the same while the layer is edited or moved.

#include "layer.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cd {

struct InputShape
{
    std::int64_t channels = 1;
    std::int64_t height = 224;
    std::int64_t width = 224;
    friend bool operator==(const InputShape &, const InputShape &) = default;
};

enum class DType { Float32, Float16, BFloat16, Float64, Int8 };
enum class Optimizer { Sgd, SgdMomentum, Adam };

struct Settings
{
    std::int64_t batch = 1;
    DType dtype = DType::Float32;
    Optimizer optimizer = Optimizer::SgdMomentum;
    friend bool operator==(const Settings &, const Settings &) = default;
};

std::int64_t bytesPerElement(DType dtype);
// Copies of every parameter kept while training: values, gradients, optimizer state.
std::int64_t parameterCopies(Optimizer optimizer);
std::string_view dtypeName(DType dtype);
std::string_view optimizerName(Optimizer optimizer);
std::optional<DType> dtypeFromName(std::string_view name);
std::optional<Optimizer> optimizerFromName(std::string_view name);

struct Network
{
    std::string name;
    InputShape input;
    Settings settings;
    std::vector<Layer> layers;

    // Inserts a layer at `index` (clamped to the chain) with a fresh id and returns the id.
    LayerId insert(int index, LayerKind kind, std::string layerName = {});
    LayerId append(LayerKind kind, std::string layerName = {});
    // -1 when no layer has that id.
    int indexOf(LayerId id) const;
    LayerId nextId() const;

    friend bool operator==(const Network &, const Network &) = default;
};

} // namespace cd
