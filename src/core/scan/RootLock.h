#pragma once

#include <QLockFile>
#include <QString>

// The one way VenvDeck takes a lock in a venv root: the pending-removals lock and the per-environment build
// locks (paths in RootLayout.h). A QLockFile with no stale time (a build may hold its lock for an hour: only a
// dead holder makes a lock stale, never its age), plus the take-over rule below for the lock files a killed
// holder leaves that QLockFile itself never takes over.
namespace venvdeck {

// How old an unreadable (empty) lock file must be before it may count as abandoned (see isAbandonedLockFile).
inline constexpr int abandonedLockGuardMs = 3000;

class RootLock final
{
public:
    explicit RootLock(const QString &path);
    ~RootLock(); // releases the lock if held
    RootLock(const RootLock &) = delete;
    RootLock &operator=(const RootLock &) = delete;

    // Takes the lock, waiting up to `timeoutMs` (0: one try) for a live holder to let go; abandoned lock
    // files are taken over on the way. A lock file whose holder cannot be read is waited for up to the guard
    // (abandonedLockGuardMs plus a moment) whatever the timeout: either its holder writes its pid within moments,
    // or it was abandoned and is taken over. The lock's folder must exist.
    bool tryLock(int timeoutMs = 0);
    void unlock();
    bool isLocked() const;
    // After a failed tryLock: LockFailedError (someone else holds it), or Permission/UnknownError (the file
    // cannot be made: read-only root, full disk).
    QLockFile::LockError error() const;
    // The holder as the lock file names it, for messages; false when it cannot be read.
    bool holder(qint64 *pid, QString *host, QString *application) const;
    QString path() const;

private:
    QString m_path;
    QLockFile m_lock;
};

// The take-over rule, in one place (RootLock applies it to the lock file and to QLockFile's own `.rmlock`):
// removes the lock file at `path` when it is abandoned and says whether it did. Abandoned means all of:
// - nobody holds a flock on it (a QLockFile holder takes one right after creating the file and keeps it until it
//   unlinks the file; a kill releases it). The check takes the flock itself and keeps it until the file is
//   unlinked, holds `<path>.rmlock` as QLockFile does when it removes a stale lock, and only unlinks the very
//   file it locked (same device and inode), so two takers (VenvDeck's or QLockFile's own) never race;
// - if it names a holder (pid, app name, host, boot): that holder is gone by QLockFile's own rule (another boot,
//   or no process with that pid, or one running another program under it);
// - if it names no holder (empty: killed between creating the file and writing its pid): older than `guardMs`
//   AND no process has it open (Linux /proc, where readable). A live creator has the file open from the very
//   moment it exists, so the /proc check catches one that stalls between open() and flock(); the age guard
//   still covers processes /proc does not show us (another user's, without root).
bool removeAbandonedLockFile(const QString &path, int guardMs = abandonedLockGuardMs);

} // namespace venvdeck
