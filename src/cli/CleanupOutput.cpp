#include "CleanupOutput.h"

#include "CliCommon.h"
#include "cleanup/CleanupStatus.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace venvdeck::cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("venvdeck::cli", text, nullptr, n);
}

} // namespace

std::optional<int> parseCleanupCommand(CommandParser &command, const QStringList &arguments, Arguments takes,
                                       const QStringList &formats, CleanupInvocation *invocation)
{
    const bool takesNames = takes == Arguments::Names;
    command.addRootOption();
    if (!formats.isEmpty())
        command.addFormatOption(formats);
    if (takesNames)
        command.parser().addPositionalArgument(u"NAME"_s, tr("Environment folder names."), u"NAME..."_s);
    if (const auto exit = command.parse(arguments))
        return exit;
    invocation->names = command.parser().positionalArguments();
    const QString name = arguments.first().section(u' ', -1);
    if (takesNames && invocation->names.isEmpty()) {
        printError(tr("'%1' needs at least one NAME.").arg(name));
        return ExitUsage;
    }
    if (!takesNames && !invocation->names.isEmpty()) {
        printError(tr("'%1' takes no arguments.").arg(name));
        return ExitUsage;
    }
    if (!formats.isEmpty()) {
        const std::optional<QString> format = command.format();
        if (!format)
            return ExitUsage;
        invocation->format = *format;
    }
    invocation->root = command.root();
    return checkRoot(invocation->root);
}

int printFlagReport(const FlagReport &report, const QString &doneWord)
{
    if (!report.refusal.isEmpty()) {
        printError(tr("the pending removals were refused; nothing changed:\n%1").arg(report.refusal));
        return ExitFailure;
    }
    int exit = ExitSuccess;
    for (const FlagResult &result : report.results) {
        if (result.flagged) {
            standardOutput() << doneWord << ' ' << result.name;
            if (!result.message.isEmpty())
                standardOutput() << " (" << result.message << ')';
            standardOutput() << Qt::endl;
        } else {
            printError(tr("%1: %2").arg(result.name, result.message));
            exit = ExitFailure;
        }
    }
    return exit;
}

QJsonObject removalReportToJson(const QString &root, const ApplyReport &report)
{
    QJsonArray results;
    for (const RemovalResult &result : report.results) {
        results.append(QJsonObject{{u"name"_s, result.name},
                                   {u"outcome"_s, keyword(result.outcome)},
                                   {u"message"_s, result.message},
                                   {u"processes"_s, processesToJson(result.processes)}});
    }
    QJsonArray warnings;
    for (const Problem &warning : report.warnings)
        warnings.append(QJsonObject{{u"path"_s, warning.path}, {u"message"_s, warning.message}});
    return QJsonObject{{u"root"_s, root},
                       {u"refused"_s, report.refusal.isEmpty() ? QJsonValue(QJsonValue::Null) : report.refusal},
                       {u"results"_s, results},
                       {u"warnings"_s, warnings}};
}

int printRemovalReport(const QString &root, const ApplyReport &report, const QString &format)
{
    if (format == u"json") {
        standardOutput() << QJsonDocument(removalReportToJson(root, report)).toJson(QJsonDocument::Indented);
        standardOutput().flush();
    }
    if (!report.refusal.isEmpty()) {
        printError(tr("refused; nothing was removed:\n%1").arg(report.refusal));
        return ExitFailure;
    }
    if (format != u"json") {
        QList<QStringList> rows;
        for (const RemovalResult &result : report.results)
            rows.append({result.name, keyword(result.outcome), result.message});
        if (rows.isEmpty())
            standardOutput() << tr("Nothing is pending removal in %1.").arg(QDir::toNativeSeparators(root)) << Qt::endl;
        else
            standardOutput() << renderTable({tr("NAME"), tr("OUTCOME"), tr("DETAILS")}, rows, 2, {}, 160);
        standardOutput().flush();
    }
    printProblems(report.warnings);
    return report.allRemoved() ? ExitSuccess : ExitFailure;
}

} // namespace venvdeck::cli
