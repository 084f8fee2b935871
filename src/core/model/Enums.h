#pragma once

#include <QObject>

namespace venvdeck {
Q_NAMESPACE

enum class Layout { Unknown, Posix, Windows };
Q_ENUM_NS(Layout)

enum class Health { Ok, Broken, NotAVenv };
Q_ENUM_NS(Health)

// Where the last-used time came from, best signal first (ARCHITECTURE.md, "Last-used signals").
enum class LastUsedSource { None, DriverLogs, RunArtifacts, FolderTimes };
Q_ENUM_NS(LastUsedSource)

enum class OwnerKind { Unknown, Driver, Script };
Q_ENUM_NS(OwnerKind)

enum class OwnerSource { Name, Record };
Q_ENUM_NS(OwnerSource)

} // namespace venvdeck
