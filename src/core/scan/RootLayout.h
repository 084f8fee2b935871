#pragma once

#include <QString>
#include <QStringList>

// Where VenvDeck keeps its own files inside a venv root, in one place so that the scanner, the builder and
// cleanup agree. Everything VenvDeck owns lives under the hidden folder `.venvdeck`, which the scanner skips;
// the only exception is a build's temporary sibling, which is visible on purpose: a build that was killed
// leaves it behind, and the scanner then lists it as a half-built environment (it holds the incomplete marker).
namespace venvdeck::rootlayout {

// `<root>/.venvdeck`: VenvDeck's own folder in the root.
QString stateFolder(const QString &root);
// `<root>/.venvdeck/locks/<name>.lock`: the QLockFile a build or a removal holds for the environment `name`.
QString lockFilePath(const QString &root, const QString &name);
// `<root>/.venvdeck/trash`: environments are renamed in here before they are deleted.
QString trashFolder(const QString &root);
// `<root>/.venvdeck/pending-removals.json`: the manifest of environments flagged for removal at the restart.
QString pendingRemovalsPath(const QString &root);
// `<root>/.venvdeck/pending-removals.lock`: the QLockFile held while the manifest is read, changed and applied.
QString pendingRemovalsLockPath(const QString &root);
// `<root>/.venvdeck/replacing/<name>`: written by a rebuild of `name` before it moves the old environment aside,
// holding the name it moves it to; removed once that copy is flagged for removal (or put back). One left behind
// is a rebuild that was killed in between: settleReplacedEnvironments (SafeRemoval.h) finishes its work.
QString replacingRecordPath(const QString &root, const QString &name);
// `<root>/.venvdeck/pins.txt`: folder names the admin pinned (one per line, `#` comments): never proposed.
QString pinsPath(const QString &root);
// `<root>/.venvdeck/logs`: one log file per build, `<name>-<yyyyMMdd-HHmmss>.log`.
QString buildLogFolder(const QString &root);

// The build logs of the environment `name`, newest first (by the time in their names).
QStringList buildLogsOf(const QString &root, const QString &name);

// The infix of a build's temporary sibling: `<final name>.venvdeck-partial-XXXXXX`.
inline constexpr char16_t partialBuildInfix[] = u".venvdeck-partial-";
bool isPartialBuildName(const QString &name);

// The infix of an environment a rebuild replaced: `<name>.venvdeck-replaced-<yyyyMMddHHmmss>`. It may still be in
// use, so the builder keeps it; it is to be removed at the execution server's next restart.
inline constexpr char16_t replacedEnvironmentInfix[] = u".venvdeck-replaced-";
bool isReplacedEnvironmentName(const QString &name);

// A name that can only mean a folder directly inside the root: not empty, not `.` or `..`, no `/` or `\`,
// no NUL, and not VenvDeck's own state folder. Callers still check that it is a real directory, not a link.
bool isPlainEnvironmentName(const QString &name);

} // namespace venvdeck::rootlayout
