#include "support/Faults.h"

#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QCoreApplication>

#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sched.h>
#include <signal.h>
#include <sys/mount.h>
#endif

using namespace Qt::StringLiterals;

namespace venvdeck::test {

namespace {

void prepare(QProcess &process, const QString &configHome, const QMap<QString, QString> &extraEnvironment)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_CONFIG_HOME"_s, configHome);
    environment.insert(u"XDG_CACHE_HOME"_s, configHome + u"/cache"_s);
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QString CliRun::describe() const
{
    return u"exit %1%2%3\n--- stdout:\n%4\n--- stderr:\n%5"_s.arg(exitCode)
        .arg(finished ? QString() : u" (did not finish in time)"_s, crashed ? u" (crashed)"_s : QString(),
             out.left(4000), err.left(4000));
}

CliRun runCli(const QStringList &arguments, const QString &configHome, int timeoutMs,
              const QMap<QString, QString> &extraEnvironment, const QStringList &launcher)
{
    QProcess process;
    prepare(process, configHome, extraEnvironment);
    if (launcher.isEmpty())
        process.start(cliPath(), arguments);
    else
        process.start(launcher.first(), launcher.mid(1) + QStringList{cliPath()} + arguments);
    CliRun run;
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.crashed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.crashed ? -1 : process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool runCliAndKill(const QStringList &arguments, const QString &configHome, int delayMs, int *exitCode)
{
    QProcess process;
    prepare(process, configHome, {});
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start(cliPath(), arguments);
    if (!process.waitForStarted(10000))
        return false;
    bool killed = false;
    if (!process.waitForFinished(delayMs)) {
#ifdef Q_OS_UNIX
        killed = ::kill(pid_t(process.processId()), SIGKILL) == 0;
#else
        process.kill();
        killed = true;
#endif
        process.waitForFinished(10000);
        // The process may have ended between the wait and the kill: then nothing was killed.
        killed = killed && process.exitStatus() == QProcess::CrashExit;
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return killed;
}

QRandomGenerator seededGenerator(const char *testName)
{
    bool given = false;
    quint32 seed = qEnvironmentVariable("VENVDECK_FAULT_SEED").toUInt(&given);
    if (!given)
        seed = quint32(QDateTime::currentMSecsSinceEpoch() ^ (quint64(QCoreApplication::applicationPid()) << 16));
    qInfo("%s: random seed %u (replay with VENVDECK_FAULT_SEED=%u)", testName, seed, seed);
    return QRandomGenerator(seed);
}

QString enterPrivateMountNamespace()
{
#ifdef Q_OS_LINUX
    if (::unshare(CLONE_NEWNS) != 0)
        return u"unshare(CLONE_NEWNS): "_s + errnoText();
    if (::mount("none", "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
        return u"making / private: "_s + errnoText();
    return {};
#else
    return u"mount namespaces are Linux only"_s;
#endif
}

QString mountTmpfs(const QString &path, qint64 bytes)
{
#ifdef Q_OS_LINUX
    const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0755";
    if (::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0, options.constData()) != 0)
        return u"mount -t tmpfs %1: "_s.arg(path) + errnoText();
    return {};
#else
    Q_UNUSED(path);
    Q_UNUSED(bytes);
    return u"tmpfs is Linux only"_s;
#endif
}

QString bindMountReadOnly(const QString &source, const QString &target)
{
#ifdef Q_OS_LINUX
    const QByteArray to = QFile::encodeName(target);
    if (::mount(QFile::encodeName(source).constData(), to.constData(), nullptr, MS_BIND, nullptr) != 0)
        return u"mount --bind %1 %2: "_s.arg(source, target) + errnoText();
    if (::mount(nullptr, to.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0)
        return u"mount -o remount,ro,bind %1: "_s.arg(target) + errnoText();
    return {};
#else
    Q_UNUSED(source);
    Q_UNUSED(target);
    return u"bind mounts are Linux only"_s;
#endif
}

QString unmount(const QString &path)
{
#ifdef Q_OS_LINUX
    if (::umount2(QFile::encodeName(path).constData(), MNT_DETACH) != 0)
        return u"umount %1: "_s.arg(path) + errnoText();
    return {};
#else
    Q_UNUSED(path);
    return u"Linux only"_s;
#endif
}

QMap<QString, QString> treeFingerprint(const QString &dir)
{
    QMap<QString, QString> result;
    const QDir base(dir);
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        QString what = u"dir"_s;
        if (info.isSymLink()) {
            what = u"link->"_s + QFile::symLinkTarget(path);
        } else if (info.isFile()) {
            QFile file(path);
            QCryptographicHash hash(QCryptographicHash::Sha1);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(&file);
            what = u"file %1 %2"_s.arg(info.size()).arg(QString::fromLatin1(hash.result().toHex()));
        }
        result.insert(base.relativeFilePath(path), what);
    }
    return result;
}

QStringList fingerprintDifferences(const QMap<QString, QString> &before, const QMap<QString, QString> &after,
                                   int limit)
{
    QStringList differences;
    for (auto it = before.cbegin(); it != before.cend() && differences.size() < limit; ++it) {
        if (!after.contains(it.key()))
            differences.append(u"gone: "_s + it.key());
        else if (after.value(it.key()) != it.value())
            differences.append(u"changed: "_s + it.key());
    }
    for (auto it = after.cbegin(); it != after.cend() && differences.size() < limit; ++it) {
        if (!before.contains(it.key()))
            differences.append(u"new: "_s + it.key());
    }
    return differences;
}

} // namespace venvdeck::test
