#include "CleanupOutput.h"
#include "CliCommon.h"
#include "Commands.h"

#include "cleanup/CleanupStatus.h"
#include "scan/RootLayout.h"

#include <QCoreApplication>
#include <QDir>

namespace venvdeck::cli {

namespace {

// pin and unpin: the same command, adding to or removing from <root>/.venvdeck/pins.txt.
int runPins(const QStringList &arguments, bool add)
{
    CommandParser command(arguments.first(),
                          add ? QCoreApplication::translate("venvdeck", "Pins environments: never proposed for removal "
                                                                        "(kept in .venvdeck/pins.txt in the root).")
                              : QCoreApplication::translate("venvdeck", "Unpins environments."));
    CleanupInvocation invocation;
    if (const auto exit = parseCleanupCommand(command, arguments, Arguments::Names, {}, &invocation))
        return *exit;
    const RootChoice &root = invocation.root;
    const QStringList &names = invocation.names;
    Problems problems;
    const QString error = changePins(root.path, add ? names : QStringList(), add ? QStringList() : names, &problems);
    printProblems(problems);
    if (!error.isEmpty()) {
        printError(QCoreApplication::translate("venvdeck", "cannot write %1: %2")
                       .arg(QDir::toNativeSeparators(rootlayout::pinsPath(root.path)), error));
        return ExitFailure;
    }
    const QSet<QString> pins = readPins(root.path, &problems);
    QStringList sorted(pins.cbegin(), pins.cend());
    sorted.sort();
    standardOutput() << QCoreApplication::translate("venvdeck", "Pinned: %1")
                            .arg(sorted.isEmpty() ? QStringLiteral("-") : sorted.join(QStringLiteral(", ")))
                     << Qt::endl;
    return problems.isEmpty() ? ExitSuccess : ExitFailure;
}

} // namespace

int runPinCommand(const QStringList &arguments)
{
    return runPins(arguments, true);
}

int runUnpinCommand(const QStringList &arguments)
{
    return runPins(arguments, false);
}

} // namespace venvdeck::cli
