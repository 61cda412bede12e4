#include "onnx_convert.h"

#include "analysis.h"
#include "onnx_input.h"
#include "onnx_names.h"
#include "onnx_order.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <map>
#include <set>

namespace cd::onnximport {

const char *const supportedOps
    = "ConvDesigner imports Conv, MaxPool, AveragePool (with a zero Pad before it), "
      "GlobalAveragePool, GlobalMaxPool, BatchNormalization, Relu, Sigmoid, Tanh, Dropout, "
      "Flatten, Reshape to [batch, -1], Gemm, MatMul (+ Add), Add, Concat along channels "
      "and Identity";

namespace {

// Settings past this are no layer a network file describes (and would overflow counts).
constexpr std::int64_t largestSetting = std::int64_t{1} << 31;
// Stands for "the batch size" among the values of a shape computation.
constexpr double batchMarker = std::numeric_limits<double>::infinity();

struct Value
{
    enum Kind { Tensor, Static, Unusable } kind = Tensor;
    LayerId node = 0;                          // Tensor: the layer (or input) that makes it
    std::optional<std::vector<double>> values; // Static: known when small
    std::optional<Pair> pendingPad;            // Tensor: a zero Pad an AveragePool must take
    bool fromShape = false;                    // Static: a Shape node's output
    std::optional<std::size_t> biaslessLinear; // Tensor: a MatMul's layer index, for its Add
    std::string producer;                      // Unusable: the node whose extra output it is
};

struct Failure
{
    std::string message;
};

// What a layer's initializer says it reads (a conv's in-channels / groups, a linear's
// in-features), checked against the analysis once the network is whole: a file whose
// weights do not fit its graph is refused rather than shown with other weights.
struct WeightFit
{
    std::size_t layer = 0;
    std::int64_t reads = 0;
    std::string node;   // describe(node)
    std::string weight; // the initializer's name
};

std::string describe(const onnx::NodeProto &node)
{
    return "node " + quotedName(node.name()) + " (" + quotedName(node.op_type()) + ")";
}

// A number from a float attribute, rounded to the 6 digits a float holds (1e-05, not
// 9.99999974737875e-06) so that files show the values the user wrote in PyTorch.
double tidy(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return std::strtod(text, nullptr);
}

class Converter
{
public:
    Converter(const Graph &graph, const GraphInput &input) : graph_(graph), input_(input)
    {
        network_.input = input.shape;
        values_[input.name] = Value{Value::Tensor, Network::inputId, {}, {}, false, {}, {}};
        for (const auto &[name, info] : graph.initializers)
            values_[name] = Value{Value::Static, 0, info.values, {}, false, {}, {}};
        for (const onnx::NodeProto &node : graph.nodes)
            for (const std::string &in : node.input())
                ++readers_[in];
    }

    Network run(const std::vector<std::size_t> &order)
    {
        for (const std::size_t index : order)
            convert(graph_.nodes[index]);
        finish();
        return network_;
    }

    const std::vector<WeightFit> &weightFits() const { return fits_; }

private:
    [[noreturn]] void fail(const onnx::NodeProto &node, const std::string &why)
    {
        throw Failure{describe(node) + ": " + why};
    }

    const Value &valueOf(const onnx::NodeProto &node, const std::string &name)
    {
        const auto it = values_.find(name);
        if (it == values_.end())
            fail(node, "reads " + quotedName(name)
                           + ", which no node, initializer or graph input provides");
        if (it->second.kind == Value::Unusable)
            fail(node, "reads " + quotedName(name) + ", an extra output of "
                           + it->second.producer + " that ConvDesigner does not model");
        return it->second;
    }

    const Value &tensorInput(const onnx::NodeProto &node, int index = 0)
    {
        if (node.input_size() <= index || node.input(index).empty())
            fail(node, "has no input " + std::to_string(index));
        const Value &value = valueOf(node, node.input(index));
        if (value.kind != Value::Tensor)
            fail(node, "its input " + quotedName(node.input(index))
                           + " is a constant, not a feature map");
        if (value.pendingPad && node.op_type() != "AveragePool")
            fail(node, "reads a Pad; ConvDesigner folds a zero Pad only into an AveragePool");
        return value;
    }

    const TensorInfo &initializer(const onnx::NodeProto &node, int index, const char *what)
    {
        if (node.input_size() <= index || node.input(index).empty())
            fail(node, std::string("has no ") + what);
        valueOf(node, node.input(index));
        const auto it = graph_.initializers.find(node.input(index));
        if (it == graph_.initializers.end())
            fail(node, std::string("its ") + what + " " + quotedName(node.input(index))
                           + " is no initializer; ConvDesigner reads a layer's size from its "
                             "initializers");
        for (const std::int64_t dim : it->second.dims)
            if (dim < 0 || dim > largestSetting)
                fail(node, std::string("its ") + what + " " + quotedName(it->first)
                               + " has a dimension of " + std::to_string(dim)
                               + ", outside 0.." + std::to_string(largestSetting));
        return it->second;
    }

    const onnx::AttributeProto *attribute(const onnx::NodeProto &node, const char *name)
    {
        for (const onnx::AttributeProto &a : node.attribute())
            if (a.name() == name)
                return &a;
        return nullptr;
    }

    std::int64_t intAttribute(const onnx::NodeProto &node, const char *name,
                              std::int64_t fallback)
    {
        const onnx::AttributeProto *a = attribute(node, name);
        return a ? a->i() : fallback;
    }

    double floatAttribute(const onnx::NodeProto &node, const char *name, double fallback)
    {
        const onnx::AttributeProto *a = attribute(node, name);
        return a ? tidy(a->f()) : fallback;
    }

    std::string stringAttribute(const onnx::NodeProto &node, const char *name)
    {
        const onnx::AttributeProto *a = attribute(node, name);
        return a ? a->s() : std::string();
    }

    // A 2-D setting (kernel, strides, dilations): two numbers in 0..2^31.
    std::optional<Pair> pairAttribute(const onnx::NodeProto &node, const char *name,
                                      std::int64_t low = 1)
    {
        const onnx::AttributeProto *a = attribute(node, name);
        if (!a)
            return std::nullopt;
        if (a->ints_size() != 2)
            fail(node, std::string("its ") + name + " has " + std::to_string(a->ints_size())
                           + " values; ConvDesigner holds 2-D layers (two values)");
        for (const std::int64_t v : a->ints())
            if (v < low || v > largestSetting)
                fail(node, std::string("its ") + name + " value " + std::to_string(v)
                               + " is outside " + std::to_string(low) + ".."
                               + std::to_string(largestSetting));
        return Pair{a->ints(0), a->ints(1)};
    }

    // ONNX pads [top, left, bottom, right]; the network format holds one per side pair.
    struct Pads
    {
        Pair begin, end;
        bool symmetric() const { return begin == end; }
    };
    Pads padsAttribute(const onnx::NodeProto &node)
    {
        const onnx::AttributeProto *a = attribute(node, "pads");
        if (!a)
            return {Pair::square(0), Pair::square(0)};
        if (a->ints_size() != 4)
            fail(node, "its pads have " + std::to_string(a->ints_size())
                           + " values; a 2-D layer has four");
        for (const std::int64_t v : a->ints())
            if (v < 0 || v > largestSetting)
                fail(node, "its pad " + std::to_string(v) + " is outside 0.."
                               + std::to_string(largestSetting));
        return {{a->ints(0), a->ints(1)}, {a->ints(2), a->ints(3)}};
    }

    void refuseAutoPad(const onnx::NodeProto &node)
    {
        const std::string autoPad = stringAttribute(node, "auto_pad");
        if (!autoPad.empty() && autoPad != "NOTSET" && autoPad != "VALID")
            fail(node, "its auto_pad " + quotedName(autoPad)
                           + " is not supported for pooling; use explicit symmetric pads");
    }

    Pair symmetricPadding(const onnx::NodeProto &node, const Pads &pads)
    {
        if (!pads.symmetric())
            fail(node, asymmetric(pads));
        return pads.begin;
    }

    static std::string asymmetric(const Pads &pads)
    {
        return "its padding is asymmetric (top " + std::to_string(pads.begin.height)
               + ", left " + std::to_string(pads.begin.width) + ", bottom "
               + std::to_string(pads.end.height) + ", right " + std::to_string(pads.end.width)
               + "); a network file holds one padding for top and bottom and one for left "
                 "and right";
    }

    LayerId addLayer(const onnx::NodeProto &node, LayerKind kind, std::vector<LayerId> inputs)
    {
        const LayerId id = network_.add(std::move(kind), std::move(inputs));
        nodeNames_.push_back({node.name(), std::string(typeName(layerType(
                                               network_.layers.back().kind)))
                                               + "_" + std::to_string(network_.layers.size() - 1)});
        setOutputs(node, Value{Value::Tensor, id, {}, {}, false, {}, {}});
        return id;
    }

    // The first output is `first`; any other output may not be read by a layer.
    void setOutputs(const onnx::NodeProto &node, Value first)
    {
        for (int i = 0; i < node.output_size(); ++i) {
            if (node.output(i).empty())
                continue;
            if (i == 0)
                values_[node.output(i)] = first;
            else
                values_[node.output(i)]
                    = Value{Value::Unusable, 0, {}, {}, false, {}, describe(node)};
        }
    }

    void convert(const onnx::NodeProto &node)
    {
        const std::string &op = node.op_type();
        if (!node.domain().empty() && node.domain() != "ai.onnx")
            fail(node, "belongs to the operator set " + quotedName(node.domain()) + "; "
                           + supportedOps);
        if (op == "Constant")
            return constant(node);
        bool readsTensor = false;
        for (const std::string &in : node.input())
            if (!in.empty() && valueOf(node, in).kind == Value::Tensor)
                readsTensor = true;
        if (op == "Shape" && readsTensor)
            return setOutputs(node, Value{Value::Static, 0, {}, {}, true, {}, {}});
        if (!readsTensor)
            return shapeArithmetic(node);

        if (op == "Conv")
            return conv(node);
        if (op == "MaxPool" || op == "AveragePool")
            return pool(node);
        if (op == "Pad")
            return pad(node);
        if (op == "GlobalAveragePool")
            return single(node, AdaptiveAvgPool2d{Pair::square(1)});
        if (op == "GlobalMaxPool")
            return single(node, AdaptiveMaxPool2d{Pair::square(1)});
        if (op == "BatchNormalization")
            return batchNorm(node);
        if (op == "Relu")
            return single(node, ReLU{});
        if (op == "Sigmoid")
            return single(node, Sigmoid{});
        if (op == "Tanh")
            return single(node, Tanh{});
        if (op == "Dropout")
            return dropout(node);
        if (op == "Flatten") {
            if (intAttribute(node, "axis", 1) != 1)
                fail(node, "flattens from axis " + std::to_string(intAttribute(node, "axis", 1))
                               + "; ConvDesigner's flatten keeps the batch axis (axis 1)");
            return single(node, Flatten{});
        }
        if (op == "Reshape")
            return reshape(node);
        if (op == "Gemm")
            return gemm(node);
        if (op == "MatMul")
            return matmul(node);
        if (op == "Add" || op == "Sum")
            return add(node);
        if (op == "Concat")
            return concat(node);
        if (op == "Identity")
            return setOutputs(node, tensorInput(node));
        throw Failure{describe(node) + " is not supported; " + supportedOps};
    }

    void single(const onnx::NodeProto &node, LayerKind kind)
    {
        const LayerId in = tensorInput(node).node;
        addLayer(node, std::move(kind), {in});
    }

    void constant(const onnx::NodeProto &node)
    {
        Value value{Value::Static, 0, {}, {}, false, {}, {}};
        if (const onnx::AttributeProto *a = attribute(node, "value"))
            value.values = tensorInfo(a->t()).values;
        else if (const onnx::AttributeProto *ints = attribute(node, "value_ints"))
            value.values = std::vector<double>(ints->ints().begin(), ints->ints().end());
        else if (const onnx::AttributeProto *i = attribute(node, "value_int"))
            value.values = std::vector<double>{static_cast<double>(i->i())};
        else if (const onnx::AttributeProto *f = attribute(node, "value_float"))
            value.values = std::vector<double>{f->f()};
        setOutputs(node, value);
    }

    // Nodes on constants and shapes (PyTorch's Shape/Gather/Unsqueeze/Concat before a
    // Reshape): followed where the flatten pattern needs it, else their values are unknown.
    void shapeArithmetic(const onnx::NodeProto &node)
    {
        const std::string &op = node.op_type();
        std::vector<const Value *> ins;
        for (const std::string &in : node.input())
            ins.push_back(in.empty() ? nullptr : &valueOf(node, in));
        Value out{Value::Static, 0, {}, {}, false, {}, {}};
        const auto known = [&](std::size_t i) {
            return i < ins.size() && ins[i] && ins[i]->values ? &*ins[i]->values : nullptr;
        };
        if (op == "Gather" && !ins.empty() && ins[0] && ins[0]->fromShape && known(1)
            && known(1)->size() == 1 && (*known(1))[0] == 0) {
            out.values = std::vector<double>{batchMarker};
        } else if ((op == "Unsqueeze" || op == "Squeeze" || op == "Cast" || op == "Identity")
                   && known(0)) {
            out.values = *known(0);
        } else if (op == "Concat") {
            std::vector<double> joined;
            bool all = !ins.empty();
            for (std::size_t i = 0; i < ins.size() && all; ++i) {
                if (const auto *v = known(i))
                    joined.insert(joined.end(), v->begin(), v->end());
                else
                    all = false;
            }
            if (all)
                out.values = joined;
        }
        setOutputs(node, out);
    }

    void conv(const onnx::NodeProto &node)
    {
        const LayerId in = tensorInput(node).node;
        const TensorInfo &weight = initializer(node, 1, "weight");
        if (weight.dims.size() != 4)
            fail(node, "its weight has " + std::to_string(weight.dims.size())
                           + " dimensions; ConvDesigner holds 2-D convolutions (4)");
        Conv2d c;
        c.outChannels = weight.dims[0];
        c.kernel = Pair{weight.dims[2], weight.dims[3]};
        if (const std::optional<Pair> kernel = pairAttribute(node, "kernel_shape");
            kernel && *kernel != c.kernel)
            fail(node, "its kernel_shape " + std::to_string(kernel->height) + "x"
                           + std::to_string(kernel->width) + " differs from its weight's "
                           + std::to_string(c.kernel.height) + "x"
                           + std::to_string(c.kernel.width));
        c.stride = pairAttribute(node, "strides").value_or(Pair::square(1));
        c.dilation = pairAttribute(node, "dilations").value_or(Pair::square(1));
        c.groups = intAttribute(node, "group", 1);
        if (c.groups < 1 || c.groups > largestSetting)
            fail(node, "its group " + std::to_string(c.groups) + " is outside 1.."
                           + std::to_string(largestSetting));
        c.bias = node.input_size() > 2 && !node.input(2).empty();
        if (c.bias)
            initializer(node, 2, "bias");
        const std::string autoPad = stringAttribute(node, "auto_pad");
        const bool unitStride = c.stride == Pair::square(1);
        if (autoPad == "VALID") {
            c.paddingMode = PaddingMode::Valid;
        } else if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
            const bool oddTotal = (c.dilation.height * (c.kernel.height - 1)) % 2 != 0
                                  || (c.dilation.width * (c.kernel.width - 1)) % 2 != 0;
            if (!unitStride || (autoPad == "SAME_LOWER" && oddTotal))
                fail(node, "its auto_pad " + autoPad
                               + " cannot be held: a network file's \"same\" padding is "
                                 "PyTorch's (stride 1, any extra row at the bottom)");
            c.paddingMode = PaddingMode::Same;
        } else if (!autoPad.empty() && autoPad != "NOTSET") {
            fail(node, "its auto_pad " + quotedName(autoPad) + " is unknown");
        } else {
            const Pads pads = padsAttribute(node);
            if (pads.symmetric()) {
                c.padding = pads.begin;
            } else {
                // PyTorch's padding="same" pads the odd row or column at the end.
                const Pair total{c.dilation.height * (c.kernel.height - 1),
                                 c.dilation.width * (c.kernel.width - 1)};
                const Pair before{total.height / 2, total.width / 2};
                const Pair after{total.height - before.height, total.width - before.width};
                if (!unitStride || pads.begin != before || pads.end != after)
                    fail(node, asymmetric(pads));
                c.paddingMode = PaddingMode::Same;
            }
        }
        addLayer(node, c, {in});
        expectReads(node, weight, weight.dims[1] * c.groups);
    }

    void pool(const onnx::NodeProto &node)
    {
        const Value &input = tensorInput(node);
        const LayerId in = input.node;
        refuseAutoPad(node);
        const std::optional<Pair> kernel = pairAttribute(node, "kernel_shape");
        if (!kernel)
            fail(node, "has no kernel_shape");
        const Pair stride = pairAttribute(node, "strides").value_or(Pair::square(1));
        const Pair padding = symmetricPadding(node, padsAttribute(node));
        const bool ceil = intAttribute(node, "ceil_mode", 0) != 0;
        if (node.op_type() == "MaxPool") {
            if (input.pendingPad)
                fail(node, "reads a Pad; ConvDesigner folds a zero Pad only into an AveragePool");
            MaxPool2d p;
            p.kernel = *kernel;
            p.stride = stride;
            p.padding = padding;
            p.dilation = pairAttribute(node, "dilations").value_or(Pair::square(1));
            p.ceilMode = ceil;
            addLayer(node, p, {in});
            return;
        }
        AvgPool2d p;
        p.kernel = *kernel;
        p.stride = stride;
        p.ceilMode = ceil;
        p.padding = padding;
        // ONNX counts padding in the average only when told; PyTorch does by default, and
        // without padding the choice changes nothing, so such a pool keeps PyTorch's default.
        p.countIncludePad = intAttribute(node, "count_include_pad", 0) != 0
                            || padding == Pair::square(0);
        if (input.pendingPad) {
            if (padding != Pair::square(0))
                fail(node, "reads a Pad and pads again; ConvDesigner folds a Pad only into an "
                           "AveragePool without pads of its own");
            p.padding = *input.pendingPad;
            p.countIncludePad = true; // the Pad's zeros are real input to ONNX's average
        }
        addLayer(node, p, {in});
    }

    // PyTorch's AvgPool2d(count_include_pad=True) with padding exports as Pad + AveragePool.
    void pad(const onnx::NodeProto &node)
    {
        Value value = tensorInput(node);
        const std::string mode = stringAttribute(node, "mode");
        const auto knownInput = [&](int index) -> const std::vector<double> * {
            if (node.input_size() <= index || node.input(index).empty())
                return nullptr;
            const Value &v = valueOf(node, node.input(index));
            return v.values ? &*v.values : nullptr;
        };
        if (!mode.empty() && mode != "constant")
            fail(node, "pads in mode " + quotedName(mode)
                           + "; ConvDesigner folds only a zero constant Pad into an AveragePool");
        const std::vector<double> *pads = knownInput(1);
        if (!pads || pads->size() != 8)
            fail(node, "its pads are not a constant of 8 values (N, C, H, W at both ends)");
        const std::vector<double> &p = *pads;
        if (p[0] != 0 || p[1] != 0 || p[4] != 0 || p[5] != 0)
            fail(node, "pads the batch or channel axis; ConvDesigner folds only spatial padding");
        if (p[2] != p[6] || p[3] != p[7] || p[2] < 0 || p[3] < 0 || p[2] > largestSetting
            || p[3] > largestSetting)
            fail(node, "pads asymmetrically or negatively (top " + std::to_string(p[2])
                           + ", left " + std::to_string(p[3]) + ", bottom "
                           + std::to_string(p[6]) + ", right " + std::to_string(p[7])
                           + "); an AveragePool's padding is one value per side pair");
        if (node.input_size() > 2 && !node.input(2).empty()) {
            const std::vector<double> *fill = knownInput(2);
            if (!fill || fill->size() != 1 || (*fill)[0] != 0)
                fail(node, "pads with a value that is not zero; a pool pads with zeros");
        }
        for (const onnx::NodeProto &reader : graph_.nodes)
            for (const std::string &in : reader.input())
                if (in == node.output(0) && reader.op_type() != "AveragePool")
                    fail(node, "feeds " + describe(reader)
                                   + "; ConvDesigner folds a zero Pad only into an AveragePool");
        value.pendingPad = Pair{static_cast<std::int64_t>(p[2]), static_cast<std::int64_t>(p[3])};
        setOutputs(node, value);
    }

    void batchNorm(const onnx::NodeProto &node)
    {
        const LayerId in = tensorInput(node).node;
        for (int i = 1; i <= 4; ++i)
            initializer(node, i, i == 1 ? "scale" : i == 2 ? "bias" : i == 3 ? "mean" : "variance");
        const TensorInfo &scale = initializer(node, 1, "scale");
        BatchNorm2d b;
        b.eps = floatAttribute(node, "epsilon", 1e-5);
        // ONNX keeps `momentum` of the running mean, PyTorch the weight of the new batch.
        b.momentum = tidy(1.0 - floatAttribute(node, "momentum", 0.9));
        addLayer(node, b, {in});
        if (scale.dims.size() == 1)
            expectReads(node, scale, scale.dims[0]);
    }

    void dropout(const onnx::NodeProto &node)
    {
        const LayerId in = tensorInput(node).node;
        Dropout d;
        if (const onnx::AttributeProto *ratio = attribute(node, "ratio"))
            d.p = tidy(ratio->f());
        if (node.input_size() > 1 && !node.input(1).empty()) {
            const Value &ratio = valueOf(node, node.input(1));
            if (!ratio.values || ratio.values->size() != 1)
                fail(node, "its ratio is no constant; ConvDesigner needs the dropout probability");
            d.p = tidy((*ratio.values)[0]);
        }
        addLayer(node, d, {in});
    }

    void reshape(const onnx::NodeProto &node)
    {
        const LayerId in = tensorInput(node).node;
        const Value *shape = node.input_size() > 1 ? &valueOf(node, node.input(1)) : nullptr;
        const auto isBatch = [&](double v) {
            return v == batchMarker || v == 0
                   || (input_.exportBatch ? v == static_cast<double>(*input_.exportBatch)
                                          : v == 1);
        };
        if (!shape || !shape->values || shape->values->size() != 2 || (*shape->values)[1] != -1
            || !isBatch((*shape->values)[0]))
            fail(node, "reshapes to something other than [batch, -1]; ConvDesigner reads a "
                       "Reshape only as PyTorch's flatten (x.view(x.size(0), -1))");
        addLayer(node, Flatten{}, {in});
    }

    void gemm(const onnx::NodeProto &node)
    {
        const LayerId in = tensorInput(node).node;
        if (intAttribute(node, "transA", 0) != 0)
            fail(node, "transposes its input (transA); a linear layer reads it as it is");
        const TensorInfo &weight = initializer(node, 1, "weight");
        if (weight.dims.size() != 2)
            fail(node, "its weight is not a matrix");
        const bool transposed = intAttribute(node, "transB", 0) != 0;
        Linear l;
        l.outFeatures = transposed ? weight.dims[0] : weight.dims[1];
        l.bias = node.input_size() > 2 && !node.input(2).empty();
        if (l.bias)
            initializer(node, 2, "bias");
        addLayer(node, l, {in});
        expectReads(node, weight, transposed ? weight.dims[1] : weight.dims[0]);
    }

    void matmul(const onnx::NodeProto &node)
    {
        const LayerId in = tensorInput(node).node;
        const TensorInfo &weight = initializer(node, 1, "weight");
        if (weight.dims.size() != 2)
            fail(node, "its weight is not a matrix");
        addLayer(node, Linear{weight.dims[1], false}, {in});
        expectReads(node, weight, weight.dims[0]);
        values_[node.output(0)].biaslessLinear = network_.layers.size() - 1;
    }

    void add(const onnx::NodeProto &node)
    {
        std::vector<LayerId> ins;
        const Value *constant = nullptr;
        const Value *linear = nullptr;
        std::string linearName;
        for (int i = 0; i < node.input_size(); ++i) {
            const Value &v = valueOf(node, node.input(i));
            if (v.kind == Value::Static) {
                constant = &v;
                continue;
            }
            ins.push_back(tensorInput(node, i).node);
            linear = &v;
            linearName = node.input(i);
        }
        if (!constant) {
            if (ins.size() < 2)
                fail(node, "adds fewer than two feature maps");
            addLayer(node, Add{}, ins);
            return;
        }
        // MatMul + Add of a bias that nothing else reads: one linear layer with a bias.
        if (ins.size() != 1 || node.input_size() != 2 || !linear->biaslessLinear
            || readers_[linearName] != 1)
            fail(node, "adds a constant; ConvDesigner reads that only as the bias of a MatMul");
        std::get<Linear>(network_.layers[*linear->biaslessLinear].kind).bias = true;
        Value out = *linear;
        out.biaslessLinear.reset();
        setOutputs(node, out);
    }

    void concat(const onnx::NodeProto &node)
    {
        if (intAttribute(node, "axis", 0) != 1)
            fail(node, "joins along axis " + std::to_string(intAttribute(node, "axis", 0))
                           + "; ConvDesigner's concat joins channels (axis 1)");
        std::vector<LayerId> ins;
        for (int i = 0; i < node.input_size(); ++i)
            ins.push_back(tensorInput(node, i).node);
        if (ins.size() < 2)
            fail(node, "joins fewer than two inputs");
        addLayer(node, Concat{}, ins);
    }

    void finish()
    {
        std::vector<LayerId> outputs;
        for (const onnx::ValueInfoProto &output : graph_.outputs) {
            const auto it = values_.find(output.name());
            if (it == values_.end())
                throw Failure{"the graph output " + quotedName(output.name())
                              + " is made by no node"};
            if (it->second.kind == Value::Tensor)
                outputs.push_back(it->second.node);
        }
        if (outputs.size() != 1)
            throw Failure{"the graph has " + std::to_string(outputs.size())
                          + " feature-map outputs; a ConvDesigner network has one"};
        if (network_.layers.empty())
            throw Failure{"the graph has no layer ConvDesigner reads: its output is its input"};
        if (outputs.front() != network_.layers.back().id)
            throw Failure{"the graph's output is not made by its last layer; a network's "
                          "output is its last layer"};
        std::vector<std::string> allNames;
        for (const onnx::NodeProto &node : graph_.nodes)
            allNames.push_back(node.name());
        const LayerNaming naming = nameLayers(nodeNames_, allNames);
        for (std::size_t i = 0; i < network_.layers.size(); ++i) {
            network_.layers[i].name = naming.names[i];
            network_.layers[i].block = naming.blocks[i];
        }
    }

    void expectReads(const onnx::NodeProto &node, const TensorInfo &weight, std::int64_t reads)
    {
        fits_.push_back({network_.layers.size() - 1, reads, describe(node), weight.name});
    }

    std::vector<WeightFit> fits_;
    const Graph &graph_;
    const GraphInput &input_;
    Network network_;
    std::map<std::string, Value> values_;
    std::map<std::string, int> readers_;
    std::vector<NamedNode> nodeNames_;
};

// "" when every layer the analysis computes reads what its initializer says, else the
// first misfit. Layers the analysis cannot compute are its errors to report, not the reader's.
std::string weightMisfit(const Network &network, const std::vector<WeightFit> &fits)
{
    const Analysis analysis = analyze(network);
    for (const WeightFit &fit : fits) {
        const LayerReport &layer = analysis.layers[fit.layer];
        if (!layer.ok())
            continue;
        const bool linear = layer.type == LayerType::Linear;
        if (linear && !layer.input.flat)
            continue; // the analysis names a linear layer on a feature map itself
        if (layer.input.channels == fit.reads)
            continue;
        return fit.node + ": its weight " + quotedName(fit.weight) + " reads "
               + std::to_string(fit.reads) + (linear ? " features" : " channels")
               + ", but the layer before gives " + std::to_string(layer.input.channels);
    }
    return {};
}

} // namespace

ReadResult convertGraph(const Graph &graph, const std::optional<InputShape> &overrideInput)
{
    ReadResult result;
    const std::optional<GraphInput> input = graphInput(graph, overrideInput, result);
    if (!input)
        return result;
    const std::optional<std::vector<std::size_t>> order = executionOrder(graph, result.error);
    if (!order)
        return result;
    try {
        Converter converter(graph, *input);
        Network network = converter.run(*order);
        if (const std::string misfit = weightMisfit(network, converter.weightFits());
            !misfit.empty())
            throw Failure{misfit};
        result.network = std::move(network);
    } catch (const Failure &failure) {
        result.error = failure.message;
    }
    return result;
}

} // namespace cd::onnximport
