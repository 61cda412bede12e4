#include "network_writer.h"

#include "json_line.h"
#include "json_text.h"
#include "layer_writer.h"

#include <QDir>
#include <QSaveFile>

namespace cd::io {

QByteArray writeNetwork(const Network &network)
{
    QByteArray out = "{\n";
    out += "  \"format\": \"convdesigner-network\",\n";
    out += "  \"version\": 1,\n";
    if (!network.name.empty())
        out += "  \"name\": " + jsonString(network.name) + ",\n";

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
        for (std::size_t i = 0; i < network.layers.size(); ++i) {
            out += "    " + layerJson(network.layers[i]);
            out += i + 1 < network.layers.size() ? ",\n" : "\n";
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

    const QByteArray bytes = writeNetwork(network);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed + file.errorString().toStdString();
    if (file.write(bytes) != bytes.size()) {
        const std::string reason = file.errorString().toStdString();
        file.cancelWriting();
        return failed + reason;
    }
    if (!file.commit())
        return failed + file.errorString().toStdString();
    return {};
}

} // namespace cd::io
