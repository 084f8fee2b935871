#include "scan/EnvironmentReader.h"

#include "scan/DiskUsageWalker.h"
#include "scan/DistributionReader.h"
#include "scan/OwnerResolver.h"
#include "scan/PyvenvConfig.h"
#include "scan/RootLayout.h"
#include "scan/UsageSignals.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace venvdeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck", text);
}

bool isDirectory(const QString &path)
{
    const QFileInfo info(path);
    return info.isDir() && !info.isSymLink();
}

// An entry is present even when it is a dangling link (a venv's bin/python whose base is gone).
bool isPresent(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() || info.isSymLink();
}

bool looksLikeWindowsPath(const QString &path)
{
    static const QRegularExpression windowsPath(QStringLiteral(R"(^([A-Za-z]:[\\/]|\\\\))"));
    return windowsPath.match(path).hasMatch();
}

QString readFirstLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine(4096)).trimmed();
}

// What the folder's layout says, before any file is parsed.
struct LayoutFacts
{
    Layout layout = Layout::Unknown;
    QStringList sitePackages;
    QString libVersion;        // "3.11" from lib/python3.11
    QString libImplementation; // "CPython" (lib/pythonX.Y) or "PyPy" (lib/pypyX.Y)
    QString interpreter;       // bin/python or Scripts/python.exe when present
    QString origPrefixFile;    // legacy virtualenv marker
};

LayoutFacts readLayout(const QString &path)
{
    LayoutFacts facts;
    const QString scripts = path + QStringLiteral("/Scripts");
    const QString windowsSite = path + QStringLiteral("/Lib/site-packages");
    if (isDirectory(scripts) || isDirectory(windowsSite)) {
        facts.layout = Layout::Windows;
        if (isDirectory(windowsSite))
            facts.sitePackages.append(windowsSite);
        for (const char16_t *name : {u"/Scripts/python.exe", u"/Scripts/pypy3.exe", u"/Scripts/pypy.exe"}) {
            const QString candidate = path + QString::fromUtf16(name);
            if (isPresent(candidate)) {
                facts.interpreter = candidate;
                break;
            }
        }
        if (!facts.interpreter.isEmpty())
            facts.libImplementation =
                facts.interpreter.contains(u"pypy") ? QStringLiteral("PyPy") : QStringLiteral("CPython");
        const QString origPrefix = path + QStringLiteral("/Lib/orig-prefix.txt");
        if (QFileInfo::exists(origPrefix))
            facts.origPrefixFile = origPrefix;
        return facts;
    }

    const QString bin = path + QStringLiteral("/bin");
    const QString lib = path + QStringLiteral("/lib");
    if (!isDirectory(bin) && !isDirectory(lib))
        return facts;
    facts.layout = Layout::Posix;
    static const QRegularExpression pythonLib(QStringLiteral(R"(^(python|pypy)(\d+\.\d+)$)"));
    const QStringList libEntries =
        QDir(lib).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QString &entry : libEntries) {
        const QRegularExpressionMatch match = pythonLib.match(entry);
        if (!match.hasMatch())
            continue;
        if (facts.libVersion.isEmpty()) {
            facts.libVersion = match.captured(2);
            facts.libImplementation = match.captured(1) == u"pypy" ? QStringLiteral("PyPy") : QStringLiteral("CPython");
        }
        const QString site = lib + QLatin1Char('/') + entry + QStringLiteral("/site-packages");
        if (isDirectory(site))
            facts.sitePackages.append(site);
        const QString origPrefix = lib + QLatin1Char('/') + entry + QStringLiteral("/orig-prefix.txt");
        if (facts.origPrefixFile.isEmpty() && QFileInfo::exists(origPrefix))
            facts.origPrefixFile = origPrefix;
    }
    for (const char16_t *name : {u"/bin/python", u"/bin/python3", u"/bin/pypy3", u"/bin/pypy"}) {
        const QString candidate = path + QString::fromUtf16(name);
        if (isPresent(candidate)) {
            facts.interpreter = candidate;
            break;
        }
    }
    return facts;
}

// The base interpreter: pyvenv.cfg's executable, else its home, else a legacy virtualenv's orig-prefix.txt.
void resolveBaseInterpreter(Environment &environment, const std::optional<PyvenvConfig> &config,
                            const LayoutFacts &facts)
{
    QString home;
    if (config) {
        if (!config->executable.isEmpty()) {
            environment.baseInterpreter = config->executable;
        } else {
            home = config->home;
        }
    } else if (!facts.origPrefixFile.isEmpty()) {
        const QString prefix = readFirstLine(facts.origPrefixFile);
        if (!prefix.isEmpty())
            home = looksLikeWindowsPath(prefix) ? prefix : prefix + QStringLiteral("/bin");
    }

    if (environment.baseInterpreter.isEmpty() && !home.isEmpty()) {
        if (looksLikeWindowsPath(home)) {
            environment.baseInterpreter = home + QStringLiteral("\\python.exe");
        } else {
            const QString majorMinor = environment.pythonVersion.section(QLatin1Char('.'), 0, 1);
            QStringList candidates;
            if (!majorMinor.isEmpty())
                candidates << home + QStringLiteral("/python") + majorMinor;
            if (!majorMinor.isEmpty())
                candidates << home + QStringLiteral("/python") + majorMinor.section(QLatin1Char('.'), 0, 0);
            candidates << home + QStringLiteral("/python") << home + QStringLiteral("/python3");
            environment.baseInterpreter = candidates.first();
            for (const QString &candidate : std::as_const(candidates)) {
                if (QFileInfo::exists(candidate)) {
                    environment.baseInterpreter = candidate;
                    break;
                }
            }
        }
    }
    if (environment.baseInterpreter.isEmpty())
        return;
#ifndef Q_OS_WIN
    // A Windows path cannot be checked from here: say "unknown", not "missing".
    if (looksLikeWindowsPath(environment.baseInterpreter))
        return;
#endif
    environment.baseInterpreterExists = QFileInfo::exists(environment.baseInterpreter);
}

QString pythonVersionFromOrigPrefix(const QString &origPrefixFile)
{
    static const QRegularExpression windowsPython(QStringLiteral(R"([Pp]ython(\d)(\d+))"));
    const QRegularExpressionMatch match = windowsPython.match(readFirstLine(origPrefixFile));
    return match.hasMatch() ? match.captured(1) + QLatin1Char('.') + match.captured(2) : QString();
}

// pip renames what it replaces to "~name" and removes it at the end: such entries mean an interrupted run.
QStringList interruptedPipLeftovers(const QStringList &sitePackages)
{
    QStringList leftovers;
    for (const QString &folder : sitePackages) {
        const QStringList tilde =
            QDir(folder).entryList({QStringLiteral("~*")}, QDir::AllEntries | QDir::NoDotAndDotDot);
        for (const QString &entry : tilde)
            leftovers.append(folder + QLatin1Char('/') + entry);
    }
    return leftovers;
}

// The files a reader opens, or whose times it uses, in the folders the size walk meets (relative to the venv).
// Folders themselves are always watched: their times change when an entry is added, removed or renamed.
bool readerUsesFile(const QByteArray &folder, const char *name)
{
    const QByteArrayView file(name);
    const qsizetype slash = folder.lastIndexOf('/');
    const QByteArrayView last = slash < 0 ? QByteArrayView(folder) : QByteArrayView(folder).sliced(slash + 1);
    const int depth = folder == "." ? 0 : int(folder.count('/')) + 1;
    if (depth <= 2 || last == "site-packages" || last == "Logs" || last == "logs")
        return true; // pyvenv.cfg, venvdeck.json, bin/ and Scripts\ links, orig-prefix.txt, *.egg-link, logs
    const auto endsWith = [](QByteArrayView text, QByteArrayView suffix) {
        return text.size() >= suffix.size() && text.last(suffix.size()).compare(suffix, Qt::CaseInsensitive) == 0;
    };
    if (endsWith(last, ".dist-info") || endsWith(last, ".egg-info") || last == "EGG-INFO") {
        return file == "METADATA" || file == "PKG-INFO" || file == "INSTALLER" || file == "direct_url.json" ||
               file == "requires.txt";
    }
    // site-packages/__pycache__: its files' times are a run artifact.
    return last == "__pycache__" && folder.endsWith("site-packages/__pycache__");
}

} // namespace

void resolveLastUsed(Environment &environment, const ScanContext &context, const QDateTime &newestRunArtifact)
{
    const auto log = context.newestDriverLog.constFind(environment.name);
    if (log != context.newestDriverLog.constEnd()) {
        environment.lastUsedAt = log.value();
        environment.lastUsedSource = LastUsedSource::DriverLogs;
    } else if (newestRunArtifact.isValid()) {
        environment.lastUsedAt = newestRunArtifact;
        environment.lastUsedSource = LastUsedSource::RunArtifacts;
    } else if (environment.modifiedAt.isValid()) {
        environment.lastUsedAt = environment.modifiedAt;
        environment.lastUsedSource = LastUsedSource::FolderTimes;
    } else {
        environment.lastUsedAt = {};
        environment.lastUsedSource = LastUsedSource::None;
    }
}

Read<Environment> readEnvironment(const QString &path, const ScanContext &context)
{
    return readEnvironment(path, context, nullptr);
}

Read<Environment> readEnvironment(const QString &path, const ScanContext &context, EnvironmentWatch *watch,
                                  SharedFiles *shared)
{
    Read<Environment> read;
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink()) {
        read.problems.append({path, tr("vanished during the scan")});
        return read;
    }
    if (!info.isDir() && !info.isSymLink()) {
        read.problems.append({path, tr("a file, not a venv folder; skipped")});
        return read;
    }

    Environment environment;
    environment.name = info.fileName();
    environment.path = QDir::cleanPath(info.absoluteFilePath());
    environment.createdAt = info.birthTime().toUTC();
    environment.modifiedAt = info.lastModified().toUTC();
    environment.owner = ownerFromFolderName(environment.name);

    if (info.isSymLink()) {
        // Never followed: cleanup must not reach outside the root through a link.
        environment.health = Health::NotAVenv;
        environment.healthReasons.append(
            tr("a symbolic link to %1; VenvDeck does not follow links in the root").arg(info.symLinkTarget()));
        read.value = std::move(environment);
        return read;
    }
    if (!info.isReadable() || !info.isExecutable()) {
        environment.health = Health::Broken;
        environment.healthReasons.append(tr("the folder cannot be read (permission denied)"));
        environment.problems.append({environment.path, tr("permission denied")});
        read.value = std::move(environment);
        return read;
    }

    const LayoutFacts facts = readLayout(environment.path);
    environment.layout = facts.layout;
    environment.sitePackages = facts.sitePackages;
    environment.interpreter = facts.interpreter;

    // pyvenv.cfg
    const QString configPath = environment.path + QStringLiteral("/pyvenv.cfg");
    std::optional<PyvenvConfig> config;
    const bool hasConfig = isPresent(configPath);
    if (hasConfig) {
        Read<PyvenvConfig> parsed = readPyvenvConfig(configPath);
        config = std::move(parsed.value);
        environment.problems.append(parsed.problems);
        if (!config) {
            environment.healthReasons.append(
                tr("pyvenv.cfg cannot be read or is not valid: %1")
                    .arg(parsed.problems.isEmpty() ? configPath : parsed.problems.first().message));
        }
    }

    // The ownership record, the reliable source of the owner.
    Read<OwnershipRecord> record = readOwnershipRecord(environment.path);
    environment.problems.append(record.problems);
    if (record.value) {
        environment.record = record.value;
        environment.owner = ownerFromRecord(*record.value);
    } else if (!record.problems.isEmpty()) {
        environment.healthReasons.append(
            tr(
                "the ownership record venvdeck.json is not valid (%1); the owner is inferred from the folder name")
                .arg(record.problems.first().message));
    }

    // Python version and implementation, most precise source first.
    if (config && !config->version.isEmpty())
        environment.pythonVersion = config->version;
    else if (environment.record && !environment.record->pythonVersion.isEmpty())
        environment.pythonVersion = environment.record->pythonVersion;
    else if (!facts.libVersion.isEmpty())
        environment.pythonVersion = facts.libVersion;
    else if (!facts.origPrefixFile.isEmpty())
        environment.pythonVersion = pythonVersionFromOrigPrefix(facts.origPrefixFile);
    environment.pythonImplementation =
        config && !config->implementation.isEmpty() ? config->implementation : facts.libImplementation;
    if (config)
        environment.includeSystemSitePackages = config->includeSystemSitePackages.value_or(false);

    resolveBaseInterpreter(environment, config, facts);

    // Installed distributions.
    for (const QString &site : std::as_const(environment.sitePackages)) {
        Read<QList<Distribution>> distributions = readDistributions(site);
        environment.problems.append(distributions.problems);
        if (distributions.value)
            environment.packages.append(*distributions.value);
    }
    environment.packages.squeeze(); // a list grown by appending holds up to twice its size: 11 MB for 2,000 venvs
    std::stable_sort(
        environment.packages.begin(), environment.packages.end(),
        [](const Distribution &a, const Distribution &b) { return a.name.compare(b.name, Qt::CaseInsensitive) < 0; });

    // Health.
    const bool isVenv = hasConfig || !facts.origPrefixFile.isEmpty();
    if (!isVenv && facts.sitePackages.isEmpty() && facts.interpreter.isEmpty()) {
        environment.health = Health::NotAVenv;
        environment.healthReasons.append(
            tr("no pyvenv.cfg, no interpreter and no site-packages: not a virtual environment"));
    } else {
        if (!isVenv) {
            environment.healthReasons.append(tr("no pyvenv.cfg and no legacy virtualenv marker "
                                                       "(orig-prefix.txt): a half-built venv?"));
        }
        if (environment.baseInterpreterExists == false) {
            environment.healthReasons.append(tr("the base interpreter %1 no longer exists")
                                                 .arg(QDir::toNativeSeparators(environment.baseInterpreter)));
        }
        if (facts.sitePackages.isEmpty())
            environment.healthReasons.append(tr("no site-packages folder"));
        if (facts.interpreter.isEmpty()) {
            environment.healthReasons.append(facts.layout == Layout::Windows ? tr("no interpreter in Scripts\\")
                                                                             : tr("no interpreter in bin/"));
        }
        // A build's temporary sibling is never a finished venv, even in the instant between the marker's removal
        // and the rename that gives it its name (a kill there leaves it without the marker).
        if (QFileInfo::exists(environment.path + QLatin1Char('/') + QString::fromUtf16(incompleteBuildMarkerFileName)) ||
            rootlayout::isPartialBuildName(QFileInfo(environment.path).fileName()))
            environment.healthReasons.append(tr("a VenvDeck build was interrupted before it completed"));
        const QStringList leftovers = interruptedPipLeftovers(environment.sitePackages);
        if (!leftovers.isEmpty()) {
            environment.healthReasons.append(
                tr("leftovers of an interrupted pip run: %1").arg(leftovers.join(QStringLiteral(", "))));
        }
        environment.health = environment.healthReasons.isEmpty() ? Health::Ok : Health::Broken;
    }

    if (context.options.computeSizes) {
        environment.usage = measureDiskUsage(environment.path, &environment.problems, nullptr,
                                             watch ? &watch->paths : nullptr,
                                             watch ? WatchFilePredicate(readerUsesFile) : WatchFilePredicate(), shared);
    }
    // With a driver log the run artifacts are not needed, except by the cache, for when the logs go away.
    const bool needArtifacts = watch || !context.newestDriverLog.contains(environment.name);
    const QDateTime artifact = needArtifacts ? newestRunArtifact(environment.path, environment.sitePackages) : QDateTime();
    resolveLastUsed(environment, context, artifact);
    if (watch && !watch->paths.isEmpty()) {
        watch->newestRunArtifact = artifact;
        // Read outside the folder: the base interpreter (whether it still exists) and develop installs.
        if (!environment.baseInterpreter.isEmpty())
            watch->paths.append({QFile::encodeName(environment.baseInterpreter),
                                 fileSignature(-1, QFile::encodeName(environment.baseInterpreter).constData(), true),
                                 true});
        const QString inside = environment.path + u'/';
        for (const Distribution &distribution : std::as_const(environment.packages)) {
            if (distribution.metadataPath.startsWith(inside))
                continue;
            const QByteArray folder = QFile::encodeName(distribution.metadataPath);
            watch->paths.append({folder, fileSignature(-1, folder.constData(), false), false});
            for (const char *name : {"PKG-INFO", "METADATA", "requires.txt", "direct_url.json", "INSTALLER"}) {
                const QByteArray file = folder + '/' + name;
                watch->paths.append({file, fileSignature(-1, file.constData(), false), false});
            }
        }
    }

    read.value = std::move(environment);
    return read;
}

} // namespace venvdeck
