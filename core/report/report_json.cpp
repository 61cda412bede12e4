#include "report_json.h"

#include "index_runs.h"
#include "json_writer.h"

namespace cd {

namespace {

// Longer index lists are written as runs (network-format.md): a map of millions of rows may
// discard most of them in a few runs, and the report must stay small. The PyTorch-measured
// cases list at most 155 indices, so they keep the plain lists they are compared as.
constexpr std::size_t maxPlainIndexList = 256;

// Ascending indices: [219, 220, 223], or when long [[0, 99999], [100001, 100001], ...].
void writeIndexList(JsonWriter &json, const std::vector<std::int64_t> &indices)
{
    if (indices.size() <= maxPlainIndexList) {
        json.values(indices);
        return;
    }
    json.beginArray(true);
    for (const IndexRun &run : indexRuns(indices))
        json.values({run.first, run.last});
    json.endArray();
}

std::vector<std::int64_t> shapeArray(const Shape &shape)
{
    if (shape.flat)
        return {shape.channels};
    return {shape.channels, shape.height, shape.width};
}

void writeReceptive(JsonWriter &json, const char *key, std::int64_t rows, std::int64_t cols,
                    bool saturated)
{
    json.key(key);
    if (saturated)
        json.null(); // outgrew 64 bits: no number would be true
    else
        json.values({rows, cols});
}

const char *statusName(LayerStatus status)
{
    switch (status) {
    case LayerStatus::Ok: return "ok";
    case LayerStatus::Invalid: return "invalid";
    case LayerStatus::NotComputed: return "not_computed";
    }
    return "invalid";
}

// An integer, or null where there is no figure.
void writeOptional(JsonWriter &json, const char *key, const std::optional<std::int64_t> &value)
{
    json.key(key);
    if (value)
        json.value(*value);
    else
        json.null();
}

// arithmetic.md §8's bytes by what they hold, or null.
void writeSavedByKind(JsonWriter &json, const std::optional<SavedBytes> &saved)
{
    json.key("saved_by_kind");
    if (!saved) {
        json.null();
        return;
    }
    json.beginObject();
    const std::pair<const char *, std::int64_t> kinds[] = {{"activations", saved->activations},
                                                           {"indices", saved->indices},
                                                           {"masks", saved->masks},
                                                           {"statistics", saved->statistics}};
    for (const auto &[key, value] : kinds) {
        json.key(key);
        json.value(value);
    }
    json.endObject();
}

void writeLayer(JsonWriter &json, const LayerReport &layer)
{
    json.beginObject();
    json.key("index");
    json.value(layer.index);
    json.key("name");
    json.value(layer.name);
    json.key("type");
    json.value(typeName(layer.type));
    json.key("inputs");
    json.beginArray(true);
    for (const std::string &name : layer.inputNames)
        json.value(name);
    json.endArray();
    json.key("block");
    if (layer.block.empty())
        json.null();
    else
        json.value(layer.block);
    json.key("status");
    json.value(statusName(layer.status));
    json.key("output");
    if (!layer.ok()) {
        json.null();
        json.key("error");
        json.value(layer.error);
        json.endObject();
        return;
    }
    json.values(shapeArray(layer.output));
    const std::pair<const char *, std::int64_t> counts[] = {
        {"weights", layer.weights}, {"biases", layer.biases},   {"params", layer.params},
        {"activations", layer.activations}, {"macs", layer.macs}};
    for (const auto &[key, value] : counts) {
        json.key(key);
        json.value(value);
    }
    const std::optional<SavedBytes> saved = layer.saved ? std::optional(layer.saved->bytes)
                                                        : std::nullopt;
    writeOptional(json, "saved_bytes", saved ? std::optional(saved->total()) : std::nullopt);
    writeSavedByKind(json, saved);
    const bool saturated = layer.receptiveRows.saturated || layer.receptiveCols.saturated;
    writeReceptive(json, "receptive_field", layer.receptiveRows.size, layer.receptiveCols.size,
                   saturated);
    writeReceptive(json, "jump", layer.receptiveRows.jump, layer.receptiveCols.jump, saturated);
    for (const auto &[key, indices] : {std::pair{"discarded_rows", &layer.discardedRows},
                                       std::pair{"discarded_cols", &layer.discardedCols}}) {
        json.key(key);
        if (layer.coverageKnown)
            writeIndexList(json, *indices);
        else
            json.null(); // not analysed: too large to walk position by position
    }
    json.endObject();
}

void writeTotals(JsonWriter &json, const Totals &totals, const MemoryEstimate &memory)
{
    json.beginObject();
    const std::pair<const char *, std::int64_t> values[] = {
        {"weights", totals.weights},
        {"biases", totals.biases},
        {"params", totals.params},
        {"macs", totals.macs},
        {"activations", totals.activations},
        {"training_bytes", memory.trainingBytes},
        {"inference_bytes", memory.inferenceBytes},
    };
    for (const auto &[key, value] : values) {
        json.key(key);
        json.value(value);
    }
    writeOptional(json, "saved_bytes", totals.savedBytes);
    json.endObject();
}

// arithmetic.md §8 beside the lecture model: what autograd keeps, and the training memory
// alive when the forward pass ends.
void writeAutograd(JsonWriter &json, const AutogradMemory &autograd)
{
    writeOptional(json, "saved_bytes",
                  autograd.saved ? std::optional(autograd.saved->total()) : std::nullopt);
    writeSavedByKind(json, autograd.saved);
    writeOptional(json, "autograd_training_bytes", autograd.trainingBytes);
    json.key("saved_measured");
    json.value(autograd.measured);
    json.key("saved_note");
    if (autograd.note.empty())
        json.null();
    else
        json.value(autograd.note);
}

// The tensors alive at the inference peak: why it is as large as it is.
void writePeakTensors(JsonWriter &json, const Analysis &analysis, const MemoryEstimate &memory)
{
    json.beginArray();
    for (const LiveTensor &tensor : memory.peakTensors) {
        json.beginObject();
        json.key("layer");
        json.value(tensor.layer);
        json.key("name");
        json.value(tensor.layer < 0 ? std::string(inputNodeName)
                                    : analysis.layers[static_cast<std::size_t>(tensor.layer)].name);
        if (tensor.layer >= 0 && analysis.layers[static_cast<std::size_t>(tensor.layer)].type
                                     == LayerType::NinBlock) {
            json.key("conv");
            json.value(tensor.part + 1);
        }
        json.key("elements");
        json.value(tensor.elements);
        json.endObject();
    }
    json.endArray();
}

// Every term of arithmetic.md §4 and §7, so a reader can redo the sum by hand.
void writeMemory(JsonWriter &json, const Analysis &analysis, const MemoryEstimate &memory)
{
    json.beginObject();
    const std::pair<const char *, std::int64_t> values[] = {
        {"bytes_per_element", memory.bytesPerElement},
        {"batch", memory.batch},
        {"parameter_copies", memory.parameterCopies},
        {"activations", memory.activations},
        {"params", memory.parameters},
        {"peak", memory.peak},
        {"peak_layer", memory.peakLayer},
        {"training_activation_bytes", memory.trainingActivationBytes},
        {"training_parameter_bytes", memory.trainingParameterBytes},
        {"training_bytes", memory.trainingBytes},
        {"inference_activation_bytes", memory.inferenceActivationBytes},
        {"inference_parameter_bytes", memory.inferenceParameterBytes},
        {"inference_bytes", memory.inferenceBytes},
    };
    for (const auto &[key, value] : values) {
        json.key(key);
        json.value(value);
    }
    json.key("peak_tensors");
    writePeakTensors(json, analysis, memory);
    if (analysis.autograd)
        writeAutograd(json, *analysis.autograd);
    json.endObject();
}

void writeCoverage(JsonWriter &json, const InputCoverage &coverage)
{
    json.beginObject();
    json.key("unused_rows");
    writeIndexList(json, coverage.unusedRows);
    json.key("unused_cols");
    writeIndexList(json, coverage.unusedCols);
    json.key("unused_pixels");
    json.value(coverage.unusedPixels);
    json.endObject();
}

} // namespace

std::string reportJson(const Analysis &analysis)
{
    JsonWriter json;
    json.beginObject();
    json.key("network");
    json.value(analysis.networkName);
    json.key("input");
    json.values({analysis.input.channels, analysis.input.height, analysis.input.width});
    json.key("settings");
    json.beginObject();
    json.key("batch");
    json.value(analysis.settings.batch);
    json.key("dtype");
    json.value(dtypeName(analysis.settings.dtype));
    json.key("optimizer");
    json.value(optimizerName(analysis.settings.optimizer));
    json.endObject();
    json.key("valid");
    json.value(analysis.valid());

    json.key("errors");
    json.beginArray();
    for (const AnalysisError &error : analysis.errors) {
        json.beginObject();
        json.key("layer");
        json.value(error.layer);
        json.key("message");
        json.value(error.message);
        json.endObject();
    }
    json.endArray();

    json.key("layers");
    json.beginArray();
    for (const LayerReport &layer : analysis.layers)
        writeLayer(json, layer);
    json.endArray();

    json.key("totals");
    if (analysis.totals && analysis.memory)
        writeTotals(json, *analysis.totals, *analysis.memory);
    else
        json.null();
    json.key("memory");
    if (analysis.memory)
        writeMemory(json, analysis, *analysis.memory);
    else
        json.null();
    json.key("input_coverage");
    if (analysis.inputCoverage)
        writeCoverage(json, *analysis.inputCoverage);
    else
        json.null();
    json.endObject();
    return json.finish();
}

} // namespace cd
