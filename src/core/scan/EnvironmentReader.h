#pragma once

#include "model/Environment.h"
#include "scan/DiskUsageWalker.h"
#include "scan/ScanOptions.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace venvdeck {

// What a scan prepares once and every environment reader shares (read-only across threads).
struct ScanContext
{
    ScanOptions options;
    QHash<QString, QDateTime> newestDriverLog; // venv folder name -> newest log file time, across reservations
};

// A file VenvDeck's builder leaves in a venv until the build completes: its presence means an interrupted build.
inline constexpr char16_t incompleteBuildMarkerFileName[] = u".venvdeck-incomplete";

// Describes one direct child of the root without starting any Python process. Never throws: every
// problem ends up in Environment::problems, naming its path. No value when `path` is not a folder (or a link)
// any more, or never was: the problems then say what it is.
Read<Environment> readEnvironment(const QString &path, const ScanContext &context);

// What the rescan cache keeps besides the environment: every path whose change could change what was read,
// and the newest run artifact (kept apart, as the driver logs that outrank it are read anew on each scan).
struct EnvironmentWatch
{
    WatchList paths;
    QDateTime newestRunArtifact;
};

// The same, noting in `watch` what the cache must compare (only when sizes are computed: the size walk sees
// every folder). `watch` stays empty for what cannot be cached (a link, an unreadable folder). `shared` (may be
// null) receives the files the size walk met that have hard links outside the environment (see SharedFile).
Read<Environment> readEnvironment(const QString &path, const ScanContext &context, EnvironmentWatch *watch,
                                  SharedFiles *shared = nullptr);

// Last use from the best signal: driver logs (from `context`), else run artifacts, else the folder's own times.
void resolveLastUsed(Environment &environment, const ScanContext &context, const QDateTime &newestRunArtifact);

} // namespace venvdeck
