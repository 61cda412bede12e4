// File ▸ New from Example: every bundled network loads from the resources and analyses,
// and the d2l networks have the parameter counts PyTorch measures for them.

#include "analysis.h"
#include "examples.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <map>

TEST_CASE("every example in the menu loads and is a valid network")
{
    const QList<cd::ui::Example> all = cd::ui::examples();
    REQUIRE(all.size() == 8);
    // The parameter counts of the issue that added them (measured with PyTorch; LeNet's,
    // AlexNet's and VGG's are also cases in tests/data).
    const std::map<QString, std::int64_t> parameters = {
        {QStringLiteral(":/examples/lenet5.cnn.json"), 61'706},
        {QStringLiteral(":/examples/alexnet.cnn.json"), 46'764'746},
        {QStringLiteral(":/examples/vgg11.cnn.json"), 128'806'154},
        {QStringLiteral(":/examples/nin.cnn.json"), 1'992'166},
        {QStringLiteral(":/examples/googlenet.cnn.json"), 5'977'530},
        {QStringLiteral(":/examples/resnet18.cnn.json"), 11'178'378},
        {QStringLiteral(":/examples/densenet.cnn.json"), 758'226},
        {QStringLiteral(":/examples/regnetx32.cnn.json"), 179'290},
    };
    for (const cd::ui::Example &example : all) {
        INFO(example.title.toStdString());
        const cd::Analysis analysis = cd::analyze(cd::ui::loadExample(example.resourcePath));
        REQUIRE(analysis.valid());
        REQUIRE(parameters.count(example.resourcePath) == 1);
        CHECK(analysis.totals->params == parameters.at(example.resourcePath));
        CHECK(analysis.layers.back().output == cd::Shape{10, 1, 1, true});
    }
}
