#include "demo/DemoRoot.h"

#include "build/PythonInterpreters.h"
#include "build/VenvFiles.h"
#include "model/Owner.h"
#include "scan/OwnerResolver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QVersionNumber>
#include <QtConcurrent/QtConcurrentMap>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#endif

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck", text);
}

const QString systemWheelDir = u"/usr/share/python-wheels"_s;
const QString temporarySuffix = u".venvdeck-tmp"_s;
const QString incompleteMarker = u".venvdeck-incomplete"_s; // the builder's marker (scan/EnvironmentReader.h)

constexpr int venvTimeoutMs = 180 * 1000;
constexpr int pipTimeoutMs = 300 * 1000;

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load();
}

// One process, run to its end (or its timeout, or cancel). Both streams are read; the error, in words, names
// the command and ends with the last lines the process printed.
struct ProcessOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString error;
};

ProcessOutcome runProcess(const QString &program, const QStringList &arguments, int timeoutMs,
                          const std::atomic_bool *cancel)
{
    ProcessOutcome outcome;
    QProcess process;
    process.setProcessEnvironment(pythonProcessEnvironment());
    process.setWorkingDirectory(QDir::tempPath());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments, QIODevice::ReadOnly);
    const QString command = QFileInfo(program).fileName() + u' ' + arguments.join(u' ');
    if (!process.waitForStarted(30000)) {
        outcome.error = tr("cannot start %1: %2").arg(program, process.errorString());
        return outcome;
    }
    QByteArray output;
    const QDeadlineTimer deadline(timeoutMs);
    while (!process.waitForFinished(100)) {
        output += process.readAll();
        if (output.size() > 256 * 1024)
            output = output.right(64 * 1024);
        if (process.state() == QProcess::NotRunning)
            break;
        if (isCancelled(cancel) || deadline.hasExpired()) {
            process.kill();
            process.waitForFinished(5000);
            outcome.cancelled = isCancelled(cancel);
            outcome.error = outcome.cancelled
                                ? tr("cancelled: %1").arg(command)
                                : tr("%1 did not finish within %2 seconds").arg(command).arg(timeoutMs / 1000);
            return outcome;
        }
    }
    output += process.readAll();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QStringList lines = QString::fromUtf8(output).trimmed().split(u'\n');
        outcome.error = tr("%1 failed (exit code %2): %3")
                            .arg(command)
                            .arg(process.exitCode())
                            .arg(lines.mid(std::max<qsizetype>(0, lines.size() - 6)).join(u'\n'));
        return outcome;
    }
    outcome.ok = true;
    return outcome;
}

// The folders of real wheels an interpreter can install offline: its ensurepip's bundle, then Debian's.
QStringList wheelFolders(const PythonInterpreter &python)
{
    QStringList folders;
    if (!python.ensurepipBundledDir.isEmpty())
        folders.append(python.ensurepipBundledDir);
    if (QFileInfo(systemWheelDir).isDir())
        folders.append(systemWheelDir);
    return folders;
}

bool setFolderModificationTime(const QString &path, const QDateTime &time)
{
#ifdef Q_OS_UNIX
    struct timespec times[2];
    times[0].tv_sec = 0;
    times[0].tv_nsec = UTIME_OMIT;
    times[1].tv_sec = time_t(time.toSecsSinceEpoch());
    times[1].tv_nsec = 0;
    return utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
#else
    Q_UNUSED(path);
    Q_UNUSED(time);
    return false;
#endif
}

enum class DemoKind
{
    Plain,
    WithRecord,
    BaseInterpreterGone
};

struct DemoVenv
{
    QString name;
    QString purpose; // one line for the marker
    const PythonInterpreter *python = nullptr;
    QStringList packages; // besides pip
    DemoKind kind = DemoKind::Plain;
    int ageDays = 0; // the folder's modification time is set this many days back (the story of the root)

    // What happened.
    bool made = false;
    bool cancelled = false;
    Problems problems;
    QStringList notes;
};

const QString scriptUidOld = u"638E3583A1F04C2B9D7E5A6B4C3D2E1F"_s;
const QString scriptUidNew = u"4D96040DAC02F346B5AD4CF4AE41900B"_s;
const QString recordRequirements = u"setuptools\nwheel\n"_s;

// Installs pip (and `packages`) into a venv made --without-pip, offline, with the pip wheel the interpreter
// bundles (or Debian's); falls back to ensurepip when there is no pip wheel to run.
ProcessOutcome installPackages(const QString &venv, const PythonInterpreter &python, const QStringList &packages,
                               const std::atomic_bool *cancel)
{
    const QStringList folders = wheelFolders(python);
    QString pipWheel = newestWheel(python.ensurepipBundledDir, u"pip"_s);
    if (pipWheel.isEmpty())
        pipWheel = newestWheel(systemWheelDir, u"pip"_s);
    const QString interpreter = venvPythonPath(venv);
    QStringList arguments;
    if (pipWheel.isEmpty()) {
        ProcessOutcome ensure =
            runProcess(interpreter, {u"-m"_s, u"ensurepip"_s, u"--default-pip"_s}, pipTimeoutMs, cancel);
        if (!ensure.ok || packages.isEmpty())
            return ensure;
        arguments = {u"-m"_s, u"pip"_s};
    } else {
        // A pip wheel runs as it is: python pip-X.whl/pip install ... (how get-pip bootstraps).
        arguments = {pipWheel + u"/pip"_s};
    }
    arguments << u"install"_s << u"--quiet"_s << u"--no-compile"_s << u"--no-index"_s;
    for (const QString &folder : folders)
        arguments << u"--find-links"_s << folder;
    arguments << u"pip"_s << packages;
    return runProcess(interpreter, arguments, pipTimeoutMs, cancel);
}

void buildOne(DemoVenv &venv, const QString &root, const std::function<void(const QString &)> &report,
              const std::atomic_bool *cancel)
{
    if (isCancelled(cancel)) {
        venv.cancelled = true;
        return;
    }
    const QString final = root + u'/' + venv.name;
    const QString temporary = root + u"/."_s + venv.name + temporarySuffix;
    if (QFileInfo::exists(temporary) && !QDir(temporary).removeRecursively()) {
        venv.problems.append({temporary, tr("cannot remove the leftover of an interrupted run")});
        return;
    }
    const PythonInterpreter &python = *venv.python;
    report(tr("Creating %1 with Python %2…").arg(venv.name, python.version));

    // The broken example: a venv whose base interpreter is uninstalled afterwards, made from a copy of the
    // interpreter that is removed once the venv is complete.
    std::unique_ptr<QTemporaryDir> baseCopy;
    QString base = python.path;
    if (venv.kind == DemoKind::BaseInterpreterGone) {
#ifdef Q_OS_UNIX
        baseCopy = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/venvdeck-demo-python-XXXXXX"_s);
        const QString copy = baseCopy->path() + u"/bin/python"_s + python.majorMinor();
        if (baseCopy->isValid() && QDir().mkpath(baseCopy->path() + u"/bin"_s) && QFile::copy(python.realPath, copy) &&
            QFile::setPermissions(copy, QFile::permissions(python.realPath))) {
            base = copy;
        } else {
            baseCopy.reset();
        }
#endif
    }

    const QStringList venvArguments = {u"-m"_s, u"venv"_s, u"--without-pip"_s, temporary};
    ProcessOutcome outcome = runProcess(base, venvArguments, venvTimeoutMs, cancel);
    if (!outcome.ok && baseCopy) {
        // A copied interpreter that cannot find its standard library: break the venv another way below.
        QDir(temporary).removeRecursively();
        baseCopy.reset();
        base = python.path;
        outcome = runProcess(base, venvArguments, venvTimeoutMs, cancel);
    }
    const auto fail = [&](const ProcessOutcome &failed, const QString &path) {
        venv.cancelled = failed.cancelled;
        if (!failed.cancelled)
            venv.problems.append({path, failed.error});
        QDir(temporary).removeRecursively();
    };
    if (!outcome.ok)
        return fail(outcome, temporary);
    // Until the venv is complete it carries the builder's marker: a killed run shows as half-built.
    {
        QFile marker(temporary + u'/' + incompleteMarker);
        if (marker.open(QIODevice::WriteOnly))
            marker.write(
                "VenvDeck is building this demo environment; if this file stays, the build was interrupted.\n");
    }

    outcome = installPackages(temporary, python, venv.packages, cancel);
    if (!outcome.ok && !outcome.cancelled && !venv.packages.isEmpty()) {
        venv.notes.append(tr("%1: %2 could not be installed offline for Python %3; it holds pip only")
                              .arg(venv.name, venv.packages.join(u", "_s), python.version));
        outcome = installPackages(temporary, python, {}, cancel);
    }
    if (!outcome.ok)
        return fail(outcome, temporary);

    if (venv.kind == DemoKind::WithRecord) {
        OwnershipRecord record;
        record.schema = ownershipRecordSchema;
        record.owner = u"VCenter Shell Driver"_s;
        record.ownerKind = OwnerKind::Driver;
        record.ownerVersion = u"4.10"_s;
        record.pythonVersion = python.version;
        record.requirementsSha256 = QString::fromLatin1(
            QCryptographicHash::hash(recordRequirements.toUtf8(), QCryptographicHash::Sha256).toHex());
        record.builtAt = QDateTime::currentDateTimeUtc();
        record.builtBy = u"VenvDeck "_s + QStringLiteral(VENVDECK_VERSION) + u" (demo root)"_s;
        const QString error = writeOwnershipRecord(temporary, record);
        if (!error.isEmpty()) {
            venv.problems.append({temporary + u'/' + QString::fromUtf16(ownershipRecordFileName), error});
            QDir(temporary).removeRecursively();
            return;
        }
    }

    if (venv.kind == DemoKind::BaseInterpreterGone) {
        if (baseCopy) {
            baseCopy.reset(); // the interpreter the venv was made with is gone now
        } else {
            // No copy of the interpreter could be made here: break it by what an interrupted build leaves.
            QDir lib(temporary + u"/lib"_s);
            const QStringList versions = lib.entryList({u"python*"_s}, QDir::Dirs | QDir::NoDotAndDotDot);
            for (const QString &version : versions)
                QDir(lib.filePath(version) + u"/site-packages"_s).removeRecursively();
            QDir(temporary + u"/Lib/site-packages"_s).removeRecursively();
            venv.notes.append(tr("%1: the interpreter could not be copied here, so the broken example has its "
                                        "site-packages removed instead of its base interpreter")
                                  .arg(venv.name));
        }
    }

    replaceTemporaryPath(temporary, final, &venv.problems);
    QFile::remove(temporary + u'/' + incompleteMarker);
    if (QFileInfo::exists(final)) {
        venv.problems.append({final, tr("appeared while the demo environment was being made; left as it is")});
        QDir(temporary).removeRecursively();
        return;
    }
    if (!QDir().rename(temporary, final)) {
        venv.problems.append({final, tr("cannot rename %1 into place").arg(temporary)});
        QDir(temporary).removeRecursively();
        return;
    }
    if (venv.ageDays > 0)
        setFolderModificationTime(final, QDateTime::currentDateTimeUtc().addDays(-venv.ageDays));
    venv.made = true;
}

QString markerText(const QList<DemoVenv> &plan)
{
    QString text = tr("This folder is VenvDeck's demo root.\n"
                             "VenvDeck made it because the execution server's venv folder does not exist on this "
                             "machine. Every environment here is a real venv, made with the Pythons found here and "
                             "holding real packages installed offline, and named the way a CloudShell execution "
                             "server names its venvs:\n\n");
    for (const DemoVenv &venv : plan)
        text += u"  "_s + venv.name + u"\n      "_s + venv.purpose + u'\n';
    text += tr("\nThe older environments have their folder times set back by days, as if they had been "
                      "made earlier; their packages were installed without byte-compiling, so nothing in them "
                      "looks used until something runs in them.\n");
    text += tr("\n%1 holds a driver folder to try Build from Package with (the next build of the Cisco "
               "driver).\n")
                .arg(QString::fromUtf16(demoSourcesFolderName));
    text += tr("\nNothing else uses this folder. It can be deleted at any time; VenvDeck makes it again "
                      "when it needs it (venvdeck-cli demo).\n");
    return text;
}

// The pair of Pythons the demo uses: the system's python3 when it can make venvs (what an execution server on
// this machine would run), else the newest; and another major.minor, preferably older (the Python the server
// used before its default changed).
std::pair<const PythonInterpreter *, const PythonInterpreter *> choosePythons(const QList<PythonInterpreter> &all)
{
    const PythonInterpreter *primary = nullptr;
    const QString systemPython = QFileInfo(u"/usr/bin/python3"_s).canonicalFilePath();
    for (const PythonInterpreter &python : all) {
        if (python.hasVenvModule && python.major() == 3 && !systemPython.isEmpty() && python.realPath == systemPython) {
            primary = &python;
            break;
        }
    }
    if (!primary) {
        for (const PythonInterpreter &python : all) {
            if (python.hasVenvModule && python.major() == 3) {
                primary = &python;
                break;
            }
        }
    }
    if (!primary)
        return {nullptr, nullptr};
    const PythonInterpreter *older = nullptr;
    const PythonInterpreter *newer = nullptr;
    for (const PythonInterpreter &python : all) {
        if (!python.hasVenvModule || python.majorMinor() == primary->majorMinor())
            continue;
        const bool isOlder = QVersionNumber::compare(QVersionNumber::fromString(python.version),
                                                     QVersionNumber::fromString(primary->version)) < 0;
        if (isOlder && !older)
            older = &python;
        if (!isOlder && !newer)
            newer = &python;
    }
    return {primary, older ? older : newer};
}

} // namespace

QString defaultDemoRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/venvdeck/demo-root"_s;
}

bool isDemoRoot(const QString &root)
{
    return QFileInfo(root + u'/' + QString::fromUtf16(demoRootMarkerFileName)).isFile();
}

QStringList demoEnvironmentNames()
{
    return {u"Cisco_IOS_Switch_2G_1_7"_s,
            u"Cisco_IOS_Switch_2G_1_9"_s,
            u"Default Sandbox Setup 2.0_1_"_s + scriptUidOld,
            u"Default Sandbox Setup 2.0_1_"_s + scriptUidNew,
            u"VCenter_Shell_Driver_4_10"_s,
            u"Juniper_JunOS_Switch_2G_1_21"_s};
}

QString demoBuildSource(const QString &root, Problems *problems)
{
    const QString folder = root + u'/' + QString::fromUtf16(demoSourcesFolderName) + u"/Cisco IOS Switch 2G driver"_s;
    const QList<QPair<QString, QByteArray>> files = {
        {u"drivermetadata.xml"_s,
         "<Driver Name=\"Cisco IOS Switch 2G\" Version=\"1.10\" MainClass=\"driver.CiscoIOSSwitchDriver\" "
         "PythonVersion=\"3\" Description=\"VenvDeck's demo: the next build of the Cisco driver\">\n</Driver>\n"},
        {u"driver.py"_s, "class CiscoIOSSwitchDriver:\n    \"\"\"VenvDeck's demo driver: it does nothing.\"\"\"\n"},
        {u"requirements.txt"_s, "# What the offline wheels of this machine hold (/usr/share/python-wheels).\n"
                                "setuptools>=60\nwheel\n"},
    };
    for (const auto &[name, text] : files) {
        const QString path = folder + u'/' + name;
        if (QFileInfo::exists(path))
            continue;
        QSaveFile file(path);
        if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) || file.write(text) != text.size() ||
            !file.commit()) {
            if (problems)
                problems->append({path, tr("cannot write the demo's build source: %1").arg(file.errorString())});
            break;
        }
    }
    return folder;
}

DemoRootResult createDemoRoot(const QString &rootPath, const std::function<void(const QString &)> &progress,
                              const std::atomic_bool *cancel)
{
    QElapsedTimer elapsed;
    elapsed.start();
    DemoRootResult result;
    const QString root = QDir::cleanPath(QFileInfo(rootPath).absoluteFilePath());
    result.root = root;
    const auto finish = [&]() -> DemoRootResult {
        result.elapsedMs = elapsed.elapsed();
        return result;
    };

    const QFileInfo rootInfo(root);
    if (rootInfo.exists() && !rootInfo.isDir()) {
        result.refused = true;
        result.problems.append({root, tr("is a file, not a folder; choose a folder for the demo root")});
        return finish();
    }
    const bool marked = isDemoRoot(root);
    if (rootInfo.exists() && !marked &&
        !QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot).isEmpty()) {
        result.refused = true;
        result.problems.append({root, tr("is not empty and is not a VenvDeck demo root (it has no %1); "
                                                "VenvDeck makes demo environments only in a new or empty folder")
                                          .arg(QString::fromUtf16(demoRootMarkerFileName))});
        return finish();
    }

    const QStringList names = demoEnvironmentNames();
    if (marked) {
        const bool complete = std::all_of(names.cbegin(), names.cend(),
                                          [&](const QString &name) { return QFileInfo::exists(root + u'/' + name); });
        if (complete) {
            result.reused = true;
            demoBuildSource(root, &result.problems); // a root made before the demo had one
            return finish();
        }
    }

    QMutex reportMutex;
    const auto report = [&](const QString &message) {
        if (!progress)
            return;
        const QMutexLocker locker(&reportMutex);
        progress(message);
    };

    report(tr("Looking for Pythons…"));
    const QList<PythonInterpreter> pythons = findPythonInterpreters();
    const auto [primary, secondary] = choosePythons(pythons);
    if (!primary) {
        result.problems.append(
            {root, tr("no Python 3 with the venv module was found on this machine (on Debian: apt install "
                             "python3-venv); the demo root cannot be made")});
        return finish();
    }

    const PythonInterpreter *mismatched = secondary ? secondary : primary;
    QList<DemoVenv> plan = {
        {names.at(0),
         tr("driver build 1_7, superseded by Cisco_IOS_Switch_2G_1_9 (same driver, newer build); Python %1")
             .arg(primary->version),
         primary,
         {u"setuptools"_s},
         DemoKind::Plain,
         21,
         false,
         false,
         {},
         {}},
        {names.at(1),
         tr("driver build 1_9, the current one; Python %1").arg(primary->version),
         primary,
         {u"setuptools"_s, u"wheel"_s},
         DemoKind::Plain,
         0,
         false,
         false,
         {},
         {}},
        {names.at(2),
         tr("script on Python %1: Python-mismatched, the script's newest venv uses Python %2")
             .arg(mismatched->version, primary->version),
         mismatched,
         {u"setuptools"_s},
         DemoKind::Plain,
         9,
         false,
         false,
         {},
         {}},
        {names.at(3),
         tr("the same script on Python %1, its current venv").arg(primary->version),
         primary,
         {u"setuptools"_s},
         DemoKind::Plain,
         0,
         false,
         false,
         {},
         {}},
        {names.at(4),
         tr("driver with an ownership record (venvdeck.json, owner \"VCenter Shell Driver\" 4.10); Python %1")
             .arg(primary->version),
         primary,
         {u"setuptools"_s, u"wheel"_s},
         DemoKind::WithRecord,
         2,
         false,
         false,
         {},
         {}},
        {names.at(5),
         tr("broken: made with a copy of Python %1 that was removed afterwards, as when a Python is "
                   "uninstalled under its venvs")
             .arg(primary->version),
         primary,
         {u"setuptools"_s},
         DemoKind::BaseInterpreterGone,
         30,
         false,
         false,
         {},
         {}},
    };
    if (!secondary) {
        result.notes.append(tr("only one Python that can make venvs (%1, %2) was found: the Python-mismatched "
                                      "example needs a second Python version, so \"%3\" uses the same Python and is "
                                      "not a mismatch here")
                                .arg(primary->version, primary->path, names.at(2)));
    }

    if (!QDir().mkpath(root)) {
        result.problems.append({root, tr("cannot create the folder")});
        return finish();
    }
    // The marker goes first: a run that is interrupted leaves a labelled root that the next run completes.
    {
        const QString markerPath = root + u'/' + QString::fromUtf16(demoRootMarkerFileName);
        QSaveFile marker(markerPath);
        const QByteArray text = markerText(plan).toUtf8();
        if (!marker.open(QIODevice::WriteOnly) || marker.write(text) != text.size() || !marker.commit()) {
            result.problems.append({markerPath, tr("cannot write the marker: %1").arg(marker.errorString())});
            return finish();
        }
    }
    demoBuildSource(root, &result.problems);
    // Leftovers of an interrupted run: temporary siblings of our own names only.
    for (const QString &name : names) {
        const QString temporary = root + u"/."_s + name + temporarySuffix;
        if (QFileInfo::exists(temporary))
            QDir(temporary).removeRecursively();
    }

    QList<DemoVenv *> todo;
    for (DemoVenv &venv : plan) {
        if (!QFileInfo::exists(root + u'/' + venv.name))
            todo.append(&venv);
    }
    QThreadPool pool;
    pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 2, 4));
    QtConcurrent::blockingMap(&pool, todo, [&](DemoVenv *venv) { buildOne(*venv, root, report, cancel); });

    for (const DemoVenv &venv : std::as_const(plan)) {
        if (venv.made)
            result.created.append(venv.name);
        result.notes.append(venv.notes);
        result.problems.append(venv.problems);
        result.cancelled = result.cancelled || venv.cancelled;
    }
    if (result.cancelled || isCancelled(cancel)) {
        result.cancelled = true;
        result.problems.append({root, tr("cancelled; the environments already complete stay, and the next "
                                                "run makes the rest")});
    }
    result.elapsedMs = elapsed.elapsed();
    if (result.ok())
        report(tr("Demo root ready in %1 s: %2").arg(double(result.elapsedMs) / 1000.0, 0, 'f', 1).arg(root));
    return result;
}

} // namespace venvdeck
