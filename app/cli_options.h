#pragma once

// The command line of convdesigner-cli, parsed into a value; nothing here runs anything.

#include "network.h"

#include <optional>
#include <string>
#include <vector>

namespace cd::cli {

enum class OutputFormat { Table, Json, Csv, Markdown, Latex };
enum class Action { Analyze, ExportPytorch, Report, Help, Version };

struct Options
{
    Action action = Action::Help;
    std::string file;
    // export-pytorch -o: the .py file to write, empty: standard output; report -o: the .html page
    std::string output;
    OutputFormat format = OutputFormat::Table;
    // Overrides of the file's settings.
    std::optional<std::int64_t> batch;
    std::optional<DType> dtype;
    std::optional<Optimizer> optimizer;
    // The input size for an ONNX model whose height or width is symbolic (--input C,H,W).
    std::optional<InputShape> input;
    // analyze --explain LAYER: that layer's formulas with its numbers instead of the report.
    std::optional<std::string> explain;
};

struct ParseResult
{
    Options options;
    std::string error; // a usage error, to print with the usage
};

ParseResult parseArguments(const std::vector<std::string> &arguments);
std::string usageText();

} // namespace cd::cli
