// The handout page (see handout_html.h). Every text from the network goes through
// htmlEscaped(); every picture through inlinedSvg(). The figures and formulas are the ones the
// tables, Help ▸ Formulas and the Layer View print, so the handout never says anything new.

#include "handout_html.h"

#include "cells.h"
#include "format.h"
#include "formula_text.h"
#include "handout_style.h"
#include "html_text.h"
#include "memory_explanations.h"
#include "memory_terms.h"
#include "summary_rows.h"
#include "window_explanation.h"

namespace cd {

namespace {

const std::string times = "\u00d7";

std::string escaped(std::string_view text)
{
    return htmlEscaped(text);
}

// A picture as a figure, or a note that there is none (the page stays complete).
std::string figure(const std::function<std::string()> &picture, const std::string &what)
{
    const std::string svg = picture ? inlinedSvg(picture()) : std::string();
    std::string out = "<figure class=\"picture\">\n";
    out += svg.empty() ? "<p class=\"no-picture\">No picture of " + escaped(what) + ".</p>" : svg;
    return out + "\n</figure>\n";
}

std::string inputText(const InputShape &input)
{
    return std::to_string(input.channels) + times + std::to_string(input.height) + times
           + std::to_string(input.width);
}

std::string header(const Analysis &analysis)
{
    const std::string name
        = analysis.networkName.empty() ? "Untitled network" : analysis.networkName;
    const Settings &s = analysis.settings;
    std::string out = "<header>\n<h1>" + escaped(name) + "</h1>\n<p class=\"subtitle\">input "
                      + inputText(analysis.input) + " \u00b7 "
                      + std::to_string(analysis.layers.size()) + " layers \u00b7 batch "
                      + withThousands(s.batch) + " \u00b7 " + escaped(dtypeName(s.dtype))
                      + " \u00b7 " + escaped(optimizerName(s.optimizer)) + "</p>\n";
    if (!analysis.valid()) {
        out += "<p class=\"errors\">The network is invalid:</p>\n<ul class=\"errors\">\n";
        for (const AnalysisError &error : analysis.errors)
            out += "<li>" + escaped(error.message) + "</li>\n";
        out += "</ul>\n";
    }
    return out + "</header>\n";
}

std::string rowClass(LayerTableRow::Kind kind)
{
    switch (kind) {
    case LayerTableRow::Kind::BlockTotals: return "block-total";
    case LayerTableRow::Kind::Totals: return "total";
    case LayerTableRow::Kind::Input:
    case LayerTableRow::Kind::Layer:
    case LayerTableRow::Kind::Conv: break;
    }
    return "layer";
}

std::string layerTable(const Analysis &analysis)
{
    const SummaryTable table = summaryTable(analysis, times);
    std::string out = "<table class=\"layers\">\n<thead>\n<tr>";
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        out += "<th title=\"" + escaped(table.toolTips[c]) + "\""
               + (table.numeric[c] ? " class=\"num\"" : "") + ">" + escaped(table.header[c])
               + "</th>";
    }
    out += "</tr>\n</thead>\n<tbody>\n";
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        out += "<tr class=\"" + rowClass(table.kinds[r]) + (table.failed[r] ? " invalid" : "")
               + "\">";
        for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
            out += std::string("<td") + (table.numeric[c] ? " class=\"num\"" : "") + ">"
                   + escaped(table.rows[r][c]) + "</td>";
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
    // Tooltips do not print: the handout also says in words what each column counts.
    out += "<h3>What the columns count</h3>\n<dl class=\"columns\">\n";
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        out += "<dt>" + escaped(table.header[c]) + "</dt><dd>" + escaped(table.toolTips[c])
               + "</dd>\n";
    }
    return out + "</dl>\n";
}

std::string formulaRow(const std::string &title, const std::string &formula)
{
    return "<tr><th>" + escaped(title) + "</th><td>" + escaped(formula) + "</td></tr>\n";
}

std::string formulaTable(const std::vector<FormulaLine> &lines)
{
    std::string out = "<table class=\"formulas\">\n";
    for (const FormulaLine &line : lines)
        out += formulaRow(line.title, line.formula);
    return out + "</table>\n";
}

// The tensors alive at the inference peak, one row each, summed (arithmetic.md §7).
std::string peakTable(const Analysis &analysis)
{
    const MemoryEstimate &m = *analysis.memory;
    std::string out = "<h3>Alive at the inference peak</h3>\n<table class=\"peak\">\n<thead>\n"
                      "<tr><th>tensor</th><th class=\"num\">elements per sample</th></tr>\n"
                      "</thead>\n<tbody>\n";
    for (const LiveTensor &tensor : m.peakTensors) {
        out += "<tr><td>" + escaped(tensorName(analysis, tensor)) + "</td><td class=\"num\">"
               + withThousands(tensor.elements) + "</td></tr>\n";
    }
    out += "<tr class=\"total\"><td>peak</td><td class=\"num\">" + withThousands(m.peak)
           + "</td></tr>\n";
    return out + "</tbody>\n</table>\n";
}

// Tooltips do not print: what each term of the memory formulas counts and why, in words, with
// the term's own factors ("2 × 1 × 1,696,760: values and gradients of …").
std::string memoryTermNotes(const MemoryEstimate &memory)
{
    std::string out = "<h3>What the terms count</h3>\n<dl class=\"columns\">\n";
    const auto note = [&out](const std::string &term, const std::string &explanation) {
        out += "<dt>" + escaped(term) + "</dt><dd>" + escaped(explanation) + "</dd>\n";
    };
    note("b = " + std::to_string(memory.bytesPerElement) + " B",
         bytesPerElementExplanation(memory.bytesPerElement));
    for (const MemoryFormula &formula : {trainingMemory(memory), inferenceMemory(memory)}) {
        for (const MemoryTerm &term : formula.terms)
            note(formula.name + ": " + factorsText(term, times), term.explanation);
    }
    note("saved for backward", autogradExplanation());
    return out + "</dl>\n";
}

std::string memorySection(const Analysis &analysis, const HandoutPictures &pictures)
{
    std::string out = "<section id=\"memory\">\n<h2>Memory</h2>\n";
    out += figure(pictures.memory, "the memory");
    std::vector<FormulaLine> lines = networkFormulas(analysis);
    const bool sums = analysis.valid() && analysis.memory && analysis.totals;
    if (sums) {
        const std::vector<std::string> autograd = autogradLines(analysis, times);
        lines.push_back({"saved for backward", autograd.front()});
        if (autograd.size() > 1)
            lines.push_back({"why they differ", autograd.back()});
    }
    out += formulaTable(lines);
    if (sums) {
        out += peakTable(analysis);
        out += memoryTermNotes(*analysis.memory);
    }
    return out + "</section>\n";
}

std::string layerHeading(const LayerReport &layer)
{
    return escaped(layer.name) + " (" + escaped(typeName(layer.type))
           + (layer.type == LayerType::NinBlock ? ", first conv" : "") + ")";
}

std::string layerSection(const Analysis &analysis, const Network &network, int index,
                         const HandoutPictures &pictures)
{
    const LayerReport &layer = analysis.layers[static_cast<std::size_t>(index)];
    std::string out = "<section class=\"layer-view\" id=\"layer-" + std::to_string(index)
                      + "\">\n<h2>" + layerHeading(layer) + "</h2>\n";
    out += "<p class=\"subtitle\">" + shapeText(layer.input) + " \u2192 " + shapeText(layer.output)
           + "</p>\n";
    out += "<p class=\"discarded\">Never read: " + escaped(discardedText(layer)) + "</p>\n";
    const auto picture = [&] { return pictures.layerView ? pictures.layerView(index) : ""; };
    out += figure(picture, "the Layer View");
    if (const auto *windows = std::get_if<Windows>(&layer.spatial)) {
        for (const std::string &line : windowArithmeticLines(*windows))
            out += "<p class=\"arithmetic\">" + escaped(line) + "</p>\n";
    }
    out += "<h3>Formulas</h3>\n" + formulaTable(layerFormulas(analysis, network, index));
    return out + "</section>\n";
}

std::string contents(const Analysis &analysis, const std::vector<int> &discarding)
{
    std::string out = "<nav>\n<p><a href=\"#network\">Network</a> \u00b7 "
                      "<a href=\"#layers\">Layers</a> \u00b7 <a href=\"#memory\">Memory</a>";
    if (!discarding.empty()) {
        out += " \u00b7 Layers that discard pixels:";
        for (const int i : discarding) {
            out += " <a href=\"#layer-" + std::to_string(i) + "\">"
                   + escaped(analysis.layers[static_cast<std::size_t>(i)].name) + "</a>";
        }
    }
    return out + "</p>\n</nav>\n";
}

} // namespace

std::vector<int> discardingLayers(const Analysis &analysis)
{
    std::vector<int> layers;
    for (std::size_t i = 0; i < analysis.layers.size(); ++i) {
        const LayerReport &layer = analysis.layers[i];
        if (layer.ok() && layer.coverageKnown
            && (!layer.discardedRows.empty() || !layer.discardedCols.empty()))
            layers.push_back(static_cast<int>(i));
    }
    return layers;
}

std::string handoutHtml(const Analysis &analysis, const Network &network,
                        const HandoutPictures &pictures)
{
    const std::vector<int> discarding = discardingLayers(analysis);
    const std::string name
        = analysis.networkName.empty() ? "Untitled network" : analysis.networkName;
    std::string out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" "
                      "xml:lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>"
                      + escaped(name) + " \u2014 ConvDesigner handout</title>\n<style>"
                      + std::string(handoutStyle()) + "</style>\n</head>\n<body>\n";
    out += header(analysis);
    out += contents(analysis, discarding);
    out += "<section id=\"network\">\n<h2>Network</h2>\n" + figure(pictures.network, "the network")
           + "</section>\n";
    out += "<section id=\"layers\">\n<h2>Layers</h2>\n" + layerTable(analysis) + "</section>\n";
    out += memorySection(analysis, pictures);
    for (const int i : discarding)
        out += layerSection(analysis, network, i, pictures);
    out += "<footer><p>Made with ConvDesigner: every figure is the analysis's own, every formula "
           "is arithmetic.md's with this network's numbers.</p></footer>\n";
    return out + "</body>\n</html>\n";
}

} // namespace cd
