#include "build/Builder.h"


#include "build/PipOutput.h"
#include "build/VenvFiles.h"
#include "cleanup/SafeRemoval.h"
#include "model/DependencyCheck.h"
#include "scan/EnvironmentReader.h"
#include "scan/OwnerResolver.h"
#include "scan/PyvenvConfig.h"
#include "scan/RootLayout.h"
#include "scan/RootLock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QSaveFile>
#include <QStorageInfo>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

// The build slots of this process (builders live in one thread: no locking needed).
int g_maxBuilds = 0;
int g_running = 0;
QList<QPointer<Builder>> g_waiting;

int slotLimit()
{
    return g_maxBuilds > 0 ? g_maxBuilds : std::max(1, QThread::idealThreadCount());
}

constexpr qsizetype maxKeptStepLines = 4000;

QString commandLine(const QString &program, const QStringList &arguments)
{
    return maskCredentials(QFileInfo(program).fileName() + u' ' + arguments.join(u' '));
}

} // namespace

Builder::Builder(QObject *parent) : QObject(parent)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        log(tr("The build did not finish within %1 seconds: ending it.").arg(m_request.timeoutSeconds));
        if (m_process && m_process->state() != QProcess::NotRunning)
            killProcessTree();
        else
            fail(tr("did not finish within %1 seconds").arg(m_request.timeoutSeconds));
    });
}

Builder::~Builder()
{
    g_waiting.removeAll(QPointer<Builder>(this));
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            killProcessTree();
            m_process->waitForFinished(5000);
        }
    }
    if (!m_temporary.isEmpty())
        QDir(m_temporary).removeRecursively();
    if (m_holdsSlot)
        releaseSlot();
}

void Builder::setMaxConcurrentBuilds(int count)
{
    g_maxBuilds = std::max(0, count);
}

int Builder::maxConcurrentBuilds()
{
    return slotLimit();
}

void Builder::start(const BuildRequest &request)
{
    if (m_running)
        return;
    m_request = request;
    m_result = {};
    m_result.name = request.name;
    m_progress = {};
    m_running = true;
    m_cancelled = m_timedOut = m_refresh = false;
    m_temporary.clear();
    m_elapsed.start();
    if (g_running < slotLimit()) {
        ++g_running;
        m_holdsSlot = true;
        QTimer::singleShot(0, this, &Builder::begin);
    } else {
        g_waiting.append(QPointer<Builder>(this));
        setStage(BuildStage::Queued);
    }
}

void Builder::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    if (m_process && m_process->state() != QProcess::NotRunning) {
        log(tr("Cancelled: ending the running process and everything it started."));
        killProcessTree();
        return; // stepFinished() completes
    }
    if (!m_holdsSlot)
        g_waiting.removeAll(QPointer<Builder>(this));
    QTimer::singleShot(0, this, [this] {
        if (m_running && !(m_process && m_process->state() != QProcess::NotRunning))
            fail(tr("cancelled"));
    });
}

void Builder::releaseSlot()
{
    if (!m_holdsSlot)
        return;
    m_holdsSlot = false;
    --g_running;
    while (!g_waiting.isEmpty()) {
        const QPointer<Builder> next = g_waiting.takeFirst();
        if (!next || !next->m_running)
            continue;
        ++g_running;
        next->m_holdsSlot = true;
        QTimer::singleShot(0, next.data(), &Builder::begin);
        break;
    }
}

void Builder::setStage(BuildStage stage)
{
    m_progress.stage = stage;
    m_progress.text = describe(stage);
    Q_EMIT progressChanged(m_progress);
}

void Builder::log(const QString &line)
{
    const QString masked = maskCredentials(line);
    if (m_log.isOpen()) {
        m_log.write(masked.toUtf8() + '\n');
        m_log.flush();
    }
    Q_EMIT logLine(masked);
}

void Builder::begin()
{
    if (!m_running)
        return;
    if (m_cancelled) {
        fail(tr("cancelled"));
        return;
    }
    setStage(BuildStage::Preparing);
    if (m_request.timeoutSeconds > 0)
        m_timeout.start(std::chrono::seconds(m_request.timeoutSeconds));
    if (!prepare())
        return;
    if (m_refresh)
        startRefresh();
    else
        startBuild();
}

bool Builder::prepare()
{
    const QString root = QDir::cleanPath(QFileInfo(m_request.root).absoluteFilePath());
    const QString &name = m_request.name;
    if (!QFileInfo(root).isDir()) {
        fail(tr("the root %1 is not a folder").arg(root));
        return false;
    }
    if (!rootlayout::isPlainEnvironmentName(name) || rootlayout::isPartialBuildName(name) ||
        rootlayout::isReplacedEnvironmentName(name)) {
        fail(tr("'%1' cannot be an environment's folder name").arg(name));
        return false;
    }
    m_final = root + u'/' + name;
    m_result.path = m_final;

    // The log first, so that everything after it is in it.
    const QString logFolder = rootlayout::buildLogFolder(root);
    QDir().mkpath(logFolder);
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString logPath = logFolder + u'/' + name + u'-' + stamp + u".log"_s;
    for (int i = 2; QFileInfo::exists(logPath); ++i)
        logPath = logFolder + u'/' + name + u'-' + stamp + u'-' + QString::number(i) + u".log"_s;
    m_log.setFileName(logPath);
    if (m_log.open(QIODevice::WriteOnly | QIODevice::Text))
        m_result.logPath = logPath;
    log(tr("VenvDeck %1: %2 in %3").arg(QStringLiteral(VENVDECK_VERSION), name, root));
    log(tr("Owner: %1 %2 (%3)").arg(m_request.ownerName, m_request.ownerVersion, keyword(m_request.ownerKind)));
    log(tr("Requirements: %1").arg(m_request.requirementsOrigin));
    log(tr("Packages from: %1").arg(m_request.index.describe()));

    QDir().mkpath(QFileInfo(rootlayout::lockFilePath(root, name)).absolutePath());
    m_lock = std::make_unique<RootLock>(rootlayout::lockFilePath(root, name));
    if (!m_lock->tryLock(0)) {
        if (m_lock->error() != QLockFile::LockFailedError) {
            // Not another VenvDeck: the lock file itself cannot be made (a full disk, a read-only root).
            const QString why = QFileInfo(root).isWritable() ? tr("the disk may be full")
                                                             : tr("the root is not writable");
            m_lock.reset();
            fail(tr("cannot create the build lock %1 (%2); nothing was changed")
                     .arg(rootlayout::lockFilePath(root, name), why));
            return false;
        }
        qint64 pid = 0;
        QString host;
        QString application;
        m_lock->holder(&pid, &host, &application);
        m_lock.reset();
        fail(tr("'%1' is being built or removed by another VenvDeck process (%2, pid %3 on %4); try again "
                       "when it has finished")
                 .arg(name, application)
                 .arg(pid)
                 .arg(host));
        return false;
    }
    // Partial siblings of this name are leftovers of a build that was killed: we hold the lock, nobody builds them.
    const QStringList leftovers =
        QDir(root).entryList({name + QString::fromUtf16(rootlayout::partialBuildInfix) + u'*'},
                             QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &leftover : leftovers) {
        const QString path = root + u'/' + leftover;
        QString whyNot;
        if (!directoryIdentity(path, &whyNot)) {
            // A link (or a file) under a build's name is nothing a build made: never followed, never deleted.
            log(tr("%1 looks like a leftover of an interrupted build but is %2; left alone.").arg(path, whyNot));
            continue;
        }
        // A killed build's python or pip may live on for a moment (an orphan of ensurepip): not under its feet.
        if (const QList<ProcessUse> uses = findProcessesUsing({path}).byFolder.value(path); !uses.isEmpty()) {
            log(tr("%1 was left by an interrupted build but is still used by pid %2; left alone.")
                    .arg(path)
                    .arg(uses.first().pid));
            continue;
        }
        log(tr("Removing %1, left by an interrupted build.").arg(leftover));
        for (const Problem &problem : removeTreeNoFollow(path))
            log(problem.path + u": "_s + problem.message);
    }

    // A rebuild of this name killed halfway: its old environment is put back or flagged before anything else.
    const SettleReport settled = settleReplacedEnvironments(root, name, true);
    for (const Problem &note : settled.restored + settled.flagged + settled.problems)
        log(note.path + u": "_s + note.message);

    const QFileInfo target(m_final);
    if (target.exists() && (!target.isDir() || target.isSymLink())) {
        fail(tr("%1 exists and is not a venv folder; it is left as it is").arg(m_final));
        return false;
    }
    if (m_request.mode == BuildMode::Refresh && !target.exists()) {
        fail(tr("there is no environment named '%1' in %2 to refresh").arg(name, root));
        return false;
    }
    m_refresh = target.exists() && m_request.mode != BuildMode::Rebuild;

    m_scratch = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/venvdeck-build-XXXXXX"_s);
    m_requirementsFile = m_scratch->filePath(u"requirements.txt"_s);
    QFile requirements(m_requirementsFile);
    if (!m_scratch->isValid() || !requirements.open(QIODevice::WriteOnly) ||
        requirements.write(m_request.requirements.toUtf8()) < 0) {
        fail(tr("cannot write the requirements to a temporary file"));
        return false;
    }
    requirements.close();
    return true;
}

void Builder::startBuild()
{
    const PythonInterpreter &python = m_request.interpreter;
    m_pythonVersion = python.version;
    QStringList creator;
    if (python.hasVenvModule) {
        creator = {u"-m"_s, u"venv"_s};
    } else if (python.hasVirtualenv) {
        creator = {u"-m"_s, u"virtualenv"_s};
    } else if (python.major() == 2) {
        fail(tr("Python %1 (%2) has no venv module, and virtualenv is not installed for it: install "
                       "virtualenv for that Python, or build with Python 3")
                 .arg(python.version, python.path));
        return;
    } else {
        fail(tr("Python %1 (%2) cannot make venvs: its venv or ensurepip module is missing (on Debian: apt "
                       "install python%3-venv)")
                 .arg(python.version, python.path, python.majorMinor()));
        return;
    }
    QTemporaryDir temporary(m_final + QString::fromUtf16(rootlayout::partialBuildInfix) + u"XXXXXX"_s);
    if (!temporary.isValid()) {
        fail(tr("cannot create a temporary folder next to %1: %2").arg(m_final, temporary.errorString()));
        return;
    }
    temporary.setAutoRemove(false);
    m_temporary = temporary.path();
    // QTemporaryDir makes it private (0700); a venv is read by the execution server's other users.
    QFile::setPermissions(m_temporary, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                           QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    QFile marker(m_temporary + u'/' + QString::fromUtf16(incompleteBuildMarkerFileName));
    if (marker.open(QIODevice::WriteOnly))
        marker.write("VenvDeck is building this environment; if this file stays, the build was interrupted.\n");
    marker.close();

    setStage(BuildStage::CreatingVenv);
    runStep(Step::CreateVenv, python.path, creator << m_temporary, [this] {
        setStage(BuildStage::Installing);
        QStringList arguments = {u"-m"_s,           u"pip"_s,
                                 u"install"_s,      u"--disable-pip-version-check"_s,
                                 u"--no-input"_s,   u"--progress-bar"_s,
                                 u"off"_s,          u"-r"_s,
                                 m_requirementsFile};
        arguments << m_request.index.pipArguments();
        runStep(Step::Install, venvPythonPath(m_temporary), arguments, [this] {
            setStage(BuildStage::Checking);
            runStep(Step::Check, venvPythonPath(m_temporary), interpreterEnvironmentArguments(), [this] {
                if (checkInstalledDependencies())
                    finishBuild();
            });
        });
    });
}

void Builder::startRefresh()
{
    const QString python = venvPythonPath(m_final);
    if (!QFileInfo(python).isExecutable()) {
        fail(tr("%1 has no working interpreter (%2); rebuild it instead (--rebuild)").arg(m_final, python));
        return;
    }
    const Read<PyvenvConfig> config = readPyvenvConfig(m_final + u"/pyvenv.cfg"_s);
    m_pythonVersion = config.value ? config.value->version : QString();
    log(tr("%1 exists: refreshing it (pip install -r again; installed packages stay as they are).")
            .arg(m_request.name));
    setStage(BuildStage::Installing);
    QStringList arguments = {
        u"-m"_s,  u"pip"_s, u"install"_s,      u"--disable-pip-version-check"_s, u"--no-input"_s, u"--progress-bar"_s,
        u"off"_s, u"-r"_s,  m_requirementsFile};
    arguments << m_request.index.pipArguments();
    runStep(Step::Install, python, arguments, [this, python] {
        setStage(BuildStage::Checking);
        runStep(Step::Check, python, interpreterEnvironmentArguments(), [this] {
            if (checkInstalledDependencies())
                finishRefresh();
        });
    });
}

void Builder::runStep(Step step, const QString &program, const QStringList &arguments, std::function<void()> next)
{
    if (m_cancelled || m_timedOut) {
        fail(m_cancelled ? tr("cancelled")
                         : tr("did not finish within %1 seconds").arg(m_request.timeoutSeconds));
        return;
    }
    m_step = step;
    m_next = std::move(next);
    m_stepLines.clear();
    m_pending[0].clear();
    m_pending[1].clear();
    if (m_process)
        m_process->deleteLater();
    m_process = new QProcess(this);
    QProcessEnvironment environment = pythonProcessEnvironment();
    if (step == Step::Install) {
        for (const auto &[name, value] : m_request.index.pipEnvironment())
            environment.insert(name, value); // credentials: never on a command line others can read
    }
    m_process->setProcessEnvironment(environment);
    m_process->setWorkingDirectory(m_scratch->path());
#ifdef Q_OS_UNIX
    // Its own process group, so that cancel ends pip and everything pip starts (builds of sdists); on Linux it
    // also dies with VenvDeck, so that a killed VenvDeck leaves only the temporary sibling behind.
    const pid_t parent = ::getpid();
    m_process->setChildProcessModifier([parent] {
        ::setpgid(0, 0);
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) // VenvDeck died before the line above: do not run on as an orphan
            ::_exit(127);
#else
        Q_UNUSED(parent);
#endif
    });
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { readOutput(QProcess::StandardOutput); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this] { readOutput(QProcess::StandardError); });
    connect(m_process, &QProcess::finished, this, &Builder::stepFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this, program](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("cannot start %1: %2").arg(program, m_process->errorString()));
    });
    // The check's script is long and always the same: the log names it rather than printing it.
    log(u"$ "_s + (step == Step::Check ? QFileInfo(program).fileName() + u" -c "_s +
                                             tr("(a script that prints the marker environment and sys.path, for the dependency check)")
                                       : commandLine(program, arguments)));
    m_process->start(program, arguments, QIODevice::ReadOnly);
}

void Builder::readOutput(QProcess::ProcessChannel channel)
{
    QByteArray &pending = m_pending[channel == QProcess::StandardOutput ? 0 : 1];
    m_process->setReadChannel(channel);
    pending += m_process->readAll();
    qsizetype newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
        QByteArray line = pending.left(newline);
        pending.remove(0, newline + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        handleLine(QString::fromUtf8(line));
    }
}

void Builder::handleLine(const QString &line)
{
    if (m_step != Step::Check || !line.startsWith(u'{')) // the check's JSON is read, then summarised in the log
        log(line);
    m_stepLines.append(line);
    if (m_stepLines.size() > maxKeptStepLines)
        m_stepLines.removeFirst();
    if (m_step == Step::Install) {
        const QStringList installed = successfullyInstalled(line);
        if (!installed.isEmpty())
            m_result.installed = installed;
        if (updateProgress(m_progress, line))
            Q_EMIT progressChanged(m_progress);
    }
}

void Builder::stepFinished(int exitCode, QProcess::ExitStatus status)
{
    for (const QProcess::ProcessChannel channel : {QProcess::StandardOutput, QProcess::StandardError}) {
        readOutput(channel);
        QByteArray &rest = m_pending[channel == QProcess::StandardOutput ? 0 : 1];
        if (!rest.isEmpty())
            handleLine(QString::fromUtf8(rest));
        rest.clear();
    }
    if (!m_running)
        return;
    if (m_cancelled) {
        fail(tr("cancelled"));
        return;
    }
    if (m_timedOut) {
        fail(tr("did not finish within %1 seconds").arg(m_request.timeoutSeconds));
        return;
    }
    if (status != QProcess::NormalExit || exitCode != 0) {
        // The disk (or a file-size limit) stopped python or pip: say so first, whatever the step. python -m venv
        // swallows what ensurepip printed, so a disk with (almost) nothing left free counts too.
        const QString root = QFileInfo(m_final).absolutePath();
        const QStorageInfo storage(root);
        QString full = diskFullLine(m_stepLines);
        if (full.isEmpty() && storage.isValid() && storage.bytesAvailable() < 1024 * 1024)
            full = tr("%1 KiB free on %2").arg(storage.bytesAvailable() / 1024).arg(storage.rootPath());
        if (!full.isEmpty()) {
            const bool sizeLimit = full.contains(u"File too large"_s) || full.contains(u"[Errno 27]"_s);
            fail(sizeLimit ? tr("a file-size limit (ulimit -f) stopped the build in %1: raise it, then build "
                                       "again")
                                 .arg(root)
                           : tr("the disk holding %1 is full (%2 MiB free): free space there, then build again")
                                 .arg(root)
                                 .arg(storage.isValid() ? storage.bytesAvailable() / (1024 * 1024) : 0),
                 {full});
            return;
        }
        switch (m_step) {
        case Step::CreateVenv:
            fail(tr("creating the venv with %1 failed (exit code %2)")
                     .arg(m_request.interpreter.path)
                     .arg(exitCode),
                 m_stepLines.mid(std::max<qsizetype>(0, m_stepLines.size() - 8)));
            return;
        case Step::Install: {
            const PipFailure failure = summarizePipFailure(m_stepLines, m_request.index, exitCode);
            fail(failure.headline, failure.details);
            return;
        }
        case Step::Check:
            fail(tr("cannot run the venv's Python to read its marker environment for the dependency check (exit "
                    "code %1)")
                     .arg(exitCode),
                 m_stepLines.mid(std::max<qsizetype>(0, m_stepLines.size() - 8)));
            return;
        case Step::None:
            break;
        }
        fail(tr("a step failed"));
        return;
    }
    m_step = Step::None;
    const std::function<void()> next = std::move(m_next);
    m_next = nullptr;
    if (next)
        next();
}

bool Builder::checkInstalledDependencies()
{
    QString why;
    const std::optional<InterpreterEnvironment> environment =
        parseInterpreterEnvironment(m_stepLines.join(u'\n').toUtf8(), &why);
    if (!environment) {
        fail(tr("cannot check the installed dependencies: %1").arg(why));
        return false;
    }
    const MarkerEnvironment &markers = environment->markers;
    log(tr("Checking the installed dependencies as pip check does: every requirement of every distribution on the "
           "venv's sys.path whose marker applies to Python %1 (%2, %3, %4).")
            .arg(markers.values.value(u"python_full_version"_s), markers.values.value(u"platform_python_implementation"_s),
                 markers.values.value(u"sys_platform"_s), markers.values.value(u"platform_machine"_s)));
    const Read<QList<Distribution>> installed = readInstalledDistributions(environment->path);
    for (const Problem &problem : installed.problems)
        log(problem.path + u": "_s + problem.message);
    const DependencyCheckResult check = checkDependencies(*installed.value, markers);
    for (const QString &line : check.lines())
        log(line);
    if (!check.missing.isEmpty() || !check.conflicts.isEmpty()) {
        fail(tr("broken dependencies: installed packages require packages that are not installed, or other "
                "versions of them"),
             check.lines());
        return false;
    }
    if (!check.errors.isEmpty()) {
        fail(tr("the installed dependencies could not all be checked"), check.errors);
        return false;
    }
    log(tr("No broken requirements found: %n requirement(s) of %1 distribution(s) checked.", nullptr,
           check.requirements)
            .arg(check.distributions));
    return true;
}

bool Builder::writeRecordAndRequirements(const QString &venv)
{
    OwnershipRecord record;
    const Read<OwnershipRecord> existing = readOwnershipRecord(venv);
    if (existing.value)
        record = *existing.value;
    record.schema = ownershipRecordSchema;
    if (!m_request.ownerName.isEmpty()) {
        record.owner = m_request.ownerName;
        record.ownerKind = m_request.ownerKind;
        record.ownerVersion = m_request.ownerVersion;
    } else if (record.owner.isEmpty()) {
        const Owner owner = ownerFromFolderName(m_request.name);
        record.owner = owner.name;
        record.ownerKind = owner.kind;
        record.ownerVersion = owner.version;
    }
    if (!m_pythonVersion.isEmpty())
        record.pythonVersion = m_pythonVersion;
    const QByteArray requirements = m_request.requirements.toUtf8();
    record.requirementsSha256 =
        QString::fromLatin1(QCryptographicHash::hash(requirements, QCryptographicHash::Sha256).toHex());
    if (!record.builtAt.isValid() || !m_refresh)
        record.builtAt = QDateTime::currentDateTimeUtc();
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QString host = QSysInfo::machineHostName();
    record.builtBy =
        u"VenvDeck %1 (%2)"_s.arg(QStringLiteral(VENVDECK_VERSION), user.isEmpty() ? host : user + u'@' + host);
    const QString error = writeOwnershipRecord(venv, record);
    if (!error.isEmpty()) {
        fail(tr("cannot write the ownership record: %1").arg(error));
        return false;
    }
    QSaveFile copy(venv + u'/' + QString::fromUtf16(builtRequirementsFileName));
    if (!copy.open(QIODevice::WriteOnly) || copy.write(requirements) != requirements.size() || !copy.commit()) {
        fail(tr("cannot keep a copy of the requirements in %1: %2").arg(venv, copy.errorString()));
        return false;
    }
    return true;
}

void Builder::finishBuild()
{
    setStage(BuildStage::Finishing);
    if (!writeRecordAndRequirements(m_temporary))
        return;
    Problems problems;
    replaceTemporaryPath(m_temporary, m_final, &problems);
    for (const Problem &problem : std::as_const(problems))
        log(problem.path + u": "_s + problem.message);
    if (!problems.isEmpty()) {
        fail(tr("cannot prepare the environment for its final name"));
        return;
    }
    if (m_cancelled) {
        fail(tr("cancelled"));
        return;
    }
    QString kept;
    const QString root = QFileInfo(m_final).path();
    const QString replacing = rootlayout::replacingRecordPath(root, m_result.name);
    if (QFileInfo::exists(m_final)) {
        // A rebuild: the old environment may be in use; it is kept under another name, not deleted. The rebuild
        // record says where it goes, so that a kill before it is flagged is finished by the next run.
        kept = m_final + QString::fromUtf16(rootlayout::replacedEnvironmentInfix) +
               QDateTime::currentDateTime().toString(u"yyyyMMddHHmmss"_s);
        QDir().mkpath(QFileInfo(replacing).path());
        QSaveFile record(replacing);
        if (!record.open(QIODevice::WriteOnly) || record.write(QFileInfo(kept).fileName().toUtf8() + '\n') < 0 ||
            !record.commit()) {
            fail(tr("cannot write %1 (%2); the old %3 is left as it is").arg(replacing, record.errorString(), m_final));
            return;
        }
        if (!QDir().rename(m_final, kept)) {
            QFile::remove(replacing);
            fail(tr("cannot move the old %1 aside; it is left as it is").arg(m_final));
            return;
        }
    }
    QFile::remove(m_temporary + u'/' + QString::fromUtf16(incompleteBuildMarkerFileName));
    if (!QDir().rename(m_temporary, m_final)) {
        if (!kept.isEmpty() && QDir().rename(kept, m_final))
            QFile::remove(replacing);
        fail(tr("cannot rename %1 to %2").arg(m_temporary, m_final));
        return;
    }
    m_temporary.clear();
    m_result.action = kept.isEmpty() ? BuildAction::Built : BuildAction::Rebuilt;
    m_result.keptOldPath = kept;
    if (!kept.isEmpty()) {
        // It goes at the next restart, through the same manifest and safety rules as every other removal.
        QString whyNot;
        const bool flagged = flagReplacedCopy(root, m_result.name, QFileInfo(kept).fileName(), &whyNot);
        m_result.keptOldFlagged = flagged;
        log(flagged ? tr("The previous environment may still be in use: it was kept as %1 and flagged for "
                                "removal at the next restart of the execution server.")
                          .arg(kept)
                    : tr("The previous environment may still be in use: it was kept as %1, but could not "
                                "be flagged for removal (%2). Flag it with 'venvdeck-cli flag'.")
                          .arg(kept, whyNot));
    }
    m_result.ok = true;
    complete();
}

void Builder::finishRefresh()
{
    setStage(BuildStage::Finishing);
    if (!writeRecordAndRequirements(m_final))
        return;
    m_result.action = BuildAction::Refreshed;
    m_result.ok = true;
    complete();
}

void Builder::killProcessTree()
{
    if (!m_process)
        return;
#ifdef Q_OS_UNIX
    const qint64 pid = m_process->processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
#endif
    m_process->kill();
}

void Builder::fail(const QString &error, const QStringList &details)
{
    if (!m_running)
        return;
    m_result.ok = false;
    m_result.cancelled = m_cancelled;
    m_result.timedOut = m_timedOut;
    m_result.error = maskCredentials(error);
    for (const QString &detail : details)
        m_result.details.append(maskCredentials(detail));
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        killProcessTree();
        m_process->waitForFinished(5000);
    }
    if (!m_temporary.isEmpty()) {
        QDir(m_temporary).removeRecursively();
        m_temporary.clear();
    }
    log(tr("Failed: %1").arg(m_result.error));
    complete();
}

void Builder::complete()
{
    m_timeout.stop();
    m_result.elapsedMs = m_elapsed.elapsed();
    m_result.pythonVersion = m_pythonVersion;
    if (m_result.ok) {
        log(tr("Done: %1 %2 in %3 s.")
                .arg(m_request.name, keyword(m_result.action))
                .arg(double(m_result.elapsedMs) / 1000.0, 0, 'f', 1));
    }
    m_log.close();
    if (m_lock) {
        m_lock->unlock();
        m_lock.reset();
    }
    m_scratch.reset();
    m_running = false;
    releaseSlot();
    setStage(BuildStage::Finished);
    Q_EMIT finished(m_result);
}

} // namespace venvdeck
