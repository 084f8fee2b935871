#include "cleanup/SafeRemoval.h"

#include "scan/OwnerResolver.h"
#include "scan/RootLayout.h"
#include "scan/RootLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

#ifdef Q_OS_UNIX
#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

using StatBuffer = struct stat;
#endif

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

// The disambiguation parameter is there so that lupdate sees tr("%n …", nullptr, n) as a plural message.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("venvdeck", text, disambiguation, n);
}

QString cleanRoot(const QString &root)
{
    return QDir::cleanPath(QFileInfo(root).absoluteFilePath());
}

// How long flag/unflag/apply wait for another VenvDeck that is changing the manifest.
constexpr int manifestLockWaitMs = 10000;

bool lockManifest(const QString &root, RootLock &lock, QString *refusal)
{
    if (const QString why = stateFolderProblem(root); !why.isEmpty()) {
        *refusal = QDir::toNativeSeparators(rootlayout::stateFolder(root)) + u": "_s + why;
        return false;
    }
    if (!QDir().mkpath(rootlayout::stateFolder(root))) {
        *refusal = tr("cannot create %1 (%2); nothing was changed")
                       .arg(QDir::toNativeSeparators(rootlayout::stateFolder(root)),
                            QFileInfo(root).isWritable() ? tr("the disk may be full")
                                                         : tr("the root is read-only or not writable for this user"));
        return false;
    }
    if (!lock.tryLock(manifestLockWaitMs)) {
        // A lock that cannot even be made (a read-only root, a full disk) is not another VenvDeck's.
        *refusal = lock.error() == QLockFile::LockFailedError
                       ? tr("another VenvDeck is changing the pending removals (%1 is locked); try again later")
                             .arg(QDir::toNativeSeparators(rootlayout::pendingRemovalsLockPath(root)))
                       : tr("cannot create the lock %1 (%2); nothing was changed")
                             .arg(QDir::toNativeSeparators(rootlayout::pendingRemovalsLockPath(root)),
                                  QFileInfo(rootlayout::stateFolder(root)).isWritable()
                                      ? tr("the disk may be full")
                                      : tr("the root is read-only or not writable for this user"));
        return false;
    }
    return true;
}

// Takes the manifest lock and reads the manifest under it; nullopt with the refusal otherwise.
std::optional<PendingManifest> lockAndLoad(const QString &root, RootLock &lock, QString *refusal)
{
    if (!lockManifest(root, lock, refusal))
        return std::nullopt;
    Read<PendingManifest> loaded = loadPendingManifest(root);
    if (!loaded.value) {
        *refusal = describeProblems(loaded.problems);
        return std::nullopt;
    }
    loaded.value->root = root;
    return std::move(loaded.value);
}

// Flag and unflag: lock, read, change (which says whether it changed anything), save; a failed save
// unflags every result, since nothing was written.
FlagReport changeManifest(const QString &root, const std::function<bool(PendingManifest &, FlagReport &)> &change)
{
    FlagReport report;
    RootLock lock(rootlayout::pendingRemovalsLockPath(root));
    std::optional<PendingManifest> manifest = lockAndLoad(root, lock, &report.refusal);
    if (!manifest)
        return report;
    if (change(*manifest, report)) {
        if (const QString error = savePendingManifest(root, *manifest); !error.isEmpty()) {
            report.refusal = error;
            for (FlagResult &result : report.results)
                result.flagged = false;
        }
    }
    return report;
}

// The builtAt an environment's ownership record holds now (invalid: no record, or none with builtAt).
QDateTime recordBuiltAt(const QString &path)
{
    const Read<OwnershipRecord> record = readOwnershipRecord(path);
    return record.value ? record.value->builtAt : QDateTime();
}

QString processList(const QList<ProcessUse> &uses)
{
    QStringList parts;
    for (const ProcessUse &use : uses)
        parts.append(tr("pid %1 (%2, %3)").arg(use.pid).arg(use.command, use.how));
    return parts.join(u"; "_s);
}

#ifdef Q_OS_UNIX

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// A file descriptor that closes itself.
class Fd final
{
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    void reset(int fd)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd;
};

// Deletes a tree below an open directory without following links (fstatat/openat with NOFOLLOW, unlinkat),
// without crossing into another file system, and checking every folder it enters is the one it looked at.
class TreeRemover final
{
    Q_DECLARE_TR_FUNCTIONS(venvdeck::TreeRemover) // the context lupdate gives tr() in its members

public:
    TreeRemover(dev_t device, std::function<bool()> afterFirstFile)
        : m_device(device), m_afterFirstFile(std::move(afterFirstFile))
    {}

    void removeEntry(int parentFd, const QByteArray &name, const QString &path)
    {
        if (m_stopped)
            return;
        StatBuffer info{};
        if (::fstatat(parentFd, name.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno != ENOENT)
                m_problems.append({path, tr("cannot inspect: %1").arg(errnoText(errno))});
            return;
        }
        if (S_ISDIR(info.st_mode)) {
            if (info.st_dev != m_device) {
                m_problems.append({path, tr("another file system is mounted here; left alone")});
                return;
            }
            const Fd fd(::openat(parentFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
            StatBuffer opened{};
            if (!fd.valid() || ::fstat(fd.get(), &opened) != 0) {
                m_problems.append({path, tr("cannot open: %1").arg(errnoText(errno))});
                return;
            }
            if (opened.st_dev != info.st_dev || opened.st_ino != info.st_ino) {
                m_problems.append({path, tr("changed while being deleted; left alone")});
                return;
            }
            const qsizetype before = m_problems.size();
            removeChildren(fd.get(), path);
            if (m_stopped)
                return;
            if (::unlinkat(parentFd, name.constData(), AT_REMOVEDIR) != 0 && m_problems.size() == before)
                m_problems.append({path, tr("cannot delete: %1").arg(errnoText(errno))});
            return;
        }
        if (::unlinkat(parentFd, name.constData(), 0) != 0) {
            if (errno != ENOENT)
                m_problems.append({path, tr("cannot delete: %1").arg(errnoText(errno))});
            return;
        }
        if (!m_deletedAny) {
            m_deletedAny = true;
            if (m_afterFirstFile && m_afterFirstFile())
                m_stopped = true;
        }
    }

    const Problems &problems() const { return m_problems; }
    bool stopped() const { return m_stopped; }

private:
    void removeChildren(int fd, const QString &path)
    {
        QList<QByteArray> names;
        const int listFd = ::dup(fd);
        DIR *dir = listFd >= 0 ? ::fdopendir(listFd) : nullptr;
        if (!dir) {
            if (listFd >= 0)
                ::close(listFd);
            m_problems.append({path, tr("cannot list: %1").arg(errnoText(errno))});
            return;
        }
        while (const dirent *entry = ::readdir(dir)) {
            const QByteArray name(entry->d_name);
            if (name != "." && name != "..")
                names.append(name);
        }
        ::closedir(dir);
        for (const QByteArray &name : names)
            removeEntry(fd, name, path + u'/' + QFile::decodeName(name));
    }

    dev_t m_device;
    std::function<bool()> m_afterFirstFile;
    Problems m_problems;
    bool m_deletedAny = false;
    bool m_stopped = false;
};

std::optional<FileIdentity> identityAt(int dirFd, const QByteArray &name, StatBuffer *out = nullptr)
{
    StatBuffer info{};
    if (dirFd < 0 || ::fstatat(dirFd, name.constData(), &info, AT_SYMLINK_NOFOLLOW) != 0)
        return std::nullopt;
    if (out)
        *out = info;
    return FileIdentity{quint64(info.st_dev), quint64(info.st_ino)};
}

// Opens `<root>/.venvdeck/trash` below the root's descriptor, refusing links on the way.
int openTrash(int rootFd)
{
    const Fd state(::openat(rootFd, ".venvdeck", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!state.valid())
        return -1;
    return ::openat(state.get(), "trash", O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

QString newTrashName(int trashFd, const QString &name)
{
    for (;;) {
        const QString candidate = name.left(120) + u".removing-"_s +
                                  QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
        StatBuffer info{};
        if (::fstatat(trashFd, QFile::encodeName(candidate).constData(), &info, AT_SYMLINK_NOFOLLOW) != 0)
            return candidate;
    }
}

#endif

} // namespace

QString keyword(RemovalOutcome outcome)
{
    switch (outcome) {
    case RemovalOutcome::Removed:
        return u"removed"_s;
    case RemovalOutcome::WouldRemove:
        return u"would-remove"_s;
    case RemovalOutcome::AlreadyGone:
        return u"already-gone"_s;
    case RemovalOutcome::Skipped:
        return u"skipped"_s;
    case RemovalOutcome::Failed:
        break;
    }
    return u"failed"_s;
}

bool ApplyReport::allRemoved() const
{
    return refusal.isEmpty() && std::all_of(results.cbegin(), results.cend(), [](const RemovalResult &result) {
               return result.outcome == RemovalOutcome::Removed || result.outcome == RemovalOutcome::AlreadyGone ||
                      result.outcome == RemovalOutcome::WouldRemove;
           });
}

Problems removeTreeNoFollow(const QString &path)
{
#ifdef Q_OS_UNIX
    const QFileInfo info(path);
    const Fd parent(::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!parent.valid())
        return {{path, tr("cannot open the folder it is in: %1").arg(errnoText(errno))}};
    const QByteArray name = QFile::encodeName(info.fileName());
    StatBuffer top{};
    if (!identityAt(parent.get(), name, &top))
        return {{path, tr("cannot inspect: %1").arg(errnoText(errno))}};
    TreeRemover remover(top.st_dev, {});
    remover.removeEntry(parent.get(), name, path);
    return remover.problems();
#else
    return {{path, tr("removal is not supported on this platform yet")}};
#endif
}

FlagReport flagForRemoval(const QString &rootIn, const QStringList &names, const QString &reason)
{
    const QString root = cleanRoot(rootIn);
    return changeManifest(root, [&](PendingManifest &manifest, FlagReport &report) {
        bool changed = false;
        for (const QString &name : names) {
            FlagResult result{name, false, {}};
            std::optional<FileIdentity> identity;
            if (!rootlayout::isPlainEnvironmentName(name))
                result.message = tr("not a folder name directly inside the root (no separators, no \"..\")");
            else if (identity = directoryIdentity(QDir(root).filePath(name), &result.message); !identity)
                ;
            else if (const PendingRemoval *existing = manifest.find(name); existing && !existing->trashName.isEmpty())
                result.message = tr("its removal has begun; run apply-pending to finish it");
            if (!result.message.isEmpty()) {
                report.results.append(result);
                continue;
            }
            const PendingRemoval entry{name,
                                       *identity,
                                       recordBuiltAt(QDir(root).filePath(name)),
                                       currentUserName(),
                                       QDateTime::currentDateTimeUtc(),
                                       reason,
                                       {}};
            if (PendingRemoval *existing = manifest.find(name)) {
                *existing = entry;
                result.message = tr("was already flagged; flagged again as it is now");
            } else {
                manifest.entries.append(entry);
            }
            result.flagged = true;
            changed = true;
            report.results.append(result);
        }
        return changed;
    });
}

FlagReport unflag(const QString &rootIn, const QStringList &names)
{
    const QString root = cleanRoot(rootIn);
    if (!QFileInfo::exists(rootlayout::pendingRemovalsPath(root)) &&
        !QFileInfo(rootlayout::pendingRemovalsPath(root)).isSymLink()) {
        FlagReport report;
        for (const QString &name : names)
            report.results.append({name, false, tr("not flagged")});
        return report;
    }
    return changeManifest(root, [&](PendingManifest &manifest, FlagReport &report) {
        bool changed = false;
        for (const QString &name : names) {
            const PendingRemoval *entry = manifest.find(name);
            if (!entry) {
                report.results.append({name, false, tr("not flagged")});
            } else if (!entry->trashName.isEmpty()) {
                report.results.append({name, false, tr("its removal has begun; run apply-pending to finish it")});
            } else {
                manifest.entries.removeIf([&name](const PendingRemoval &removal) { return removal.name == name; });
                report.results.append({name, true, {}});
                changed = true;
            }
        }
        return changed;
    });
}

namespace {

// Renames `from` to `to` only if nothing has that name (a folder the execution server just made is not replaced).
bool renameNoReplace(const QString &from, const QString &to, QString *error)
{
#ifdef Q_OS_LINUX
    if (::renameat2(AT_FDCWD, QFile::encodeName(from).constData(), AT_FDCWD, QFile::encodeName(to).constData(),
                    RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS) {
        *error = errnoText(errno);
        return false;
    }
#endif
    if (QFileInfo::exists(to) || QFileInfo(to).isSymLink()) {
        *error = tr("something has that name now");
        return false;
    }
    if (!QDir().rename(from, to)) {
        *error = tr("the rename failed");
        return false;
    }
    return true;
}

// The rebuild record of `name` (we hold its build lock): restores or flags the copy it names, then drops it.
void settleOne(const QString &root, const QString &name, SettleReport &report)
{
    const QString recordPath = rootlayout::replacingRecordPath(root, name);
    QFile record(recordPath);
    if (!record.open(QIODevice::ReadOnly))
        return;
    const QString kept = QString::fromUtf8(record.read(4096)).trimmed();
    record.close();
    const QString keptPath = QDir(root).filePath(kept);
    const QString live = QDir(root).filePath(name);
    QString whyNot;
    if (!rootlayout::isPlainEnvironmentName(kept) ||
        !kept.startsWith(name + QString::fromUtf16(rootlayout::replacedEnvironmentInfix))) {
        report.problems.append({recordPath, tr("names %1, which no rebuild of %2 makes; left alone").arg(kept, name)});
        return;
    }
    if (!directoryIdentity(keptPath, &whyNot)) {
        // Killed before the old environment was moved aside (or its copy is gone since): nothing to finish.
        QFile::remove(recordPath);
        return;
    }
    if (!QFileInfo::exists(live) && !QFileInfo(live).isSymLink()) {
        // Killed between moving the old environment aside and moving the new one in: the copy is the only one.
        QString error;
        if (!renameNoReplace(keptPath, live, &error)) {
            report.problems.append({keptPath, tr("a rebuild of %1 was interrupted and left no environment under its "
                                                 "name; this copy could not be put back (%2)")
                                                  .arg(name, error)});
            return;
        }
        report.restored.append({live, tr("a rebuild was interrupted before its new environment was in place; "
                                         "the previous environment was put back from %1")
                                          .arg(kept)});
        QFile::remove(recordPath);
        return;
    }
    const Read<PendingManifest> manifest = loadPendingManifest(root);
    if (manifest.value && manifest.value->find(kept)) {
        QFile::remove(recordPath);
        return;
    }
    QString error;
    if (flagReplacedCopy(root, name, kept, &error)) {
        report.flagged.append({keptPath, tr("replaced by a rebuild that was interrupted before it flagged it; "
                                            "flagged for removal now")});
    } else {
        report.problems.append({keptPath, tr("replaced by an interrupted rebuild, but cannot be flagged for removal "
                                             "(%1); the next run tries again")
                                              .arg(error)});
    }
}

} // namespace

bool flagReplacedCopy(const QString &root, const QString &name, const QString &kept, QString *whyNot)
{
    const FlagReport flag = flagForRemoval(root, {kept}, tr("replaced by a rebuild of %1").arg(name));
    if (flag.refusal.isEmpty() && !flag.results.isEmpty() && flag.results.first().flagged) {
        QFile::remove(rootlayout::replacingRecordPath(root, name));
        return true;
    }
    *whyNot = flag.refusal.isEmpty() && !flag.results.isEmpty() ? flag.results.first().message : flag.refusal;
    return false;
}

SettleReport settleReplacedEnvironments(const QString &rootIn, const QString &name, bool lockHeld)
{
    SettleReport report;
    const QString root = cleanRoot(rootIn);
    QStringList names{name};
    if (name.isEmpty()) {
        const QFileInfo folder(QFileInfo(rootlayout::replacingRecordPath(root, u"x"_s)).path());
        if (!folder.isDir() || folder.isSymLink())
            return report;
        names = QDir(folder.filePath()).entryList(QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    }
    for (const QString &each : std::as_const(names)) {
        if (!rootlayout::isPlainEnvironmentName(each) || !QFileInfo::exists(rootlayout::replacingRecordPath(root, each)))
            continue;
        RootLock lock(rootlayout::lockFilePath(root, each));
        if (!lockHeld && (!QDir().mkpath(QFileInfo(lock.path()).path()) || !lock.tryLock(0)))
            continue; // a build of that name is running: it settles its own record
        settleOne(root, each, report);
    }
    return report;
}

ApplyReport applyPendingRemovals(const QString &rootIn, const ApplyOptions &options)
{
    ApplyReport report;
    const QString root = cleanRoot(rootIn);
    if (!options.dryRun) {
        // Rebuilds killed halfway first: a copy they left unflagged is flagged now, and so removed in this run.
        const SettleReport settled = settleReplacedEnvironments(root);
        report.warnings += settled.restored + settled.flagged + settled.problems;
    }
    const Read<PendingManifest> first = loadPendingManifest(root);
    if (!first.value) {
        report.refusal = describeProblems(first.problems);
        return report;
    }
#ifndef Q_OS_UNIX
    if (!first.value->entries.isEmpty())
        report.refusal = tr("removal is not supported on this platform yet");
    return report;
#else
    const Fd rootFd(::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!rootFd.valid()) {
        report.refusal = tr("cannot open the venv root %1: %2").arg(QDir::toNativeSeparators(root), errnoText(errno));
        return report;
    }
    const auto trashWarnings = [&](const PendingManifest &manifest) {
        const QDir trash(rootlayout::trashFolder(root));
        if (!QFileInfo(trash.path()).isDir())
            return;
        QSet<QString> known;
        for (const PendingRemoval &entry : manifest.entries)
            known.insert(entry.trashName);
        const QStringList leftovers =
            trash.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &leftover : leftovers) {
            if (!known.contains(leftover))
                report.warnings.append(
                    {trash.filePath(leftover), tr("in the trash but not in the pending removals; left alone")});
        }
    };
    if (first.value->entries.isEmpty()) {
        trashWarnings(*first.value);
        return report;
    }

    RootLock manifestLock(rootlayout::pendingRemovalsLockPath(root));
    std::optional<PendingManifest> locked = lockAndLoad(root, manifestLock, &report.refusal); // read again, locked
    if (!locked)
        return report;
    PendingManifest &manifest = *locked;

    QStringList names;
    for (const PendingRemoval &entry : manifest.entries) {
        if (options.only.isEmpty() || options.only.contains(entry.name))
            names.append(entry.name);
    }
    for (const QString &name : options.only) {
        if (!manifest.find(name))
            report.results.append({name, RemovalOutcome::Skipped, tr("not flagged for removal"), {}});
    }
    Fd trashFd(openTrash(rootFd.get()));
    const auto ensureTrash = [&]() -> bool {
        if (trashFd.valid())
            return true;
        if (!QDir().mkpath(rootlayout::trashFolder(root)))
            return false;
        trashFd.reset(openTrash(rootFd.get()));
        return trashFd.valid();
    };
    const auto interrupted = [&](RemovalStep step, const QString &name) {
        if (options.interruptAt && options.interruptAt(step, name)) {
            report.interrupted = true;
            return true;
        }
        return false;
    };
    const auto save = [&](RemovalResult &result) {
        const QString error = savePendingManifest(root, manifest);
        if (!error.isEmpty()) {
            result.outcome = RemovalOutcome::Failed;
            result.message += (result.message.isEmpty() ? QString() : u"; "_s) + error;
        }
        return error.isEmpty();
    };
    const auto drop = [&](const QString &name) {
        manifest.entries.removeIf([&name](const PendingRemoval &entry) { return entry.name == name; });
    };
    // Deletes `trashName` inside the trash; true when it is all gone (or a simulated kill stopped it).
    const auto deleteFromTrash = [&](const QString &name, const QString &trashName, RemovalResult &result) {
        const QByteArray encoded = QFile::encodeName(trashName);
        StatBuffer top{};
        identityAt(trashFd.get(), encoded, &top);
        TreeRemover remover(top.st_dev, [&] { return interrupted(RemovalStep::PartlyDeleted, name); });
        remover.removeEntry(trashFd.get(), encoded, QDir(rootlayout::trashFolder(root)).filePath(trashName));
        if (remover.stopped())
            return false;
        if (!remover.problems().isEmpty()) {
            result.outcome = RemovalOutcome::Failed;
            result.message =
                tr("%n entry(ies) could not be deleted; the rest is gone and the next run tries again: ", nullptr,
                   int(remover.problems().size())) +
                describeProblems(remover.problems().mid(0, 3));
            return false;
        }
        return true;
    };

    for (const QString &name : names) {
        PendingRemoval *entry = manifest.find(name);
        RemovalResult result{name, RemovalOutcome::Skipped, {}, {}};
        const QByteArray encodedName = QFile::encodeName(name);
        StatBuffer current{};
        const std::optional<FileIdentity> identity = identityAt(rootFd.get(), encodedName, &current);
        const int statError = identity ? 0 : errno;

        // A removal a previous run began: finish it, if the trash still holds the very same folder.
        if (!entry->trashName.isEmpty()) {
            const QByteArray encodedTrash = QFile::encodeName(entry->trashName);
            StatBuffer inTrash{};
            const std::optional<FileIdentity> trashed = identityAt(trashFd.get(), encodedTrash, &inTrash);
            if (trashed) {
                if (!S_ISDIR(inTrash.st_mode) || *trashed != entry->identity) {
                    result.message = tr("the trash holds something else under %1; left alone").arg(entry->trashName);
                } else if (options.dryRun) {
                    result.outcome = RemovalOutcome::WouldRemove;
                    result.message = tr("its removal began in an earlier run; it would be finished");
                } else if (deleteFromTrash(name, entry->trashName, result)) {
                    if (interrupted(RemovalStep::Deleted, name))
                        return report;
                    drop(name);
                    result.outcome = RemovalOutcome::Removed;
                    result.message = tr("finished a removal an earlier run began");
                    save(result);
                } else if (report.interrupted) {
                    return report;
                }
                report.results.append(result);
                continue;
            }
            if (!identity || *identity != entry->identity || !S_ISDIR(current.st_mode)) {
                result.outcome = RemovalOutcome::AlreadyGone;
                result.message = tr("an earlier run removed it");
                if (!options.dryRun) {
                    drop(name);
                    save(result);
                }
                report.results.append(result);
                continue;
            }
            // Still under its name: the earlier run stopped before the rename. Start again.
        }

        if (!identity) {
            if (statError == ENOENT) {
                result.outcome = RemovalOutcome::AlreadyGone;
                result.message = tr("no longer exists");
                if (!options.dryRun) {
                    drop(name);
                    save(result);
                }
            } else {
                result.outcome = RemovalOutcome::Failed;
                result.message = tr("cannot inspect: %1").arg(errnoText(statError));
            }
            report.results.append(result);
            continue;
        }
        const QString path = QDir(root).filePath(name);
        if (S_ISLNK(current.st_mode)) {
            result.message = tr("now a symbolic link, not the folder that was flagged; left alone");
        } else if (!S_ISDIR(current.st_mode)) {
            result.message = tr("now a file, not the folder that was flagged; left alone");
        } else if (*identity != entry->identity) {
            result.message = tr("replaced since it was flagged (another folder has its name now); left alone");
        } else if (const QDateTime builtAt = recordBuiltAt(path); builtAt != entry->builtAt) {
            result.message =
                builtAt.isValid()
                    ? tr("rebuilt since it was flagged (built at %1); left alone").arg(builtAt.toString(Qt::ISODate))
                    : tr("its ownership record changed since it was flagged; left alone");
        }
        if (!result.message.isEmpty()) {
            report.results.append(result);
            continue;
        }

        // Its own build lock and, for a build's partial sibling, the lock of the build that writes it.
        QStringList lockNames{name};
        if (rootlayout::isPartialBuildName(name))
            lockNames.append(name.left(name.indexOf(QStringView(rootlayout::partialBuildInfix))));
        const QString lockFolder = QFileInfo(rootlayout::lockFilePath(root, name)).path();
        const bool locksExist = QFileInfo(lockFolder).isDir();
        if (!locksExist && !options.dryRun && !QDir().mkpath(lockFolder)) {
            result.outcome = RemovalOutcome::Failed;
            result.message = tr("cannot create the lock folder");
            report.results.append(result);
            continue;
        }
        std::vector<std::unique_ptr<RootLock>> buildLocks;
        for (const QString &lockName : lockNames) {
            if (!locksExist && options.dryRun)
                break; // no lock folder: nobody holds a lock
            auto lock = std::make_unique<RootLock>(rootlayout::lockFilePath(root, lockName));
            if (!lock->tryLock(0)) {
                result.message = tr("a build holds its lock (%1); left alone")
                                     .arg(QDir::toNativeSeparators(rootlayout::lockFilePath(root, lockName)));
                break;
            }
            buildLocks.push_back(std::move(lock));
        }
        if (!result.message.isEmpty()) {
            report.results.append(result);
            continue;
        }
        // Looked for now, with the build lock held: as close to the rename as it can be.
        const InUseScan inUse = findProcessesUsing({path});
        if (const QList<ProcessUse> uses = inUse.byFolder.value(path); !uses.isEmpty()) {
            result.processes = uses;
            result.message = tr("in use by %1; left alone").arg(processList(uses));
            report.results.append(result);
            continue;
        }
        if (!inUse.supported && options.unknownUseBlocks) {
            result.message = tr("this platform cannot tell whether it is in use; left alone");
            report.results.append(result);
            continue;
        }
        if (options.dryRun) {
            result.outcome = RemovalOutcome::WouldRemove;
            report.results.append(result);
            continue;
        }

        if (!ensureTrash()) {
            result.outcome = RemovalOutcome::Failed;
            result.message = tr("cannot open the trash folder %1 (it must be a real folder)")
                                 .arg(QDir::toNativeSeparators(rootlayout::trashFolder(root)));
            report.results.append(result);
            continue;
        }
        entry->trashName = newTrashName(trashFd.get(), name);
        const QString trashName = entry->trashName;
        if (!save(result)) {
            report.results.append(result);
            continue;
        }
        if (interrupted(RemovalStep::TrashNameRecorded, name))
            return report;
        const QByteArray encodedTrash = QFile::encodeName(trashName);
        const std::optional<FileIdentity> beforeRename = identityAt(rootFd.get(), encodedName);
        if (beforeRename != entry->identity ||
            ::renameat(rootFd.get(), encodedName.constData(), trashFd.get(), encodedTrash.constData()) != 0) {
            const int error = errno;
            manifest.find(name)->trashName.clear();
            result.outcome = RemovalOutcome::Failed;
            result.message = beforeRename != entry->identity
                                 ? tr("changed while being removed; left alone")
                                 : tr("cannot move it into the trash: %1").arg(errnoText(error));
            save(result);
            report.results.append(result);
            continue;
        }
        if (identityAt(trashFd.get(), encodedTrash) != entry->identity) {
            // Swapped between the check and the rename: put back what was moved, touch nothing.
            ::renameat(trashFd.get(), encodedTrash.constData(), rootFd.get(), encodedName.constData());
            manifest.find(name)->trashName.clear();
            result.message = tr("changed while being removed; left alone");
            save(result);
            report.results.append(result);
            continue;
        }
        buildLocks.clear(); // the name is free again; what is in the trash is no build's business
        if (interrupted(RemovalStep::Renamed, name))
            return report;
        if (!deleteFromTrash(name, trashName, result)) {
            if (report.interrupted)
                return report;
            report.results.append(result);
            continue;
        }
        if (interrupted(RemovalStep::Deleted, name))
            return report;
        drop(name);
        result.outcome = RemovalOutcome::Removed;
        save(result);
        report.results.append(result);
    }
    trashWarnings(manifest);
    return report;
#endif
}

} // namespace venvdeck
