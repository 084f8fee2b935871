#include "CleanupOutput.h"
#include "CliCommon.h"
#include "Commands.h"

#include "cleanup/CleanupStatus.h"
#include "scan/Scanner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace venvdeck::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck::cli", text);
}

std::optional<int> nonNegative(const QString &text, const QString &option)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (ok && value >= 0)
        return value;
    printError(tr("--%1 needs a whole number, 0 or more, not '%2'").arg(option, text));
    return std::nullopt;
}

} // namespace

int runPruneCommand(const QStringList &arguments)
{
    CommandParser command(arguments.first(),
                          tr("Flags what the staleness rules select for removal at the next restart and prints it. "
                             "Deletes nothing. Pinned environments are never flagged; the newest of each owner and "
                             "Python, and the N newest of each owner, only when broken."));
    const QCommandLineOption policy(u"policy"_s,
                                    tr("Comma-separated rules that may flag: superseded, python-mismatch, broken, "
                                       "unused (default: the saved setting, else all four)."),
                                    u"RULES"_s);
    const QCommandLineOption keep(u"keep"_s, tr("Keep the N newest of each owner (default: the saved setting, 1)."),
                                  u"N"_s);
    const QCommandLineOption unusedDays(
        u"unused-days"_s, tr("'unused' after N days without use; 0 turns the rule off (default: setting, 30)."),
        u"N"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Print what would be flagged; change nothing."));
    const QCommandLineOption logsRoot(u"logs-root"_s, tr("cloudshell-logging's logs root, for last-used times."),
                                      u"DIR"_s);
    for (const QCommandLineOption &option : {policy, keep, unusedDays, dryRun, logsRoot})
        command.parser().addOption(option);
    CleanupInvocation invocation;
    if (const auto exit =
            parseCleanupCommand(command, arguments, Arguments::None, {u"table"_s, u"json"_s}, &invocation))
        return *exit;
    const RootChoice &root = invocation.root;
    const QString *format = &invocation.format;

    const Settings settings;
    Problems problems;
    StalenessOptions options = stalenessOptions(settings, root.path, &problems);
    if (command.parser().isSet(policy)) {
        options.policy.clear();
        for (const QString &name : command.parser().value(policy).split(u',', Qt::SkipEmptyParts)) {
            const std::optional<StaleRule> rule = staleRuleFromString(name);
            if (!rule || *rule == StaleRule::RefreshDue) {
                printError(tr("'%1' is not a rule that can flag; choose from: superseded, python-mismatch, broken, "
                              "unused")
                               .arg(name));
                return ExitUsage;
            }
            options.policy.append(*rule);
        }
    }
    if (command.parser().isSet(keep)) {
        const std::optional<int> value = nonNegative(command.parser().value(keep), u"keep"_s);
        if (!value)
            return ExitUsage;
        options.keepNewest = std::max(1, *value);
    }
    if (command.parser().isSet(unusedDays)) {
        const std::optional<int> value = nonNegative(command.parser().value(unusedDays), u"unused-days"_s);
        if (!value)
            return ExitUsage;
        options.unusedDays = *value;
    }

    const ScanResult scan = scanRoot({root.path, false, command.parser().value(logsRoot)});
    const PruneReport report = prune(scan, options, command.parser().isSet(dryRun));
    if (!report.refusal.isEmpty()) {
        printError(tr("the pending removals were refused; nothing was flagged:\n%1").arg(report.refusal));
        return ExitFailure;
    }
    const auto reasonsText = [](const PruneResult &result) {
        QStringList parts;
        for (const StaleReason &reason : result.reasons)
            parts.append(keyword(reason.rule) + u": "_s + reason.reason);
        return parts.join(u"; "_s);
    };
    int exit = ExitSuccess;
    if (*format == u"json") {
        QJsonArray results;
        for (const PruneResult &result : report.results) {
            QJsonArray reasons;
            for (const StaleReason &reason : result.reasons)
                reasons.append(QJsonObject{{u"rule"_s, keyword(reason.rule)}, {u"reason"_s, reason.reason}});
            results.append(QJsonObject{{u"name"_s, result.name},
                                       {u"flagged"_s, result.flagged},
                                       {u"message"_s, result.message},
                                       {u"reasons"_s, reasons}});
        }
        standardOutput() << QJsonDocument(QJsonObject{{u"root"_s, root.path},
                                                      {u"dryRun"_s, command.parser().isSet(dryRun)},
                                                      {u"results"_s, results}})
                                .toJson(QJsonDocument::Indented);
    } else {
        const QString done = command.parser().isSet(dryRun) ? tr("would flag") : tr("flagged");
        for (const PruneResult &result : report.results) {
            if (result.flagged)
                standardOutput() << done << ' ' << result.name << ": " << reasonsText(result) << Qt::endl;
            else
                standardOutput() << tr("left") << ' ' << result.name << ": " << result.message << Qt::endl;
        }
        if (report.results.isEmpty())
            standardOutput() << tr("Nothing to flag.") << Qt::endl;
    }
    for (const PruneResult &result : report.results) {
        if (!result.flagged && result.message != tr("already flagged"))
            exit = ExitFailure;
    }
    standardOutput().flush();
    printProblems(problems);
    return exit;
}

} // namespace venvdeck::cli
