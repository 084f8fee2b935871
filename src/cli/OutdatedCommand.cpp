#include "CliCommon.h"
#include "Commands.h"
#include "IndexSourceOptions.h"

#include "index/Pep440Version.h"
#include "scan/Scanner.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace venvdeck::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("venvdeck::cli", text, disambiguation, n);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"-"_s : text;
}

bool newer(const QString &candidate, const QString &installed)
{
    const auto a = Pep440Version::parse(candidate);
    const auto b = Pep440Version::parse(installed);
    return a && b && Pep440Version::compare(*a, *b) > 0;
}

// Only what lags behind: an update allowed here, or a newer version this environment's Python cannot take.
void printTable(const OutdatedReport &report)
{
    const QStringList header{tr("ENVIRONMENT"), tr("PACKAGE"), tr("INSTALLED"), tr("LATEST ALLOWED"), tr("LATEST"),
                             tr("NOTE")};
    QList<QStringList> rows;
    int updates = 0;
    int missing = 0;
    int environmentsWithUpdates = 0;
    for (const EnvironmentStatus &environment : report.environments) {
        for (const PackageStatus &package : environment.packages) {
            const Selection &s = package.selection;
            if (package.checked && !package.found && !package.note.isEmpty())
                ++missing;
            const bool blocked = !s.updateAvailable && newer(s.latestOverall, package.installed);
            if (!s.updateAvailable && !blocked)
                continue;
            QString note = package.note;
            if (blocked || newer(s.latestOverall, s.latestAllowed))
                note = tr("%1 needs another Python").arg(s.latestOverall);
            else if (s.pinAcceptsLatest == std::optional<bool>(false))
                note = tr("the owner's pin refuses it");
            rows.append({environment.name, package.name, package.installed, orDash(s.latestAllowed),
                         orDash(s.latestOverall), orDash(note)});
        }
        updates += environment.updates;
        if (environment.updates > 0)
            ++environmentsWithUpdates;
    }
    QTextStream &out = standardOutput();
    if (!rows.isEmpty())
        out << renderTable(header, rows, 5, {});
    out << tr("%n update(s) available", nullptr, updates) << u", "_s
        << tr("in %n environment(s)", nullptr, environmentsWithUpdates) << u" ("_s
        << tr("%n checked", nullptr, int(report.environments.size())) << u")"_s;
    if (missing > 0)
        out << u"; "_s << tr("%n package(s) not found or not read", nullptr, missing);
    QStringList sources;
    for (const SourceStatus &source : report.sources)
        sources.append(source.source);
    out << u"; "_s << tr("from %1").arg(sources.join(u", "_s)) << Qt::endl;
}

// Prints the sources that failed; true when one could not be reached or could not answer for some project.
bool reportSources(const OutdatedReport &report)
{
    for (const SourceStatus &source : report.sources) {
        if (!source.reachable)
            printError(tr("%1 could not be read: %2.").arg(source.source, source.error));
        else if (source.failures > 0)
            printError(tr("%1: %n project(s) could not be read; the first: %2.", nullptr, source.failures)
                           .arg(source.source, source.error));
    }
    if (report.anyFailure())
        standardError() << indexAdvice() << Qt::endl;
    return report.anyFailure();
}

} // namespace

int runOutdatedCommand(const QStringList &arguments)
{
    CommandParser command(arguments.first(),
                          tr("Compares the packages installed in environments of the venv root with what the package "
                             "index offers: installed version, latest allowed (not yanked, requires-python met by the "
                             "environment's Python, pre-releases only for a pre-release installed), latest overall.\n"
                             "Exit status: 0 when the check ran (updates found or not), 1 when an index could not be "
                             "read, 2 for bad usage."));
    command.addRootOption();
    command.addFormatOption({u"table"_s, u"json"_s});
    const QCommandLineOption all(u"all"_s, tr("Check every environment of the root."));
    command.parser().addOption(all);
    const IndexSourceOptions indexOptions;
    indexOptions.addTo(command.parser());
    command.parser().addPositionalArgument(u"NAME"_s, tr("Environment folder names in the root."), u"[NAME...]"_s);
    if (const auto exit = command.parse(arguments))
        return *exit;
    const QStringList names = command.parser().positionalArguments();
    if (names.isEmpty() == !command.parser().isSet(all)) {
        printError(tr("name the environments to check, or give --all (not both)."));
        return ExitUsage;
    }
    const std::optional<IndexCommandLine> line = indexOptions.read(command);
    if (!line)
        return ExitUsage;
    const RootChoice root = command.root();
    if (const auto exit = checkRoot(root))
        return *exit;

    ScanResult scan = scanRoot({root.path, false, {}});
    Environments environments;
    for (const Environment &environment : std::as_const(scan.environments)) {
        if (names.isEmpty() ? environment.health != Health::NotAVenv : names.contains(environment.name))
            environments.append(environment);
    }
    for (const QString &name : names) {
        const bool known = std::any_of(environments.cbegin(), environments.cend(),
                                       [&name](const Environment &environment) { return environment.name == name; });
        if (!known) {
            printError(tr("no environment named '%1' in %2. Run 'venvdeck-cli list' to see the names.")
                           .arg(name, root.path));
            return ExitUsage;
        }
    }

    IndexClient client(line->client);
    OutdatedCheck check(&client, line->sources);
    int exitCode = ExitSuccess;
    QObject::connect(&check, &OutdatedCheck::finished, &check, [&check, &exitCode, &line] {
        const OutdatedReport &report = check.report();
        if (line->format == u"json")
            standardOutput() << QJsonDocument(outdatedReportToJson(report)).toJson(QJsonDocument::Indented);
        else
            printTable(report);
        standardOutput().flush();
        exitCode = reportSources(report) ? ExitFailure : ExitSuccess;
        QCoreApplication::exit(exitCode);
    });
    check.start(environments); // pins from the requirements kept in each venv VenvDeck built
    QCoreApplication::exec();  // the application's one event loop; finished() ends it
    printProblems(scan.errors);
    return exitCode;
}

} // namespace venvdeck::cli
