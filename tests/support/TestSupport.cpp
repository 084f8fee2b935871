#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace venvdeck::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(VENVDECK_TEST_DATA) + QLatin1Char('/') + relative;
}

bool makePath(const QString &path)
{
    return QDir().mkpath(path);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    if (!makePath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(content) == content.size();
}

bool setModificationTime(const QString &path, const QDateTime &time)
{
#ifdef Q_OS_UNIX
    // QFile cannot open a folder to set its time; utimensat can, for files and folders alike.
    const qint64 msecs = time.toMSecsSinceEpoch();
    const struct timespec times[2] = {{0, UTIME_OMIT}, {msecs / 1000, (msecs % 1000) * 1000000}};
    return ::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) == 0;
#else
    QFile file(path);
    if (!file.open(QIODevice::Append))
        return false;
    return file.setFileTime(time, QFileDevice::FileModificationTime);
#endif
}

bool copyTree(const QString &from, const QString &to)
{
    const QDir source(from);
    if (!makePath(to))
        return false;
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        const QString target = to + QLatin1Char('/') + source.relativeFilePath(info.filePath());
        if (info.isSymLink()) {
            if (!QFile::link(info.symLinkTarget(), target))
                return false;
        } else if (info.isDir()) {
            if (!makePath(target))
                return false;
        } else if (!QFile::copy(info.filePath(), target)) {
            return false;
        }
    }
    return true;
}

bool writeVenvTree(const QString &path, const QString &pythonVersion, const QString &home,
                   const QStringList &packages)
{
    const QString config = QStringLiteral("home = %1\ninclude-system-site-packages = false\nversion = %2\n")
                               .arg(home, pythonVersion);
    if (!writeFile(path + QStringLiteral("/pyvenv.cfg"), config.toUtf8()) || !makePath(path + QStringLiteral("/bin")))
        return false;
    const QString python = home + QStringLiteral("/python3");
    if (QFileInfo::exists(python)) {
        if (!QFile::link(python, path + QStringLiteral("/bin/python")))
            return false;
    } else if (!writeFile(path + QStringLiteral("/bin/python"), QByteArray())) {
        return false;
    }
    const QString site = path + QStringLiteral("/lib/python") + pythonVersion.section(QLatin1Char('.'), 0, 1) +
                         QStringLiteral("/site-packages");
    if (!makePath(site))
        return false;
    for (const QString &package : packages) {
        const QString name = package.section(QStringLiteral("=="), 0, 0);
        const QString version = package.section(QStringLiteral("=="), 1);
        const QString info = site + QLatin1Char('/') + QString(name).replace(QLatin1Char('-'), QLatin1Char('_')) +
                             QLatin1Char('-') + version + QStringLiteral(".dist-info");
        const QByteArray metadata =
            QStringLiteral("Metadata-Version: 2.1\nName: %1\nVersion: %2\nSummary: test package\n\nBody.\n")
                .arg(name, version)
                .toUtf8();
        if (!writeFile(info + QStringLiteral("/METADATA"), metadata) ||
            !writeFile(info + QStringLiteral("/INSTALLER"), "pip\n"))
            return false;
    }
    return true;
}

bool writeHardLinkedFile(const QString &path, const QString &link, qsizetype bytes)
{
#ifdef Q_OS_UNIX
    return writeFile(path, QByteArray(bytes, 's')) && makePath(QFileInfo(link).path()) &&
           ::link(QFile::encodeName(path).constData(), QFile::encodeName(link).constData()) == 0;
#else
    Q_UNUSED(link);
    Q_UNUSED(bytes);
    return false; // the tests that share files through hard links run on Unix
#endif
}

qint64 duTotal(const QStringList &folders)
{
    QProcess du;
    du.start(QStringLiteral("du"), QStringList{QStringLiteral("-sbc")} + folders);
    if (!du.waitForFinished(30000) || du.exitStatus() != QProcess::NormalExit || du.exitCode() != 0)
        return -1;
    const QList<QByteArray> lines = du.readAllStandardOutput().trimmed().split('\n');
    bool ok = false;
    const qint64 total = lines.last().split('\t').first().toLongLong(&ok);
    return ok ? total : -1;
}

QString cliPath()
{
    return QStringLiteral(VENVDECK_CLI_PATH);
}

} // namespace venvdeck::test
