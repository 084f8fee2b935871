#include "cleanup/InUseDetector.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <climits>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

struct Folder
{
    QString given;
    QString prefix; // canonical path + "/"
};

const Folder *folderOf(const QList<Folder> &folders, const QString &path)
{
    if (path.isEmpty() || !path.startsWith(u'/'))
        return nullptr;
    for (const Folder &folder : folders) {
        if (path.startsWith(folder.prefix) || path == QStringView(folder.prefix).chopped(1))
            return &folder;
    }
    return nullptr;
}

// The link's own text (readlink), not resolved further: /proc links name what the kernel sees.
QString readLinkRaw(const QString &path)
{
#ifdef Q_OS_LINUX
    char buffer[PATH_MAX + 16];
    const ssize_t length = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer);
    if (length <= 0 || length >= ssize_t(sizeof buffer))
        return {};
    QString target = QFile::decodeName(QByteArray(buffer, length));
#else
    QString target = QFile::symLinkTarget(path);
#endif
    if (target.endsWith(u" (deleted)"_s))
        target.chop(10);
    return target;
}

} // namespace

InUseScan findProcessesUsing(const QStringList &folders)
{
    InUseScan scan;
#ifdef Q_OS_LINUX
    QList<Folder> watched;
    for (const QString &folder : folders) {
        const QString canonical = QFileInfo(folder).canonicalFilePath();
        const QString clean = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
        watched.append({folder, (canonical.isEmpty() ? clean : canonical) + u'/'});
        if (!canonical.isEmpty() && canonical != clean)
            watched.append({folder, clean + u'/'});
    }
    if (watched.isEmpty())
        return scan;

    const qint64 self = QCoreApplication::applicationPid();
    const QStringList pids = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pidText : pids) {
        bool isPid = false;
        const qint64 pid = pidText.toLongLong(&isPid);
        if (!isPid || pid == self)
            continue;
        const QString base = u"/proc/"_s + pidText;
        QList<std::pair<const Folder *, ProcessUse>> uses;
        const auto note = [&](const QString &path, const char *how) {
            if (const Folder *folder = folderOf(watched, path)) {
                const bool seen = std::any_of(uses.cbegin(), uses.cend(),
                                              [folder](const auto &use) { return use.first->given == folder->given; });
                if (!seen)
                    uses.append({folder, ProcessUse{pid, {}, QString::fromLatin1(how), path}});
            }
        };

        bool readable = false;
        if (const QString exe = readLinkRaw(base + u"/exe"_s); !exe.isEmpty()) {
            readable = true;
            note(exe, "executable");
        }
        if (const QString cwd = readLinkRaw(base + u"/cwd"_s); !cwd.isEmpty()) {
            readable = true;
            note(cwd, "working directory");
        }
        QFile cmdlineFile(base + u"/cmdline"_s);
        QStringList arguments;
        if (cmdlineFile.open(QIODevice::ReadOnly)) {
            for (const QByteArray &argument : cmdlineFile.readAll().split('\0')) {
                if (!argument.isEmpty())
                    arguments.append(QString::fromLocal8Bit(argument));
            }
            // The program as started: a venv's bin/python is a link out of the venv, so exe alone misses it.
            if (!arguments.isEmpty())
                note(QDir::cleanPath(arguments.first()), "interpreter");
        }
        QFile maps(base + u"/maps"_s);
        if (maps.open(QIODevice::ReadOnly)) {
            readable = true;
            while (!maps.atEnd()) {
                const QByteArray line = maps.readLine();
                const qsizetype slash = line.indexOf('/');
                if (slash < 0)
                    continue;
                QString path = QString::fromLocal8Bit(line.mid(slash)).trimmed();
                if (path.endsWith(u" (deleted)"_s))
                    path.chop(10);
                note(path, "mapped file");
            }
        }
        const QDir fdFolder(base + u"/fd"_s);
        const QStringList fds = fdFolder.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &fd : fds)
            note(readLinkRaw(fdFolder.filePath(fd)), "open file");
        if (!readable && QFileInfo::exists(base)) {
            ++scan.unreadableProcesses;
            continue;
        }
        for (auto &[folder, use] : uses) {
            use.command = arguments.join(u' ');
            scan.byFolder[folder->given].append(use);
        }
    }
#else
    Q_UNUSED(folders);
    scan.supported = false;
#endif
    return scan;
}

} // namespace venvdeck
