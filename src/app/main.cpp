// The GUI executable: parse arguments, build MainWindow, exec. Everything else lives in venvdeck_gui and venvdeck_core.
#include "config/Settings.h"
#include "config/Translations.h"
#include "demo/DemoRoot.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"VenvDeck"_s);
    QApplication::setApplicationName(u"VenvDeck"_s);
    QApplication::setApplicationVersion(QStringLiteral(VENVDECK_VERSION));
    QApplication::setDesktopFileName(u"io.github.venvdeck.VenvDeck"_s);

    venvdeck::installTranslators(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Browse, inspect and clean up the Python virtual environments of a CloudShell execution server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption rootOption(
        u"root"_s,
        QApplication::translate("main", "The venv root to open (else VENVDECK_ROOT, the saved setting, the platform "
                                        "default)."),
        QApplication::translate("main", "DIR"));
    const QCommandLineOption demoOption(
        u"demo"_s, QApplication::translate("main", "Open the demo root, creating it first if needed."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QApplication::translate("main", "When the first scan has finished, save the window as a PNG image and quit."),
        QApplication::translate("main", "FILE"));
    parser.addOptions({rootOption, demoOption, screenshotOption});
    parser.process(app);

    venvdeck::Settings settings;
    venvdeck::MainWindow window(settings);

    const QString screenshot = parser.value(screenshotOption);
    int exitCode = 0;
    if (!screenshot.isEmpty()) {
        QObject::connect(
            &window, &venvdeck::MainWindow::ready, &app,
            [&window, &exitCode, screenshot] {
                // Let the last batch and the details pane paint before grabbing.
                QTimer::singleShot(300, &window, [&window, &exitCode, screenshot] {
                    const QString file = QFileInfo(screenshot).absoluteFilePath();
                    if (!window.grab().save(file, "PNG")) {
                        std::fprintf(stderr, "venvdeck: cannot write %s\n", qPrintable(QDir::toNativeSeparators(file)));
                        exitCode = 1;
                    }
                    QApplication::quit();
                });
            },
            Qt::SingleShotConnection);
    }

    window.show();
    if (parser.isSet(demoOption)) {
        window.openDemoRoot();
    } else {
        const venvdeck::RootChoice choice = venvdeck::chooseRoot(parser.value(rootOption), settings);
        window.openRoot(choice.path, venvdeck::describe(choice.source));
    }
    const int appExitCode = QApplication::exec();
    return exitCode != 0 ? exitCode : appExitCode;
}
