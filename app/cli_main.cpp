// convdesigner-cli: analyses a network file and prints the report (network-format.md §2),
// writes it as PyTorch code, draws one of the designer's views of it (render), or writes a
// lecture handout (report).

#include "analysis.h"
#include "cli_options.h"
#include "cli_render.h"
#include "export/pytorch_code.h"
#include "gui_application.h"
#include "handout_pictures.h"
#include "io/atomic_write.h"
#include "io/network_reader.h"
#include "onnx/onnx_reader.h"
#include "text/terminal_text.h"
#include "report/csv_table.h"
#include "report/formula_text.h"
#include "report/handout_html.h"
#include "report/latex_table.h"
#include "report/markdown_table.h"
#include "report/report_json.h"
#include "report/text_table.h"

#include <QFile>

#include <cstdio>
#include <filesystem>
#include <iostream>

namespace {

enum ExitStatus { Valid = 0, Invalid = 1, Unreadable = 2 };

std::string render(const cd::Analysis &analysis, cd::cli::OutputFormat format)
{
    switch (format) {
    case cd::cli::OutputFormat::Json: return cd::reportJson(analysis);
    case cd::cli::OutputFormat::Csv: return cd::csvTable(analysis);
    case cd::cli::OutputFormat::Table: return cd::textReport(analysis);
    case cd::cli::OutputFormat::Markdown: return cd::markdownTable(analysis);
    case cd::cli::OutputFormat::Latex: return cd::latexTable(analysis);
    }
    return {};
}

// `bytes` written atomically to `output` (a name from the command line); false after saying why.
bool writeOutput(const std::string &output, const std::string &bytes)
{
    const std::string error = cd::io::writeFileAtomically(
        QFile::decodeName(QByteArray::fromStdString(output)),
        QByteArrayView(bytes.data(), static_cast<qsizetype>(bytes.size())));
    if (!error.empty())
        std::cerr << "convdesigner-cli: " << error << '\n';
    return error.empty();
}

// export-pytorch: the code on standard output or in `output`, written atomically; an invalid
// network gets the analysis's message and exit status 1, like analyze.
int exportPytorch(const cd::Network &network, const std::string &output)
{
    const cd::PytorchCode code = cd::pytorchCode(network, cd::analyze(network));
    if (!code.ok()) {
        std::cerr << "convdesigner-cli: " << code.error << '\n';
        return Invalid;
    }
    if (output.empty()) {
        std::fwrite(code.code.data(), 1, code.code.size(), stdout);
        if (std::fflush(stdout) != 0) {
            std::perror("convdesigner-cli: cannot write the code");
            return Unreadable;
        }
        return Valid;
    }
    return writeOutput(output, code.code) ? Valid : Unreadable;
}

// report -o OUT.html: the handout, written atomically. An invalid network still gets its page,
// which names the errors, and exit status 1, like analyze's report.
int writeHandout(const cd::Network &network, const std::string &output, const char *programName)
{
    // The pictures are drawn by the designer's widgets, which need an application.
    const auto app = cd::cli::makeGuiApplication(programName);
    const cd::Analysis analysis = cd::analyze(network);
    const std::string page
        = cd::handoutHtml(analysis, network, cd::cli::handoutPictures(network, analysis));
    if (!writeOutput(output, page))
        return Unreadable;
    return analysis.valid() ? Valid : Invalid;
}

// analyze --explain LAYER: the formula sheet of the layer with that name, or exit 2 naming the
// layers there are. Exit 1 when the network is invalid, as for the report.
int explainLayer(const cd::Network &network, const cd::Analysis &analysis, const std::string &name)
{
    std::string names;
    for (std::size_t i = 0; i < analysis.layers.size(); ++i) {
        if (analysis.layers[i].name == name) {
            const std::string text = cd::formulaSheetText(analysis, network, static_cast<int>(i));
            std::fwrite(text.data(), 1, text.size(), stdout);
            if (std::fflush(stdout) != 0) {
                std::perror("convdesigner-cli: cannot write the formulas");
                return Unreadable;
            }
            return analysis.valid() ? Valid : Invalid;
        }
        names += (i == 0 ? "" : ", ") + analysis.layers[i].name;
    }
    std::cerr << "convdesigner-cli: --explain: no layer named " << cd::text::printablePath(name)
              << "; the layers are " << cd::text::printablePath(names) << '\n';
    return Unreadable;
}

cd::io::ReadResult readAny(const std::filesystem::path &path, const cd::cli::Options &options)
{
    if (!cd::onnximport::isOnnxFile(path)) {
        if (options.input)
            return {std::nullopt, "--input is for ONNX models; a network file gives its input"};
        return cd::io::readNetworkFile(path);
    }
    cd::onnximport::ReadResult onnx = cd::onnximport::readOnnxFile(path, options.input);
    if (onnx.needsInputSize)
        onnx.error += " (--input C,H,W)";
    return {std::move(onnx.network), std::move(onnx.error)};
}

} // namespace

int main(int argc, char **argv)
{
    const std::vector<std::string> arguments(argv + 1, argv + argc);
    const cd::cli::ParseResult parsed = cd::cli::parseArguments(arguments);
    if (!parsed.error.empty()) {
        std::cerr << "convdesigner-cli: " << parsed.error << "\n\n" << cd::cli::usageText();
        return Unreadable;
    }
    const cd::cli::Options &options = parsed.options;
    if (options.action == cd::cli::Action::Help) {
        std::cout << cd::cli::usageText();
        return Valid;
    }
    if (options.action == cd::cli::Action::Version) {
        std::cout << "convdesigner-cli " CONVDESIGNER_VERSION "\n";
        return Valid;
    }

    if (options.action == cd::cli::Action::Render) {
        if (const std::string error = cd::cli::renderOptionsError(options); !error.empty()) {
            std::cerr << "convdesigner-cli: " << error << '\n';
            return Unreadable;
        }
    }

    // The argument's bytes as given: a name that is no UTF-8 (byte 0xFF) is still a file.
    cd::io::ReadResult read = readAny(std::filesystem::path(options.file), options);
    if (!read.network) {
        std::cerr << "convdesigner-cli: " << read.error << '\n';
        return Unreadable;
    }
    cd::Network &network = *read.network;
    if (options.batch)
        network.settings.batch = *options.batch;
    if (options.dtype)
        network.settings.dtype = *options.dtype;
    if (options.optimizer)
        network.settings.optimizer = *options.optimizer;
    if (options.action == cd::cli::Action::ExportPytorch)
        return exportPytorch(network, options.output);
    if (options.action == cd::cli::Action::Report)
        return writeHandout(network, options.output, argv[0]);
    if (options.action == cd::cli::Action::Render)
        return cd::cli::renderPicture(network, options, argv[0]);

    const cd::Analysis analysis = cd::analyze(network);
    if (options.explain)
        return explainLayer(network, analysis, *options.explain);
    const std::string text = render(analysis, options.format);
    std::fwrite(text.data(), 1, text.size(), stdout);
    if (std::fflush(stdout) != 0) {
        std::perror("convdesigner-cli: cannot write the report");
        return Unreadable;
    }
    return analysis.valid() ? Valid : Invalid;
}
