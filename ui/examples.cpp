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
    return {
        {QStringLiteral("NiN (d2l, 224\u00d7224)"), QStringLiteral(":/examples/nin.cnn.json")},
        {QStringLiteral("LeNet-5"), QStringLiteral(":/examples/lenet5.cnn.json")},
        {QStringLiteral("AlexNet"), QStringLiteral(":/examples/alexnet.cnn.json")},
        {QStringLiteral("VGG-11"), QStringLiteral(":/examples/vgg11.cnn.json")},
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
