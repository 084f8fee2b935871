#pragma once

#include "model/Enums.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace venvdeck {

// Who owns a venv: a shell driver or a script, at some version.
struct Owner
{
    QString name;                 // driver/model or script name; never empty once resolved
    OwnerKind kind = OwnerKind::Unknown;
    QString version;              // record: the owner's version; name: the build numbers as the folder writes them
    QString uid;                  // 32-hex (or uuid) part of a script/driver folder name, when there is one
    OwnerSource source = OwnerSource::Name;

    bool operator==(const Owner &) const = default;
};

// The ownership record `venvdeck.json` at the top of a venv folder (schema 1, README documents it).
struct OwnershipRecord
{
    int schema = 1;
    QString owner;
    OwnerKind ownerKind = OwnerKind::Unknown;
    QString ownerVersion;
    QString pythonVersion;
    QString requirementsSha256;
    QDateTime builtAt; // UTC
    QString builtBy;

    bool operator==(const OwnershipRecord &) const = default;
};

QString keyword(OwnerKind kind);          // "driver", "script", "unknown"
QString keyword(OwnerSource source);      // "record", "name"
std::optional<OwnerKind> ownerKindFromString(const QString &text); // driver|script|unknown

} // namespace venvdeck
