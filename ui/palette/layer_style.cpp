#include "layer_style.h"

#include <QtGlobal>

#include <array>

// The icons live in a static library, whose resource initialiser the linker drops unless
// something refers to it; Q_INIT_RESOURCE must be called outside any namespace.
static void initIconResources()
{
    Q_INIT_RESOURCE(icons);
}

namespace cd::ui {

namespace {

struct Style
{
    const char *label;
    QRgb color;
};

// In LayerType order.
constexpr std::array<Style, layerTypeCount> styles = {{
    {"Conv2d", 0x1a73e8},
    {"MaxPool2d", 0x188038},
    {"AvgPool2d", 0x34a853},
    {"AdaptiveAvgPool2d", 0x00897b},
    {"AdaptiveMaxPool2d", 0x00796b},
    {"NiN block", 0x8e24aa},
    {"BatchNorm2d", 0x607d8b},
    {"ReLU", 0xf57c00},
    {"Dropout", 0x78909c},
    {"Flatten", 0x8d6e63},
    {"Linear", 0x6d4c41},
    {"Add", 0xc2185b},
    {"Concat", 0x5e35b1},
    {"Sigmoid", 0xef6c00},
    {"Tanh", 0xe65100},
}};

const Style &styleOf(LayerType type)
{
    return styles.at(static_cast<std::size_t>(type));
}

QIcon iconFile(const QString &baseName)
{
    [[maybe_unused]] static const bool initialised = [] {
        initIconResources();
        return true;
    }();
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(baseName));
}

} // namespace

QString layerLabel(LayerType type)
{
    return QString::fromUtf8(styleOf(type).label);
}

QString layerTypeText(LayerType type)
{
    const std::string_view name = typeName(type);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

QIcon layerIcon(LayerType type)
{
    // QIcon is implicitly shared: one engine per type keeps the rendered pixmaps cached.
    static const std::array<QIcon, layerTypeCount> icons = [] {
        std::array<QIcon, layerTypeCount> result;
        for (int i = 0; i < layerTypeCount; ++i)
            result[static_cast<std::size_t>(i)] = iconFile(layerTypeText(LayerType(i)));
        return result;
    }();
    return icons.at(static_cast<std::size_t>(type));
}

QIcon inputIcon()
{
    static const QIcon icon = iconFile(QStringLiteral("input"));
    return icon;
}

QColor layerColor(LayerType type)
{
    return QColor::fromRgb(styleOf(type).color);
}

} // namespace cd::ui
