#include "cli_options.h"

#include "text/terminal_text.h"

#include <cctype>
#include <charconv>
#include <filesystem>
#include <functional>

namespace cd::cli {

namespace {

// "--batch=8" and "--batch 8" both work; `next` advances past a separate value.
std::optional<std::string> optionValue(const std::vector<std::string> &args, std::size_t &next,
                                       const std::string &name)
{
    const std::string &arg = args[next];
    if (arg.rfind(name + "=", 0) == 0)
        return arg.substr(name.size() + 1);
    if (arg == name && next + 1 < args.size())
        return args[++next];
    return std::nullopt;
}

std::optional<OutputFormat> formatOption(const std::string &arg)
{
    if (arg == "--table")
        return OutputFormat::Table;
    if (arg == "--json")
        return OutputFormat::Json;
    if (arg == "--csv")
        return OutputFormat::Csv;
    if (arg == "--markdown")
        return OutputFormat::Markdown;
    if (arg == "--latex")
        return OutputFormat::Latex;
    return std::nullopt;
}

// "3,224,224": three whole numbers of at least 1.
std::optional<InputShape> inputShape(const std::string &text)
{
    std::int64_t sizes[3] = {};
    const char *at = text.data();
    const char *end = text.data() + text.size();
    for (int i = 0; i < 3; ++i) {
        const auto [next, error] = std::from_chars(at, end, sizes[i]);
        if (error != std::errc() || sizes[i] < 1)
            return std::nullopt;
        at = next;
        if (i < 2) {
            if (at == end || *at != ',')
                return std::nullopt;
            ++at;
        }
    }
    if (at != end)
        return std::nullopt;
    return InputShape{sizes[0], sizes[1], sizes[2]};
}

bool startsWithOption(const std::string &arg, const std::string &name)
{
    return arg == name || arg.rfind(name + "=", 0) == 0;
}

// A command's one FILE argument; false with the error set when a FILE was given before.
bool takeFile(ParseResult &result, const std::string &arg)
{
    if (result.options.file.empty()) {
        result.options.file = arg;
        return true;
    }
    result.error = "only one FILE, got " + text::quotedForTerminal(result.options.file) + " and "
                   + text::quotedForTerminal(arg);
    return false;
}

// -o OUT or --output OUT, given once; false with the error set. `what` names the file in the
// message: "the .py file".
bool takeOutput(ParseResult &result, const std::vector<std::string> &args, std::size_t &next,
                const std::string &what)
{
    const std::string &arg = args[next];
    const auto value = arg == "-o"
                           ? (next + 1 < args.size() ? std::optional(args[++next]) : std::nullopt)
                           : optionValue(args, next, "--output");
    if (!value || value->empty()) {
        result.error = "-o needs the name of " + what + " to write";
        return false;
    }
    if (!result.options.output.empty()) {
        result.error = "only one -o";
        return false;
    }
    result.options.output = *value;
    return true;
}

// The name ends in .html or .htm, in any case: what a browser opens as a page.
bool isHtmlName(const std::string &name)
{
    std::string suffix = std::filesystem::path(name).extension().string();
    for (char &c : suffix)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return suffix == ".html" || suffix == ".htm";
}

// --input C,H,W (ONNX models with a symbolic size); false with the error set.
bool takeInput(ParseResult &result, const std::vector<std::string> &args, std::size_t &next)
{
    const auto value = optionValue(args, next, "--input");
    result.options.input = value ? inputShape(*value) : std::nullopt;
    if (!result.options.input)
        result.error = "--input needs channels, height and width, e.g. 3,224,224";
    return result.options.input.has_value();
}

} // namespace

std::string usageText()
{
    return "Usage: convdesigner-cli analyze FILE [--table | --json | --csv | --markdown | --latex]\n"
           "                        [--batch N] [--dtype T] [--optimizer O] [--input C,H,W]\n"
           "       convdesigner-cli analyze FILE --explain LAYER\n"
           "       convdesigner-cli export-pytorch FILE [-o OUT.py] [--input C,H,W]\n"
           "       convdesigner-cli report FILE -o OUT.html [--input C,H,W]\n"
           "       convdesigner-cli render FILE --view VIEW -o OUT.svg|OUT.png [--scale S]\n"
           "                        [--theme light|dark|high-contrast] [--input C,H,W]\n"
           "       convdesigner-cli --help | --version\n"
           "\n"
           "Analyses a ConvDesigner network file (*.cnn.json) or an ONNX model (*.onnx, read as a\n"
           "network, never run): every layer's output shape,\n"
           "weights and biases, MACs, kept activations, receptive field and the input rows\n"
           "and columns that floor division discards; training and inference memory.\n"
           "\n"
           "export-pytorch writes the network as one runnable PyTorch module (to OUT.py, else\n"
           "to standard output); running it prints every layer's output shape and the\n"
           "parameter count. An invalid network is refused with the analysis's message.\n"
           "\n"
           "report writes a lecture handout: one self-contained HTML page (no scripts, no\n"
           "network access, prints on A4) with the network picture, the layer table, the\n"
           "memory formulas and the tensors alive at the inference peak, and for every layer\n"
           "that discards input pixels its Layer View with the arithmetic. An invalid network\n"
           "still gets its page, which names the errors (exit status 1).\n"
           "\n"
           "render draws one of the designer's views, as File > Export Picture writes it\n"
           "right after the file is opened, without a display (it picks Qt's offscreen\n"
           "platform when there is no X or Wayland display): VIEW is network (the canvas),\n"
           "layer:NAME (the Layer View of a convolution, pool or NiN block at its first\n"
           "window), coverage (Input Coverage) or memory (the inference memory timeline).\n"
           "The output's suffix, .svg or .png, chooses the format; --scale S (default 1,\n"
           "at most 16) multiplies a PNG's pixels; --theme picks the colours (light by\n"
           "default).\n"
           "\n"
           "Training memory comes two ways. The lecture model, b x (2 x N x A + m x P), is the\n"
           "hand calculation a course teaches: every kept output with its gradient. \"Saved for\n"
           "backward\" is what PyTorch's autograd really keeps between the forward and the\n"
           "backward pass (inputs, max-pool indices, dropout masks, batch-norm statistics,\n"
           "each tensor once); autograd = saved + b x m x P is the figure to check against a\n"
           "GPU. The memory footer shows both, their ratio and why they differ.\n"
           "\n"
           "  --table        a table for the terminal, memory terms written out (default)\n"
           "  --json         the analysis report as JSON\n"
           "  --csv          the per-layer table as RFC 4180 CSV\n"
           "  --markdown     the table with totals and memory as Markdown\n"
           "  --latex        the same as a LaTeX tabular (booktabs)\n"
           "  --batch N      batch size (overrides the file's settings)\n"
           "  --dtype T      float32, float16, bfloat16, float64 or int8\n"
           "  --optimizer O  sgd, sgd_momentum or adam\n"
           "  --input C,H,W  the input size of an ONNX model (needed when the model leaves\n"
           "                 its height or width symbolic)\n"
           "  --explain LAYER  every formula of that layer with its numbers (output size,\n"
           "                 weights, MACs, kept activations, receptive field) and the\n"
           "                 network's memory sums, as Help > Formulas shows them\n"
           "\n"
           "Exit status: 0 the network is valid; 1 it is invalid (the report says where);\n"
           "2 the file cannot be read or the command line is wrong (for render also: an\n"
           "unknown view or layer, a layer without a picture, or the picture cannot be written).\n";
}

namespace {

// What a command's own option handler made of an argument.
enum class Taken { No, Yes, Wrong };
using OwnOptions = std::function<Taken(ParseResult &, const std::vector<std::string> &,
                                       std::size_t &)>;

// A command that writes a file: FILE, -o (a file of `outputKind`), --input C,H,W, and the
// options `own` takes; `takes` lists them all for the unknown-option message.
ParseResult parseFileCommand(const std::vector<std::string> &args, Action action,
                             const std::string &outputKind, const std::string &takes,
                             const OwnOptions &own)
{
    ParseResult result;
    Options &options = result.options;
    options.action = action;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg == "--help" || arg == "-h") {
            options.action = Action::Help;
            return result;
        }
        if (arg == "-o" || startsWithOption(arg, "--output")) {
            if (!takeOutput(result, args, i, outputKind))
                return result;
        } else if (startsWithOption(arg, "--input")) {
            if (!takeInput(result, args, i))
                return result;
        } else if (const Taken taken = own ? own(result, args, i) : Taken::No;
                   taken != Taken::No) {
            if (taken == Taken::Wrong)
                return result;
        } else if (arg.rfind("-", 0) == 0 && arg != "-") {
            result.error = "unknown option " + text::quotedForTerminal(arg) + "; " + takes;
            return result;
        } else if (!takeFile(result, arg)) {
            return result;
        }
    }
    return result;
}

// export-pytorch FILE [-o OUT.py]
ParseResult parseExportPytorch(const std::vector<std::string> &args)
{
    ParseResult result = parseFileCommand(args, Action::ExportPytorch, "the .py file",
                                          "export-pytorch takes FILE, -o OUT.py and --input C,H,W",
                                          nullptr);
    if (result.error.empty() && result.options.action != Action::Help
        && result.options.file.empty())
        result.error = "export-pytorch needs a FILE";
    return result;
}

// report FILE -o OUT.html: a page, so never to standard output, and named as one.
ParseResult parseReport(const std::vector<std::string> &args)
{
    ParseResult result = parseFileCommand(args, Action::Report, "the .html page",
                                          "report takes FILE, -o OUT.html and --input C,H,W",
                                          nullptr);
    const std::string &output = result.options.output;
    if (!result.error.empty() || result.options.action == Action::Help)
        return result;
    if (result.options.file.empty())
        result.error = "report needs a FILE";
    else if (output.empty())
        result.error = "report needs -o OUT.html, the page to write";
    else if (!isHtmlName(output))
        result.error = "report writes an HTML page: -o " + text::quotedForTerminal(output)
                       + " must end in .html or .htm";
    return result;
}

// render's own options: --view VIEW, --scale S, --theme T. The view, the scale's range and
// the theme are checked where the views, the renderer's limit and the themes are known
// (cli_render.h); here only that each has a value.
Taken takeRenderOption(ParseResult &result, const std::vector<std::string> &args,
                       std::size_t &i)
{
    Options &options = result.options;
    const std::string &arg = args[i];
    if (startsWithOption(arg, "--view")) {
        const auto value = optionValue(args, i, "--view");
        if (!value || value->empty()) {
            result.error = "--view needs network, layer:NAME, coverage or memory";
            return Taken::Wrong;
        }
        options.view = *value;
        return Taken::Yes;
    }
    if (startsWithOption(arg, "--scale")) {
        const auto value = optionValue(args, i, "--scale");
        double scale = 0;
        const char *end = value ? value->data() + value->size() : nullptr;
        if (!value || value->empty() || std::from_chars(value->data(), end, scale).ptr != end) {
            result.error = "--scale needs a number, e.g. 2";
            return Taken::Wrong;
        }
        options.scale = scale;
        options.scaleGiven = true;
        return Taken::Yes;
    }
    if (startsWithOption(arg, "--theme")) {
        const auto value = optionValue(args, i, "--theme");
        if (!value || value->empty()) {
            result.error = "--theme needs light, dark or high-contrast";
            return Taken::Wrong;
        }
        options.theme = *value;
        return Taken::Yes;
    }
    return Taken::No;
}

// render FILE --view VIEW -o OUT.svg|OUT.png [--scale S] [--theme T] [--input C,H,W]
ParseResult parseRender(const std::vector<std::string> &args)
{
    ParseResult result = parseFileCommand(
        args, Action::Render, "the .svg or .png file",
        "render takes FILE, --view, -o, --scale, --theme and --input", &takeRenderOption);
    const Options &options = result.options;
    if (!result.error.empty() || options.action == Action::Help)
        return result;
    if (options.file.empty())
        result.error = "render needs a FILE";
    else if (options.view.empty())
        result.error = "render needs --view network, layer:NAME, coverage or memory";
    else if (options.output.empty())
        result.error = "render needs -o OUT.svg or -o OUT.png";
    return result;
}

} // namespace

ParseResult parseArguments(const std::vector<std::string> &args)
{
    ParseResult result;
    Options &options = result.options;
    if (args.empty()) {
        result.error = "missing command";
        return result;
    }
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        options.action = Action::Help;
        return result;
    }
    if (args[0] == "--version") {
        options.action = Action::Version;
        return result;
    }
    if (args[0] == "export-pytorch")
        return parseExportPytorch(args);
    if (args[0] == "report")
        return parseReport(args);
    if (args[0] == "render")
        return parseRender(args);
    if (args[0] != "analyze") {
        result.error = "unknown command " + text::quotedForTerminal(args[0])
                       + "; the commands are analyze, export-pytorch, report and render";
        return result;
    }
    options.action = Action::Analyze;
    bool formatGiven = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string &arg = args[i];
        if (arg == "--help" || arg == "-h") {
            options.action = Action::Help;
            return result;
        }
        if (const auto format = formatOption(arg)) {
            if (formatGiven) {
                result.error = "choose one of --table, --json, --csv, --markdown and --latex";
                return result;
            }
            formatGiven = true;
            options.format = *format;
        } else if (startsWithOption(arg, "--batch")) {
            const auto value = optionValue(args, i, "--batch");
            std::int64_t batch = 0;
            const char *end = value ? value->data() + value->size() : nullptr;
            if (!value || std::from_chars(value->data(), end, batch).ptr != end || batch < 1) {
                result.error = "--batch needs a whole number of at least 1";
                return result;
            }
            options.batch = batch;
        } else if (startsWithOption(arg, "--dtype")) {
            const auto value = optionValue(args, i, "--dtype");
            options.dtype = value ? dtypeFromName(*value) : std::nullopt;
            if (!options.dtype) {
                result.error = "--dtype needs one of float32, float16, bfloat16, float64, int8";
                return result;
            }
        } else if (startsWithOption(arg, "--optimizer")) {
            const auto value = optionValue(args, i, "--optimizer");
            options.optimizer = value ? optimizerFromName(*value) : std::nullopt;
            if (!options.optimizer) {
                result.error = "--optimizer needs one of sgd, sgd_momentum, adam";
                return result;
            }
        } else if (startsWithOption(arg, "--input")) {
            if (!takeInput(result, args, i))
                return result;
        } else if (startsWithOption(arg, "--explain")) {
            options.explain = optionValue(args, i, "--explain");
            if (!options.explain || options.explain->empty()) {
                result.error = "--explain needs a layer name, e.g. --explain nin1";
                return result;
            }
        } else if (arg.rfind("--", 0) == 0) {
            result.error = "unknown option " + text::quotedForTerminal(arg);
            return result;
        } else if (!takeFile(result, arg)) {
            return result;
        }
    }
    if (options.file.empty())
        result.error = "analyze needs a FILE";
    else if (options.explain && formatGiven)
        result.error = "--explain prints text: it takes no --table, --json, --csv, --markdown "
                       "or --latex";
    return result;
}

} // namespace cd::cli
