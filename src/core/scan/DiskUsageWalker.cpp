#include "scan/DiskUsageWalker.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <vector>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <vector>
#else
#include <QDirIterator>
#include <QFileInfo>
#endif

namespace venvdeck {

void UsageTotal::add(const DiskUsage &usage, const SharedFiles &shared)
{
    m_sum.apparentBytes += usage.apparentBytes;
    m_sum.allocatedBytes += usage.allocatedBytes;
    m_sum.fileCount += usage.fileCount;
    if (!shared.isEmpty())
        m_shared.append(shared);
}

// Sorted, a file held by several folders is a run of equal (device, inode): all but its first are taken off.
DiskUsage UsageTotal::total() const
{
    std::vector<SharedFile> shared;
    qsizetype count = 0;
    for (const SharedFiles &files : m_shared)
        count += files.size();
    shared.reserve(count);
    for (const SharedFiles &files : m_shared)
        shared.insert(shared.end(), files.cbegin(), files.cend());
    const auto byInode = [](const SharedFile &a, const SharedFile &b) {
        return a.device != b.device ? a.device < b.device : a.inode < b.inode;
    };
    std::sort(shared.begin(), shared.end(), byInode);
    DiskUsage total = m_sum;
    for (size_t i = 1; i < shared.size(); ++i) {
        if (shared[i].device == shared[i - 1].device && shared[i].inode == shared[i - 1].inode) {
            total.apparentBytes -= shared[i].apparentBytes;
            total.allocatedBytes -= shared[i].allocatedBytes;
            --total.fileCount;
        }
    }
    return total;
}

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

// A file with more than one hard link: how many links it has and how many of them this walk met.
struct LinkedFile
{
    nlink_t links = 0;
    nlink_t met = 0;
    qint64 apparentBytes = 0;
    qint64 allocatedBytes = 0;
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

constexpr size_t listingBufferBytes = 32 * 1024;

// One walk: the hard links met so far, the folders above the current one (a bind mount can loop), the totals.
struct Walk
{
    DiskUsage usage;
    std::unordered_map<InodeKey, LinkedFile, InodeKeyHash> links;
    std::vector<InodeKey> ancestors;
    QByteArray top;      // the folder measured, as given: problems name paths under it
    QByteArray relative; // the current folder relative to `top` ("." for itself); one buffer, grown and cut back
    Problems *problems = nullptr;
    const std::atomic_bool *cancel = nullptr;
    qint64 entries = 0;
    bool cancelled = false;
    WatchList *watch = nullptr;
    const WatchFilePredicate *watchFile = nullptr;

    QByteArray pathOf(const char *name) const
    {
        QByteArray path = top;
        if (relative != ".")
            path.append('/').append(relative);
        if (name)
            path.append('/').append(name);
        return path;
    }

    void problem(const QByteArray &path, int error, const char *text)
    {
        if (problems)
            problems->append({QFile::decodeName(path), tr(text).arg(QString::fromLocal8Bit(strerror(error)))});
    }

    // Counts one entry as du -sb / du -B1 do: its apparent size and its blocks, a hard link only the first time.
    void count(const struct stat &status)
    {
        if (status.st_nlink > 1 && !S_ISDIR(status.st_mode)) {
            LinkedFile &file = links[{status.st_dev, status.st_ino}];
            if (file.met++ > 0)
                return;
            file.links = status.st_nlink;
            file.apparentBytes = status.st_size;
            file.allocatedBytes = static_cast<qint64>(status.st_blocks) * 512;
        }
        usage.apparentBytes += status.st_size;
        usage.allocatedBytes += static_cast<qint64>(status.st_blocks) * 512;
        if (!S_ISDIR(status.st_mode))
            ++usage.fileCount;
    }

    // The files with links this walk did not meet: they are shared with something outside the folder.
    void listShared(SharedFiles *shared) const
    {
        for (const auto &[key, file] : links) {
            if (file.met < file.links)
                shared->append({quint64(key.device), quint64(key.inode), file.apparentBytes, file.allocatedBytes});
        }
        std::sort(shared->begin(), shared->end(), [](const SharedFile &a, const SharedFile &b) {
            return a.device != b.device ? a.device < b.device : a.inode < b.inode;
        });
    }

    bool shouldStop()
    {
        if (cancel && (++entries & 1023) == 0 && cancel->load(std::memory_order_relaxed))
            cancelled = true;
        return cancelled;
    }

    void note(const char *name, const struct stat &status)
    {
        watch->append({name ? (relative == "." ? QByteArray(name) : relative + '/' + name) : relative,
                       signatureOf(status), false});
    }

    // A folder met in `directory`: counted here, walked below unless it is one of its own ancestors.
    void enterFolder(int directory, const char *name, int depth)
    {
        // openat + fstat: the name is looked up once, not once to stat it and again to open it.
        struct stat status;
        const int child = openat(directory, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (child < 0 || fstat(child, &status) != 0) {
            const int error = errno;
            if (child >= 0)
                ::close(child);
            // Not a folder any more (replaced meanwhile), or unreadable: an unreadable folder still has its own
            // size, so stat it alone.
            if (fstatat(directory, name, &status, AT_SYMLINK_NOFOLLOW) != 0) {
                problem(pathOf(name), errno, QT_TRANSLATE_NOOP("venvdeck", "cannot read: %1"));
                return;
            }
            if (!S_ISDIR(status.st_mode))
                return countFile(name, status);
            count(status);
            if (watch)
                note(name, status);
            problem(pathOf(name), error, QT_TRANSLATE_NOOP("venvdeck", "cannot read: %1"));
            return;
        }
        const InodeKey key{status.st_dev, status.st_ino};
        if (std::find(ancestors.cbegin(), ancestors.cend(), key) != ancestors.cend()) {
            ::close(child); // a loop through a bind mount: count nothing twice
            return;
        }
        count(status);
        const QByteArray parent = relative;
        relative = relative == "." ? QByteArray(name) : relative + '/' + name;
        if (watch)
            note(nullptr, status);
        ancestors.push_back(key);
        walkFolder(child, depth + 1);
        ancestors.pop_back();
        relative = parent;
    }

    void countFile(const char *name, const struct stat &status)
    {
        count(status);
        if (watch && (*watchFile)(relative, name))
            note(name, status);
    }

    // Counts what the open folder `directory` (owned here) holds. Everything is relative to folder descriptors
    // (openat/fstatat): no path is looked up from the top again. The listing is read with getdents64, whose
    // d_type says which entries are folders without a stat of their own.
    void walkFolder(int directory, int depth)
    {
        // One getdents64 buffer per depth and thread, kept from walk to walk, never cleared (it is only read where
        // getdents64 wrote).
        thread_local std::vector<std::unique_ptr<char[]>> listings;
        if (size_t(depth) >= listings.size())
            listings.resize(depth + 1);
        if (!listings[depth])
            listings[depth] = std::make_unique_for_overwrite<char[]>(listingBufferBytes);
        char *buffer = listings[depth].get();
        for (;;) {
            const ssize_t filled = getdents64(directory, buffer, listingBufferBytes);
            if (filled == 0)
                break;
            if (filled < 0) {
                problem(pathOf(nullptr), errno, QT_TRANSLATE_NOOP("venvdeck", "the walk stopped early: %1"));
                break;
            }
            for (ssize_t offset = 0; offset < filled;) {
                const auto *entry = reinterpret_cast<const struct dirent64 *>(buffer + offset);
                offset += entry->d_reclen;
                const char *name = entry->d_name;
                if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
                    continue;
                if (shouldStop())
                    break;
                if (entry->d_type == DT_DIR) {
                    enterFolder(directory, name, depth);
                    continue;
                }
                struct stat status;
                if (fstatat(directory, name, &status, AT_SYMLINK_NOFOLLOW) != 0) {
                    problem(pathOf(name), errno, QT_TRANSLATE_NOOP("venvdeck", "cannot read: %1"));
                    continue;
                }
                if (S_ISDIR(status.st_mode)) // DT_UNKNOWN on file systems without d_type
                    enterFolder(directory, name, depth);
                else
                    countFile(name, status);
            }
            if (cancelled)
                break;
        }
        ::close(directory);
    }
};

} // namespace

FileSignature fileSignature(int folder, const char *path, bool follow)
{
    struct stat status;
    if (*path == '\0' ? fstat(folder, &status) != 0
                       : fstatat(folder < 0 ? AT_FDCWD : folder, path, &status, follow ? 0 : AT_SYMLINK_NOFOLLOW) != 0)
        return {};
    return signatureOf(status);
}

DiskUsage measureDiskUsage(const QString &path, Problems *problems, const std::atomic_bool *cancel)
{
    return measureDiskUsage(path, problems, cancel, nullptr, {});
}

// What du -sb does, a physical walk (no link followed, hard links once, any depth), with openat/fstatat.
DiskUsage measureDiskUsage(const QString &path, Problems *problems, const std::atomic_bool *cancel, WatchList *watch,
                           const WatchFilePredicate &watchFile, SharedFiles *shared)
{
    Walk walk;
    walk.problems = problems;
    walk.cancel = cancel;
    walk.watch = watchFile ? watch : nullptr;
    walk.watchFile = &watchFile;
    walk.top = QFile::encodeName(path);
    walk.relative = ".";
    struct stat status;
    if (lstat(walk.top.constData(), &status) != 0) {
        walk.problem(walk.top, errno, QT_TRANSLATE_NOOP("venvdeck", "cannot walk the folder: %1"));
        return walk.usage;
    }
    walk.count(status);
    if (walk.watch)
        walk.note(nullptr, status);
    if (S_ISDIR(status.st_mode)) {
        const int directory = open(walk.top.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (directory < 0) {
            walk.problem(walk.top, errno, QT_TRANSLATE_NOOP("venvdeck", "cannot read: %1"));
        } else {
            walk.ancestors.push_back({status.st_dev, status.st_ino});
            walk.walkFolder(directory, 0);
        }
    }
    if (shared)
        walk.listShared(shared);
    return walk.usage;
}

#else

FileSignature fileSignature(int, const char *, bool)
{
    return {};
}

DiskUsage measureDiskUsage(const QString &path, Problems *problems, const std::atomic_bool *cancel, WatchList *,
                           const WatchFilePredicate &, SharedFiles *)
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
