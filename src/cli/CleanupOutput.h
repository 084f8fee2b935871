#pragma once

#include "CliCommon.h"

#include "cleanup/SafeRemoval.h"

#include <QJsonObject>
#include <QString>

namespace venvdeck::cli {

// What the cleanup commands (flag, unflag, pin, pending, prune, apply-pending, remove) share.

struct CleanupInvocation
{
    RootChoice root;
    QString format;    // empty for commands without --format
    QStringList names; // the NAME... arguments
};

enum class Arguments
{
    None,
    Names
};

// Adds the NAME... argument (with Arguments::Names), parses, checks there are names (or none), the --format
// value (when `formats` is not empty: it adds the option) and the root. Returns the exit code when the command
// must stop now.
std::optional<int> parseCleanupCommand(CommandParser &command, const QStringList &arguments, Arguments takes,
                                       const QStringList &formats, CleanupInvocation *invocation);

// Prints one line per name ("flagged NAME", or an error on stderr naming why not). Returns the exit code:
// 0 when every name was done, 1 when any was refused or the manifest was.
int printFlagReport(const FlagReport &report, const QString &doneWord);

// One JSON object per removal result: {name, outcome, message, processes}.
QJsonObject removalReportToJson(const QString &root, const ApplyReport &report);
// Prints the report as a table or JSON; refusals and failures also go to stderr. Returns the exit code:
// 0 when everything considered is gone (or would be), 1 otherwise.
int printRemovalReport(const QString &root, const ApplyReport &report, const QString &format);

} // namespace venvdeck::cli
