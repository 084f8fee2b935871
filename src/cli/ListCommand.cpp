#include "CliCommon.h"
#include "Commands.h"

#include "cleanup/CleanupStatus.h"
#include "cleanup/ValidityPeriod.h"
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

// The rules that apply, as keywords.
QString rulesText(const CleanupStatus &status, QChar separator)
{
    QStringList parts;
    for (const StaleReason &reason : status.staleness.reasons)
        parts.append(keyword(reason.rule));
    return parts.join(separator);
}

// The STALE column: the rules that apply, then pinned / pending / in use.
QString staleText(const CleanupStatus &status)
{
    QString text = rulesText(status, QLatin1Char(','));
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

QString pidsText(const CleanupStatus &status)
{
    QStringList pids;
    for (const ProcessUse &use : status.inUse.value_or(QList<ProcessUse>()))
        pids.append(QString::number(use.pid));
    return pids.join(QLatin1Char(';'));
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
                     sizeText(environment), formatDate(environment.lastUsedAt), healthText(environment),
                     staleText(cleanup.byName.value(environment.name))});
        if (environment.usage) {
            sized = true;
            totalBytes += environment.usage->apparentBytes;
        }
        if (environment.health == Health::Broken)
            ++broken;
    }
    QTextStream &out = standardOutput();
    out << renderTable(header, rows, 0, {4, 5});
    QString summary = QCoreApplication::translate("venvdeck", "%n environment(s)", nullptr,
                                                  int(result.environments.size()));
    if (sized)
        summary += QStringLiteral(", ") + formatBytes(totalBytes);
    summary += QStringLiteral(", ") + QCoreApplication::translate("venvdeck", "%n broken", nullptr, broken);
    out << summary << QStringLiteral(" (") << result.root << QStringLiteral(")") << Qt::endl;
}

void printCsv(const ScanResult &result, const CleanupView &cleanup)
{
    QTextStream &out = standardOutput();
    out << csvRecord({QStringLiteral("name"), QStringLiteral("path"), QStringLiteral("layout"), QStringLiteral("owner"),
                      QStringLiteral("ownerKind"), QStringLiteral("ownerVersion"), QStringLiteral("ownerSource"),
                      QStringLiteral("pythonVersion"), QStringLiteral("pythonImplementation"),
                      QStringLiteral("packages"), QStringLiteral("sizeBytes"), QStringLiteral("allocatedBytes"),
                      QStringLiteral("fileCount"), QStringLiteral("createdAt"), QStringLiteral("modifiedAt"),
                      QStringLiteral("lastUsedAt"), QStringLiteral("lastUsedSource"), QStringLiteral("health"),
                      QStringLiteral("healthReasons"), QStringLiteral("staleness"), QStringLiteral("pinned"),
                      QStringLiteral("pendingRemoval"), QStringLiteral("inUsePids")});
    for (const Environment &environment : result.environments) {
        const QJsonObject json = environmentToJson(environment);
        const CleanupStatus status = cleanup.byName.value(environment.name);
        const auto text = [&json](const char *key) {
            const QJsonValue value = json.value(QLatin1StringView(key));
            if (value.isDouble())
                return QString::number(value.toInteger());
            return value.toString();
        };
        out << csvRecord({text("name"), text("path"), text("layout"), text("owner"), text("ownerKind"),
                          text("ownerVersion"), text("ownerSource"), text("pythonVersion"),
                          text("pythonImplementation"), QString::number(environment.packages.size()),
                          text("sizeBytes"), text("allocatedBytes"), text("fileCount"), text("createdAt"),
                          text("modifiedAt"), text("lastUsedAt"), text("lastUsedSource"), text("health"),
                          environment.healthReasons.join(QStringLiteral("; ")), rulesText(status, QLatin1Char(';')),
                          status.staleness.pinned ? QStringLiteral("true") : QStringLiteral("false"),
                          status.pendingRemoval ? QStringLiteral("true") : QStringLiteral("false"), pidsText(status)});
    }
    out.flush();
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

    const ScanResult result = scanRoot({root.path, !command.parser().isSet(noSizes), command.parser().value(logsRoot)});
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
        QJsonObject json = scanResultToJson(result);
        QJsonArray environments = json.value(QStringLiteral("environments")).toArray();
        for (qsizetype i = 0; i < environments.size(); ++i) {
            QJsonObject environment = environments.at(i).toObject();
            const QJsonObject status =
                cleanupStatusToJson(cleanup.byName.value(environment.value(QStringLiteral("name")).toString()));
            for (auto it = status.begin(); it != status.end(); ++it)
                environment.insert(it.key(), it.value());
            environments.replace(i, environment);
        }
        json.insert(QStringLiteral("environments"), environments);
        standardOutput() << QJsonDocument(json).toJson(QJsonDocument::Indented);
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
