#include "document.h"

#include <QUndoStack>

namespace cd::ui {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_analysis(analyze(m_network))
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

Document::~Document() = default;

void Document::reset(Network network, const QString &filePath)
{
    m_undoStack->clear();
    m_network = std::move(network);
    m_currentLayer = 0;
    m_filePath = filePath;
    reanalyse({DocumentChange::Reset});
    Q_EMIT currentLayerChanged(0);
    Q_EMIT filePathChanged(m_filePath);
    Q_EMIT modifiedChanged(false);
}

void Document::setFilePath(const QString &filePath)
{
    if (filePath == m_filePath)
        return;
    m_filePath = filePath;
    Q_EMIT filePathChanged(m_filePath);
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::markSaved()
{
    m_undoStack->setClean();
}

void Document::setCurrentLayer(LayerId id)
{
    if (id != 0 && m_network.indexOf(id) < 0)
        id = 0;
    if (id == m_currentLayer)
        return;
    m_currentLayer = id;
    Q_EMIT currentLayerChanged(id);
}

void Document::insertLayer(int index, Layer layer)
{
    const LayerId id = layer.id;
    m_network.layers.insert(m_network.layers.begin() + index, std::move(layer));
    reanalyse({DocumentChange::LayerInserted, index, -1, id});
}

Layer Document::removeLayer(int index)
{
    Layer layer = std::move(m_network.layers[static_cast<std::size_t>(index)]);
    m_network.layers.erase(m_network.layers.begin() + index);
    if (layer.id == m_currentLayer) {
        m_currentLayer = 0;
        Q_EMIT currentLayerChanged(0);
    }
    reanalyse({DocumentChange::LayerRemoved, index, -1, layer.id});
    return layer;
}

void Document::moveLayer(int from, int to)
{
    auto &layers = m_network.layers;
    Layer layer = std::move(layers[static_cast<std::size_t>(from)]);
    layers.erase(layers.begin() + from);
    const LayerId id = layer.id;
    layers.insert(layers.begin() + to, std::move(layer));
    reanalyse({DocumentChange::LayerMoved, from, to, id});
}

void Document::replaceLayer(int index, Layer layer)
{
    const LayerId id = layer.id;
    m_network.layers[static_cast<std::size_t>(index)] = std::move(layer);
    reanalyse({DocumentChange::LayerChanged, index, -1, id});
}

Document::Header Document::header() const
{
    return {m_network.name, m_network.input, m_network.settings};
}

void Document::setHeader(const Header &header)
{
    m_network.name = header.name;
    m_network.input = header.input;
    m_network.settings = header.settings;
    reanalyse({DocumentChange::HeaderChanged});
}

void Document::reanalyse(const DocumentChange &change)
{
    m_analysis = analyze(m_network);
    Q_EMIT changed(change);
}

} // namespace cd::ui
