#include "CliCommon.h"
#include "Commands.h"

#include "config/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace venvdeck::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck::cli", text);
}

} // namespace

int runRootCommand(const QStringList &arguments)
{
    CommandParser command(arguments.first(),
                          tr("Prints the venv root the other commands and the window would use, and (on "
                                    "stderr) what chose it. --set and --unset change the saved root."));
    command.addRootOption();
    const QCommandLineOption set(QStringLiteral("set"),
                                 tr("Save DIR as the root to use when neither --root nor VENVDECK_ROOT is "
                                           "given (for the window and the CLI, for this user)."),
                                 tr("DIR"));
    const QCommandLineOption unset(QStringLiteral("unset"), tr("Forget the saved root."));
    command.parser().addOptions({set, unset});
    if (const auto exit = command.parse(arguments))
        return *exit;

    if (command.parser().isSet(set) || command.parser().isSet(unset)) {
        if (command.parser().isSet(set) && command.parser().isSet(unset)) {
            printError(tr("--set and --unset cannot be used together."));
            return ExitUsage;
        }
        Settings settings;
        if (command.parser().isSet(unset)) {
            settings.setValue(SettingKeys::root, QString());
        } else {
            const QFileInfo info(command.parser().value(set));
            if (!info.isDir()) {
                printError(tr("%1 is not a folder; the saved root is unchanged.")
                               .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
                return ExitUsage;
            }
            settings.setValue(SettingKeys::root, QDir::cleanPath(info.absoluteFilePath()));
        }
        if (!settings.sync()) {
            printError(tr("cannot write the settings file %1.").arg(settings.fileName()));
            return ExitFailure;
        }
    }

    const RootChoice root = command.root();
    standardOutput() << QDir::toNativeSeparators(root.path) << Qt::endl;
    standardError() << tr("chosen by %1; %2")
                           .arg(describe(root.source), QFileInfo(root.path).isDir() ? tr("it exists")
                                                                                    : tr("it does not exist"))
                    << Qt::endl;
    return ExitSuccess;
}

} // namespace venvdeck::cli
