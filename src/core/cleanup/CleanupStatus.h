#pragma once

#include "cleanup/InUseDetector.h"
#include "cleanup/PendingManifest.h"
#include "cleanup/SafeRemoval.h"
#include "cleanup/StalenessRules.h"
#include "scan/ScanResult.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace venvdeck {

class Settings;

// Pins: `<root>/.venvdeck/pins.txt`, one folder name per line; blank lines and lines starting with `#` are
// ignored. A pinned environment is never proposed for removal. No file: nothing pinned.
QSet<QString> readPins(const QString &root, Problems *problems);
// Adds or removes names (plain names only; others are returned as problems) and rewrites the file atomically.
QString changePins(const QString &root, const QStringList &add, const QStringList &remove, Problems *problems);

// The staleness options the settings hold (keep-N, unused days, validity minutes), with the root's pins.
StalenessOptions stalenessOptions(const Settings &settings, const QString &root, Problems *problems);
// Saves the policy, keep-N and unused days of `options` as the defaults (cleanup/prunePolicy,
// cleanup/keepNewestPerOwner, cleanup/unusedDays): what stalenessOptions() gives the window and `venvdeck-cli
// prune` (so venvdeck-prune.timer) from then on. The validity period and the pins are not part of a policy.
void saveStalenessDefaults(Settings &settings, const StalenessOptions &options);

// What cleanup knows about one environment, for `list` and the GUI.
struct CleanupStatus
{
    Staleness staleness;
    bool pendingRemoval = false;
    std::optional<QList<ProcessUse>> inUse; // nullopt: not checked (or cannot be on this platform)
};

struct CleanupView
{
    QHash<QString, CleanupStatus> byName;
    Problems problems; // a refused manifest, an unreadable pins file
};

// Rules, pins, the manifest and (with detectInUse) the processes using each environment.
CleanupView cleanupView(const ScanResult &scan, const StalenessOptions &options, bool detectInUse);

// {staleness: [{rule, reason}], pinned, keptBecause, proposed, pendingRemoval, inUse: [{pid, command, how,
// path}] | null}
QJsonObject cleanupStatusToJson(const CleanupStatus &status);
QJsonArray processesToJson(const QList<ProcessUse> &processes);
// scanResultToJson with each environment's cleanup fields merged in: what `list --format json` prints and
// the window exports.
QJsonObject scanResultToJson(const ScanResult &result, const CleanupView &cleanup);
// The same document as QJsonDocument(scanResultToJson(result, cleanup)).toJson(), byte for byte, handed to `write`
// an environment at a time: building the whole document first took an eighth of a `list` of 500 venvs, and its
// 15 MB of fresh memory.
void writeScanResultJson(const ScanResult &result, const CleanupView &cleanup,
                         const std::function<void(QByteArrayView)> &write);
// The rules that apply to an environment, as keywords joined by `separator` ("superseded,unused").
QString staleRulesText(const CleanupStatus &status, QChar separator);

// One flagged environment as it is now, for `pending`.
struct PendingStatus
{
    PendingRemoval entry;
    QString state;     // "flagged", "replaced", "missing", "not-a-folder", "removal-begun"
    qint64 bytes = -1; // what removing it frees (apparent size); -1 when unknown
};
// nullopt with problems when the manifest is refused.
std::optional<QList<PendingStatus>> pendingStatus(const QString &root, bool computeSizes, Problems *problems);
QString keywordDescription(const QString &state); // the state in words

// Flags what the rules propose (policy, keep-N, unused days and pins from `options`); already flagged
// environments are left as they are. Returns one result per proposed environment, its reasons as the reason.
struct PruneResult
{
    QString name;
    QList<StaleReason> reasons;
    bool flagged = false; // true also for a dry run: it would be
    QString message;      // why not, or "already flagged"
};
struct PruneReport
{
    QString refusal;
    QList<PruneResult> results;
};
PruneReport prune(const ScanResult &scan, const StalenessOptions &options, bool dryRun);

// remove --now: flags the names, then removes exactly those, refusing any that is in use (or where use cannot
// be told); one left alone stays flagged for the next restart.
ApplyReport removeNow(const QString &root, const QStringList &names, const QString &reason);

} // namespace venvdeck
