#pragma once

#include "cleanup/InUseDetector.h"
#include "cleanup/PendingManifest.h"
#include "model/Problem.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace venvdeck {

enum class RemovalOutcome
{
    Removed,     // gone, entry dropped from the manifest
    WouldRemove, // --dry-run: every check passed
    AlreadyGone, // nothing under the name (or in the trash): entry dropped
    Skipped,     // a safety rule said no (replaced, link, locked, in use): entry kept, nothing touched
    Failed,      // an error while removing: entry kept, what is left is finished by the next run
};
QString keyword(RemovalOutcome outcome); // "removed", "would-remove", "already-gone", "skipped", "failed"

struct RemovalResult
{
    QString name;
    RemovalOutcome outcome = RemovalOutcome::Skipped;
    QString message;             // why, in words
    QList<ProcessUse> processes; // when in use
};

// The steps of one removal, for tests that simulate a kill (ApplyOptions::interruptAt).
enum class RemovalStep
{
    TrashNameRecorded,
    Renamed,
    PartlyDeleted,
    Deleted
};

struct ApplyOptions
{
    bool dryRun = false;
    QStringList only;              // empty: every entry; otherwise just these names (remove --now)
    bool unknownUseBlocks = false; // where in-use detection is unsupported, count every folder as in use
    // Test seam: called after each step; returning true stops right there as a kill would (no more writes).
    std::function<bool(RemovalStep, const QString &name)> interruptAt;
};

struct ApplyReport
{
    QString refusal;              // non-empty: the manifest (or root) was refused and nothing was touched
    QList<RemovalResult> results; // one per entry considered, in manifest order
    Problems warnings;            // things seen and left alone (unknown folders in the trash)
    bool interrupted = false;     // stopped by interruptAt

    bool allRemoved() const; // no refusal and every result Removed/AlreadyGone/WouldRemove
};

// Removes exactly the flagged environments (README: "Safety of removal"):
// - only plain names directly inside the root, only real directories, the same device+inode and builtAt as
//   when flagged; never one a build holds the lock of, never one a process uses;
// - each is renamed into the trash folder first (its trash name recorded in the manifest beforehand), then
//   deleted by a walk that never follows a link and never crosses into another file system;
// - the manifest is rewritten after each step; a run killed at any point and run again finishes the work
//   and removes nothing else. Unknown folders in the trash are reported, never deleted.
ApplyReport applyPendingRemovals(const QString &root, const ApplyOptions &options);

// Flagging: one result per name given.
struct FlagResult
{
    QString name;
    bool flagged = false;
    QString message; // why not, or a note ("already flagged; reason updated")
};
struct FlagReport
{
    QString refusal; // the manifest was refused or could not be written: nothing changed
    QList<FlagResult> results;
};
// Flags each name that is a real folder directly inside the root (no separators, no `..`, not a link), with
// its identity now; a name flagged before is flagged again as it is now. unflag() drops names from the
// manifest (not one whose removal has begun). Both hold the manifest lock while they change it.
FlagReport flagForRemoval(const QString &root, const QStringList &names, const QString &reason);
FlagReport unflag(const QString &root, const QStringList &names);

// A rebuild moves the old environment aside (`<name>.venvdeck-replaced-<time>`), moves the new one in, then flags
// the old one for removal; a rebuild record (RootLayout.h) marks the way. A rebuild killed in between leaves the
// record, and this finishes its work, for `name` (every recorded name when empty):
// - nothing under the live name (killed between the two renames): the copy, the only working one, is put back;
// - otherwise the copy is flagged for removal, as the rebuild would have done.
// Each name's build lock is taken first (lockHeld: the caller, a build of `name`, holds it); a name whose lock is
// held is a rebuild in progress and left to it. A copy an admin unflagged later carries no record: never re-flagged.
struct SettleReport
{
    Problems restored; // live path, what was done
    Problems flagged;  // copy, what was done
    Problems problems; // what could not be done (the record stays; the next run tries again)
};
SettleReport settleReplacedEnvironments(const QString &root, const QString &name = {}, bool lockHeld = false);

// Flags `kept` (a folder name), the copy a rebuild of `name` moved aside, for removal at the next restart, and
// drops the rebuild record once it is flagged. False with the reason when it could not be flagged: the record
// stays, so the next build or apply-pending tries again.
bool flagReplacedCopy(const QString &root, const QString &name, const QString &kept, QString *whyNot);

// Deletes the folder at `path` and everything in it without following links or crossing file systems.
// Keeps going past entries it cannot delete; returns their problems (empty: all gone).
Problems removeTreeNoFollow(const QString &path);

} // namespace venvdeck
