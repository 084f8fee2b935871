#include "CleanupOutput.h"
#include "CliCommon.h"
#include "Commands.h"

#include "cleanup/SafeRemoval.h"

#include <QCoreApplication>

namespace venvdeck::cli {

int runFlagCommand(const QStringList &arguments)
{
    CommandParser command(arguments.first(),
                          QCoreApplication::translate("venvdeck", "Flags environments for removal at the next restart "
                                                                  "(apply-pending removes them). Each NAME must be a "
                                                                  "real folder directly inside the root."));
    const QCommandLineOption reason(QStringLiteral("reason"),
                                    QCoreApplication::translate("venvdeck", "Why (kept in the manifest)."),
                                    QStringLiteral("TEXT"));
    command.parser().addOption(reason);
    CleanupInvocation invocation;
    if (const auto exit = parseCleanupCommand(command, arguments, Arguments::Names, {}, &invocation))
        return *exit;
    const QString why = command.parser().isSet(reason)
                            ? command.parser().value(reason)
                            : QCoreApplication::translate("venvdeck", "flagged with venvdeck-cli");
    return printFlagReport(flagForRemoval(invocation.root.path, invocation.names, why),
                           QCoreApplication::translate("venvdeck", "flagged"));
}

int runUnflagCommand(const QStringList &arguments)
{
    CommandParser command(arguments.first(),
                          QCoreApplication::translate("venvdeck", "Takes environments off the pending removals."));
    CleanupInvocation invocation;
    if (const auto exit = parseCleanupCommand(command, arguments, Arguments::Names, {}, &invocation))
        return *exit;
    return printFlagReport(unflag(invocation.root.path, invocation.names),
                           QCoreApplication::translate("venvdeck", "unflagged"));
}

} // namespace venvdeck::cli
