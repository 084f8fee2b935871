#include "cleanup/PendingManifest.h"

#include "scan/RootLayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

using StatBuffer = struct stat;
#endif

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

// A manifest lists folder names; anything this large is not one of ours.
constexpr qint64 maxManifestBytes = 16 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck", text);
}

bool sameRoot(const QString &a, const QString &b)
{
    if (QDir::cleanPath(a) == QDir::cleanPath(b))
        return true;
    const QString canonicalA = QFileInfo(a).canonicalFilePath();
    return !canonicalA.isEmpty() && canonicalA == QFileInfo(b).canonicalFilePath();
}

std::optional<quint64> parseNumber(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    bool ok = false;
    const quint64 number = value.toString().toULongLong(&ok);
    return ok ? std::optional(number) : std::nullopt;
}

QDateTime parseTime(const QJsonValue &value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

#ifdef Q_OS_UNIX
// Running as root, a file others can write is a file others can make root delete with.
QString unsafeForRoot(const QString &path, bool isFolder)
{
    StatBuffer info{};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    if (info.st_uid != 0)
        return tr("owned by user id %1, not root").arg(info.st_uid);
    const bool sticky = isFolder && (info.st_mode & S_ISVTX);
    if ((info.st_mode & (S_IWGRP | S_IWOTH)) && !sticky)
        return tr("writable by its group or by others (mode %1)").arg(uint(info.st_mode & 07777), 4, 8, QChar(u'0'));
    return {};
}
#endif

} // namespace

std::optional<FileIdentity> directoryIdentity(const QString &path, QString *whyNot)
{
#ifdef Q_OS_UNIX
    StatBuffer info{};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
        if (whyNot)
            *whyNot = errno == ENOENT ? tr("does not exist") : QString::fromLocal8Bit(strerror(errno));
        return std::nullopt;
    }
    if (S_ISLNK(info.st_mode)) {
        if (whyNot)
            *whyNot = tr("a symbolic link, not a real folder");
        return std::nullopt;
    }
    if (!S_ISDIR(info.st_mode)) {
        if (whyNot)
            *whyNot = tr("not a folder");
        return std::nullopt;
    }
    return FileIdentity{quint64(info.st_dev), quint64(info.st_ino)};
#else
    Q_UNUSED(path);
    if (whyNot)
        *whyNot = tr("removal is not supported on this platform yet");
    return std::nullopt;
#endif
}

const PendingRemoval *PendingManifest::find(const QString &name) const
{
    for (const PendingRemoval &entry : entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

PendingRemoval *PendingManifest::find(const QString &name)
{
    for (PendingRemoval &entry : entries) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

Read<PendingManifest> parsePendingManifest(QByteArrayView json, const QString &root, const QString &path)
{
    Read<PendingManifest> result;
    const auto refuse = [&](const QString &message) {
        result.problems.append({path, message});
        return result;
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return refuse(tr("corrupt: not valid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset));
    if (!document.isObject())
        return refuse(tr("corrupt: not a JSON object"));
    const QJsonObject object = document.object();
    const QJsonValue schema = object.value(u"schema"_s);
    if (!schema.isDouble() || schema.toDouble() < 1 || schema.toDouble() != double(schema.toInt()))
        return refuse(tr("corrupt: \"schema\" must be a whole number, 1 or more"));
    if (schema.toInt() > pendingRemovalsSchema)
        return refuse(tr("written by a newer VenvDeck (schema %1; this one reads schema %2): upgrade VenvDeck")
                          .arg(schema.toInt())
                          .arg(pendingRemovalsSchema));
    const QJsonValue manifestRoot = object.value(u"root"_s);
    if (!manifestRoot.isString() || manifestRoot.toString().isEmpty())
        return refuse(tr("corrupt: \"root\" must name the venv root"));
    if (!sameRoot(manifestRoot.toString(), root))
        return refuse(tr("written for another root (%1), not %2")
                          .arg(QDir::toNativeSeparators(manifestRoot.toString()), QDir::toNativeSeparators(root)));
    const QJsonValue entries = object.value(u"entries"_s);
    if (!entries.isArray())
        return refuse(tr("corrupt: \"entries\" must be a list"));

    PendingManifest manifest;
    manifest.root = QDir::cleanPath(root);
    QSet<QString> names;
    int index = 0;
    for (const QJsonValue &value : entries.toArray()) {
        ++index;
        const QJsonObject entry = value.toObject();
        PendingRemoval removal;
        removal.name = entry.value(u"name"_s).toString();
        if (!value.isObject() || !entry.value(u"name"_s).isString())
            return refuse(tr("corrupt: entry %1 has no \"name\"").arg(index));
        if (!rootlayout::isPlainEnvironmentName(removal.name))
            return refuse(tr("entry %1 names \"%2\", which is not a folder directly inside the root")
                              .arg(index)
                              .arg(removal.name));
        if (names.contains(removal.name))
            return refuse(tr("names \"%1\" twice").arg(removal.name));
        names.insert(removal.name);
        const std::optional<quint64> device = parseNumber(entry.value(u"device"_s));
        const std::optional<quint64> inode = parseNumber(entry.value(u"inode"_s));
        if (!device || !inode)
            return refuse(tr("corrupt: entry \"%1\" has no valid \"device\" and \"inode\"").arg(removal.name));
        removal.identity = {*device, *inode};
        const QJsonValue builtAt = entry.value(u"builtAt"_s);
        removal.builtAt = parseTime(builtAt);
        if (!builtAt.isNull() && !builtAt.isUndefined() && !removal.builtAt.isValid())
            return refuse(tr("corrupt: entry \"%1\" has an invalid \"builtAt\"").arg(removal.name));
        removal.flaggedBy = entry.value(u"flaggedBy"_s).toString();
        removal.flaggedAt = parseTime(entry.value(u"flaggedAt"_s));
        removal.reason = entry.value(u"reason"_s).toString();
        const QJsonValue trashName = entry.value(u"trashName"_s);
        if (!trashName.isNull() && !trashName.isUndefined()) {
            removal.trashName = trashName.toString();
            if (!rootlayout::isPlainEnvironmentName(removal.trashName))
                return refuse(tr("entry \"%1\" names \"%2\" in the trash, which is not a plain name")
                                  .arg(removal.name, trashName.toString()));
        }
        manifest.entries.append(removal);
    }
    result.value = std::move(manifest);
    return result;
}

QByteArray pendingManifestToJson(const PendingManifest &manifest)
{
    QJsonArray entries;
    for (const PendingRemoval &entry : manifest.entries) {
        entries.append(QJsonObject{
            {u"name"_s, entry.name},
            {u"device"_s, QString::number(entry.identity.device)},
            {u"inode"_s, QString::number(entry.identity.inode)},
            {u"builtAt"_s, timeOrNull(entry.builtAt)},
            {u"flaggedBy"_s, entry.flaggedBy},
            {u"flaggedAt"_s, timeOrNull(entry.flaggedAt)},
            {u"reason"_s, entry.reason},
            {u"trashName"_s, entry.trashName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.trashName)},
        });
    }
    const QJsonObject object{
        {u"schema"_s, pendingRemovalsSchema},
        {u"root"_s, QDir::cleanPath(manifest.root)},
        {u"entries"_s, entries},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString stateFolderProblem(const QString &root)
{
    const QFileInfo state(rootlayout::stateFolder(root));
    if (state.isSymLink())
        return tr("a symbolic link, not a real folder: refused");
    if (state.exists() && !state.isDir())
        return tr("not a folder: refused");
    return {};
}

Read<PendingManifest> loadPendingManifest(const QString &root)
{
    const QString path = rootlayout::pendingRemovalsPath(root);
    if (const QString why = stateFolderProblem(root); !why.isEmpty())
        return {std::nullopt, {{rootlayout::stateFolder(root), why}}};
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return {PendingManifest{QDir::cleanPath(root), {}}, {}};
    if (info.isSymLink() || !info.isFile())
        return {std::nullopt, {{path, tr("not a regular file (a link or a folder): refused")}}};
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        for (const auto &[checked, isFolder] :
             {std::pair{rootlayout::stateFolder(root), true}, std::pair{path, false}}) {
            const QString why = unsafeForRoot(checked, isFolder);
            if (!why.isEmpty())
                return {
                    std::nullopt,
                    {{checked, tr("%1: refused while running as root (make it root's, mode 0644 or 0755)").arg(why)}}};
        }
    }
#endif
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {{path, tr("cannot read: %1").arg(file.errorString())}}};
    const QByteArray content = file.read(maxManifestBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {std::nullopt, {{path, tr("cannot read: %1").arg(file.errorString())}}};
    if (content.size() > maxManifestBytes)
        return {std::nullopt, {{path, tr("corrupt: far too large for a manifest")}}};
    return parsePendingManifest(content, root, path);
}

QString savePendingManifest(const QString &root, const PendingManifest &manifest)
{
    const QString path = rootlayout::pendingRemovalsPath(root);
    if (!QDir().mkpath(rootlayout::stateFolder(root)))
        return tr("cannot create %1").arg(QDir::toNativeSeparators(rootlayout::stateFolder(root)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    file.write(pendingManifestToJson(manifest));
    if (!file.commit())
        return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString currentUserName()
{
#ifdef Q_OS_UNIX
    if (const passwd *entry = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(::geteuid());
#else
    return qEnvironmentVariable("USERNAME");
#endif
}

} // namespace venvdeck
