#pragma once

#include "model/Environment.h"
#include "model/Problem.h"

#include <QString>

#include <QByteArray>
#include <QList>

#include <atomic>
#include <functional>

namespace venvdeck {

// Walks a tree without following symbolic links, stat-ing each entry once. Hard links are counted once.
// Unreadable folders are problems naming their path; the walk goes on. `cancel` may be null.
DiskUsage measureDiskUsage(const QString &path, Problems *problems, const std::atomic_bool *cancel = nullptr);

// A file the walk met that has hard links outside the folder it measured (uv's link mode, `cp -al`, a pool of
// shared files). Such a file counts in full in the size of each folder that holds a link to it, the way
// `du -sb FOLDER` run on that folder alone counts it: removing one of them does not free it. A total over several
// folders counts it once (UsageTotal).
struct SharedFile
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 apparentBytes = 0;
    qint64 allocatedBytes = 0;

    bool operator==(const SharedFile &) const = default;
};
using SharedFiles = QList<SharedFile>;

// The sizes of several folders together, each file once however many of them hold a link to it: what
// `du -sb A B C` says, whichever order the folders are added in.
class UsageTotal final
{
public:
    void add(const DiskUsage &usage, const SharedFiles &shared);
    DiskUsage total() const;

private:
    DiskUsage m_sum;
    QList<SharedFiles> m_shared; // every folder's shared files; a file in n of them is taken off n - 1 times
};

// What the rescan cache compares to tell that nothing changed: an entry's identity and times, as lstat gives them
// (stat for a `follow` entry). ctime is in it because no tool can set it back, unlike mtime.
struct FileSignature
{
    bool exists = false;
    quint32 mode = 0;
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = 0;
    qint64 modifiedNs = 0;
    qint64 changedNs = 0;

    bool operator==(const FileSignature &) const = default;
};

struct WatchedPath
{
    QByteArray path; // relative to the environment's folder ("." for itself), or absolute outside it
    FileSignature signature;
    bool follow = false; // signature of what a symbolic link points to (stat, not lstat)
};
using WatchList = QList<WatchedPath>;

// The same walk, also noting in `watch` the signature of every folder, and of each file for which
// `watchFile(folder relative to path, file name)` says yes. Unix only; elsewhere `watch` stays empty.
// `shared` (may be null) receives the files with links outside `path`, sorted by device and inode.
using WatchFilePredicate = std::function<bool(const QByteArray &folder, const char *name)>;
DiskUsage measureDiskUsage(const QString &path, Problems *problems, const std::atomic_bool *cancel, WatchList *watch,
                           const WatchFilePredicate &watchFile, SharedFiles *shared = nullptr);

// The signature of `path` now (relative paths against the open folder `folder`, -1 for the working folder; an
// empty path: `folder` itself).
FileSignature fileSignature(int folder, const char *path, bool follow);

} // namespace venvdeck
