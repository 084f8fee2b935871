#pragma once

#include "model/Environment.h"
#include "scan/DiskUsageWalker.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

namespace venvdeck {

// One environment as a scan with sizes read it, and what must not have changed for it to be reused.
struct CachedEnvironment
{
    Environment environment; // lastUsed* is resolved again on reuse (driver logs are read anew each scan)
    WatchList watch;          // "." (the folder itself) first; never empty (not filled by reusable())
    QDateTime newestRunArtifact;
    SharedFiles sharedFiles; // for the root's total (ScanResult::total)
};

// The rescan cache of one venv root, kept in QStandardPaths::CacheLocation (scans/<hash of the root>.cache).
//
// What it validates: an environment is reused only when every path it watched has the same lstat signature
// (device, inode, type and mode, size, mtime and ctime to the nanosecond) as when it was read:
//  - the venv folder itself, so a folder replaced by another of the same name is read anew (new inode);
//  - every folder of the venv (a folder's times change when an entry in it is added, removed or renamed: pip
//    installs, uninstalls and upgrades, a replaced venvdeck.json, a deleted or new file);
//  - the files the readers open or date: pyvenv.cfg, venvdeck.json and the other files at the top and in bin/,
//    lib/pythonX.Y/ and site-packages/, METADATA/PKG-INFO/INSTALLER/direct_url.json/requires.txt of each
//    *.dist-info and *.egg-info, site-packages/__pycache__ and Logs folders (edited in place: size/mtime/ctime);
//  - outside the venv: the base interpreter (followed through links) and the metadata of develop installs.
// The root's listing is read on every scan, so a deleted or new venv is always seen.
// What it cannot see: a file other than those, changed in place (appended to, truncated or overwritten through
// the same inode) in a folder that did not change: e.g. `echo x >> site-packages/pkg/module.py` keeps the cached
// size until something in that folder changes. pip never does this (it writes files anew); `list --no-cache`
// measures everything again.
// A file that is not a cache of this version for this root, as this user, in this language, or whose checksum
// fails, is ignored whole.
//
// How it stays fast: each environment is kept as two encoded blocks, its watch list (fixed-size raw records,
// compared in place without decoding) and the environment itself (QDataStream). Loading only checks the file and
// indexes the blocks; an environment is decoded by reusable(), on the scan's worker threads, and only when
// nothing it watched changed. An entry kept for the next scan is written back as the blocks it was read from.
class ScanCache final
{
public:
    static QString filePath(const QString &root);
    static ScanCache load(const QString &root); // empty when there is none, or it is not to be trusted
    bool save(const QString &root, QString *error) const;

    // The environment of the folder `path` (named `name`) if nothing it watched changed, decoded. Thread-safe.
    std::optional<CachedEnvironment> reusable(const QString &name, const QString &path) const;

    void insert(const CachedEnvironment &entry);                 // encodes it
    bool keepFrom(const ScanCache &other, const QString &name); // the entry as `other` holds it, not decoded
    qsizetype size() const { return m_entries.size(); }
    bool contains(const QString &name) const { return m_entries.contains(name); }

private:
    struct Encoded
    {
        QByteArray watch;       // WatchRecord + path bytes, one after another
        QByteArray environment; // QDataStream: Environment, then newestRunArtifact
    };
    QHash<QString, Encoded> m_entries; // by folder name
    QByteArray m_bytes;                // the file as loaded: the entries of a loaded cache point into it
};

} // namespace venvdeck
