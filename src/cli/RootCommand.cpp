#include "CliCommon.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace venvdeck::cli {

int runRootCommand(const QStringList &arguments)
{
    CommandParser command(arguments.first(),
                          QCoreApplication::translate("venvdeck", "Prints the venv root the other commands and the "
                                                                  "window would use, and (on stderr) what chose it."));
    command.addRootOption();
    if (const auto exit = command.parse(arguments))
        return *exit;
    const RootChoice root = command.root();
    standardOutput() << QDir::toNativeSeparators(root.path) << Qt::endl;
    standardError() << QCoreApplication::translate("venvdeck", "chosen by %1; %2")
                           .arg(describe(root.source),
                                QFileInfo(root.path).isDir() ? QCoreApplication::translate("venvdeck", "it exists")
                                                             : QCoreApplication::translate("venvdeck", "it does not exist"))
                    << Qt::endl;
    return ExitSuccess;
}

} // namespace venvdeck::cli
