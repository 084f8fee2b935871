#pragma once

#include <QStringList>

namespace venvdeck::cli {

// Each subcommand gets the whole argument list with the subcommand removed: {"venvdeck-cli list", args...}.
int runListCommand(const QStringList &arguments);
int runShowCommand(const QStringList &arguments);
int runDemoCommand(const QStringList &arguments);
int runRootCommand(const QStringList &arguments);
// Cleanup (docs-draft/cleanup.md).
int runFlagCommand(const QStringList &arguments);
int runUnflagCommand(const QStringList &arguments);
int runPinCommand(const QStringList &arguments);
int runUnpinCommand(const QStringList &arguments);
int runPendingCommand(const QStringList &arguments);
int runPruneCommand(const QStringList &arguments);
int runApplyPendingCommand(const QStringList &arguments);
int runRemoveCommand(const QStringList &arguments);
int runBuildCommand(const QStringList &arguments);
int runRefreshCommand(const QStringList &arguments);
int runInterpretersCommand(const QStringList &arguments);
int runOutdatedCommand(const QStringList &arguments);
int runIndexStatusCommand(const QStringList &arguments);

} // namespace venvdeck::cli
