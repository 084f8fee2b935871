#include "build/PythonInterpreters.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QVersionNumber>

#ifdef Q_OS_WIN
#include <QSettings>
#endif

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck", text);
}

std::atomic_int probeCount{0};

// Runs on Python 2.7 and every Python 3: prints one JSON object and nothing else.
constexpr auto probeScript = R"(import sys, os, json, platform
def can(*names):
    try:
        for name in names:
            __import__(name)
        return True
    except Exception:
        return False
bundled = None
try:
    import ensurepip
    folder = os.path.join(os.path.dirname(os.path.abspath(ensurepip.__file__)), "_bundled")
    if os.path.isdir(folder):
        bundled = folder
except Exception:
    pass
v = sys.version_info
sys.stdout.write(json.dumps({"version": "%d.%d.%d" % (v[0], v[1], v[2]),
    "implementation": platform.python_implementation(), "venv": can("venv", "ensurepip"),
    "virtualenv": can("virtualenv"), "executable": sys.executable, "ensurepipBundled": bundled}))
)"_L1;

QString realPathOf(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : canonical;
}

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && info.isFile() && info.isExecutable();
}

QString pyenvRoot()
{
    const QString fromEnvironment = qEnvironmentVariable("PYENV_ROOT");
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(fromEnvironment);
    return QDir::homePath() + u"/.pyenv"_s;
}

// The pyenv root a shim belongs to: <root>/shims/<name> or <root>/plugins/<plugin>/shims/<name>.
QString pyenvRootOfShim(const QString &shimPath)
{
    const QFileInfo shimsFolder(QFileInfo(shimPath).absolutePath());
    if (shimsFolder.fileName() != u"shims")
        return {};
    const QFileInfo owner(shimsFolder.absolutePath()); // the pyenv root, or plugins/<plugin>
    const QFileInfo plugins(owner.absolutePath());
    if (plugins.fileName() == u"plugins")
        return QDir::cleanPath(plugins.absolutePath());
    return QDir::cleanPath(owner.absoluteFilePath());
}

#ifdef Q_OS_WIN
QStringList windowsCandidates()
{
    QStringList found;
    // The py launcher lists what it knows, one per line, each ending in the interpreter's path.
    QProcess launcher;
    launcher.setProcessEnvironment(pythonProcessEnvironment());
    launcher.start(u"py"_s, {u"-0p"_s});
    if (launcher.waitForStarted(5000) && launcher.waitForFinished(10000)) {
        static const QRegularExpression pathAtEnd(uR"(([A-Za-z]:\\.*\.exe)\s*$)"_s);
        const QStringList lines = QString::fromLocal8Bit(launcher.readAllStandardOutput()).split(u'\n');
        for (const QString &line : lines) {
            const QRegularExpressionMatch match = pathAtEnd.match(line.trimmed());
            if (match.hasMatch())
                found.append(match.captured(1));
        }
    } else {
        launcher.kill();
        launcher.waitForFinished(1000);
    }
    // PEP 514: HKCU/HKLM\Software\Python\<company>\<tag>\InstallPath (ExecutablePath, or the default value).
    const QStringList hives = {u"HKEY_CURRENT_USER\\Software\\Python"_s, u"HKEY_LOCAL_MACHINE\\Software\\Python"_s};
    for (const QString &hive : hives) {
        for (const QSettings::Format format : {QSettings::Registry64Format, QSettings::Registry32Format}) {
            QSettings registry(hive, format);
            const QStringList companies = registry.childGroups();
            for (const QString &company : companies) {
                if (company == u"PyLauncher")
                    continue;
                registry.beginGroup(company);
                const QStringList tags = registry.childGroups();
                for (const QString &tag : tags) {
                    registry.beginGroup(tag + u"/InstallPath"_s);
                    QString executable = registry.value(u"ExecutablePath"_s).toString();
                    if (executable.isEmpty()) {
                        const QString installPath = registry.value(u"Default"_s).toString();
                        if (!installPath.isEmpty())
                            executable = QDir(installPath).filePath(u"python.exe"_s);
                    }
                    if (!executable.isEmpty())
                        found.append(QDir::fromNativeSeparators(executable));
                    registry.endGroup();
                }
                registry.endGroup();
            }
        }
    }
    return found;
}
#endif

QStringList rawCandidates(QSet<QString> *pyenvRoots)
{
    QStringList candidates;
#ifdef Q_OS_WIN
    static const QRegularExpression pythonName(uR"(^python(\d(\.\d+)?)?\.exe$)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    const QChar pathSeparator = u';';
#else
    static const QRegularExpression pythonName(uR"(^python(\d(\.\d+)?)?$)"_s);
    const QChar pathSeparator = u':';
#endif
    const QStringList pathEntries = qEnvironmentVariable("PATH").split(pathSeparator, Qt::SkipEmptyParts);
    for (const QString &entry : pathEntries) {
        const QDir dir(entry);
        if (!dir.exists())
            continue;
#ifdef Q_OS_WIN
        // The Microsoft Store aliases open the Store instead of running a Python.
        if (QDir::fromNativeSeparators(entry).contains(u"/WindowsApps"_s, Qt::CaseInsensitive))
            continue;
#endif
        const QStringList names = dir.entryList(QDir::Files | QDir::Executable, QDir::Name);
        for (const QString &name : names) {
            if (!pythonName.match(name).hasMatch())
                continue;
            const QString path = dir.absoluteFilePath(name);
            if (isPyenvShim(path)) {
                const QString root = pyenvRootOfShim(path);
                if (!root.isEmpty())
                    pyenvRoots->insert(root);
                continue;
            }
            candidates.append(path);
        }
    }

#ifdef Q_OS_WIN
    candidates.append(windowsCandidates());
#else
    static const QRegularExpression versioned(uR"(^python\d\.\d+$)"_s);
    for (const QString &folder : {u"/usr/bin"_s, u"/usr/local/bin"_s}) {
        const QStringList names = QDir(folder).entryList({u"python3*"_s, u"python2*"_s}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            if (versioned.match(name).hasMatch())
                candidates.append(folder + u'/' + name);
        }
    }
#endif

    pyenvRoots->insert(pyenvRoot());
    QStringList roots(pyenvRoots->cbegin(), pyenvRoots->cend());
    roots.sort();
    for (const QString &root : std::as_const(roots)) {
        const QDir versions(root + u"/versions"_s);
        const QStringList entries = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &entry : entries) {
            // pyenv-virtualenv keeps its environments as links under versions/: they are venvs, not Pythons.
            const QFileInfo entryInfo(versions.absoluteFilePath(entry));
            if (entryInfo.isSymLink())
                continue;
            for (const char16_t *name : {u"bin/python", u"bin/python3", u"bin/python2", u"python.exe"}) {
                const QString path = versions.absoluteFilePath(entry) + u'/' + QString::fromUtf16(name);
                if (isExecutableFile(path)) {
                    candidates.append(path);
                    break;
                }
            }
        }
    }
    return candidates;
}

int compareVersions(const QString &a, const QString &b)
{
    return QVersionNumber::compare(QVersionNumber::fromString(a), QVersionNumber::fromString(b));
}

PythonDiscovery discover()
{
    PythonDiscovery discovery;
    const QStringList candidates = pythonInterpreterCandidates();

    // Probe all at once: each is a short process, and the slowest decides how long the search takes.
    struct Probe
    {
        QString path;
        std::unique_ptr<QProcess> process;
    };
    std::vector<Probe> probes;
    const QProcessEnvironment environment = pythonProcessEnvironment();
    for (const QString &path : candidates) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment);
        process->setProgram(path);
        process->setArguments({u"-E"_s, u"-s"_s, u"-c"_s, QString(probeScript)});
        process->setWorkingDirectory(QDir::tempPath());
        ++probeCount;
        process->start(QIODevice::ReadOnly);
        probes.push_back({path, std::move(process)});
    }

    const QDeadlineTimer deadline(20000);
    QSet<QString> seenExecutables;
    for (Probe &probe : probes) {
        QProcess &process = *probe.process;
        const bool started = process.waitForStarted(int(std::max<qint64>(deadline.remainingTime(), 1)));
        const bool finished = started && process.waitForFinished(int(std::max<qint64>(deadline.remainingTime(), 1)));
        const QByteArray output = process.readAllStandardOutput();
        const QByteArray errors = process.readAllStandardError();
        if (!finished) {
            process.kill();
            process.waitForFinished(2000);
            discovery.problems.append(
                {probe.path, started ? tr("did not answer within 20 seconds; skipped")
                                     : tr("cannot be started: %1").arg(process.errorString())});
            continue;
        }
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            discovery.problems.append(
                {probe.path, tr("is not a working Python (exit code %1): %2")
                                 .arg(process.exitCode())
                                 .arg(QString::fromLocal8Bit(errors).trimmed().section(u'\n', -1))});
            continue;
        }
        const QJsonObject object = QJsonDocument::fromJson(output).object();
        if (object.value(u"version"_s).toString().isEmpty()) {
            discovery.problems.append({probe.path, tr("answered the probe with something that is not JSON")});
            continue;
        }
        PythonInterpreter interpreter;
        interpreter.path = probe.path;
        interpreter.realPath = realPathOf(probe.path);
        interpreter.version = object.value(u"version"_s).toString();
        interpreter.implementation = object.value(u"implementation"_s).toString();
        interpreter.hasVenvModule = object.value(u"venv"_s).toBool();
        interpreter.hasVirtualenv = object.value(u"virtualenv"_s).toBool();
        interpreter.ensurepipBundledDir = object.value(u"ensurepipBundled"_s).toString();
        // A wrapper script and the binary it runs are one interpreter.
        const QString executable = realPathOf(object.value(u"executable"_s).toString());
        if (!executable.isEmpty() &&
            (seenExecutables.contains(executable) || seenExecutables.contains(interpreter.realPath)))
            continue;
        seenExecutables.insert(interpreter.realPath);
        if (!executable.isEmpty())
            seenExecutables.insert(executable);
        discovery.interpreters.append(interpreter);
    }

    std::stable_sort(discovery.interpreters.begin(), discovery.interpreters.end(),
                     [](const PythonInterpreter &a, const PythonInterpreter &b) {
                         const int byVersion = compareVersions(a.version, b.version);
                         if (byVersion != 0)
                             return byVersion > 0;
                         if (a.implementation != b.implementation)
                             return a.implementation == u"CPython";
                         return false; // the order found: PATH first
                     });
    return discovery;
}

} // namespace

int PythonInterpreter::major() const
{
    return version.section(u'.', 0, 0).toInt();
}

int PythonInterpreter::minor() const
{
    return version.section(u'.', 1, 1).toInt();
}

QString PythonInterpreter::majorMinor() const
{
    return version.section(u'.', 0, 1);
}

QProcessEnvironment pythonProcessEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"PYTHONPATH"_s, u"PYTHONHOME"_s, u"PYTHONSTARTUP"_s, u"PYTHONUSERBASE"_s,
                                u"VIRTUAL_ENV"_s, u"__PYVENV_LAUNCHER__"_s, u"PIP_REQUIRE_VIRTUALENV"_s})
        environment.remove(name);
    environment.insert(u"PIP_DISABLE_PIP_VERSION_CHECK"_s, u"1"_s);
    environment.insert(u"PIP_NO_INPUT"_s, u"1"_s);
    environment.insert(u"PYTHONIOENCODING"_s, u"utf-8"_s);
    return environment;
}

bool isPyenvShim(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(2048);
    if (!head.startsWith("#!"))
        return false; // a binary: a real interpreter
    // pyenv's shims exec "pyenv exec"; pyenv-virtualenv's and pyenv-win's do the same.
    return head.contains("pyenv") || QFileInfo(info.absolutePath()).fileName() == u"shims";
}

QStringList pythonInterpreterCandidates()
{
    QSet<QString> pyenvRoots;
    const QStringList raw = rawCandidates(&pyenvRoots);
    QStringList candidates;
    QSet<QString> seen;
    for (const QString &path : raw) {
        if (!isExecutableFile(path) || isPyenvShim(path))
            continue;
        const QString real = realPathOf(path);
        if (seen.contains(real))
            continue;
        seen.insert(real);
        candidates.append(QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
    }
    return candidates;
}

std::optional<PythonInterpreter> probePythonInterpreter(const QString &path, QString *error, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(pythonProcessEnvironment());
    process.setWorkingDirectory(QDir::tempPath());
    ++probeCount;
    process.start(path, {u"-E"_s, u"-s"_s, u"-c"_s, QString(probeScript)}, QIODevice::ReadOnly);
    const auto fail = [&](const QString &message) -> std::optional<PythonInterpreter> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!process.waitForStarted(timeoutMs))
        return fail(tr("%1 cannot be started: %2").arg(path, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return fail(tr("%1 did not answer within %2 seconds").arg(path).arg(timeoutMs / 1000));
    }
    const QByteArray output = process.readAllStandardOutput();
    const QByteArray errors = process.readAllStandardError();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return fail(tr("%1 is not a working Python: %2").arg(path, QString::fromLocal8Bit(errors).trimmed()));
    const QJsonObject object = QJsonDocument::fromJson(output).object();
    if (object.value(u"version"_s).toString().isEmpty())
        return fail(tr("%1 answered the probe with something that is not JSON").arg(path));
    PythonInterpreter interpreter;
    interpreter.path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    interpreter.realPath = realPathOf(path);
    interpreter.version = object.value(u"version"_s).toString();
    interpreter.implementation = object.value(u"implementation"_s).toString();
    interpreter.hasVenvModule = object.value(u"venv"_s).toBool();
    interpreter.hasVirtualenv = object.value(u"virtualenv"_s).toBool();
    interpreter.ensurepipBundledDir = object.value(u"ensurepipBundled"_s).toString();
    return interpreter;
}

int pythonInterpreterProbeCount()
{
    return probeCount.load();
}

const PythonDiscovery &discoverPythonInterpreters()
{
    static QMutex mutex;
    static std::optional<PythonDiscovery> cached;
    const QMutexLocker locker(&mutex);
    if (!cached)
        cached = discover();
    return *cached;
}

QList<PythonInterpreter> findPythonInterpreters()
{
    return discoverPythonInterpreters().interpreters;
}

const PythonInterpreter *choosePythonInterpreter(const QList<PythonInterpreter> &interpreters, const QString &wanted)
{
    const QString text = wanted.trimmed();
    if (text.isEmpty())
        return nullptr;
    // A path.
    if (text.contains(u'/') || text.contains(u'\\')) {
        const QString real = realPathOf(text);
        for (const PythonInterpreter &interpreter : interpreters) {
            if (interpreter.path == QDir::cleanPath(text) || interpreter.realPath == real)
                return &interpreter;
        }
        return nullptr;
    }
    static const QRegularExpression versionPattern(uR"(^(\d+)(?:\.(\d+))?(?:\.(\d+))?$)"_s);
    const QRegularExpressionMatch match = versionPattern.match(text);
    if (!match.hasMatch())
        return nullptr;
    const bool majorOnly = match.captured(2).isEmpty();
    const bool exact = !match.captured(3).isEmpty();
    const auto matches = [&](const PythonInterpreter &interpreter) {
        if (majorOnly)
            return interpreter.major() == match.captured(1).toInt();
        if (exact)
            return interpreter.version == text;
        return interpreter.majorMinor() == text;
    };
    // The list is sorted newest first: the first match is the newest.
    const PythonInterpreter *fallback = nullptr;
    for (const PythonInterpreter &interpreter : interpreters) {
        if (!matches(interpreter))
            continue;
        if (interpreter.canMakeVenvs())
            return &interpreter;
        if (!fallback && !majorOnly)
            fallback = &interpreter;
    }
    return fallback;
}

} // namespace venvdeck
