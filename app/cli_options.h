#pragma once

// The command line of convdesigner-cli, parsed into a value; nothing here runs anything.

#include "network.h"

#include <optional>
#include <string>
#include <vector>

namespace cd::cli {

enum class OutputFormat { Table, Json, Csv, Markdown, Latex };
enum class Action { Analyze, ExportPytorch, Report, Render, Help, Version };

struct Options
{
    Action action = Action::Help;
    std::string file;
    std::string output; // export-pytorch -o: the .py file to write; empty: standard output;
                        // report -o: the .html page; render -o: the .svg or .png file
    OutputFormat format = OutputFormat::Table;
    // Overrides of the file's settings.
    std::optional<std::int64_t> batch;
    std::optional<DType> dtype;
    std::optional<Optimizer> optimizer;
    // The input size for an ONNX model whose height or width is symbolic (--input C,H,W).
    std::optional<InputShape> input;
    // analyze --explain LAYER: that layer's formulas with its numbers instead of the report.
    std::optional<std::string> explain;
    // render: which view (network, layer:NAME, coverage, memory; checked by the renderer, which
    // knows the layers), the PNG's scale, and the theme's name (checked against the themes).
    std::string view;
    double scale = 1;
    bool scaleGiven = false;
    std::string theme;
};

struct ParseResult
{
    Options options;
    std::string error; // a usage error, to print with the usage
};

ParseResult parseArguments(const std::vector<std::string> &arguments);
std::string usageText();

} // namespace cd::cli
