#pragma once

#include "model/Problem.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

// Reads zip archives (shell packages, driver zips) in memory with libarchive, refusing any archive that could
// write outside its own folder if it were unpacked, and any that unpacks to more than the limits allow.
namespace venvdeck {

struct ArchiveLimits
{
    qint64 maxEntryBytes = qint64(64) * 1024 * 1024;    // one entry read into memory, unpacked
    qint64 maxTotalBytes = qint64(1024) * 1024 * 1024;  // all entries together, as the archive declares them
    qint64 maxArchiveBytes = qint64(512) * 1024 * 1024; // the archive file itself
    int maxEntries = 100000;
    qint64 maxUnpackedBytes = qint64(256) * 1024 * 1024; // the entries unpacked into memory, together (last: callers
                                                         // initialise the fields above by position)
};

struct ArchiveContents
{
    QStringList names;               // every entry, as the archive names it (folders end with '/')
    QMap<QString, QByteArray> files; // the entries the caller asked for, unpacked
};

// Why an entry makes the archive unsafe, in words; empty when it is safe. A name is unsafe when it is absolute
// (`/x`, `C:\x`, `\\server\x`), holds a `..` segment, or holds a NUL; a link (symbolic or hard) is unsafe when
// its target is absolute or leads out of the archive's folder.
QString unsafeArchiveEntryReason(const QString &name, const QString &linkTarget = {});

// Reads the zip in `archive` (named `displayPath` in problems): checks every entry, then unpacks in memory
// the regular files `wanted` accepts. Any unsafe entry, an entry that unpacks to more than maxEntryBytes,
// entries that declare more than maxTotalBytes together, or wanted entries that unpack to more than
// maxUnpackedBytes together refuse the whole archive: no value, and the problem.
Read<ArchiveContents> readArchive(const QByteArray &archive, const QString &displayPath,
                                  const std::function<bool(const QString &)> &wanted, const ArchiveLimits &limits = {});

// The same for a file on disk (read into memory, at most maxArchiveBytes).
Read<ArchiveContents> readArchiveFile(const QString &path, const std::function<bool(const QString &)> &wanted,
                                      const ArchiveLimits &limits = {});

} // namespace venvdeck
