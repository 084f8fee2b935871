#include "scan/DiskUsageWalker.h"

#include <QCoreApplication>
#include <QFile>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unordered_set>
#include <vector>
#else
#include <QDirIterator>
#include <QFileInfo>
#endif

namespace venvdeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck", text);
}

} // namespace

#ifdef Q_OS_UNIX

namespace {

struct InodeKey
{
    dev_t device;
    ino_t inode;
    bool operator==(const InodeKey &) const = default;
};

struct InodeKeyHash
{
    size_t operator()(const InodeKey &key) const noexcept
    {
        return std::hash<unsigned long long>()(static_cast<unsigned long long>(key.inode) * 1000003ULL ^
                                               static_cast<unsigned long long>(key.device));
    }
};

FileSignature signatureOf(const struct stat &status)
{
    return {true,
            quint32(status.st_mode),
            quint64(status.st_dev),
            quint64(status.st_ino),
            qint64(status.st_size),
            qint64(status.st_mtim.tv_sec) * 1000000000 + status.st_mtim.tv_nsec,
            qint64(status.st_ctim.tv_sec) * 1000000000 + status.st_ctim.tv_nsec};
}

// One walk: the hard links met so far, the folders above the current one (a bind mount can loop), the totals.
struct Walk
{
    DiskUsage usage;
    std::unordered_set<InodeKey, InodeKeyHash> seenLinks;
    std::vector<InodeKey> ancestors;
    Problems *problems = nullptr;
    const std::atomic_bool *cancel = nullptr;
    qint64 entries = 0;
    bool cancelled = false;
    WatchList *watch = nullptr;
    const WatchFilePredicate *watchFile = nullptr;

    void problem(const QByteArray &path, int error, const char *text)
    {
        if (problems)
            problems->append({QFile::decodeName(path), tr(text).arg(QString::fromLocal8Bit(strerror(error)))});
    }

    // Counts one entry as du -sb / du -B1 do: its apparent size and its blocks, a hard link only the first time.
    void count(const struct stat &status)
    {
        if (status.st_nlink > 1 && !S_ISDIR(status.st_mode)) {
            if (!seenLinks.insert({status.st_dev, status.st_ino}).second)
                return;
        }
        usage.apparentBytes += status.st_size;
        usage.allocatedBytes += static_cast<qint64>(status.st_blocks) * 512;
        if (!S_ISDIR(status.st_mode))
            ++usage.fileCount;
    }

    bool shouldStop()
    {
        if (cancel && (++entries & 1023) == 0 && cancel->load(std::memory_order_relaxed))
            cancelled = true;
        return cancelled;
    }

    // The folder `directory` (an open descriptor, owned here) was counted by its parent; counts what it holds.
    // Everything is relative to folder descriptors (openat/fstatat): no path is looked up from the top again,
    // which is where a walk by full paths spends its time.
    void note(const QByteArray &relative, const struct stat &status)
    {
        watch->append({relative, signatureOf(status), false});
    }

    void walkFolder(int directory, const QByteArray &path, const QByteArray &relative)
    {
        DIR *listing = fdopendir(directory);
        if (!listing) {
            problem(path, errno, QT_TRANSLATE_NOOP("venvdeck", "cannot read: %1"));
            ::close(directory);
            return;
        }
        errno = 0;
        while (const struct dirent *entry = readdir(listing)) {
            const char *name = entry->d_name;
            if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
                continue;
            if (shouldStop())
                break;
            struct stat status;
            if (fstatat(directory, name, &status, AT_SYMLINK_NOFOLLOW) != 0) {
                problem(path + '/' + name, errno, QT_TRANSLATE_NOOP("venvdeck", "cannot read: %1"));
                errno = 0;
                continue;
            }
            if (!S_ISDIR(status.st_mode)) {
                count(status);
                if (watch && (*watchFile)(relative, name))
                    note(relative == "." ? QByteArray(name) : relative + '/' + name, status);
                continue;
            }
            const InodeKey key{status.st_dev, status.st_ino};
            if (std::find(ancestors.cbegin(), ancestors.cend(), key) != ancestors.cend())
                continue; // a loop through a bind mount: count nothing twice
            count(status);
            const QByteArray childPath = path + '/' + name;
            const QByteArray childRelative = relative == "." ? QByteArray(name) : relative + '/' + name;
            if (watch)
                note(childRelative, status);
            const int child = openat(directory, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            if (child < 0) {
                // An unreadable folder still has its own size, counted above.
                problem(childPath, errno, QT_TRANSLATE_NOOP("venvdeck", "cannot read: %1"));
                errno = 0;
                continue;
            }
            ancestors.push_back(key);
            walkFolder(child, childPath, childRelative);
            ancestors.pop_back();
            if (cancelled)
                break;
            errno = 0;
        }
        if (errno != 0 && !cancelled)
            problem(path, errno, QT_TRANSLATE_NOOP("venvdeck", "the walk stopped early: %1"));
        closedir(listing);
    }
};

} // namespace

FileSignature fileSignature(int folder, const char *path, bool follow)
{
    struct stat status;
    if (fstatat(folder < 0 ? AT_FDCWD : folder, path, &status, follow ? 0 : AT_SYMLINK_NOFOLLOW) != 0)
        return {};
    return signatureOf(status);
}

DiskUsage measureDiskUsage(const QString &path, Problems *problems, const std::atomic_bool *cancel)
{
    return measureDiskUsage(path, problems, cancel, nullptr, {});
}

// What du -sb does, a physical walk (no link followed, hard links once, any depth), with openat/fstatat.
DiskUsage measureDiskUsage(const QString &path, Problems *problems, const std::atomic_bool *cancel, WatchList *watch,
                           const WatchFilePredicate &watchFile)
{
    Walk walk;
    walk.problems = problems;
    walk.cancel = cancel;
    walk.watch = watchFile ? watch : nullptr;
    walk.watchFile = &watchFile;
    const QByteArray encoded = QFile::encodeName(path);
    struct stat status;
    if (lstat(encoded.constData(), &status) != 0) {
        walk.problem(encoded, errno, QT_TRANSLATE_NOOP("venvdeck", "cannot walk the folder: %1"));
        return walk.usage;
    }
    walk.count(status);
    if (walk.watch)
        walk.note(".", status);
    if (!S_ISDIR(status.st_mode))
        return walk.usage;
    const int directory = open(encoded.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (directory < 0) {
        walk.problem(encoded, errno, QT_TRANSLATE_NOOP("venvdeck", "cannot read: %1"));
        return walk.usage;
    }
    walk.ancestors.push_back({status.st_dev, status.st_ino});
    walk.walkFolder(directory, encoded, ".");
    return walk.usage;
}

#else

FileSignature fileSignature(int, const char *, bool)
{
    return {};
}

DiskUsage measureDiskUsage(const QString &path, Problems *problems, const std::atomic_bool *cancel, WatchList *,
                           const WatchFilePredicate &)
{
    return measureDiskUsage(path, problems, cancel);
}

// Windows: no hard-link identity through QFileInfo, so each file counts once per path; allocated size is the
// apparent size rounded up to 4 KiB clusters, the NTFS default.
DiskUsage measureDiskUsage(const QString &path, Problems *problems, const std::atomic_bool *cancel)
{
    DiskUsage usage;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            break;
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isDir() && !info.isSymLink())
            continue;
        ++usage.fileCount;
        usage.apparentBytes += info.size();
        usage.allocatedBytes += (info.size() + 4095) / 4096 * 4096;
    }
    Q_UNUSED(problems);
    return usage;
}

#endif

} // namespace venvdeck
