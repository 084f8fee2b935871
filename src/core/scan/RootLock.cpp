#include "scan/RootLock.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <ctime>
#endif

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

#ifdef Q_OS_UNIX

class OpenFile final
{
public:
    explicit OpenFile(int fd) : m_fd(fd) {}
    ~OpenFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    OpenFile(const OpenFile &) = delete;
    OpenFile &operator=(const OpenFile &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

// What a QLockFile writes into its file: pid, application, host name, host id, boot id, one per line.
struct LockContents
{
    qint64 pid = 0; // 0: names no holder (empty, or cut short)
    QString application;
    QString host;
    QByteArray hostId;
    QByteArray bootId;
};

LockContents readContents(int fd)
{
    QByteArray data;
    char buffer[1024];
    for (ssize_t got = 0; data.size() < 8192 && (got = ::pread(fd, buffer, sizeof buffer, data.size())) > 0;)
        data.append(buffer, got);
    LockContents contents;
    const QList<QByteArray> lines = data.split('\n');
    // Only a line that ended (a newline after it) counts: a holder is written in one go, so a cut line is no pid.
    if (lines.size() < 2)
        return contents;
    bool ok = false;
    const qint64 pid = lines.at(0).toLongLong(&ok);
    if (!ok || pid <= 0)
        return contents;
    contents.pid = pid;
    contents.application = QString::fromUtf8(lines.value(1));
    contents.host = QString::fromUtf8(lines.value(2));
    contents.hostId = lines.value(3);
    contents.bootId = lines.value(4);
    return contents;
}

// The holder a lock file names is gone, by QLockFile's own rule; a holder on another machine is never judged.
bool holderIsGone(const LockContents &holder)
{
    const QByteArray ourHostId = QSysInfo::machineUniqueId();
    const bool sameHost = !holder.hostId.isEmpty() && !ourHostId.isEmpty()
                              ? holder.hostId == ourHostId
                              : holder.host.isEmpty() || holder.host == QSysInfo::machineHostName();
    if (!sameHost)
        return false;
    if (!holder.bootId.isEmpty() && holder.bootId != QSysInfo::bootUniqueId())
        return true; // written before a reboot
    if (::kill(pid_t(holder.pid), 0) == -1 && errno == ESRCH)
        return true;
#ifdef Q_OS_LINUX
    // The pid was reused by another program (what QLockFile checks too); unreadable: assume it is the holder.
    const QString exe = QFile::symLinkTarget(u"/proc/%1/exe"_s.arg(holder.pid));
    if (!exe.isEmpty()) {
        QString name = QFileInfo(exe).fileName();
        if (name.endsWith(u" (deleted)"_s))
            name.chop(10);
        return name != QFileInfo(holder.application).fileName();
    }
#endif
    return false;
}

// Whether any process but this one through `ownFd` has the file (`device`, `inode`) open, as far as /proc shows.
bool openByAnyProcess(dev_t device, ino_t inode, int ownFd)
{
#ifdef Q_OS_LINUX
    DIR *proc = ::opendir("/proc");
    if (!proc)
        return false;
    const long self = long(::getpid());
    bool found = false;
    while (const dirent *process = ::readdir(proc)) {
        char *end = nullptr;
        const long pid = std::strtol(process->d_name, &end, 10);
        if (pid <= 0 || *end != '\0')
            continue;
        const QByteArray fdPath = "/proc/" + QByteArray(process->d_name) + "/fd";
        DIR *fds = ::opendir(fdPath.constData());
        if (!fds)
            continue; // gone, or another user's (the age guard covers those)
        while (const dirent *fd = ::readdir(fds)) {
            if (fd->d_name[0] == '.' || (pid == self && std::atoi(fd->d_name) == ownFd))
                continue;
            struct stat target{};
            if (::fstatat(::dirfd(fds), fd->d_name, &target, 0) == 0 && target.st_dev == device &&
                target.st_ino == inode) {
                found = true;
                break;
            }
        }
        ::closedir(fds);
        if (found)
            break;
    }
    ::closedir(proc);
    return found;
#else
    Q_UNUSED(device);
    Q_UNUSED(inode);
    Q_UNUSED(ownFd);
    return false;
#endif
}

qint64 ageMs(const struct stat &info)
{
    timespec now{};
    ::clock_gettime(CLOCK_REALTIME, &now);
    const qint64 ms = (qint64(now.tv_sec) - qint64(info.st_mtim.tv_sec)) * 1000 +
                      (qint64(now.tv_nsec) - qint64(info.st_mtim.tv_nsec)) / 1000000;
    return ms < 0 ? -ms : ms; // a clock set back: a time in the future is as far from now as one in the past
}

#endif

} // namespace

bool removeAbandonedLockFile(const QString &path, int guardMs)
{
#ifdef Q_OS_UNIX
    const QByteArray name = QFile::encodeName(path);
    const OpenFile file(::open(name.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK));
    if (file.get() < 0)
        return false; // gone already, or a link: not ours
    // Held until the file is unlinked (the OpenFile closes it): nobody else may judge or unlink it meanwhile.
    if (::flock(file.get(), LOCK_EX | LOCK_NB) != 0)
        return false; // a live holder
    // QLockFile's own protocol for removing a stale lock: whoever unlinks it holds `<it>.rmlock` meanwhile.
    QLockFile remover(path + u".rmlock"_s);
    if (!remover.tryLock(0))
        return false;
    struct stat opened{};
    struct stat named{};
    if (::fstat(file.get(), &opened) != 0 || ::lstat(name.constData(), &named) != 0 || !S_ISREG(opened.st_mode) ||
        opened.st_dev != named.st_dev || opened.st_ino != named.st_ino)
        return false; // replaced meanwhile by a new holder's file: that one is not judged here
    const LockContents holder = readContents(file.get());
    if (holder.pid > 0) {
        if (!holderIsGone(holder))
            return false;
    } else if (ageMs(opened) < guardMs || openByAnyProcess(opened.st_dev, opened.st_ino, file.get())) {
        return false; // its creator may be about to write its pid
    }
    return ::unlink(name.constData()) == 0;
#else
    Q_UNUSED(path);
    Q_UNUSED(guardMs);
    return false;
#endif
}

RootLock::RootLock(const QString &path) : m_path(path), m_lock(path)
{
    m_lock.setStaleLockTime(0); // only a dead holder makes a lock stale, never its age
}

RootLock::~RootLock() = default; // QLockFile releases it

bool RootLock::tryLock(int timeoutMs)
{
    QDeadlineTimer deadline(std::max(timeoutMs, 0));
    bool waitedForUnreadable = false;
    for (;;) {
        if (m_lock.tryLock(0))
            return true;
        if (m_lock.error() != QLockFile::LockFailedError)
            return false;
        // QLockFile's helper lock, held while a stale lock is removed, can be abandoned too (and then blocks that).
        const QString helper = m_path + u".rmlock"_s;
        const bool helperRemoved = QFileInfo::exists(helper) && removeAbandonedLockFile(helper);
        if (removeAbandonedLockFile(m_path) || helperRemoved)
            continue;
        if (!waitedForUnreadable && !holder(nullptr, nullptr, nullptr)) {
            // Nobody named: a holder writing its pid right now, or one killed before it could. Give it the guard.
            waitedForUnreadable = true;
            if (deadline.remainingTime() < abandonedLockGuardMs + 500)
                deadline.setRemainingTime(abandonedLockGuardMs + 500);
        }
        const qint64 remaining = deadline.remainingTime();
        if (remaining <= 0)
            return false;
        QThread::msleep(ulong(std::min<qint64>(remaining, 100)));
    }
}

void RootLock::unlock()
{
    m_lock.unlock();
}

bool RootLock::isLocked() const
{
    return m_lock.isLocked();
}

QLockFile::LockError RootLock::error() const
{
    return m_lock.error();
}

bool RootLock::holder(qint64 *pid, QString *host, QString *application) const
{
    qint64 ignoredPid = 0;
    QString ignoredHost;
    QString ignoredApplication;
    return m_lock.getLockInfo(pid ? pid : &ignoredPid, host ? host : &ignoredHost,
                              application ? application : &ignoredApplication);
}

QString RootLock::path() const
{
    return m_path;
}

} // namespace venvdeck
