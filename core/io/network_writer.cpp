#include "network_writer.h"

#include "atomic_write.h"
#include "json_line.h"
#include "layer_writer.h"
#include "network_links.h"
#include "text/json_text.h"

#include <QDir>

#include <unordered_map>

namespace cd::io {

namespace {

// Version 2's lines name what each layer reads, where that is not the layer before it.
std::vector<QByteArray> layerLines(const Network &network, std::int64_t version)
{
    std::vector<QByteArray> lines;
    lines.reserve(network.layers.size());
    if (version < 2) {
        for (const Layer &layer : network.layers)
            lines.push_back(layerJson(layer, layer.name));
        return lines;
    }
    const std::vector<std::string> names = uniqueNames(network);
    std::unordered_map<LayerId, std::size_t> indexOf; // one lookup per edge, not a scan
    indexOf.reserve(network.layers.size());
    for (std::size_t i = 0; i < network.layers.size(); ++i)
        indexOf.emplace(network.layers[i].id, i);
    const auto nameOf = [&](LayerId id) {
        const auto it = indexOf.find(id);
        return it == indexOf.end() ? std::string(inputNodeName) : names[it->second];
    };
    for (std::size_t i = 0; i < network.layers.size(); ++i) {
        const Layer &layer = network.layers[i];
        const bool chained = layer.inputs.size() == 1
                             && layer.inputs.front() == network.nodeBefore(static_cast<int>(i));
        std::vector<std::string> inputs;
        for (LayerId id : layer.inputs)
            inputs.push_back(nameOf(id));
        lines.push_back(layerJson(layer, layer.name.empty() ? std::string() : names[i],
                                  chained ? nullptr : &inputs));
    }
    return lines;
}

} // namespace

QByteArray writeNetwork(const Network &network)
{
    const std::int64_t version = versionFor(network);
    QByteArray out = "{\n";
    out += "  \"format\": \"convdesigner-network\",\n";
    out += "  \"version\": " + QByteArray::number(static_cast<qint64>(version)) + ",\n";
    if (!network.name.empty())
        out += "  \"name\": " + text::jsonString(network.name) + ",\n";

    JsonLine input;
    input.add("channels", network.input.channels);
    input.add("height", network.input.height);
    input.add("width", network.input.width);
    out += "  \"input\": " + input.text() + ",\n";

    JsonLine settings;
    settings.add("batch", network.settings.batch);
    settings.add("dtype", dtypeName(network.settings.dtype));
    settings.add("optimizer", optimizerName(network.settings.optimizer));
    out += "  \"settings\": " + settings.text() + ",\n";

    if (network.layers.empty()) {
        out += "  \"layers\": []\n";
    } else {
        out += "  \"layers\": [\n";
        const std::vector<QByteArray> lines = layerLines(network, version);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            out += "    " + lines[i];
            out += i + 1 < lines.size() ? ",\n" : "\n";
        }
        out += "  ]\n";
    }
    out += "}\n";
    return out;
}

std::string saveNetworkFile(const Network &network, const QString &path)
{
    const std::string failed = QDir::toNativeSeparators(path).toStdString() + ": cannot save: ";
    for (std::size_t i = 0; i < network.layers.size(); ++i) {
        const std::string field = unwritableField(network.layers[i], static_cast<int>(i));
        if (!field.empty())
            return failed + field + " is not a finite number";
    }

    return writeFileAtomically(path, writeNetwork(network));
}

} // namespace cd::io
