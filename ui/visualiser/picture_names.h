#pragma once

// What each picture is called: in File ▸ Export Picture's dialogs and messages, in the file
// name it suggests, and in the SVG's title, which `convdesigner-cli render` must write
// exactly as the window does (the same SVG text). One list, so the two cannot drift apart.

#include <QCoreApplication>
#include <QString>

namespace cd::ui::picture_names {

inline QString network()
{
    return QCoreApplication::translate("cd::ui::Picture", "network");
}
inline QString layerView()
{
    return QCoreApplication::translate("cd::ui::Picture", "layer view");
}
inline QString inputCoverage()
{
    return QCoreApplication::translate("cd::ui::Picture", "input coverage");
}
inline QString memoryChart()
{
    return QCoreApplication::translate("cd::ui::Picture", "memory chart");
}

// The SVG title of a picture called `name`: "ConvDesigner layer view".
inline QString svgTitle(const QString &name)
{
    return QCoreApplication::translate("cd::ui::Picture", "ConvDesigner %1").arg(name);
}

} // namespace cd::ui::picture_names
