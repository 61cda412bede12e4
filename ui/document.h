#pragma once

// The one document of the designer: owns the network the user edits, its undo stack and the
// current analysis. Every edit is a command on the undo stack that calls the mutators below;
// each mutation re-analyses and emits changed(). Views only read.
//
// The analysis always matches the network: everything but coverage is computed at once
// (microseconds). Coverage too, unless its walk may take long (coverageWorkEstimate past
// coverageThreshold()): then it runs on a worker thread, the analysis shows the coverage from
// before where it still applies (cd::carryCoverage), isAnalysing() is true, and when the
// walk of the latest state is done the analysis gets it with a CoverageReady change.

#include "analysis.h"
#include "chain_edits.h"
#include "network.h"

#include <QObject>
#include <QSet>
#include <QString>

#include <cstdint>
#include <vector>

class QUndoStack;
template<typename T> class QFutureWatcher;

namespace cd::ui {

// What changed, by layer id: positions are the network's business (a view finds a layer
// with Network::indexOf, or a removed one among what it shows), so a change means the same
// whether the layers form a chain or a graph.
struct DocumentChange
{
    enum Kind {
        Reset,         // a new or opened network: everything may differ
        LayerInserted, // the layer `id` is new
        LayerRemoved,  // the layer `id` is gone
        LayerMoved,    // the layer `id` runs at another place
        LayerChanged,  // the layer `id`'s settings, name or inputs
        HeaderChanged, // network name, input shape or settings
        Restructured,  // several layers added, removed, rewired, reordered or regrouped at
                       // once (wiring, paste, templates, blocks); `id` is the layer to follow
        CoverageReady, // the same network: its coverage, walked on a worker, is in
    };
    Kind kind = Reset;
    LayerId id = Network::inputId;
};

class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    const Network &network() const { return m_network; }
    const Analysis &analysis() const { return m_analysis; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The analysis's coverage is still being walked on a worker thread.
    bool isAnalysing() const { return m_analysis.coveragePending; }
    // Coverage whose estimated work (cd::coverageWorkEstimate) reaches this is walked on a
    // worker; below it, at once. Tests set 0 to walk everything on a worker.
    static std::int64_t coverageThreshold();
    static void setCoverageThreshold(std::int64_t work);

    // A new network replaces the old one: the undo history starts afresh, unmodified.
    void reset(Network network, const QString &filePath);
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &filePath); // after Save As
    bool isModified() const;
    void markSaved();

    // The selected layer, shared by canvas, table and inspector; 0 selects the input.
    // Selecting it makes it the whole selection.
    LayerId currentLayer() const { return m_currentLayer; }
    void setCurrentLayer(LayerId id);
    // The layers selected together (for Group, Copy, Delete), in the order they were picked;
    // holds the current layer unless that is the input. Unknown ids are dropped.
    const std::vector<LayerId> &selection() const { return m_selection; }
    // `current` becomes the current layer (the last of `ids` when 0 and ids is not empty).
    void setSelection(std::vector<LayerId> ids, LayerId current = Network::inputId);

    // Which blocks the canvas shows collapsed: view state of this document, not an edit, so
    // not on the undo stack and not in the file. A new or opened network starts expanded.
    bool isBlockCollapsed(const QString &block) const { return m_collapsed.contains(block); }
    void setBlockCollapsed(const QString &block, bool collapsed);
    const QSet<QString> &collapsedBlocks() const { return m_collapsed; }

    // Mutators for commands only: views push commands instead. Structural edits splice the
    // chain (core/chain_edits.h) and return what their exact inverse needs.
    void insertLayer(int index, Layer layer);
    Removal removeLayer(int index);
    void restoreLayer(const Removal &removal);
    Removal moveLayer(int from, int to);
    void undoMove(int to, const Removal &original);
    void replaceLayer(int index, Layer layer);
    // A whole new network state from an edit that touched several layers at once (a
    // NetworkEditCommand keeps the state before and after).
    void replaceNetwork(Network network, const DocumentChange &change);
    struct Header
    {
        std::string name;
        InputShape input;
        Settings settings;
        friend bool operator==(const Header &, const Header &) = default;
    };
    Header header() const;
    void setHeader(const Header &header);

Q_SIGNALS:
    void changed(const cd::ui::DocumentChange &change);
    void currentLayerChanged(cd::LayerId id);
    void selectionChanged();
    void blockCollapsedChanged(const QString &block, bool collapsed);
    void filePathChanged(const QString &filePath);
    void modifiedChanged(bool modified);
    void analysingChanged(bool analysing);

private:
    void reanalyse(const DocumentChange &change);
    // Walks the current analysis's coverage on a worker, unless one is running already (its
    // end starts the next).
    void startCoverage();
    void coverageFinished();
    // Drops selected ids that no longer exist (after a removal or an undo).
    void pruneSelection();

    Network m_network;
    Analysis m_analysis;
    QUndoStack *m_undoStack;
    // One worker at most, walking its own copy of the analysis of generation
    // m_workerGeneration; m_generation counts every re-analysis.
    QFutureWatcher<Analysis> *m_coverage;
    bool m_workerRunning = false;
    std::uint64_t m_generation = 0;
    std::uint64_t m_workerGeneration = 0;
    QString m_filePath;
    LayerId m_currentLayer = 0;
    std::vector<LayerId> m_selection;
    QSet<QString> m_collapsed;
};

} // namespace cd::ui
