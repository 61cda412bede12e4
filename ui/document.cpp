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
    insertIntoChain(m_network, index, std::move(layer));
    reanalyse({DocumentChange::LayerInserted, id});
}

Removal Document::removeLayer(int index)
{
    Removal removal = cd::removeLayer(m_network, index);
    if (removal.layer.id == m_currentLayer) {
        m_currentLayer = Network::inputId;
        Q_EMIT currentLayerChanged(m_currentLayer);
    }
    reanalyse({DocumentChange::LayerRemoved, removal.layer.id});
    return removal;
}

void Document::restoreLayer(const Removal &removal)
{
    cd::restoreLayer(m_network, removal);
    reanalyse({DocumentChange::LayerInserted, removal.layer.id});
}

Removal Document::moveLayer(int from, int to)
{
    Removal removal = cd::removeLayer(m_network, from);
    insertIntoChain(m_network, to, removal.layer);
    reanalyse({DocumentChange::LayerMoved, removal.layer.id});
    return removal;
}

void Document::undoMove(int to, const Removal &original)
{
    cd::removeLayer(m_network, to);
    cd::restoreLayer(m_network, original);
    reanalyse({DocumentChange::LayerMoved, original.layer.id});
}

void Document::replaceLayer(int index, Layer layer)
{
    const LayerId id = layer.id;
    m_network.layers[static_cast<std::size_t>(index)] = std::move(layer);
    reanalyse({DocumentChange::LayerChanged, id});
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
