// File > Open with an ONNX model: an untitled network, a question for a symbolic input size.

#include "document.h"
#include "main_window.h"
#include "onnx_open.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
#include <QTemporaryDir>

namespace {

QString onnxFile(const char *name)
{
    return QStringLiteral(CONVDESIGNER_TEST_DATA "/onnx/") + QString::fromLatin1(name);
}

// Replaces the input-size question for one test and restores the dialog after it.
struct AnswerInputSize
{
    std::optional<cd::InputShape> answer;
    int asked = 0;
    std::optional<std::int64_t> channelsSeen;
    cd::ui::InputSizeQuestion saved = cd::ui::inputSizeQuestion();

    explicit AnswerInputSize(std::optional<cd::InputShape> shape) : answer(shape)
    {
        cd::ui::inputSizeQuestion() = [this](QWidget *, const QString &,
                                             std::optional<std::int64_t> channels) {
            ++asked;
            channelsSeen = channels;
            return answer;
        };
    }
    ~AnswerInputSize() { cd::ui::inputSizeQuestion() = saved; }
};

} // namespace

TEST_CASE("opening an ONNX model gives an untitled network that saves as a network file",
          "[onnx]")
{
    AnswerInputSize never(std::nullopt);
    cd::ui::MainWindow window;
    REQUIRE(window.openFile(onnxFile("tiny_lenet.onnx")));
    CHECK(never.asked == 0);
    const cd::Network &network = window.document()->network();
    CHECK(network.input == cd::InputShape{1, 28, 28});
    CHECK(network.layers.front().name == "0");
    CHECK(window.document()->filePath().isEmpty());
    CHECK_FALSE(window.document()->isModified());

    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("lenet.cnn.json"));
    REQUIRE(window.saveTo(saved));
    cd::ui::MainWindow reopened;
    REQUIRE(reopened.openFile(saved));
    CHECK(reopened.document()->network() == network);
}

TEST_CASE("a symbolic input size is asked for; cancelling keeps the document", "[onnx]")
{
    cd::ui::MainWindow window;
    window.openExample(QStringLiteral(":/examples/nin.cnn.json"));
    const cd::Network before = window.document()->network();
    {
        AnswerInputSize cancel(std::nullopt);
        CHECK_FALSE(window.openFile(onnxFile("any_size.onnx")));
        CHECK(cancel.asked == 1);
        CHECK(cancel.channelsSeen == 1);
        CHECK(window.document()->network() == before);
    }
    AnswerInputSize size(cd::InputShape{1, 12, 10});
    REQUIRE(window.openFile(onnxFile("any_size.onnx")));
    CHECK(window.document()->network().input == cd::InputShape{1, 12, 10});
    CHECK(window.document()->network().layers.size() == 5);
}
