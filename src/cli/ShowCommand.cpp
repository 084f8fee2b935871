#include "CliCommon.h"
#include "Commands.h"

#include "model/EnvironmentJson.h"
#include "scan/EnvironmentReader.h"
#include "scan/RootLayout.h"
#include "scan/UsageSignals.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace venvdeck::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("venvdeck::cli", text, disambiguation, n); // the context lupdate gives tr() here
}

QString orUnknown(const QString &text)
{
    return text.isEmpty() ? tr("not known") : text;
}

QString timeWithSource(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : tr("not known");
}

void printDetails(const Environment &environment)
{
    QList<QStringList> rows;
    const auto add = [&rows](const QString &key, const QString &value) { rows.append({key, value}); };
    add(tr("Name"), environment.name);
    add(tr("Path"), QDir::toNativeSeparators(environment.path));
    add(tr("Health"), keyword(environment.health));
    for (const QString &reason : environment.healthReasons)
        add(QString(), QStringLiteral("- ") + reason);
    add(tr("Layout"), keyword(environment.layout));
    add(tr("Owner"), environment.owner.name);
    add(tr("Owner kind"), keyword(environment.owner.kind));
    add(tr("Owner version"), orUnknown(environment.owner.version));
    if (!environment.owner.uid.isEmpty())
        add(tr("Owner uid"), environment.owner.uid);
    add(tr("Owner source"), environment.owner.source == OwnerSource::Record
                                ? tr("record (venvdeck.json)")
                                : tr("name (inferred from the folder name)"));
    if (environment.record) {
        add(tr("Built at"), timeWithSource(environment.record->builtAt));
        add(tr("Built by"), orUnknown(environment.record->builtBy));
        add(tr("Requirements SHA-256"), orUnknown(environment.record->requirementsSha256));
    }
    add(tr("Python"), orUnknown(environment.pythonVersion) +
                          (environment.pythonImplementation.isEmpty()
                               ? QString()
                               : QStringLiteral(" (") + environment.pythonImplementation + QLatin1Char(')')));
    QString base = orUnknown(QDir::toNativeSeparators(environment.baseInterpreter));
    if (environment.baseInterpreterExists)
        base += *environment.baseInterpreterExists ? tr(" (exists)") : tr(" (missing)");
    else if (!environment.baseInterpreter.isEmpty())
        base += tr(" (cannot be checked on this system)");
    add(tr("Base interpreter"), base);
    add(tr("Interpreter"), orUnknown(QDir::toNativeSeparators(environment.interpreter)));
    for (const QString &site : environment.sitePackages)
        add(tr("Site-packages"), QDir::toNativeSeparators(site));
    if (environment.usage) {
        add(tr("Size"), tr("%1 (%2 allocated, %n file(s))", nullptr, int(environment.usage->fileCount))
                            .arg(formatBytes(environment.usage->apparentBytes),
                                 formatBytes(environment.usage->allocatedBytes)));
    }
    add(tr("Created"), timeWithSource(environment.createdAt));
    add(tr("Modified"), timeWithSource(environment.modifiedAt));
    add(tr("Last used"), environment.lastUsedAt.isValid()
                             ? timeWithSource(environment.lastUsedAt) + QStringLiteral(" (") +
                                   describe(environment.lastUsedSource) + QLatin1Char(')')
                             : tr("not known"));

    QTextStream &out = standardOutput();
    out << renderTable({tr("FIELD"), tr("VALUE")}, rows, 1, {});
    out << '\n';

    QList<QStringList> packages;
    for (const Distribution &distribution : environment.packages) {
        packages.append({distribution.name, distribution.version, distribution.requested ? tr("yes") : tr("no"),
                         distribution.installer.isEmpty() ? QStringLiteral("-") : distribution.installer,
                         distribution.editable ? tr("editable") : distribution.directUrl});
    }
    out << tr("%n package(s)", nullptr, int(packages.size())) << '\n';
    if (!packages.isEmpty())
        out << renderTable({tr("PACKAGE"), tr("VERSION"), tr("REQUESTED"), tr("INSTALLER"), tr("SOURCE")}, packages, 4, {});
    out.flush();
}

} // namespace

int runShowCommand(const QStringList &arguments)
{
    CommandParser command(arguments.first(), tr("Shows everything known about one environment of the venv root."));
    command.addRootOption();
    command.addFormatOption({QStringLiteral("table"), QStringLiteral("json")});
    const QCommandLineOption noSizes(QStringLiteral("no-sizes"), tr("Skip the size walk."));
    const QCommandLineOption logsRoot(QStringLiteral("logs-root"),
                                      tr("cloudshell-logging's logs root, for the last-used time (default: %1).")
                                          .arg(defaultLogsRoot()),
                                      QStringLiteral("DIR"));
    command.parser().addOption(noSizes);
    command.parser().addOption(logsRoot);
    command.parser().addPositionalArgument(QStringLiteral("NAME"), tr("The environment's folder name in the root."));
    if (const auto exit = command.parse(arguments))
        return *exit;
    const QStringList names = command.parser().positionalArguments();
    if (names.size() != 1) {
        printError(tr("'show' takes exactly one NAME (the environment's folder name in the root)."));
        return ExitUsage;
    }
    const std::optional<QString> format = command.format();
    if (!format)
        return ExitUsage;
    const RootChoice root = command.root();
    if (const auto exit = checkRoot(root))
        return *exit;

    // NAME is a folder name directly in the root: nothing that could reach elsewhere.
    const QString name = names.first();
    const QString path = QDir(root.path).filePath(name);
    if (!rootlayout::isPlainEnvironmentName(name) || !QFileInfo(path).exists()) {
        printError(tr("no environment named '%1' in %2. Run 'venvdeck-cli list' to see the names.")
                       .arg(name, QDir::toNativeSeparators(root.path)));
        return ExitUsage;
    }

    Problems problems;
    ScanContext context;
    context.options = {root.path, !command.parser().isSet(noSizes), command.parser().value(logsRoot)};
    context.newestDriverLog = newestDriverLogs(
        context.options.logsRoot.isEmpty() ? defaultLogsRoot() : context.options.logsRoot, &problems);
    const Read<Environment> read = readEnvironment(path, context);
    problems.append(read.problems);
    if (!read.value) {
        printProblems(problems);
        printError(tr("'%1' is not an environment folder.").arg(name));
        return ExitFailure;
    }
    if (*format == u"json")
        standardOutput() << QJsonDocument(environmentToJson(*read.value)).toJson(QJsonDocument::Indented);
    else
        printDetails(*read.value);
    standardOutput().flush();
    problems.append(read.value->problems);
    printProblems(problems);
    return ExitSuccess;
}

} // namespace venvdeck::cli
