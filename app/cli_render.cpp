#include "cli_render.h"

#include "io/atomic_write.h"
#include "render/view_render.h"
#include "text/terminal_text.h"
#include "theme/theme.h"

#include <QApplication>
#include <QFile>

#include <iostream>

namespace cd::cli {

namespace {

QString qtString(const std::string &utf8)
{
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

// A machine without X or Wayland (a build server, ssh without -X) still renders: Qt would
// refuse to start on its default platform there. A platform the user chose is kept.
void chooseOffscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY"))
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
}

QtMessageHandler qtHandler = nullptr;

// A headless session (a container, cron, ssh) often has no XDG_RUNTIME_DIR: Qt then says so
// on every start, in a line that is no concern of a picture. Everything else Qt says is passed on.
void withoutRuntimeDirNotice(QtMsgType type, const QMessageLogContext &context,
                             const QString &message)
{
    if (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    if (qtHandler != nullptr)
        qtHandler(type, context, message);
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
    chooseOffscreenWithoutDisplay();
    qtHandler = qInstallMessageHandler(withoutRuntimeDirNotice);
    // Qt sees only the program's name: render's own options are no concern of QApplication's.
    int argc = 1;
    char *argv[] = {const_cast<char *>(programName), nullptr};
    QApplication app(argc, argv);
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
