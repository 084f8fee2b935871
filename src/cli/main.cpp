// venvdeck-cli: the headless companion of VenvDeck. Thin: it parses, calls venvdeck_core and prints.
#include "CliCommon.h"
#include "Commands.h"

#include "config/Translations.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <map>

using namespace venvdeck::cli;

namespace {

struct Command
{
    std::function<int(const QStringList &)> run;
    const char *summary;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("list"), {runListCommand, QT_TRANSLATE_NOOP("venvdeck", "List every environment in the root.")}},
        {QStringLiteral("show"), {runShowCommand, QT_TRANSLATE_NOOP("venvdeck", "Show everything known about one environment.")}},
        {QStringLiteral("root"), {runRootCommand, QT_TRANSLATE_NOOP("venvdeck", "Print the venv root in use and what chose it.")}},
        {QStringLiteral("demo"), {runDemoCommand, QT_TRANSLATE_NOOP("venvdeck", "Create (or reuse) a demo root of real venvs.")}},
        {QStringLiteral("flag"), {runFlagCommand, QT_TRANSLATE_NOOP("venvdeck", "Flag environments for removal at the next restart.")}},
        {QStringLiteral("unflag"), {runUnflagCommand, QT_TRANSLATE_NOOP("venvdeck", "Take environments off the pending removals.")}},
        {QStringLiteral("pin"), {runPinCommand, QT_TRANSLATE_NOOP("venvdeck", "Pin environments: never proposed for removal.")}},
        {QStringLiteral("unpin"), {runUnpinCommand, QT_TRANSLATE_NOOP("venvdeck", "Unpin environments.")}},
        {QStringLiteral("pending"), {runPendingCommand, QT_TRANSLATE_NOOP("venvdeck", "List the pending removals and what they free.")}},
        {QStringLiteral("prune"), {runPruneCommand, QT_TRANSLATE_NOOP("venvdeck", "Flag what the staleness rules select (deletes nothing).")}},
        {QStringLiteral("apply-pending"), {runApplyPendingCommand, QT_TRANSLATE_NOOP("venvdeck", "Remove the flagged environments (at boot).")}},
        {QStringLiteral("remove"), {runRemoveCommand, QT_TRANSLATE_NOOP("venvdeck", "Remove environments now (--now), if not in use.")}},
        {QStringLiteral("build"), {runBuildCommand, QT_TRANSLATE_NOOP("venvdeck", "Build (or refresh) the venv of a shell package, driver or requirements file.")}},
        {QStringLiteral("refresh"), {runRefreshCommand, QT_TRANSLATE_NOOP("venvdeck", "Install what is new on the package server into a venv.")}},
        {QStringLiteral("interpreters"), {runInterpretersCommand, QT_TRANSLATE_NOOP("venvdeck", "List the Pythons found and whether they make venvs.")}},
        {QStringLiteral("outdated"), {runOutdatedCommand, QT_TRANSLATE_NOOP("venvdeck", "Show packages the index has newer versions of.")}},
        {QStringLiteral("index-status"), {runIndexStatusCommand, QT_TRANSLATE_NOOP("venvdeck", "Check that the package index answers.")}},
    };
    return table;
}

void printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("venvdeck", "Usage: venvdeck-cli COMMAND [options]") << "\n\n"
           << QCoreApplication::translate("venvdeck", "Administers the Python virtual environments of a CloudShell "
                                                      "execution server.")
           << "\n\n"
           << QCoreApplication::translate("venvdeck", "Commands:") << '\n';
    // Two spaces at least between a name and its summary, however long the name (man/generate-manpage.sh and
    // anyone else reading this table split it there).
    qsizetype width = 10;
    for (const auto &entry : commands())
        width = std::max(width, entry.first.size() + 2);
    for (const auto &[name, command] : commands())
        stream << "  " << name.leftJustified(width) << QCoreApplication::translate("venvdeck", command.summary) << '\n';
    stream << '\n'
           << QCoreApplication::translate("venvdeck", "Run 'venvdeck-cli COMMAND --help' for a command's options.")
           << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("venvdeck-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("VenvDeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VENVDECK_VERSION));

    venvdeck::installTranslators(&app);

    QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first.isEmpty()) {
        printUsage(standardError());
        return ExitUsage;
    }
    if (first == u"-h" || first == u"--help" || first == u"help") {
        printUsage(standardOutput());
        return ExitSuccess;
    }
    if (first == u"--version" || first == u"-v") {
        standardOutput() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                         << Qt::endl;
        return ExitSuccess;
    }
    const auto command = commands().find(first);
    if (command == commands().end()) {
        printError(QCoreApplication::translate("venvdeck", "unknown command '%1'.").arg(first));
        printUsage(standardError());
        return ExitUsage;
    }
    arguments.removeAt(1);
    arguments[0] = QStringLiteral("venvdeck-cli ") + first;
    return command->second.run(arguments);
}
