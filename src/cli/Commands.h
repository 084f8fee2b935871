#pragma once

#include <QStringList>

namespace venvdeck::cli {

// Each subcommand gets the whole argument list with the subcommand removed: {"venvdeck-cli list", args...}.
int runListCommand(const QStringList &arguments);
int runShowCommand(const QStringList &arguments);
int runDemoCommand(const QStringList &arguments);
int runRootCommand(const QStringList &arguments);
int runOutdatedCommand(const QStringList &arguments);
int runIndexStatusCommand(const QStringList &arguments);

} // namespace venvdeck::cli
