#include "scan/DiskUsageWalker.h"

#include <QCoreApplication>
#include <QFile>

#ifdef Q_OS_UNIX
#include <fts.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <unordered_set>
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

} // namespace

// fts does what du does: a physical walk (no links followed), one stat per entry, any depth.
DiskUsage measureDiskUsage(const QString &path, Problems *problems, const std::atomic_bool *cancel)
{
    DiskUsage usage;
    QByteArray encoded = QFile::encodeName(path);
    char *paths[] = {encoded.data(), nullptr};
    FTS *walk = fts_open(paths, FTS_PHYSICAL | FTS_NOCHDIR, nullptr);
    if (!walk) {
        if (problems)
            problems->append(
                {path, tr("cannot walk the folder: %1").arg(QString::fromLocal8Bit(strerror(errno)))});
        return usage;
    }
    std::unordered_set<InodeKey, InodeKeyHash> seenLinks;
    qint64 entries = 0;
    while (FTSENT *entry = fts_read(walk)) {
        if (cancel && (++entries & 1023) == 0 && cancel->load(std::memory_order_relaxed))
            break;
        switch (entry->fts_info) {
        case FTS_DP: // leaving a folder: it was counted on the way in
            continue;
        case FTS_DNR:
        case FTS_ERR:
        case FTS_NS:
            if (problems) {
                problems->append(
                    {QFile::decodeName(entry->fts_path),
                     tr("cannot read: %1").arg(QString::fromLocal8Bit(strerror(entry->fts_errno)))});
            }
            if (entry->fts_info != FTS_DNR)
                continue;
            break;   // an unreadable folder still has its own size
        case FTS_DC: // a directory cycle can only come from a bind mount; count nothing twice
            continue;
        default:
            break;
        }
        const struct stat *status = entry->fts_statp;
        if (!status)
            continue;
        if (status->st_nlink > 1 && !S_ISDIR(status->st_mode)) {
            if (!seenLinks.insert({status->st_dev, status->st_ino}).second)
                continue;
        }
        usage.apparentBytes += status->st_size;
        usage.allocatedBytes += static_cast<qint64>(status->st_blocks) * 512;
        if (!S_ISDIR(status->st_mode))
            ++usage.fileCount;
    }
    if (errno != 0 && problems && !(cancel && cancel->load()))
        problems->append({path, tr("the walk stopped early: %1").arg(QString::fromLocal8Bit(strerror(errno)))});
    fts_close(walk);
    return usage;
}

#else

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
