#pragma once

#include "model/Problem.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace venvdeck {

inline constexpr int pendingRemovalsSchema = 1;

// What makes a folder the same folder: device and inode (POSIX; lstat, never following a link).
struct FileIdentity
{
    quint64 device = 0;
    quint64 inode = 0;

    bool operator==(const FileIdentity &) const = default;
};

// The identity of `path` when it is a real directory (not a link, not a file); nullopt with the reason otherwise.
std::optional<FileIdentity> directoryIdentity(const QString &path, QString *whyNot);

// One environment flagged for removal at the next restart.
struct PendingRemoval
{
    QString name;          // folder name directly inside the root
    FileIdentity identity; // at flagging time
    QDateTime builtAt;     // the ownership record's builtAt at flagging time; invalid when it had none
    QString flaggedBy;     // user name
    QDateTime flaggedAt;   // UTC
    QString reason;
    QString trashName; // set once removal has begun: the folder's name inside the trash folder

    bool operator==(const PendingRemoval &) const = default;
};

// `<root>/.venvdeck/pending-removals.json` (schema 1; docs-draft/cleanup.md documents it).
struct PendingManifest
{
    QString root; // the root it was written for, clean and absolute
    QList<PendingRemoval> entries;

    const PendingRemoval *find(const QString &name) const;
    PendingRemoval *find(const QString &name);
};

// Parses a manifest written for `root`. Refused (no value, problems say why): not JSON, not an object, no or
// ill-typed schema, a newer schema, another root, an entry that is incomplete, names anything but a plain
// folder name directly inside the root (`/`, `..`, separators), or names the same folder twice.
Read<PendingManifest> parsePendingManifest(QByteArrayView json, const QString &root, const QString &path);
QByteArray pendingManifestToJson(const PendingManifest &manifest);

// Reads the root's manifest. No file: an empty manifest. Also refused: a manifest that is not a regular file
// (a link, a folder) and, when running as root, one (or a state folder) that others than root can write.
Read<PendingManifest> loadPendingManifest(const QString &root);
// Writes it atomically (QSaveFile, mode 0644), creating the state folder. Empty string or the error in words.
QString savePendingManifest(const QString &root, const PendingManifest &manifest);

// Why the root's state folder `.venvdeck` cannot be trusted (a link, a file); empty when it can (or is absent).
QString stateFolderProblem(const QString &root);

// The user running this process, for flaggedBy.
QString currentUserName();

} // namespace venvdeck
