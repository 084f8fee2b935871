// The GUI executable: parse arguments, build MainWindow, exec. Everything else lives in venvdeck_gui and venvdeck_core.
#include "about/AboutDialog.h"
#include "build/BuildDialog.h"
#include "cleanup/CleanupDialog.h"
#include "config/Settings.h"
#include "config/Translations.h"
#include "demo/DemoRoot.h"
#include "mainwindow/BenchmarkRun.h"
#include "mainwindow/MainWindow.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// --help and --version print text only: they must work over ssh, where there is no display to open.
bool asksOnlyForText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

// Without a display Qt's xcb plugin aborts with a message about plugins; say what to do instead.
bool hasDisplay(int argc, char **argv)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0)
            return true;
    }
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

} // namespace

int main(int argc, char **argv)
{
    const bool textOnly = asksOnlyForText(argc, argv);
    if (!textOnly && !hasDisplay(argc, argv)) {
        std::fputs("venvdeck: there is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                   "  Run it from a desktop session or with ssh -X, or use the command line instead:\n"
                   "  venvdeck-cli list\n",
                   stderr);
        return 1;
    }
    const std::unique_ptr<QCoreApplication> application =
        textOnly ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(u"VenvDeck"_s);
    QCoreApplication::setApplicationName(u"VenvDeck"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VENVDECK_VERSION));
    if (!textOnly)
        QGuiApplication::setDesktopFileName(u"io.github.venvdeck.VenvDeck"_s);

    venvdeck::Settings settings;
    venvdeck::installTranslators(&app, settings.value(venvdeck::SettingKeys::language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Browse, inspect and clean up the Python virtual environments of a CloudShell execution server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption rootOption(
        u"root"_s,
        QCoreApplication::translate("main", "The venv root to open (else VENVDECK_ROOT, the saved setting, the platform "
                                        "default)."),
        QCoreApplication::translate("main", "DIR"));
    const QCommandLineOption demoOption(
        u"demo"_s, QCoreApplication::translate("main", "Open the demo root, creating it first if needed."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QCoreApplication::translate("main", "When the first scan has finished, save the window as a PNG image and quit."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption checkUpdatesOption(
        u"check-updates"_s,
        QCoreApplication::translate("main", "When the first scan has finished, check the environments for updates "
                                            "(with --screenshot: save the picture once the check has ended)."));
    const QCommandLineOption screenshotDialogOption(
        u"screenshot-dialog"_s,
        QCoreApplication::translate("main", "With --screenshot: open the dialog NAME (build, settings, cleanup, about) or "
                                            "the builds panel (builds) and save it instead of the window."),
        QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption benchmarkOption(
        u"benchmark-report"_s,
        QCoreApplication::translate("main", "Measure the event loop's longest stall, the time to the first rows and the "
                                            "peak memory while the root is scanned, write them to FILE as JSON and "
                                            "quit (tests/benchmarks/run_benchmarks.py)."),
        QCoreApplication::translate("main", "FILE"));
    parser.addOptions({rootOption, demoOption, screenshotOption, screenshotDialogOption, checkUpdatesOption});
    parser.addOption(benchmarkOption);
    parser.process(app);
    const QString dialogName = parser.value(screenshotDialogOption);
    if (!dialogName.isEmpty() &&
        !QStringList{u"build"_s, u"settings"_s, u"cleanup"_s, u"about"_s, u"builds"_s}.contains(dialogName)) {
        std::fprintf(stderr, "venvdeck: --screenshot-dialog takes build, settings, cleanup, about or builds, not %s\n",
                     qPrintable(dialogName));
        return 2;
    }

    venvdeck::MainWindow window(settings);
    window.applyIndexSettings(); // the package server's health, in the background, now and every few minutes

    const QString screenshot = parser.value(screenshotOption);
    int exitCode = 0;
    const bool checkUpdates = parser.isSet(checkUpdatesOption);
    if (checkUpdates) {
        QObject::connect(&window, &venvdeck::MainWindow::ready, &window, [&window] { window.checkForUpdates(); },
                         Qt::SingleShotConnection);
    }
    if (!screenshot.isEmpty()) {
        QObject::connect(
            &window, checkUpdates ? &venvdeck::MainWindow::updatesChecked : &venvdeck::MainWindow::ready, &app,
            [&window, &exitCode, screenshot, dialogName] {
                // The widget to grab, and when it has settled (the Build dialog looks for the Pythons, the
                // Cleanup dialog computes its preview, both off the GUI thread).
                QWidget *target = &window;
                std::function<bool()> settled = [] { return true; };
                if (dialogName == u"build") {
                    auto *dialog = window.openBuildDialog();
                    dialog->resize(860, 760);
                    // On the demo root, as an admin preparing a build: its driver folder chosen, read and planned.
                    if (venvdeck::isDemoRoot(window.root()))
                        dialog->setSource(venvdeck::demoBuildSource(window.root()));
                    target = dialog;
                    settled = [dialog] { return dialog->interpretersKnown() && !dialog->isReading(); };
                } else if (dialogName == u"settings") {
                    target = window.openSettingsDialog();
                } else if (dialogName == u"cleanup") {
                    auto *dialog = window.openCleanupDialog();
                    target = dialog;
                    settled = [dialog] { return !dialog->isComputing(); };
                } else if (dialogName == u"about") {
                    target = window.openAboutDialog();
                } else if (dialogName == u"builds") {
                    window.showBuildsPanel();
                }
                auto *poll = new QTimer(&window);
                poll->setInterval(100);
                QObject::connect(poll, &QTimer::timeout, &window, [poll, target, settled, &exitCode, screenshot] {
                    if (!settled())
                        return;
                    poll->stop();
                    // Let the last batch and the details pane paint before grabbing.
                    QTimer::singleShot(300, target, [target, &exitCode, screenshot] {
                        const QString file = QFileInfo(screenshot).absoluteFilePath();
                        if (!target->grab().save(file, "PNG")) {
                            std::fprintf(stderr, "venvdeck: cannot write %s\n",
                                         qPrintable(QDir::toNativeSeparators(file)));
                            exitCode = 1;
                        }
                        QApplication::quit();
                    });
                });
                poll->start();
            },
            Qt::SingleShotConnection);
    }

    window.show();
    const auto openRoot = [&window, &parser, &demoOption, &rootOption, &settings] {
        if (parser.isSet(demoOption)) {
            window.openDemoRoot();
        } else {
            const venvdeck::RootChoice choice = venvdeck::chooseRoot(parser.value(rootOption), settings);
            window.openRoot(choice.path, venvdeck::describe(choice.source));
        }
    };
    if (parser.isSet(benchmarkOption))
        (new venvdeck::BenchmarkRun(window, parser.value(benchmarkOption), &window))->start(openRoot);
    else
        openRoot();
    const int appExitCode = QApplication::exec();
    return exitCode != 0 ? exitCode : appExitCode;
}
