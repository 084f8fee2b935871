#include "CleanupOutput.h"
#include "CliCommon.h"
#include "Commands.h"

#include "cleanup/CleanupStatus.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#else
#include <io.h>
#endif

using namespace Qt::StringLiterals;

namespace venvdeck::cli {

namespace {

// The disambiguation parameter is there so that lupdate sees tr("%n …", nullptr, n) as a plural message.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("venvdeck::cli", text, disambiguation, n);
}

bool standardInputIsTerminal()
{
#ifdef Q_OS_UNIX
    return ::isatty(STDIN_FILENO);
#else
    return ::_isatty(_fileno(stdin));
#endif
}

} // namespace

int runRemoveCommand(const QStringList &arguments)
{
    CommandParser command(arguments.first(),
                          tr("Removes environments now, with the same safety rules as apply-pending; one in use is "
                             "left alone and stays flagged for the next restart."));
    const QCommandLineOption now(u"now"_s, tr("Remove now (required: without it, use 'flag')."));
    const QCommandLineOption yes(u"yes"_s, tr("Do not ask for confirmation (required when not on a terminal)."));
    command.parser().addOption(now);
    command.parser().addOption(yes);
    CleanupInvocation invocation;
    if (const auto exit =
            parseCleanupCommand(command, arguments, Arguments::Names, {u"table"_s, u"json"_s}, &invocation))
        return *exit;
    if (!command.parser().isSet(now)) {
        printError(tr("'remove' deletes only with --now; to remove at the next restart, use 'flag'."));
        return ExitUsage;
    }
    const RootChoice &root = invocation.root;
    const QStringList &names = invocation.names;
    const QString *format = &invocation.format;
    if (!command.parser().isSet(yes)) {
        if (!standardInputIsTerminal()) {
            printError(tr("not asking for confirmation without a terminal; pass --yes to remove."));
            return ExitUsage;
        }
        standardError() << tr("Remove %n environment(s) from %1 now: %2? [y/N] ", nullptr, int(names.size()))
                               .arg(QDir::toNativeSeparators(root.path), names.join(u", "_s));
        standardError().flush();
        QTextStream input(stdin);
        const QString answer = input.readLine().trimmed().toLower();
        if (answer != u"y" && answer != u"yes") {
            standardError() << tr("Nothing removed.") << Qt::endl;
            return ExitFailure;
        }
    }
    return printRemovalReport(root.path, removeNow(root.path, names, tr("removed now with venvdeck-cli remove --now")),
                              *format);
}

} // namespace venvdeck::cli
