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
using WatchFilePredicate = std::function<bool(const QByteArray &folder, const char *name)>;
DiskUsage measureDiskUsage(const QString &path, Problems *problems, const std::atomic_bool *cancel, WatchList *watch,
                           const WatchFilePredicate &watchFile);

// The signature of `path` now (relative paths against the open folder `folder`, -1 for the working folder).
FileSignature fileSignature(int folder, const char *path, bool follow);

} // namespace venvdeck
