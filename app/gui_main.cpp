// convdesigner: the designer window. Opens the file given on the command line, or the NiN
// example so that a first-time user sees a full table at once.

#include "main_window.h"
#include "recovery/recovery_offer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QTimer>

namespace {

// For ui_bench's start-up figure: quits once the first widget has painted.
class QuitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_quitting) {
            m_quitting = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_quitting = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ConvDesigner"));
    QApplication::setApplicationName(QStringLiteral("ConvDesigner"));
    QApplication::setApplicationVersion(QStringLiteral(CONVDESIGNER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Design convolutional networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A network to open."));
    parser.process(app);

    if (qEnvironmentVariableIsSet("CONVDESIGNER_QUIT_AFTER_FIRST_PAINT"))
        app.installEventFilter(new QuitAfterFirstPaint(&app));

    cd::ui::MainWindow window;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !window.openFile(files.first()))
        window.openExample(QStringLiteral(":/examples/nin.cnn.json"));
    window.show();
    // Over the shown window, so the question is seen with what it restores into.
    QTimer::singleShot(0, &window, [&window] {
        cd::ui::offerRecovery(&window, cd::ui::RecoveryStore(cd::ui::RecoveryStore::defaultDirectory()));
    });
    return app.exec();
}
