// The Blocks palette: d2l's templates, their drag payload, and Enter asking the block's
// arguments (answered here without a modal dialog) before inserting the tagged block.

#include "block_edits.h"
#include "document.h"
#include "palette/block_template_dialog.h"
#include "palette/template_palette.h"

#include <catch2/catch.hpp>

#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace cd;
using namespace cd::ui;

namespace {

// What the form would return: a downsampling residual block, or a cancelled form.
std::optional<templates::BlockSpec> answerResidual(BlockTemplate)
{
    return templates::Residual{.channels = 128, .use1x1Conv = true, .stride = 2};
}

std::optional<templates::BlockSpec> answerCancel(BlockTemplate)
{
    return std::nullopt;
}

struct AnswerGuard
{
    explicit AnswerGuard(BlockArgumentsAnswer answer) { setBlockArgumentsAnswer(answer); }
    ~AnswerGuard() { setBlockArgumentsAnswer(nullptr); }
};

} // namespace

TEST_CASE("the blocks palette offers every d2l template with its drag data", "[templates]")
{
    Document document;
    TemplatePalette palette(&document);
    REQUIRE(palette.count() == 6);
    for (int row = 0; row < palette.count(); ++row) {
        CHECK_FALSE(palette.item(row)->text().isEmpty());
        CHECK_FALSE(palette.item(row)->toolTip().isEmpty());
        std::unique_ptr<QMimeData> mime(encodeTemplateMime(palette.templateAt(row)));
        CHECK(decodeTemplateMime(mime.get()) == palette.templateAt(row));
    }
    QMimeData foreign;
    foreign.setData(templateMimeType(), "99");
    CHECK_FALSE(decodeTemplateMime(&foreign));
    CHECK_FALSE(decodeTemplateMime(nullptr));
}

TEST_CASE("the template form starts from d2l's first use of each block", "[templates]")
{
    CHECK(templates::d2lCall(defaultBlockSpec(BlockTemplate::Inception))
          == "Inception(64, (96, 128), (16, 32), 32)");
    CHECK(templates::d2lCall(defaultBlockSpec(BlockTemplate::Residual)) == "Residual(64)");
    CHECK(templates::d2lCall(defaultBlockSpec(BlockTemplate::Residual1x1))
          == "Residual(128, use_1x1conv=True, strides=2)");
    CHECK(templates::d2lCall(defaultBlockSpec(BlockTemplate::ResNeXt))
          == "ResNeXtBlock(32, 16, 1, True, 2)");
    CHECK(templates::d2lCall(defaultBlockSpec(BlockTemplate::DenseBlock)) == "DenseBlock(4, 32)");
    CHECK(templates::d2lCall(defaultBlockSpec(BlockTemplate::Transition))
          == "transition_block(96)");
}

TEST_CASE("Enter on a template inserts the block after the selection, once answered",
          "[templates]")
{
    Network start;
    start.input = {64, 56, 56};
    const LayerId stem = start.add(Conv2d{.outChannels = 64, .kernel = Pair::square(1)}, {Network::inputId}, "stem");
    Document document;
    document.reset(start, {});
    document.setCurrentLayer(stem);
    TemplatePalette palette(&document);
    palette.setCurrentRow(1); // Residual

    {
        AnswerGuard cancel(answerCancel);
        QTest::keyClick(&palette, Qt::Key_Return);
        CHECK(document.network() == start);
    }
    AnswerGuard residual(answerResidual);
    QTest::keyClick(&palette, Qt::Key_Return);
    CHECK(document.undoStack()->count() == 1);
    const std::vector<LayerId> block = layersInBlock(document.network(), "residual");
    // conv, bn, relu, conv, bn, shortcut conv, add, relu.
    CHECK(block.size() == 8);
    const LayerReport &out = document.analysis().layers.back();
    REQUIRE(out.ok());
    // 128 channels, 56 → (56 + 2 − 3) / 2 + 1 = 28.
    CHECK(out.output.channels == 128);
    CHECK(out.output.height == 28);
    CHECK(document.currentLayer() == block.back());
}
