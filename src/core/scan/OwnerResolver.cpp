#include "scan/OwnerResolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

// A record is a few hundred bytes; refuse anything that could not be one rather than read it whole.
constexpr qint64 maxRecordBytes = 1024 * 1024;

QString recordPath(const QString &venvPath)
{
    return QDir(venvPath).filePath(QString::fromUtf16(ownershipRecordFileName));
}

} // namespace

Owner ownerFromFolderName(const QString &folderName)
{
    // Greedy names: the build numbers and uid are always the last fields, the name may hold "_" and digits.
    static const QRegularExpression script(QStringLiteral("^(.+)_(\\d+)_([0-9A-Fa-f]{32})$"));
    static const QRegularExpression withUid(QStringLiteral(
        "^(.+)_([0-9A-Fa-f]{32}|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})$"));
    static const QRegularExpression driver(QStringLiteral("^(.+)_(\\d+_\\d+)$"));

    Owner owner;
    owner.source = OwnerSource::Name;
    if (const QRegularExpressionMatch match = script.match(folderName); match.hasMatch()) {
        owner.name = match.captured(1);
        owner.kind = OwnerKind::Script;
        owner.version = match.captured(2);
        owner.uid = match.captured(3);
    } else if (const QRegularExpressionMatch uidMatch = withUid.match(folderName); uidMatch.hasMatch()) {
        owner.name = uidMatch.captured(1);
        owner.uid = uidMatch.captured(2);
    } else if (const QRegularExpressionMatch driverMatch = driver.match(folderName); driverMatch.hasMatch()) {
        owner.name = driverMatch.captured(1);
        owner.kind = OwnerKind::Driver;
        owner.version = driverMatch.captured(2);
    } else {
        owner.name = folderName;
    }
    return owner;
}

Owner ownerFromRecord(const OwnershipRecord &record)
{
    Owner owner;
    owner.name = record.owner;
    owner.kind = record.ownerKind;
    owner.version = record.ownerVersion;
    owner.source = OwnerSource::Record;
    return owner;
}

Read<OwnershipRecord> parseOwnershipRecord(QByteArrayView json, const QString &path)
{
    Read<OwnershipRecord> result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        result.problems.append({path, QCoreApplication::translate("venvdeck", "not valid JSON: %1 at offset %2")
                                          .arg(error.errorString())
                                          .arg(error.offset)});
        return result;
    }
    if (!document.isObject()) {
        result.problems.append({path, QCoreApplication::translate("venvdeck", "not a JSON object")});
        return result;
    }
    const QJsonObject object = document.object();

    // "schema" says how to read the rest: without a whole number >= 1 nothing else can be trusted.
    const QJsonValue schema = object.value(u"schema"_s);
    const double schemaNumber = schema.toDouble(-1);
    // std::floor, not a cast: a cast of a number out of the integer range (1e80) is undefined behaviour.
    if (!schema.isDouble() || !std::isfinite(schemaNumber) || schemaNumber < 1 ||
        schemaNumber != std::floor(schemaNumber)) {
        result.problems.append(
            {path, QCoreApplication::translate("venvdeck", "\"schema\" must be a whole number, 1 or more")});
        return result;
    }
    const QJsonValue owner = object.value(u"owner"_s);
    if (!owner.isString() || owner.toString().trimmed().isEmpty()) {
        result.problems.append({path, QCoreApplication::translate("venvdeck", "\"owner\" must be a non-empty string")});
        return result;
    }

    OwnershipRecord record;
    // Any schema above this version's is read the same way; one beyond int's range is simply the largest.
    record.schema = schemaNumber >= double(std::numeric_limits<int>::max()) ? std::numeric_limits<int>::max()
                                                                            : int(schemaNumber);
    record.owner = owner.toString();
    // A newer schema may add kinds or change optional keys: read what is understood, without complaint.
    const bool knownSchema = record.schema <= ownershipRecordSchema;

    // Optional keys: absent or null means not known; a wrong type is a problem, the record still counts.
    const auto optionalString = [&](QLatin1StringView key) -> QString {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isString()) {
            if (knownSchema)
                result.problems.append(
                    {path, QCoreApplication::translate("venvdeck", "\"%1\" must be a string").arg(key)});
            return {};
        }
        return value.toString();
    };

    const QString kind = optionalString("ownerKind"_L1);
    if (!kind.isEmpty()) {
        const std::optional<OwnerKind> parsedKind = ownerKindFromString(kind);
        if (parsedKind) {
            record.ownerKind = *parsedKind;
        } else if (knownSchema) {
            result.problems.append({path, QCoreApplication::translate(
                                              "venvdeck", "\"ownerKind\" must be \"driver\" or \"script\", not \"%1\"")
                                              .arg(kind)});
        }
    }
    record.ownerVersion = optionalString("ownerVersion"_L1);
    record.pythonVersion = optionalString("pythonVersion"_L1);
    record.builtBy = optionalString("builtBy"_L1);

    static const QRegularExpression sha256(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    const QString digest = optionalString("requirementsSha256"_L1);
    if (digest.isEmpty() || sha256.match(digest).hasMatch()) {
        record.requirementsSha256 = digest;
    } else if (knownSchema) {
        result.problems.append(
            {path, QCoreApplication::translate("venvdeck", "\"requirementsSha256\" must be 64 hexadecimal digits")});
    }

    const QString builtAt = optionalString("builtAt"_L1);
    if (!builtAt.isEmpty()) {
        QDateTime time = QDateTime::fromString(builtAt, Qt::ISODateWithMs);
        if (time.isValid() && time.timeSpec() == Qt::LocalTime)
            time = QDateTime(time.date(), time.time(), Qt::UTC); // the schema says UTC; no offset means UTC
        if (time.isValid()) {
            record.builtAt = time.toUTC();
        } else if (knownSchema) {
            result.problems.append(
                {path,
                 QCoreApplication::translate("venvdeck", "\"builtAt\" is not an ISO-8601 time: \"%1\"").arg(builtAt)});
        }
    }

    result.value = std::move(record);
    return result;
}

Read<OwnershipRecord> readOwnershipRecord(const QString &venvPath)
{
    const QString path = recordPath(venvPath);
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return {};
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly)) {
        const QString reason = info.isDir()     ? QCoreApplication::translate("venvdeck", "a folder, not a file")
                               : !info.exists() ? QCoreApplication::translate("venvdeck", "a symbolic link to nothing")
                                                : file.errorString();
        return {std::nullopt, {{path, QCoreApplication::translate("venvdeck", "cannot read: %1").arg(reason)}}};
    }
    const QByteArray content = file.read(maxRecordBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return {std::nullopt,
                {{path, QCoreApplication::translate("venvdeck", "cannot read: %1").arg(file.errorString())}}};
    if (content.size() > maxRecordBytes)
        return {std::nullopt,
                {{path, QCoreApplication::translate("venvdeck", "larger than %1 KiB: not an ownership record")
                            .arg(maxRecordBytes / 1024)}}};
    return parseOwnershipRecord(content, path);
}

QByteArray ownershipRecordToJson(const OwnershipRecord &record)
{
    // Always written as schema 1: that is every key this version knows.
    QJsonObject object;
    object.insert(u"schema"_s, ownershipRecordSchema);
    object.insert(u"owner"_s, record.owner);
    if (record.ownerKind == OwnerKind::Unknown)
        object.insert(u"ownerKind"_s, QJsonValue::Null); // schema 1 knows only driver and script
    else
        object.insert(u"ownerKind"_s, keyword(record.ownerKind));
    object.insert(u"ownerVersion"_s, record.ownerVersion);
    object.insert(u"pythonVersion"_s, record.pythonVersion);
    object.insert(u"requirementsSha256"_s, record.requirementsSha256);
    if (record.builtAt.isValid()) {
        // Milliseconds only when there are some: whole seconds keep the short form, and a record read with
        // milliseconds (another tool wrote it) is written back unchanged, as apply-pending compares builtAt.
        const QDateTime utc = record.builtAt.toUTC();
        object.insert(u"builtAt"_s, utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate));
    } else {
        object.insert(u"builtAt"_s, QJsonValue::Null);
    }
    object.insert(u"builtBy"_s, record.builtBy);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString writeOwnershipRecord(const QString &venvPath, const OwnershipRecord &record)
{
    const QString path = recordPath(venvPath);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("venvdeck", "cannot write %1: %2").arg(path, file.errorString());
    const QByteArray json = ownershipRecordToJson(record);
    if (file.write(json) != json.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return QCoreApplication::translate("venvdeck", "cannot write %1: %2").arg(path, reason);
    }
    if (!file.commit())
        return QCoreApplication::translate("venvdeck", "cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace venvdeck
