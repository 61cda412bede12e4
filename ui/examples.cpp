#include "examples.h"

#include "io/network_reader.h"

#include <QtGlobal>

// Resources of a static library are linked in only when referenced; this references them.
static void initExampleResources()
{
    Q_INIT_RESOURCE(examples);
}

namespace cd::ui {

QList<Example> examples()
{
    // In the order of d2l's chapters on CNNs (LeNet, then "Modern Convolutional Neural
    // Networks"), each at the input size the book trains it on.
    return {
        {QStringLiteral("LeNet-5 (28\u00d728)"), QStringLiteral(":/examples/lenet5.cnn.json")},
        {QStringLiteral("AlexNet (224\u00d7224)"), QStringLiteral(":/examples/alexnet.cnn.json")},
        {QStringLiteral("VGG-11 (224\u00d7224)"), QStringLiteral(":/examples/vgg11.cnn.json")},
        {QStringLiteral("NiN (224\u00d7224)"), QStringLiteral(":/examples/nin.cnn.json")},
        {QStringLiteral("GoogLeNet (96\u00d796)"), QStringLiteral(":/examples/googlenet.cnn.json")},
        {QStringLiteral("ResNet-18 (96\u00d796)"), QStringLiteral(":/examples/resnet18.cnn.json")},
        {QStringLiteral("DenseNet (96\u00d796)"), QStringLiteral(":/examples/densenet.cnn.json")},
        {QStringLiteral("RegNetX-32 (96\u00d796)"),
         QStringLiteral(":/examples/regnetx32.cnn.json")},
    };
}

Network loadExample(const QString &resourcePath)
{
    static const bool initialised = (initExampleResources(), true);
    Q_UNUSED(initialised);
    io::ReadResult read = io::readNetworkFile(resourcePath);
    if (!read.network)
        qFatal("example %s is broken: %s", qPrintable(resourcePath), read.error.c_str());
    return std::move(*read.network);
}

} // namespace cd::ui
