// Undo integrity under random edits: thousands of edits of every kind, from a fixed seed, on
// NiN, ResNet-18 and GoogLeNet. Each accepted edit's network is recorded; a refused one must
// change nothing. Undoing everything then walks back through the recorded states to the
// original exactly, and redoing everything forward again to the last. The seed is printed:
// CONVDESIGNER_UNDO_SEED reruns a failure, CONVDESIGNER_UNDO_EDITS scales the count (the
// sanitizer builds may want fewer).

#include "document.h"
#include "edits.h"
#include "io/network_reader.h"
#include "layer_fields.h"
#include "report/report_json.h"
#include "structure_edits.h"

#include <catch2/catch.hpp>

#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace {

using cd::ui::Document;

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

class RandomEditor
{
public:
    RandomEditor(Document &document, std::mt19937 &rng) : m_doc(document), m_rng(rng) {}

    // One random edit; returns the refusal message of an edit that can refuse (empty when
    // done or when the edit cannot refuse), and sets `canRefuse`.
    QString edit(bool &canRefuse)
    {
        canRefuse = false;
        const cd::Network &net = m_doc.network();
        if (net.layers.empty()) {
            cd::ui::insertNewLayer(&m_doc, randomType(), 0);
            return {};
        }
        canRefuse = true;
        switch (pick(19)) {
        case 0: canRefuse = false; cd::ui::insertNewLayer(&m_doc, randomType(), pick(int(net.layers.size()) + 1)); return {};
        case 1: canRefuse = false; cd::ui::removeLayer(&m_doc, randomLayer()); return {};
        case 2: canRefuse = false; cd::ui::moveLayer(&m_doc, randomLayer(), pick(int(net.layers.size()))); return {};
        case 3:
        case 4:
        case 5: canRefuse = false; changeField(); return {};
        case 6: canRefuse = false; cd::ui::renameLayer(&m_doc, randomLayer(), QStringLiteral("n%1").arg(pick(50))); return {};
        case 7: canRefuse = false; changeHeader(); return {};
        case 8: return cd::ui::connectLayers(&m_doc, randomNode(), randomLayer(), pick(3) - 1);
        case 9: {
            const auto [from, to] = randomEdge();
            return cd::ui::disconnectLayers(&m_doc, from, to);
        }
        case 10: {
            const cd::LayerId id = randomLayer();
            const int inputs = int(net.find(id)->inputs.size()) + 1;
            return cd::ui::moveLayerInput(&m_doc, id, pick(inputs), pick(inputs));
        }
        case 11: {
            const auto [from, to] = randomEdge();
            return cd::ui::insertNewLayerOnEdge(&m_doc, randomType(), from, to);
        }
        case 12: {
            const auto [from, to] = randomEdge();
            return cd::ui::moveLayerOntoEdge(&m_doc, randomLayer(), from, pick(4) == 0 ? 0 : to);
        }
        case 13: return cd::ui::removeLayers(&m_doc, randomLayers());
        case 14: return cd::ui::groupLayers(&m_doc, randomLayers());
        case 15: return cd::ui::ungroupBlock(&m_doc, randomBlock());
        case 16: return cd::ui::renameBlock(&m_doc, randomBlock(), QStringLiteral("b%1").arg(pick(20)));
        case 17:
            cd::ui::copyLayers(&m_doc, randomLayers());
            m_doc.setCurrentLayer(pick(3) == 0 ? 0 : randomLayer());
            return cd::ui::pasteLayers(&m_doc);
        default:
            canRefuse = false;
            if (pick(2) == 0)
                cd::ui::duplicateLayer(&m_doc, randomLayer());
            else
                cd::ui::addUnconnectedLayer(&m_doc, randomType());
            return {};
        }
    }

private:
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    cd::LayerType randomType() { return static_cast<cd::LayerType>(pick(cd::layerTypeCount)); }

    cd::LayerId randomLayer()
    {
        const auto &layers = m_doc.network().layers;
        return layers[std::size_t(pick(int(layers.size())))].id;
    }
    cd::LayerId randomNode() { return pick(8) == 0 ? cd::Network::inputId : randomLayer(); }

    std::vector<cd::LayerId> randomLayers()
    {
        std::vector<cd::LayerId> ids;
        const int count = 1 + pick(3);
        const auto &layers = m_doc.network().layers;
        // Mostly neighbours, which blocks need; sometimes anywhere.
        const int start = pick(int(layers.size()));
        for (int k = 0; k < count; ++k) {
            const int at = pick(4) == 0 ? pick(int(layers.size())) : start + k;
            if (at < int(layers.size()))
                ids.push_back(layers[std::size_t(at)].id);
        }
        return ids;
    }

    // A real edge mostly (from an input of a layer to it), sometimes any pair.
    std::pair<cd::LayerId, cd::LayerId> randomEdge()
    {
        const cd::LayerId to = randomLayer();
        const auto &inputs = m_doc.network().find(to)->inputs;
        if (inputs.empty() || pick(6) == 0)
            return {randomNode(), to};
        return {inputs[std::size_t(pick(int(inputs.size())))], to};
    }

    QString randomBlock()
    {
        std::vector<std::string> blocks;
        for (const cd::Layer &layer : m_doc.network().layers) {
            if (!layer.block.empty())
                blocks.push_back(layer.block);
        }
        if (blocks.empty() || pick(10) == 0)
            return QStringLiteral("no_such_block");
        return QString::fromStdString(blocks[std::size_t(pick(int(blocks.size())))]);
    }

    cd::Pair randomPair(std::int64_t low) { return {low + pick(6), low + pick(6)}; }

    void changeField()
    {
        const cd::LayerId id = randomLayer();
        const cd::Layer &layer = *m_doc.network().find(id);
        const auto &fields = cd::layerFields(cd::layerType(layer.kind));
        if (fields.empty()) {
            cd::ui::renameLayer(&m_doc, id, QString());
            return;
        }
        const cd::FieldInfo &field = fields[std::size_t(pick(int(fields.size())))];
        const std::string key(field.key);
        const std::int64_t low = pick(10) == 0 ? 0 : 1; // now and then one the analysis refuses
        cd::FieldValue value;
        switch (field.kind) {
        case cd::FieldKind::Count: value = std::int64_t{low + pick(64)}; break;
        case cd::FieldKind::Pair: value = randomPair(low); break;
        case cd::FieldKind::OptionalPair:
            value = pick(3) == 0 ? std::optional<cd::Pair>() : std::optional(randomPair(low));
            break;
        case cd::FieldKind::ConvPadding:
            value = cd::ConvPaddingValue{static_cast<cd::PaddingMode>(pick(3)), randomPair(0)};
            break;
        case cd::FieldKind::Flag: value = pick(2) == 0; break;
        case cd::FieldKind::Real:
        case cd::FieldKind::Probability: value = pick(11) / 10.0; break;
        }
        cd::ui::setLayerField(&m_doc, id, key, value);
    }

    void changeHeader()
    {
        Document::Header header = m_doc.header();
        switch (pick(4)) {
        case 0:
            header.input.height = 16 + pick(300);
            cd::ui::setHeader(&m_doc, header, QStringLiteral("input.height"));
            break;
        case 1:
            header.input.channels = 1 + pick(4);
            cd::ui::setHeader(&m_doc, header, QStringLiteral("input.channels"));
            break;
        case 2:
            header.settings.batch = 1 + pick(64);
            cd::ui::setHeader(&m_doc, header, QStringLiteral("settings.batch"));
            break;
        default:
            header.name = "net" + std::to_string(pick(9));
            cd::ui::setHeader(&m_doc, header, QStringLiteral("name"));
            break;
        }
    }

    Document &m_doc;
    std::mt19937 &m_rng;
};

// Random edits on the example `file`, then undo all and redo all, checking every state.
void editUndoRedo(const char *file, int edits, std::mt19937 &rng, std::uint32_t seed)
{
    INFO("network " << file << ", seed " << seed);
    const QString path
        = QStringLiteral(CONVDESIGNER_EXAMPLES "/%1.cnn.json").arg(QString::fromLatin1(file));
    cd::io::ReadResult read = cd::io::readNetworkFile(path);
    REQUIRE(read.network);
    Document document;
    document.reset(*read.network, path);
    QUndoStack *stack = document.undoStack();
    std::vector<cd::Network> states{document.network()}; // states[i]: after i undo steps
    RandomEditor editor(document, rng);
    int refusals = 0;
    for (int step = 0; step < edits; ++step) {
        INFO("edit " << step);
        const cd::Network before = document.network();
        const int count = stack->count();
        bool canRefuse = false;
        const QString refusal = editor.edit(canRefuse);
        if (!refusal.isEmpty()) {
            ++refusals;
            REQUIRE(document.network() == before);
            REQUIRE(stack->count() == count);
            continue;
        }
        if (stack->count() == count + 1) {
            states.push_back(document.network());
        } else if (stack->count() == count) {
            // A no-op, or an edit merged into the one before (the same field again).
            if (!(document.network() == before))
                states.back() = document.network();
        } else {
            // Merged back to where that edit started: the step became obsolete.
            REQUIRE(stack->count() == count - 1);
            states.pop_back();
            REQUIRE(document.network() == states.back());
        }
        REQUIRE(int(states.size()) == stack->count() + 1);
        REQUIRE(stack->index() == stack->count());
        REQUIRE(document.analysis().layers.size() == document.network().layers.size());
    }
    std::printf("  %s: %d undo steps, %d refusals, %zu layers at the end\n", file,
                stack->count(), refusals, document.network().layers.size());
    CHECK(stack->count() > edits / 4); // the edits did something

    for (int i = stack->count(); i > 0; --i) {
        stack->undo();
        REQUIRE(document.network() == states[std::size_t(i - 1)]);
    }
    CHECK(document.network() == *read.network);
    for (int i = 1; i <= stack->count(); ++i) {
        stack->redo();
        REQUIRE(document.network() == states[std::size_t(i)]);
    }
    CHECK(document.network() == states.back());
    // Whatever path the coverage took, the analysis ends as analyze() of the network.
    REQUIRE(QTest::qWaitFor([&] { return !document.isAnalysing(); }, 20000));
    CHECK(cd::reportJson(document.analysis()) == cd::reportJson(cd::analyze(document.network())));
}

std::uint32_t seedFromEnvironment(int edits)
{
    const auto seed = static_cast<std::uint32_t>(envInt("CONVDESIGNER_UNDO_SEED", 20261203));
    std::printf("undo random: seed %u (CONVDESIGNER_UNDO_SEED), %d edits a network\n", seed,
                edits);
    return seed;
}

} // namespace

TEST_CASE("random edits undo to the original network exactly and redo to the last",
          "[undo][random]")
{
    const int edits = envInt("CONVDESIGNER_UNDO_EDITS", 1000);
    const std::uint32_t seed = seedFromEnvironment(edits);
    std::mt19937 rng(seed);
    for (const char *file : {"nin", "resnet18", "googlenet"})
        editUndoRedo(file, edits, rng, seed);
}

TEST_CASE("random edits with every coverage walked on a worker undo and redo as well",
          "[undo][random][async]")
{
    const std::int64_t saved = Document::coverageThreshold();
    Document::setCoverageThreshold(0);
    const int edits = envInt("CONVDESIGNER_UNDO_EDITS", 1000) / 4;
    const std::uint32_t seed = seedFromEnvironment(edits) + 1;
    std::mt19937 rng(seed);
    for (const char *file : {"nin", "googlenet"})
        editUndoRedo(file, edits, rng, seed);
    Document::setCoverageThreshold(saved);
}
