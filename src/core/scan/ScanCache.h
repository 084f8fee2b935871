#pragma once

#include "model/Environment.h"
#include "scan/DiskUsageWalker.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace venvdeck {

// One environment as a scan with sizes read it, and what must not have changed for it to be reused.
struct CachedEnvironment
{
    Environment environment; // lastUsed* is resolved again on reuse (driver logs are read anew each scan)
    WatchList watch;          // "." (the folder itself) first; never empty (not filled by reusable())
    QDateTime newestRunArtifact;
    SharedFiles sharedFiles; // for the root's total (ScanResult::total); not filled by reusable()
};

// The rescan cache of one venv root, kept in QStandardPaths::GenericCacheLocation (VenvDeck/scans/<hash of the
// root>.cache; on Linux ~/.cache/VenvDeck/scans), one file the window and venvdeck-cli share.
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
// A file that is not a cache of this version for this root, as this user, in this language (translationLanguage()),
// or whose checksum fails, is ignored whole.
//
// How it stays fast: each environment is kept as two encoded blocks, its watch list (one hash of all the
// signatures, then the paths, each as the part it does not share with the one before) and the environment itself
// (numbers, and strings as indexes into one table of the file's strings, so that the venvs' many equal strings are
// decoded and allocated once). Loading checks the main block, decodes the string table and indexes the blocks; an
// environment is decoded by reusable(), on the scan's worker threads, and only when nothing it watched changed. The
// files each venv shares with others through hard links are a block of their own, read only when a venv changed:
// when none did, the root's total kept with the cache is still the total.
class ScanCache final
{
public:
    static QString filePath(const QString &root);
    static ScanCache load(const QString &root); // empty when there is none, or it is not to be trusted
    // `total`: the root's total over the environments it keeps (ScanResult::total), kept for total().
    bool save(const QString &root, const DiskUsage &total, QString *error) const;

    // The environment of the folder `path` (named `name`) if nothing it watched changed, decoded. Thread-safe.
    std::optional<CachedEnvironment> reusable(const QString &name, const QString &path) const;
    // The root's total when the cache was written: the total still when every venv in it is reused and no other.
    std::optional<DiskUsage> total() const { return m_total; }
    // The files each venv shares with others (SharedFiles), read from the file only when asked (false when they
    // cannot be: the file was damaged since it was loaded); then sharedFiles() gives a venv's.
    bool loadSharedFiles();
    SharedFiles sharedFiles(const QString &name) const;

    // For tests and the fuzz target: the cache load() makes of a main block and a shared files' block whose
    // checksums passed (load() checks the owner, the header and the checksums), the names it holds, and an
    // environment decoded without looking at the disk (reusable() looks first).
    static ScanCache decode(QByteArrayView main, QByteArrayView shared);
    QStringList names() const;
    std::optional<CachedEnvironment> decoded(const QString &name) const;

    // An entry read now, as insert() keeps it: its watch list encoded and the decoded list let go (`watch` empty when
    // it cannot be kept). The scan's worker that read the venv makes it: a large root's decoded lists would take tens
    // of megabytes until the scan ends.
    struct Kept
    {
        QByteArray watch; // as Encoded::watch
        CachedEnvironment entry; // its `watch` empty
    };
    static Kept encode(CachedEnvironment entry);

    // To keep for the next scan (save() writes them): an entry read now (encode()), or one reused from `other` (its
    // watch list as `other` holds it, not decoded; false when `other` has none of that name).
    void insert(const Kept &kept);
    bool keep(const ScanCache &other, const CachedEnvironment &entry);
    qsizetype size() const { return m_loaded.size() + m_kept.size(); }

private:
    bool adoptMainBlock(std::shared_ptr<char> memory, const QByteArray &main); // false: not a main block
    bool decodeSharedFiles(QByteArrayView block);

    struct Encoded
    {
        QByteArray watch;       // encodeWatch(): the hash of the signatures, then the paths
        QByteArray environment; // BlockWriter's numbers and indexes into m_strings
        quint32 order = 0;      // in the file, and so in the shared files' block
    };
    QHash<QString, Encoded> m_loaded; // by folder name
    QStringList m_strings;            // of a loaded cache, shared by the environments decoded from it
    std::shared_ptr<char> m_memory;   // the main block as loaded: the entries of a loaded cache point into it
    std::optional<DiskUsage> m_total; // of a loaded cache
    std::shared_ptr<QFile> m_file;    // of a loaded cache, at its shared files (not yet read)
    QList<SharedFiles> m_shared;      // of a loaded cache, in the file's order, once read
    QHash<QString, Kept> m_kept;      // by folder name
};

} // namespace venvdeck
