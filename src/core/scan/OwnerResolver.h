#pragma once

#include "model/Owner.h"
#include "model/Problem.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace venvdeck {

// The file name of the ownership record at the top of a venv folder.
inline constexpr char16_t ownershipRecordFileName[] = u"venvdeck.json";
inline constexpr int ownershipRecordSchema = 1;

// Infers the owner from an execution server's folder name (ARCHITECTURE.md, "Folder names"):
//   <driver, spaces -> _>_<int>_<int>        driver, version "<int>_<int>" as written
//   <script name>_<int>_<32 hex digits>      script, version "<int>", uid the hex part
//   <name>_<32 hex digits | uuid>            unknown kind, uid the hex part
//   anything else                            unknown kind, owner = the whole name
// Source is always OwnerSource::Name.
Owner ownerFromFolderName(const QString &folderName);

// The owner a valid record names; source is OwnerSource::Record.
Owner ownerFromRecord(const OwnershipRecord &record);

// Pure parser. Unknown keys are ignored; a newer schema is read as far as it is understood (and noted as a
// problem only when a required key cannot be read). Invalid JSON, a non-object, a missing or ill-typed
// "schema" (a whole number >= 1) or "owner" (a non-empty string) is a problem naming `path` and the value
// is nullopt. Optional keys that are absent or null stay empty (not known). In a schema-1 record an
// optional key of the wrong type or form (ownerKind not driver/script/unknown, builtAt not ISO-8601,
// requirementsSha256 not 64 hex digits) is a problem naming `path` and the key, and the record is still
// returned with that field empty. builtAt without an offset is taken as UTC; it is always held in UTC.
Read<OwnershipRecord> parseOwnershipRecord(QByteArrayView json, const QString &path);

// Reads `<venvPath>/venvdeck.json`. No file: no value and no problem.
Read<OwnershipRecord> readOwnershipRecord(const QString &venvPath);

// Serialises a record (schema 1, builtAt as ISO-8601 UTC with "Z", with milliseconds when it has some; an invalid builtAt and an Unknown
// ownerKind are written as null).
QByteArray ownershipRecordToJson(const OwnershipRecord &record);

// Writes `<venvPath>/venvdeck.json` atomically (QSaveFile). Returns an empty string or the error in words.
QString writeOwnershipRecord(const QString &venvPath, const OwnershipRecord &record);

} // namespace venvdeck
