// venvdeck-cli build / refresh: read the source, choose the Python and the package sources, run a Builder.
#include "CliCommon.h"
#include "Commands.h"
#include "IndexSourceOptions.h"

#include "build/BuildPlan.h"
#include "build/BuildSource.h"
#include "build/Builder.h"
#include "config/CustomerConfig.h"
#include "scan/RootLayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

#include <memory>
#include <variant>

using namespace Qt::StringLiterals;

namespace venvdeck::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("venvdeck::cli", text, disambiguation, n);
}

// The options build and refresh share.
struct SourceOptions
{
    QCommandLineOption python{QStringLiteral("python"),
                              tr("The Python to build with: 2, 3, X.Y, X.Y.Z or a path (default: the package's "
                                 "PythonVersion, for a script customer.config's DefaultPythonVersion, then 3)."),
                              QStringLiteral("VERSION|PATH")};
    IndexSourceOptions sources; // --index, --trusted-host, --extra-index, --offline, --customer-config
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               tr("End the build when it takes longer than this (default: the saved setting, 30)."),
                               QStringLiteral("MINUTES")};
    QCommandLineOption verbose{QStringLiteral("verbose"), tr("Print every line pip prints on stderr.")};

    void addTo(CommandParser &command)
    {
        command.addRootOption();
        command.addFormatOption({QStringLiteral("table"), QStringLiteral("json")});
        command.parser().addOption(python);
        sources.addTo(command.parser());
        for (const QCommandLineOption *option : {&timeout, &verbose})
            command.parser().addOption(*option);
    }

    Q_DECLARE_TR_FUNCTIONS(venvdeck::cli::SourceOptions) // the context lupdate gives tr() in its members
};

// Where pip takes packages from: core's one rule over the command line, customer.config and the settings.
// nullopt after printing why (a customer.config that cannot be read, an --offline that is not a folder);
// `exitCode` says which exit status that is.
std::optional<IndexConfiguration> chooseIndex(const QCommandLineParser &parser, const SourceOptions &options,
                                              int *exitCode)
{
    std::optional<IndexConfiguration> configuration = options.sources.resolve(parser);
    if (!configuration) {
        *exitCode = ExitFailure;
        return std::nullopt;
    }
    if (configuration->isOffline()) {
        const QFileInfo folder(configuration->pip.offlineFolder);
        if (!folder.isDir()) {
            printError(tr("--offline: %1 is not a folder.").arg(configuration->pip.offlineFolder));
            *exitCode = ExitUsage;
            return std::nullopt;
        }
        configuration->pip.offlineFolder = folder.absoluteFilePath();
    }
    return configuration;
}

bool isPythonPath(const QString &wanted)
{
    return wanted.contains(u'/') || wanted.contains(u'\\');
}

std::optional<PythonInterpreter> choosePython(const QString &wanted)
{
    if (isPythonPath(wanted)) {
        // Probed alone: discovery would start every Python on the machine (seconds on a busy one) to use one.
        QString error;
        std::optional<PythonInterpreter> probed = probePythonInterpreter(wanted, &error);
        if (!probed)
            printError(tr("%1 is not a Python that runs here: %2").arg(wanted, error));
        return probed;
    }
    const PythonInterpreter *chosen = choosePythonInterpreter(findPythonInterpreters(), wanted);
    if (!chosen) {
        printError(tr("no Python %1 was found on this machine. Run 'venvdeck-cli interpreters' to see the ones "
                      "there are, and choose one with --python.")
                       .arg(wanted));
        return std::nullopt;
    }
    return *chosen;
}

#ifdef Q_OS_UNIX
int g_signalSockets[2] = {-1, -1};
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalSockets[0], &byte, 1);
}
#endif

// Prints progress on stderr: one updating line on a terminal, a line per stage otherwise.
class ProgressPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(venvdeck::cli::ProgressPrinter) // the context lupdate gives tr() in its members

public:
    explicit ProgressPrinter(bool verbose)
        : m_verbose(verbose)
#ifdef Q_OS_UNIX
          ,
          m_terminal(::isatty(2) != 0)
#endif
    {}

    void progress(const BuildProgress &progress)
    {
        if (m_terminal) {
            static const char spinner[] = {'|', '/', '-', '\\'};
            QString line = u"[%1] %2"_s.arg(QChar::fromLatin1(spinner[m_tick++ % 4]), describe(progress.stage));
            if (progress.stage == BuildStage::Installing) {
                line += tr(": %1 collected, %2 fetched").arg(progress.collected).arg(progress.obtained);
                if (progress.toInstall >= 0)
                    line += tr(", installing %1").arg(progress.toInstall);
            }
            standardError() << '\r' << line.left(100).leftJustified(100) << Qt::flush;
            m_dirty = true;
        } else if (progress.stage != m_lastStage && progress.stage != BuildStage::Finished) {
            standardError() << describe(progress.stage) << QStringLiteral("…") << Qt::endl;
        }
        m_lastStage = progress.stage;
    }

    void line(const QString &text)
    {
        if (!m_verbose)
            return;
        clear();
        standardError() << text << Qt::endl;
    }

    void clear()
    {
        if (m_dirty)
            standardError() << '\r' << QString(100, u' ') << '\r' << Qt::flush;
        m_dirty = false;
    }

private:
    bool m_verbose = false;
    bool m_terminal = false;
    bool m_dirty = false;
    int m_tick = 0;
    BuildStage m_lastStage = BuildStage::Finished;
};

int runBuilder(const BuildRequest &request, const QString &format, bool verbose, const QJsonObject &sourceJson)
{
    Builder builder;
    if (Settings settings; settings.value(SettingKeys::maxConcurrentBuilds) > 0)
        Builder::setMaxConcurrentBuilds(settings.value(SettingKeys::maxConcurrentBuilds));
    ProgressPrinter printer(verbose);
    BuildResult result;
    QObject::connect(&builder, &Builder::progressChanged, &builder,
                     [&printer](const BuildProgress &progress) { printer.progress(progress); });
    QObject::connect(&builder, &Builder::logLine, &builder, [&printer](const QString &line) { printer.line(line); });
    QObject::connect(&builder, &Builder::finished, &builder, [&result](const BuildResult &finished) {
        result = finished;
        QCoreApplication::exit(0);
    });

    // Ctrl+C and SIGTERM cancel the build (pip runs in its own process group, out of the terminal's reach).
    std::unique_ptr<QSocketNotifier> notifier;
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalSockets) == 0) {
        notifier = std::make_unique<QSocketNotifier>(g_signalSockets[1], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &builder, [&builder] {
            char byte;
            [[maybe_unused]] const auto read = ::read(g_signalSockets[1], &byte, 1);
            builder.cancel();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        sigaction(SIGINT, &action, nullptr);
        sigaction(SIGTERM, &action, nullptr);
    }
#endif
    builder.start(request);
    QCoreApplication::exec();
    printer.clear();

    if (format == u"json") {
        QJsonObject json{{u"ok"_s, result.ok},
                         {u"action"_s, keyword(result.action)},
                         {u"name"_s, result.name},
                         {u"path"_s, QDir::toNativeSeparators(result.path)},
                         {u"python"_s, result.pythonVersion},
                         {u"installed"_s, QJsonArray::fromStringList(result.installed)},
                         {u"seconds"_s, double(result.elapsedMs) / 1000.0},
                         {u"log"_s, QDir::toNativeSeparators(result.logPath)},
                         {u"packageSources"_s, request.index.describe()},
                         {u"source"_s, sourceJson}};
        if (!result.keptOldPath.isEmpty())
            json.insert(u"keptOldEnvironment"_s, QDir::toNativeSeparators(result.keptOldPath));
        if (!result.ok) {
            json.insert(u"error"_s, result.error);
            json.insert(u"details"_s, QJsonArray::fromStringList(result.details));
            json.insert(u"cancelled"_s, result.cancelled);
            json.insert(u"timedOut"_s, result.timedOut);
        }
        standardOutput() << QJsonDocument(json).toJson(QJsonDocument::Indented);
        standardOutput().flush();
    }
    if (!result.ok) {
        printError(tr("%1: %2").arg(result.name, result.error));
        for (const QString &detail : std::as_const(result.details))
            standardError() << QStringLiteral("  ") << detail << Qt::endl;
        if (!result.logPath.isEmpty())
            standardError() << tr("The whole output of pip is in %1").arg(QDir::toNativeSeparators(result.logPath))
                            << Qt::endl;
        return ExitFailure;
    }
    if (format != u"json") {
        QList<QStringList> rows = {
            {tr("Name"), result.name},
            {tr("Path"), QDir::toNativeSeparators(result.path)},
            {tr("Action"), keyword(result.action)},
            {tr("Python"), result.pythonVersion},
            {tr("Installed"), result.installed.isEmpty()
                                  ? tr("nothing new")
                                  : tr("%n package(s): ", nullptr, int(result.installed.size())) +
                                        result.installed.join(QStringLiteral(", "))},
            {tr("Seconds"), QString::number(double(result.elapsedMs) / 1000.0, 'f', 1)},
            {tr("Log"), QDir::toNativeSeparators(result.logPath)},
        };
        if (!result.keptOldPath.isEmpty())
            rows.append({tr("Old environment"), QDir::toNativeSeparators(result.keptOldPath)});
        standardOutput() << renderTable({tr("FIELD"), tr("VALUE")}, rows, 1, {});
        standardOutput().flush();
    }
    if (!result.keptOldPath.isEmpty()) {
        standardError() << tr("note: the previous environment may still be in use, so it was kept as %1. Remove it "
                              "at the next restart of the execution server (VenvDeck's cleanup will flag it once "
                              "its pending-removal list exists).")
                               .arg(QDir::toNativeSeparators(result.keptOldPath))
                        << Qt::endl;
    }
    return ExitSuccess;
}

QJsonObject sourceToJson(const BuildSource &source)
{
    QJsonObject values;
    for (const auto &[key, value] : source.values)
        values.insert(key, value);
    return {{u"kind"_s, describe(source.kind)},
            {u"path"_s, QDir::toNativeSeparators(source.path)},
            {u"owner"_s, source.ownerName},
            {u"ownerVersion"_s, source.ownerVersion},
            {u"requirements"_s, source.requirementsPath},
            {u"values"_s, values}};
}

void printSource(const BuildSource &source)
{
    standardError() << tr("Read from the %1 %2:").arg(describe(source.kind), QDir::toNativeSeparators(source.path))
                    << Qt::endl;
    for (const auto &[key, value] : source.values)
        standardError() << QStringLiteral("  ") << key << QStringLiteral(": ") << value << Qt::endl;
    standardError() << QStringLiteral("  ") << tr("requirements: %1").arg(source.requirementsPath) << Qt::endl;
}

int timeoutSeconds(const QCommandLineParser &parser, const SourceOptions &options, bool *ok)
{
    *ok = true;
    if (!parser.isSet(options.timeout))
        return Settings().value(SettingKeys::buildTimeoutMinutes) * 60;
    const int minutes = parser.value(options.timeout).toInt(ok);
    *ok = *ok && minutes > 0;
    if (!*ok)
        printError(tr("--timeout takes a whole number of minutes, at least 1."));
    return minutes * 60;
}

// What build and refresh check before they start: one positional argument, the format, the root, the timeout.
struct Common
{
    QString argument;
    QString format;
    RootChoice root;
    int timeoutSeconds = 0;
};

std::variant<Common, int> parseCommon(CommandParser &command, const SourceOptions &options,
                                      const QStringList &arguments, const QString &tooMany)
{
    if (const auto exit = command.parse(arguments))
        return *exit;
    const QCommandLineParser &parser = command.parser();
    if (parser.positionalArguments().size() != 1) {
        printError(tooMany);
        return int(ExitUsage);
    }
    Common common;
    common.argument = parser.positionalArguments().constFirst();
    const std::optional<QString> format = command.format();
    if (!format)
        return int(ExitUsage);
    common.format = *format;
    common.root = command.root();
    if (const auto exit = checkRoot(common.root))
        return *exit;
    bool ok = false;
    common.timeoutSeconds = timeoutSeconds(parser, options, &ok);
    if (!ok)
        return int(ExitUsage);
    return common;
}

} // namespace

int runBuildCommand(const QStringList &arguments)
{
    CommandParser command(arguments.first(),
                          tr("Builds the venv of a shell package, a driver zip or folder, or a requirements file, the "
                             "way the execution server does: a temporary sibling, pip install -r, a dependency check "
                             "as pip check does it, the ownership record, then a rename. An existing target is "
                             "refreshed instead (unless --rebuild)."));
    SourceOptions options;
    options.addTo(command);
    const QCommandLineOption name(QStringLiteral("name"),
                                  tr("The venv's folder name (default: the name template, %1).")
                                      .arg(Settings().value(SettingKeys::buildNameTemplate)),
                                  QStringLiteral("NAME"));
    const QCommandLineOption owner(QStringLiteral("owner"),
                                   tr("The owner (script or driver name) of a requirements "
                                      "file; overrides the package's."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption ownerVersion(QStringLiteral("owner-version"), tr("The owner's version."),
                                          QStringLiteral("VERSION"));
    const QCommandLineOption rebuild(QStringLiteral("rebuild"),
                                     tr("Build afresh even when the target exists; the old one is kept aside."));
    for (const QCommandLineOption *option : {&name, &owner, &ownerVersion, &rebuild})
        command.parser().addOption(*option);
    command.parser().addPositionalArgument(QStringLiteral("SOURCE"),
                                           tr("A shell package zip, a driver zip or folder, or a requirements.txt."));
    const auto parsed = parseCommon(command, options, arguments, tr("'build' takes exactly one SOURCE."));
    if (const int *exit = std::get_if<int>(&parsed))
        return *exit;
    const auto &[argument, format, root, timeout] = std::get<Common>(parsed);
    const QCommandLineParser &parser = command.parser();

    Read<BuildSource> read = readBuildSource(argument);
    if (!read.value) {
        printProblems(read.problems);
        printError(tr("cannot build from %1.").arg(argument));
        return ExitFailure;
    }
    printProblems(read.problems);
    BuildSource &source = *read.value;
    if (parser.isSet(owner))
        source.ownerName = parser.value(owner);
    if (parser.isSet(ownerVersion))
        source.ownerVersion = parser.value(ownerVersion);
    if (source.kind == BuildSourceKind::Requirements && !source.ownerName.isEmpty()) {
        source.values.append({tr("Owner"), source.ownerName + tr("  (--owner)")});
        if (!source.ownerVersion.isEmpty())
            source.values.append({tr("Owner version"), source.ownerVersion + tr("  (--owner-version)")});
    }
    printSource(source);

    int indexExit = ExitUsage;
    const std::optional<IndexConfiguration> index = chooseIndex(parser, options, &indexExit);
    if (!index)
        return indexExit;
    const std::optional<CustomerConfig> &config = index->customerConfig;

    BuildChoices choices;
    choices.name = parser.value(name);
    choices.python = parser.value(options.python);
    choices.index = index->pip;
    choices.rebuild = parser.isSet(rebuild);
    BuildDefaults defaults;
    defaults.nameTemplate = Settings().value(SettingKeys::buildNameTemplate);
    defaults.defaultPythonVersion = config ? config->defaultPythonVersion() : QString();
    defaults.timeoutSeconds = timeout;
    // A Python named by its path is probed alone; a version is chosen among the Pythons discovery finds.
    const QString wantedPython = wantedPythonVersion(source, choices.python, defaults.defaultPythonVersion);
    QList<PythonInterpreter> interpreters =
        isPythonPath(wantedPython) ? QList<PythonInterpreter>() : findPythonInterpreters();
    if (!choosePythonInterpreter(interpreters, wantedPython)) {
        const std::optional<PythonInterpreter> python = choosePython(wantedPython);
        if (!python)
            return ExitFailure;
        interpreters.append(*python);
    }
    const BuildPlan plan = planBuild(root.path, source, choices, defaults, interpreters);
    if (!plan.request) {
        printError(plan.error);
        return ExitUsage;
    }
    const BuildRequest &request = *plan.request;
    const PythonInterpreter *python = &request.interpreter;
    standardError() << tr("Python: %1 %2 (%3)").arg(python->implementation, python->version, python->path) << Qt::endl
                    << tr("Packages from: %1").arg(request.index.describe()) << Qt::endl
                    << tr("Target: %1").arg(QDir::toNativeSeparators(QDir(root.path).filePath(request.name)))
                    << Qt::endl;
    return runBuilder(request, format, parser.isSet(options.verbose), sourceToJson(source));
}

int runRefreshCommand(const QStringList &arguments)
{
    CommandParser command(arguments.first(),
                          tr("Refreshes an environment the way the execution server does: pip install -r again in "
                             "the existing venv, so that dependencies new on the package server come in and those "
                             "installed stay exactly as they are."));
    SourceOptions options;
    options.addTo(command);
    const QCommandLineOption sourceOption(QStringLiteral("source"),
                                          tr("Take the requirements from this package, driver or requirements file "
                                             "(default: the copy VenvDeck kept when it built the venv)."),
                                          QStringLiteral("SOURCE"));
    command.parser().addOption(sourceOption);
    command.parser().addPositionalArgument(QStringLiteral("NAME"), tr("The environment's folder name in the root."));
    const auto parsed =
        parseCommon(command, options, arguments,
                    tr("'refresh' takes exactly one NAME (the environment's folder name in the root)."));
    if (const int *exit = std::get_if<int>(&parsed))
        return *exit;
    const auto &[name, format, root, timeout] = std::get<Common>(parsed);
    const QCommandLineParser &parser = command.parser();
    const QString path = QDir(root.path).filePath(name);
    if (!rootlayout::isPlainEnvironmentName(name) || !QFileInfo(path).isDir()) {
        printError(tr("no environment named '%1' in %2. Run 'venvdeck-cli list' to see the names.")
                       .arg(name, QDir::toNativeSeparators(root.path)));
        return ExitUsage;
    }

    BuildRequest request;
    QJsonObject sourceJson;
    if (parser.isSet(sourceOption)) {
        const Read<BuildSource> read = readBuildSource(parser.value(sourceOption));
        printProblems(read.problems);
        if (!read.value) {
            printError(tr("cannot read the requirements from %1.").arg(parser.value(sourceOption)));
            return ExitFailure;
        }
        printSource(*read.value);
        request.requirements = read.value->requirements;
        request.requirementsOrigin = read.value->requirementsPath;
        request.ownerName = read.value->ownerName;
        request.ownerKind = read.value->ownerKind;
        request.ownerVersion = read.value->ownerVersion;
        sourceJson = sourceToJson(*read.value);
    } else {
        const QString kept = path + u'/' + QString::fromUtf16(builtRequirementsFileName);
        QFile file(kept);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(tr("%1 was not built by VenvDeck (it has no %2): give the requirements with --source.")
                           .arg(name, QString::fromUtf16(builtRequirementsFileName)));
            return ExitUsage;
        }
        request.requirements = QString::fromUtf8(file.readAll());
        request.requirementsOrigin = kept;
        sourceJson = {{u"requirements"_s, QDir::toNativeSeparators(kept)}};
    }
    int indexExit = ExitUsage;
    const std::optional<IndexConfiguration> index = chooseIndex(parser, options, &indexExit);
    if (!index)
        return indexExit;
    if (parser.isSet(options.python))
        standardError() << tr("note: --python is ignored by refresh; the venv keeps its own Python.") << Qt::endl;
    request.root = root.path;
    request.name = name;
    request.index = index->pip;
    request.mode = BuildMode::Refresh;
    request.timeoutSeconds = timeout;
    standardError() << tr("Packages from: %1").arg(index->pip.describe()) << Qt::endl;
    return runBuilder(request, format, parser.isSet(options.verbose), sourceJson);
}

} // namespace venvdeck::cli
