#pragma once

// A network as a user edits it: the input shape, the settings memory is computed for, and
// its layers in execution order, each with an id that stays the same while the layer is edited
// or moved and the ids of the nodes it reads. The network input is the node Network::inputId;
// the last layer's output is the network's output. A chain is a network whose layers each
// read the one before.

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

// The network input's name where layers name what they read (files, reports).
inline constexpr std::string_view inputNodeName = "input";

struct Network
{
    // The node that is the network input; layers read it like any other node.
    static constexpr LayerId inputId = 0;

    std::string name;
    InputShape input;
    Settings settings;
    std::vector<Layer> layers;

    // Appends a layer with a fresh id that reads `inputs` and returns its id.
    LayerId add(LayerKind kind, std::vector<LayerId> inputs, std::string layerName = {},
                std::string block = {});
    // Appends a layer that reads the last node (the input when there are no layers).
    LayerId append(LayerKind kind, std::string layerName = {});
    // The node a layer inserted at `index` reads in a chain: the layer before, or the input.
    LayerId nodeBefore(int index) const;
    // -1 when no layer has that id (also for inputId).
    int indexOf(LayerId id) const;
    const Layer *find(LayerId id) const;
    // The layers that read `id`, in execution order (derived: edges live in `inputs`).
    std::vector<LayerId> readersOf(LayerId id) const;
    // Every layer reads exactly the node before it.
    bool isChain() const;
    LayerId nextId() const;

    friend bool operator==(const Network &, const Network &) = default;
};

} // namespace cd
