#include "CliCommon.h"
#include "Commands.h"

#include "cleanup/CleanupStatus.h"
#include "cleanup/ValidityPeriod.h"
#include "model/EnvironmentCsv.h"
#include "model/EnvironmentJson.h"
#include "scan/Scanner.h"
#include "scan/UsageSignals.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace venvdeck::cli {

namespace {

QString healthText(const Environment &environment)
{
    return keyword(environment.health);
}

QString sizeText(const Environment &environment)
{
    return environment.usage ? formatBytes(environment.usage->apparentBytes) : QStringLiteral("-");
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

// The STALE column: the rules that apply, then pinned / pending / in use.
QString staleText(const CleanupStatus &status)
{
    QString text = staleRulesText(status, u',');
    const auto mark = [&text](const QString &word) {
        text += (text.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    };
    if (status.staleness.pinned)
        mark(QCoreApplication::translate("venvdeck", "[pinned]"));
    if (status.pendingRemoval)
        mark(QCoreApplication::translate("venvdeck", "[pending]"));
    if (status.inUse && !status.inUse->isEmpty())
        mark(QCoreApplication::translate("venvdeck", "[in use]"));
    return orDash(text);
}

void printTable(const ScanResult &result, const CleanupView &cleanup)
{
    const QStringList header{
        QCoreApplication::translate("venvdeck", "NAME"),   QCoreApplication::translate("venvdeck", "KIND"),
        QCoreApplication::translate("venvdeck", "VERSION"), QCoreApplication::translate("venvdeck", "PYTHON"),
        QCoreApplication::translate("venvdeck", "PKGS"),    QCoreApplication::translate("venvdeck", "SIZE"),
        QCoreApplication::translate("venvdeck", "LAST USED"), QCoreApplication::translate("venvdeck", "HEALTH"),
        QCoreApplication::translate("venvdeck", "STALE"),
    };
    QList<QStringList> rows;
    qint64 totalBytes = 0;
    int broken = 0;
    bool sized = false;
    for (const Environment &environment : result.environments) {
        rows.append({environment.name, keyword(environment.owner.kind), orDash(environment.owner.version),
                     orDash(environment.pythonVersion), QString::number(environment.packages.size()),
                     sizeText(environment), formatDay(environment.lastUsedAt), healthText(environment),
                     staleText(cleanup.byName.value(environment.name))});
        if (environment.usage) {
            sized = true;
            totalBytes += environment.usage->apparentBytes;
        }
        if (environment.health == Health::Broken)
            ++broken;
    }
    QTextStream &out = standardOutput();
    out << renderTable(header, rows, {8, 0}, {4, 5}); // names stay whole while the STALE column can give room
    QString summary = QCoreApplication::translate("venvdeck", "%n environment(s)", nullptr,
                                                  int(result.environments.size()));
    if (sized) // hard links shared by several environments counted once
        summary += QStringLiteral(", ") + formatBytes(result.total ? result.total->apparentBytes : totalBytes);
    summary += QStringLiteral(", ") + QCoreApplication::translate("venvdeck", "%n broken", nullptr, broken);
    out << summary << QStringLiteral(" (") << result.root << QStringLiteral(")") << Qt::endl;
}

void printCsv(const ScanResult &result, const CleanupView &cleanup)
{
    standardOutput() << environmentsToCsv(result.environments, &cleanup);
}

} // namespace

int runListCommand(const QStringList &arguments)
{
    CommandParser command(arguments.first(),
                          QCoreApplication::translate("venvdeck", "Lists every environment in the venv root: owner, "
                                                                  "version, Python, packages, size, last use, health."));
    command.addRootOption();
    command.addFormatOption({QStringLiteral("table"), QStringLiteral("json"), QStringLiteral("csv")});
    const QCommandLineOption noSizes(QStringLiteral("no-sizes"),
                                     QCoreApplication::translate("venvdeck", "Skip the size walk (much faster)."));
    const QCommandLineOption logsRoot(
        QStringLiteral("logs-root"),
        QCoreApplication::translate("venvdeck", "cloudshell-logging's logs root, for last-used times (default: %1).")
            .arg(defaultLogsRoot()),
        QStringLiteral("DIR"));
    const QCommandLineOption noInUse(QStringLiteral("no-in-use"),
                                     QCoreApplication::translate("venvdeck", "Skip looking for processes that use "
                                                                             "each environment."));
    command.parser().addOption(noSizes);
    command.parser().addOption(logsRoot);
    const QCommandLineOption customerConfig(
        QStringLiteral("customer-config"),
        QCoreApplication::translate("venvdeck", "Take the validity period for 'refresh-due' "
                                                "(VirtualEnvironmentLifetimeDurationInMinutes) from this "
                                                "customer.config (default: the setting cleanup/validityMinutes, 480)."),
        QStringLiteral("FILE"));
    command.parser().addOption(noInUse);
    const QCommandLineOption noCache(
        QStringLiteral("no-cache"),
        QCoreApplication::translate("venvdeck", "Read every venv again instead of reusing the last scan's results "
                                                "for the venvs in which nothing changed (see README, 'Rescan cache')."));
    command.parser().addOption(noCache);
    command.parser().addOption(customerConfig);
    if (const auto exit = command.parse(arguments))
        return *exit;
    if (!command.parser().positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("venvdeck", "'list' takes no arguments; did you mean 'show NAME'?"));
        return ExitUsage;
    }
    const std::optional<QString> format = command.format();
    if (!format)
        return ExitUsage;
    const RootChoice root = command.root();
    if (const auto exit = checkRoot(root))
        return *exit;

    const ScanResult result = scanRoot({root.path, !command.parser().isSet(noSizes), command.parser().value(logsRoot),
                                        !command.parser().isSet(noCache)});
    const Settings settings;
    Problems cleanupProblems;
    StalenessOptions options = stalenessOptions(settings, root.path, &cleanupProblems);
    if (command.parser().isSet(customerConfig)) {
        const std::optional<int> minutes =
            readValidityMinutes(command.parser().value(customerConfig), &cleanupProblems);
        if (minutes)
            options.validityMinutes = *minutes;
    }
    CleanupView cleanup = cleanupView(result, options, !command.parser().isSet(noInUse));
    cleanupProblems.append(cleanup.problems);
    if (*format == u"json") {
        writeScanResultJson(result, cleanup, [](QByteArrayView bytes) { writeStandardOutput(bytes); });
    } else if (*format == u"csv") {
        printCsv(result, cleanup);
    } else {
        printTable(result, cleanup);
    }
    standardOutput().flush();
    printProblems(result.errors);
    printProblems(cleanupProblems);
    return ExitSuccess;
}

} // namespace venvdeck::cli
