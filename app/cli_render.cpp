#include "cli_render.h"

#include "gui_application.h"
#include "io/atomic_write.h"
#include "render/view_render.h"
#include "text/terminal_text.h"
#include "theme/theme.h"

#include <QFile>

#include <iostream>

namespace cd::cli {

namespace {

QString qtString(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

} // namespace

std::string renderOptionsError(const Options &options)
{
    const auto format
        = ui::renderFormatFor(QFile::decodeName(QByteArray::fromStdString(options.output)));
    if (!format)
        return "-o " + text::quotedForTerminal(options.output)
               + ": the file must end in .svg or .png, which chooses the format";
    if (!(options.scale > 0) || options.scale > ui::maxRenderScale)
        return "--scale needs a number above 0 and at most 16, e.g. 2";
    if (options.scaleGiven && *format == ui::RenderFormat::Svg)
        return "--scale is for PNG pictures; an SVG is drawn at any size";
    if (!options.theme.empty() && !ui::themeFromName(qtString(options.theme)))
        return "--theme: unknown theme " + text::quotedForTerminal(options.theme)
               + "; the themes are light, dark and high-contrast";
    QString error;
    if (!ui::parseViewSpec(qtString(options.view), &error))
        return "--view: " + text::printablePath(error.toStdString());
    return {};
}

int renderPicture(const Network &network, const Options &options, const char *programName)
{
    const auto app = makeGuiApplication(programName);
    if (!options.theme.empty())
        ui::setTheme(*ui::themeFromName(qtString(options.theme)));

    const QString output = QFile::decodeName(QByteArray::fromStdString(options.output));
    const ui::RenderResult result
        = ui::renderView(network, *ui::parseViewSpec(qtString(options.view), nullptr),
                         *ui::renderFormatFor(output), options.scale);
    if (!result.ok()) {
        std::cerr << "convdesigner-cli: " << text::printablePath(result.error.toStdString())
                  << '\n';
        return result.failure == ui::RenderResult::Failure::InvalidNetwork ? 1 : 2;
    }
    const std::string error = io::writeFileAtomically(output, result.bytes);
    if (!error.empty()) {
        std::cerr << "convdesigner-cli: " << error << '\n';
        return 2;
    }
    return 0;
}

} // namespace cd::cli
