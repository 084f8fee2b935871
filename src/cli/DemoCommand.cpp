// venvdeck-cli demo [DIR]: makes (or reuses) VenvDeck's demo root of real venvs and prints its path.
#include "CliCommon.h"
#include "Commands.h"

#include "demo/DemoRoot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace venvdeck::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck::cli", text);
}

} // namespace

int runDemoCommand(const QStringList &arguments)
{
    CommandParser command(u"demo"_s,
                          tr("Creates VenvDeck's demo root: real venvs made with the Pythons on this machine, "
                                    "named the way an execution server names them, with superseded, "
                                    "Python-mismatched and broken examples. An existing demo root is reused. "
                                    "Progress goes to stderr; the root's path is printed on stdout."));
    command.parser().addPositionalArgument(
        u"dir"_s,
        tr("The folder to make it in (new, empty or an earlier demo root). Default: %1")
            .arg(QDir::toNativeSeparators(defaultDemoRoot())),
        u"[DIR]"_s);
    if (const std::optional<int> exit = command.parse(arguments))
        return *exit;

    const QStringList positional = command.parser().positionalArguments();
    if (positional.size() > 1) {
        printError(
            tr("demo takes at most one folder, got %1: %2").arg(positional.size()).arg(positional.join(u' ')));
        return ExitUsage;
    }
    const QString root = positional.isEmpty() ? defaultDemoRoot() : QFileInfo(positional.first()).absoluteFilePath();

    const DemoRootResult result =
        createDemoRoot(root, [](const QString &message) { standardError() << message << Qt::endl; });

    for (const QString &note : result.notes)
        standardError() << tr("note: %1").arg(note) << Qt::endl;
    if (!result.ok()) {
        printProblems(result.problems);
        if (result.refused) {
            printError(tr("%1 cannot hold the demo root; name a new or empty folder: venvdeck-cli demo DIR")
                           .arg(QDir::toNativeSeparators(root)));
            return ExitUsage;
        }
        printError(tr("the demo root %1 could not be completed").arg(QDir::toNativeSeparators(root)));
        return ExitFailure;
    }
    if (result.reused) {
        standardError() << tr("Reused the demo root %1.").arg(QDir::toNativeSeparators(result.root)) << Qt::endl;
    } else {
        standardError() << QCoreApplication::translate("venvdeck", "Made %n environment(s) in %1 s.", nullptr,
                                                       int(result.created.size()))
                               .arg(double(result.elapsedMs) / 1000.0, 0, 'f', 1)
                        << Qt::endl;
    }
    standardOutput() << QDir::toNativeSeparators(result.root) << Qt::endl;
    return ExitSuccess;
}

} // namespace venvdeck::cli
