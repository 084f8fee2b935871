#include "CliCommon.h"
#include "Commands.h"

#include "model/EnvironmentCsv.h"
#include "model/EnvironmentJson.h"
#include "scan/Scanner.h"
#include "scan/UsageSignals.h"

#include <QCoreApplication>
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

void printTable(const ScanResult &result)
{
    const QStringList header{
        QCoreApplication::translate("venvdeck", "NAME"),   QCoreApplication::translate("venvdeck", "KIND"),
        QCoreApplication::translate("venvdeck", "VERSION"), QCoreApplication::translate("venvdeck", "PYTHON"),
        QCoreApplication::translate("venvdeck", "PKGS"),    QCoreApplication::translate("venvdeck", "SIZE"),
        QCoreApplication::translate("venvdeck", "LAST USED"), QCoreApplication::translate("venvdeck", "HEALTH"),
    };
    QList<QStringList> rows;
    qint64 totalBytes = 0;
    int broken = 0;
    bool sized = false;
    for (const Environment &environment : result.environments) {
        rows.append({environment.name, keyword(environment.owner.kind), orDash(environment.owner.version),
                     orDash(environment.pythonVersion), QString::number(environment.packages.size()),
                     sizeText(environment), formatDate(environment.lastUsedAt), healthText(environment)});
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

void printCsv(const ScanResult &result)
{
    standardOutput() << environmentsToCsv(result.environments);
    standardOutput().flush();
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
    command.parser().addOption(noSizes);
    command.parser().addOption(logsRoot);
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
    if (*format == u"json")
        standardOutput() << QJsonDocument(scanResultToJson(result)).toJson(QJsonDocument::Indented);
    else if (*format == u"csv")
        printCsv(result);
    else
        printTable(result);
    standardOutput().flush();
    printProblems(result.errors);
    return ExitSuccess;
}

} // namespace venvdeck::cli
