#include "pytorch_code.h"

#include "block_classes.h"
#include "pytorch_modules.h"
#include "python_text.h"

#include <algorithm>
#include <map>
#include <set>

namespace cd {

namespace {

using python::IdentifierPool;

// Names the generated module defines or uses at its top level, the parameters of forward(),
// and every attribute nn.Module or nn.Sequential already has (a submodule called `forward` or
// `eval` would hide the method or be refused by add_module).
std::set<std::string> reservedNames()
{
    return {"torch", "nn", "OrderedDict", "nin_block", "Add", "Concat", "Net", "net",
            "LAYER_NAMES", "print_shapes", "main", "self", "super", "x",
            // dir(nn.Sequential()) without the _private names (PyTorch 1.13)
            "T_destination", "add_module", "append", "apply", "bfloat16", "buffers", "children",
            "cpu", "cuda", "double", "dump_patches", "eval", "extend", "extra_repr", "float",
            "forward", "get_buffer", "get_extra_state", "get_parameter", "get_submodule", "half",
            "insert", "ipu", "load_state_dict", "modules", "named_buffers", "named_children",
            "named_modules", "named_parameters", "parameters", "pop", "register_backward_hook",
            "register_buffer", "register_forward_hook", "register_forward_pre_hook",
            "register_full_backward_hook", "register_load_state_dict_post_hook",
            "register_module", "register_parameter", "requires_grad_", "set_extra_state",
            "share_memory", "state_dict", "to", "to_empty", "train", "training", "type", "xpu",
            "zero_grad"};
}

std::string joined(const std::vector<std::string> &parts, const char *separator)
{
    std::string text;
    for (const std::string &part : parts) {
        if (!text.empty())
            text += separator;
        text += part;
    }
    return text;
}

bool uses(const Network &network, LayerType type)
{
    for (const Layer &layer : network.layers)
        if (layerType(layer.kind) == type)
            return true;
    return false;
}

// The sizes of a layer written inline: numbers from the analysis.
ModuleSizes literalSizes(const Layer &layer, const LayerReport &report)
{
    std::int64_t out = 0;
    if (const auto *conv = std::get_if<Conv2d>(&layer.kind))
        out = conv->outChannels;
    else if (const auto *nin = std::get_if<NinBlock>(&layer.kind))
        out = nin->outChannels;
    else if (const auto *linear = std::get_if<Linear>(&layer.kind))
        out = linear->outFeatures;
    return {.in = std::to_string(report.input.channels), .out = std::to_string(out)};
}

// "Residual" from "residual2_1", "StageBlock" from "stage1_block1", "Inception" from
// "inception3a": each word's letters before its first digit, capitalised.
std::string classBaseName(const std::string &block)
{
    std::string name;
    bool wordStart = true;
    bool inDigits = false;
    for (const char c : python::identifierFrom(block, "block")) {
        if (c == '_') {
            wordStart = true;
            inDigits = false;
        } else if (c >= '0' && c <= '9') {
            inDigits = true;
        } else if (!inDigits) {
            name += wordStart && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
            wordStart = false;
        }
    }
    return name.empty() ? "Block" : name;
}

std::string header(const Network &network)
{
    const std::string title = network.name.empty() ? "A network" : python::escaped(network.name);
    return "\"\"\"" + title
           + " as PyTorch code, written by ConvDesigner.\n\n"
             "Run it to see every layer's output shape and the parameter count, the numbers\n"
             "ConvDesigner shows.\n\"\"\"\n"
           + (network.isChain() ? "from collections import OrderedDict\n\n" : "")
           + "import torch\n"
             "from torch import nn\n";
}

const char *const ninBlockHelper = R"py(

def nin_block(in_channels, out_channels, kernel_size, stride, padding):
    """d2l's NiN block: a convolution, then two 1x1 convolutions, each followed by a ReLU."""
    return nn.Sequential(
        nn.Conv2d(in_channels, out_channels, kernel_size=kernel_size, stride=stride,
                  padding=padding, dilation=1, groups=1, bias=True), nn.ReLU(),
        nn.Conv2d(out_channels, out_channels, kernel_size=1, stride=1, padding=0, dilation=1,
                  groups=1, bias=True), nn.ReLU(),
        nn.Conv2d(out_channels, out_channels, kernel_size=1, stride=1, padding=0, dilation=1,
                  groups=1, bias=True), nn.ReLU())
)py";

// add and concat as modules, so that every layer is a module whose output the shape printer
// sees with a forward hook, and has a name in state_dict-free paths like any other layer.
const char *const addHelper = R"py(

class Add(nn.Module):
    """The element-wise sum a + b + ... of inputs of one shape (a residual connection)."""

    def forward(self, *inputs):
        return sum(inputs[1:], inputs[0])
)py";

const char *const concatHelper = R"py(

class Concat(nn.Module):
    """Its inputs joined along the channels (dimension 1), as GoogLeNet and DenseNet join."""

    def forward(self, *inputs):
        return torch.cat(inputs, dim=1)
)py";

const char *const shapePrinter = R"py(

def print_shapes(model, x):
    """Runs x through the model and prints every layer's output shape, in the file's order."""
    def printer(name):
        return lambda module, inputs, output: print(name, tuple(output.shape))

    hooks = [model.get_submodule(path).register_forward_hook(printer(name))
             for path, name in LAYER_NAMES.items()]
    try:
        with torch.no_grad():
            model(x)
    finally:
        for hook in hooks:
            hook.remove()
)py";

std::string mainFunction(const Network &network, const std::string &model)
{
    const InputShape &in = network.input;
    return "\n\ndef main():\n"
           "    model = " + model + "\n"
           "    model.eval()\n"
           "    # A batch of one: ConvDesigner shows shapes per sample.\n"
           "    print_shapes(model, torch.zeros(1, " + std::to_string(in.channels) + ", "
           + std::to_string(in.height) + ", " + std::to_string(in.width) + "))\n"
           "    print(\"parameters:\", sum(p.numel() for p in model.parameters()))\n"
           "\n\nif __name__ == \"__main__\":\n"
           "    main()\n";
}

std::string layerNamesTable(const std::vector<std::pair<std::string, std::string>> &paths)
{
    // Names are printed one to a line, so a name's control characters are printed escaped.
    std::string text = "\n\n# Each layer's module and its name in ConvDesigner, in execution order.\n"
                       "LAYER_NAMES = {\n";
    for (const auto &[path, name] : paths)
        text += "    " + python::stringLiteral(path) + ": "
                + python::stringLiteral(python::oneLine(name)) + ",\n";
    return text + "}\n";
}

class Generator
{
public:
    Generator(const Network &network, const Analysis &analysis)
        : m_network(network)
        , m_analysis(analysis)
        , m_top(reservedNames())
        , m_classNames(reservedNames(), "")
    {}

    std::string code();

private:
    const Layer &layer(int i) const { return m_network.layers[static_cast<std::size_t>(i)]; }
    const LayerReport &report(int i) const
    {
        return m_analysis.layers[static_cast<std::size_t>(i)];
    }
    std::string chain();
    std::string graph();
    std::string blockClass(const BlockClass &blockClass, const std::string &className,
                           std::vector<std::string> &memberNames);
    // forward()'s local for a node read at the top level.
    std::string topLocal(LayerId id) const
    {
        return id == Network::inputId ? "x" : m_topNames[static_cast<std::size_t>(
                                                   m_network.indexOf(id))];
    }

    const Network &m_network;
    const Analysis &m_analysis;
    IdentifierPool m_top;        // Net's attributes and forward()'s locals
    IdentifierPool m_classNames; // block classes
    std::vector<std::string> m_topNames; // per layer
    std::vector<std::pair<std::string, std::string>> m_layerPaths; // module path, display name
};

std::string Generator::code()
{
    for (const Layer &l : m_network.layers)
        m_topNames.push_back(m_top.take(
            report(static_cast<int>(m_topNames.size())).name, typeName(layerType(l.kind))));

    std::string text = header(m_network);
    const bool isChain = m_network.isChain();
    if (uses(m_network, LayerType::NinBlock))
        text += ninBlockHelper;
    if (uses(m_network, LayerType::Add))
        text += addHelper;
    if (uses(m_network, LayerType::Concat))
        text += concatHelper;
    text += isChain ? chain() : graph();
    text += layerNamesTable(m_layerPaths);
    text += shapePrinter;
    text += mainFunction(m_network, isChain ? "net" : "Net()");
    return text;
}

std::string Generator::chain()
{
    std::string text = "\n\nnet = nn.Sequential(OrderedDict([\n";
    for (int i = 0; i < static_cast<int>(m_network.layers.size()); ++i) {
        const std::string &name = m_topNames[static_cast<std::size_t>(i)];
        text += "    (" + python::stringLiteral(name) + ", "
                + moduleExpression(layer(i).kind, literalSizes(layer(i), report(i))) + "),\n";
        m_layerPaths.emplace_back(name, report(i).name);
    }
    return text + "]))\n";
}

std::string Generator::blockClass(const BlockClass &blockClass, const std::string &className,
                                  std::vector<std::string> &memberNames)
{
    const BlockInstance &first = blockClass.instances.front();
    std::set<std::string> reserved = reservedNames();
    const std::size_t inputCount = first.externalInputs.size();
    std::vector<std::string> params;
    for (std::size_t k = 0; k < inputCount; ++k)
        params.push_back(inputCount == 1 ? "x" : "x" + std::to_string(k + 1));
    reserved.insert(params.begin(), params.end());
    IdentifierPool pool(reserved);

    // Members are named after the first instance's layers, without the block's prefix.
    const std::string prefix = first.block + "_";
    for (int i = first.begin; i < first.end; ++i) {
        const Layer &l = layer(i);
        const std::string name = l.name.rfind(prefix, 0) == 0 ? l.name.substr(prefix.size())
                                                              : l.name;
        memberNames.push_back(pool.take(name, typeName(layerType(l.kind))));
    }
    std::vector<std::string> argumentNames;
    for (const BlockArgument &argument : blockClass.arguments) {
        if (argument.externalInput >= 0) {
            argumentNames.push_back(pool.take(
                inputCount == 1 ? std::string("in_channels")
                                : "in_channels_" + std::to_string(argument.externalInput + 1),
                "in_channels"));
        } else {
            const std::size_t m = static_cast<std::size_t>(argument.member);
            const bool linear = std::holds_alternative<Linear>(layer(first.begin + argument.member).kind);
            argumentNames.push_back(pool.take(memberNames[m] + (linear ? "_features" : "_channels"),
                                              "size"));
        }
    }
    const auto sizeText = [&](const SizeExpression &expression) {
        std::vector<std::string> terms;
        for (const SizeTerm &term : expression)
            terms.push_back(term.argument >= 0
                                ? argumentNames[static_cast<std::size_t>(term.argument)]
                                : std::to_string(term.literal));
        return joined(terms, " + ");
    };

    std::vector<std::string> blocks;
    for (const BlockInstance &instance : blockClass.instances)
        blocks.push_back(python::escaped(instance.block));
    std::string text = "\n\nclass " + className + "(nn.Module):\n"
                       "    \"\"\"The structure the blocks " + joined(blocks, ", ")
                       + " share.\"\"\"\n\n"
                       "    def __init__(self" + (argumentNames.empty() ? "" : ", ")
                       + joined(argumentNames, ", ") + "):\n"
                       "        super().__init__()\n";
    for (int i = first.begin; i < first.end; ++i) {
        const std::size_t m = static_cast<std::size_t>(i - first.begin);
        const int out = blockClass.memberOut[m];
        const ModuleSizes sizes{
            .in = sizeText(blockClass.memberIn[m]),
            .out = out >= 0 ? argumentNames[static_cast<std::size_t>(out)] : std::string()};
        text += "        self." + memberNames[m] + " = " + moduleExpression(layer(i).kind, sizes)
                + "\n";
    }
    text += "\n    def forward(self, " + joined(params, ", ") + "):\n";
    const auto local = [&](LayerId id) {
        const int index = m_network.indexOf(id);
        if (index >= first.begin && index < first.end)
            return memberNames[static_cast<std::size_t>(index - first.begin)];
        const auto k = std::find(first.externalInputs.begin(), first.externalInputs.end(), id)
                       - first.externalInputs.begin();
        return params[static_cast<std::size_t>(k)];
    };
    for (int i = first.begin; i < first.end; ++i) {
        std::vector<std::string> inputs;
        for (LayerId id : layer(i).inputs)
            inputs.push_back(local(id));
        const std::string &name = memberNames[static_cast<std::size_t>(i - first.begin)];
        text += "        " + name + " = self." + name + "(" + joined(inputs, ", ") + ")\n";
    }
    std::vector<std::string> outputs;
    for (int i : first.outputs)
        outputs.push_back(memberNames[static_cast<std::size_t>(i - first.begin)]);
    return text + "        return " + joined(outputs, ", ") + "\n";
}

std::string Generator::graph()
{
    const std::vector<BlockClass> classes = findBlockClasses(m_network, m_analysis);
    std::string text;
    // The class instance (class index, instance index) starting at a layer index.
    std::map<int, std::pair<std::size_t, std::size_t>> instanceAt;
    std::vector<std::string> classNames;
    std::vector<std::vector<std::string>> memberNames(classes.size());
    for (std::size_t c = 0; c < classes.size(); ++c) {
        classNames.push_back(
            m_classNames.take(classBaseName(classes[c].instances.front().block), "Block"));
        text += blockClass(classes[c], classNames.back(), memberNames[c]);
        for (std::size_t k = 0; k < classes[c].instances.size(); ++k)
            instanceAt[classes[c].instances[k].begin] = {c, k};
    }

    std::string init;
    std::string forward;
    const int count = static_cast<int>(m_network.layers.size());
    for (int i = 0; i < count;) {
        const auto at = instanceAt.find(i);
        if (at == instanceAt.end()) {
            const std::string &name = m_topNames[static_cast<std::size_t>(i)];
            init += "        self." + name + " = "
                    + moduleExpression(layer(i).kind, literalSizes(layer(i), report(i))) + "\n";
            std::vector<std::string> inputs;
            for (LayerId id : layer(i).inputs)
                inputs.push_back(topLocal(id));
            forward += "        " + name + " = self." + name + "(" + joined(inputs, ", ") + ")\n";
            m_layerPaths.emplace_back(name, report(i).name);
            ++i;
            continue;
        }
        const auto [c, k] = at->second;
        const BlockInstance &instance = classes[c].instances[k];
        const std::string attribute = m_top.take(instance.block, "block");
        std::vector<std::string> arguments;
        for (std::int64_t value : instance.argumentValues)
            arguments.push_back(std::to_string(value));
        init += "        self." + attribute + " = " + classNames[c] + "(" + joined(arguments, ", ")
                + ")\n";
        std::vector<std::string> inputs, outputs;
        for (LayerId id : instance.externalInputs)
            inputs.push_back(topLocal(id));
        for (int o : instance.outputs)
            outputs.push_back(m_topNames[static_cast<std::size_t>(o)]);
        forward += "        " + joined(outputs, ", ") + " = self." + attribute + "("
                   + joined(inputs, ", ") + ")\n";
        for (int m = instance.begin; m < instance.end; ++m)
            m_layerPaths.emplace_back(
                attribute + "." + memberNames[c][static_cast<std::size_t>(m - instance.begin)],
                report(m).name);
        i = instance.end;
    }
    const std::string title = m_network.name.empty() ? "The network"
                                                     : python::escaped(m_network.name);
    text += "\n\nclass Net(nn.Module):\n"
            "    \"\"\"" + title + ": the layers run in the file's order.\"\"\"\n\n"
            "    def __init__(self):\n"
            "        super().__init__()\n" + init + "\n"
            "    def forward(self, x):\n" + forward
            + "        return " + topLocal(m_network.layers.back().id) + "\n";
    return text;
}

} // namespace

PytorchCode pytorchCode(const Network &network, const Analysis &analysis)
{
    if (!analysis.valid()) {
        const AnalysisError &error = analysis.errors.front();
        return {.code = {},
                .error = "the network is invalid, so it has no PyTorch code: "
                         + error.message + " (fix it in the analysis first)"};
    }
    return {.code = Generator(network, analysis).code(), .error = {}};
}

} // namespace cd
