#include "CleanupOutput.h"
#include "CliCommon.h"
#include "Commands.h"

#include "cleanup/SafeRemoval.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace venvdeck::cli {

int runApplyPendingCommand(const QStringList &arguments)
{
    CommandParser command(
        arguments.first(),
        QCoreApplication::translate("venvdeck", "Removes exactly the environments flagged for removal (run at boot, "
                                                "before the execution server starts). Skips and reports any that was "
                                                "replaced, became a link, is locked by a build or is in use."));
    const QCommandLineOption dryRun(u"dry-run"_s,
                                    QCoreApplication::translate("venvdeck", "Check and report; delete nothing."));
    command.parser().addOption(dryRun);
    CleanupInvocation invocation;
    if (const auto exit =
            parseCleanupCommand(command, arguments, Arguments::None, {u"table"_s, u"json"_s}, &invocation))
        return *exit;
    ApplyOptions options;
    options.dryRun = command.parser().isSet(dryRun);
    return printRemovalReport(invocation.root.path, applyPendingRemovals(invocation.root.path, options),
                              invocation.format);
}

} // namespace venvdeck::cli
