#include "document.h"

#include "coverage_carry.h"

#include <QFutureWatcher>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace cd::ui {

namespace {

// 2^20 positions: a few milliseconds, what an edit may cost without a worker.
std::int64_t threshold = std::int64_t{1} << 20;

} // namespace

std::int64_t Document::coverageThreshold()
{
    return threshold;
}

void Document::setCoverageThreshold(std::int64_t work)
{
    threshold = work;
}

Document::Document(QObject *parent)
    : QObject(parent)
    , m_analysis(analyze(m_network))
    , m_undoStack(new QUndoStack(this))
    , m_coverage(new QFutureWatcher<Analysis>(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    connect(m_coverage, &QFutureWatcher<Analysis>::finished, this, &Document::coverageFinished);
}

// A running worker touches only its own copy: it finishes on the thread pool and its result
// is dropped with the future, so nothing waits for it here.
Document::~Document()
{
    m_coverage->disconnect(this);
}

void Document::reset(Network network, const QString &filePath)
{
    m_undoStack->clear();
    m_network = std::move(network);
    m_currentLayer = 0;
    m_selection.clear();
    m_collapsed.clear();
    m_filePath = filePath;
    reanalyse({DocumentChange::Reset});
    Q_EMIT currentLayerChanged(0);
    Q_EMIT selectionChanged();
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
    setSelection(id == 0 ? std::vector<LayerId>{} : std::vector<LayerId>{id}, id);
}

void Document::setSelection(std::vector<LayerId> ids, LayerId current)
{
    std::erase_if(ids, [this](LayerId id) { return m_network.indexOf(id) < 0; });
    // Each layer once, in the order first picked.
    std::vector<LayerId> unique;
    for (LayerId id : ids) {
        if (std::find(unique.begin(), unique.end(), id) == unique.end())
            unique.push_back(id);
    }
    if (current != 0 && m_network.indexOf(current) < 0)
        current = 0;
    if (current == 0 && !unique.empty())
        current = unique.back();
    if (current != 0 && std::find(unique.begin(), unique.end(), current) == unique.end())
        unique.push_back(current);
    const bool selectionDiffers = unique != m_selection;
    m_selection = std::move(unique);
    if (current != m_currentLayer) {
        m_currentLayer = current;
        Q_EMIT currentLayerChanged(current);
    }
    if (selectionDiffers)
        Q_EMIT selectionChanged();
}

void Document::setBlockCollapsed(const QString &block, bool collapsed)
{
    if (collapsed == m_collapsed.contains(block))
        return;
    if (collapsed)
        m_collapsed.insert(block);
    else
        m_collapsed.remove(block);
    Q_EMIT blockCollapsedChanged(block, collapsed);
}

void Document::pruneSelection()
{
    const bool currentGone = m_currentLayer != 0 && m_network.indexOf(m_currentLayer) < 0;
    const bool selectionGone = std::any_of(m_selection.begin(), m_selection.end(),
                                           [this](LayerId id) { return m_network.indexOf(id) < 0; });
    if (currentGone || selectionGone)
        setSelection(m_selection, currentGone ? Network::inputId : m_currentLayer);
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
    pruneSelection();
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

void Document::replaceNetwork(Network network, const DocumentChange &change)
{
    m_network = std::move(network);
    pruneSelection();
    reanalyse(change);
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
    const bool wasAnalysing = isAnalysing();
    ++m_generation;
    Analysis next = analyzeWithoutCoverage(m_network);
    const bool walkNow = coverageWorkEstimate(next) < threshold;
    if (walkNow)
        addCoverage(next);
    else
        carryCoverage(m_analysis, next);
    m_analysis = std::move(next);
    if (!walkNow)
        startCoverage();
    Q_EMIT changed(change);
    if (isAnalysing() != wasAnalysing)
        Q_EMIT analysingChanged(isAnalysing());
}

void Document::startCoverage()
{
    if (m_workerRunning)
        return;
    m_workerRunning = true;
    m_workerGeneration = m_generation;
    m_coverage->setFuture(QtConcurrent::run([pending = m_analysis]() mutable {
        addCoverage(pending);
        return pending;
    }));
}

void Document::coverageFinished()
{
    m_workerRunning = false;
    if (m_workerGeneration != m_generation) {
        // Edits came meanwhile: this result is stale; walk the latest state if it waits.
        if (isAnalysing())
            startCoverage();
        return;
    }
    m_analysis = m_coverage->future().takeResult();
    Q_EMIT changed({DocumentChange::CoverageReady});
    Q_EMIT analysingChanged(false);
}

} // namespace cd::ui
