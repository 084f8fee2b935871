#pragma once

#include "model/Distribution.h"
#include "model/Enums.h"
#include "model/Owner.h"
#include "model/Problem.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace venvdeck {

// Apparent size, allocated size and file count of a folder tree, hard links counted once.
struct DiskUsage
{
    qint64 apparentBytes = 0;
    qint64 allocatedBytes = 0;
    qint64 fileCount = 0;

    bool operator==(const DiskUsage &) const = default;
};

// Everything the scanner knows about one direct child of the venv root.
struct Environment
{
    QString name; // folder name, exactly as on disk
    QString path; // absolute path
    Layout layout = Layout::Unknown;

    Owner owner;
    std::optional<OwnershipRecord> record;

    QString pythonVersion;        // as full as the environment tells it; empty when unknown
    QString pythonImplementation; // "CPython", "PyPy", ...; empty when unknown
    QString baseInterpreter;      // the interpreter the venv was made from; empty when unknown
    std::optional<bool> baseInterpreterExists; // nullopt: cannot be checked here (e.g. a Windows path on Linux)
    QString interpreter;          // the venv's own python; empty when it has none
    bool includeSystemSitePackages = false;
    QStringList sitePackages;     // absolute paths of the site-packages folders found

    QList<Distribution> packages; // sorted by name, case-insensitively

    std::optional<DiskUsage> usage; // nullopt when sizes were not computed

    QDateTime createdAt;  // invalid when the file system does not record it
    QDateTime modifiedAt;
    QDateTime lastUsedAt;
    LastUsedSource lastUsedSource = LastUsedSource::None;

    Health health = Health::Ok;
    QStringList healthReasons; // every reason it is broken (or not a venv); empty when ok

    Problems problems; // unreadable files and the like met while reading this environment

    const Distribution *findPackage(const QString &name) const; // by PEP 503 normalised name
};

using Environments = QList<Environment>;

QString keyword(Layout layout);                 // "posix", "windows", "unknown"
QString keyword(Health health);                 // "ok", "broken", "not-a-venv"
QString keyword(LastUsedSource source);         // "driver-logs", "run-artifacts", "folder-times", "none"
QString describe(LastUsedSource source);         // translated words for the UI

// PEP 503 normalisation: lower case, runs of -_. become one "-".
QString normalizedProjectName(const QString &name);

} // namespace venvdeck

Q_DECLARE_METATYPE(venvdeck::Environment)
