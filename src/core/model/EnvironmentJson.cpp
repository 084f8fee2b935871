#include "model/EnvironmentJson.h"

#include "scan/ScanResult.h"

#include <QJsonValue>

namespace venvdeck {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue optionalBool(const std::optional<bool> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject distributionToJson(const Distribution &distribution)
{
    return QJsonObject{
        {QStringLiteral("name"), distribution.name},
        {QStringLiteral("version"), distribution.version},
        {QStringLiteral("requested"), distribution.requested},
        {QStringLiteral("installer"), stringOrNull(distribution.installer)},
        {QStringLiteral("editable"), distribution.editable},
        {QStringLiteral("directUrl"), stringOrNull(distribution.directUrl)},
        {QStringLiteral("requiresPython"), stringOrNull(distribution.requiresPython)},
        {QStringLiteral("requiresDist"), QJsonArray::fromStringList(distribution.requiresDist)},
        {QStringLiteral("summary"), stringOrNull(distribution.summary)},
        {QStringLiteral("metadataPath"), distribution.metadataPath},
    };
}

QJsonValue recordToJson(const std::optional<OwnershipRecord> &record)
{
    if (!record)
        return QJsonValue::Null;
    return QJsonObject{
        {QStringLiteral("schema"), record->schema},
        {QStringLiteral("owner"), record->owner},
        {QStringLiteral("ownerKind"), keyword(record->ownerKind)},
        {QStringLiteral("ownerVersion"), stringOrNull(record->ownerVersion)},
        {QStringLiteral("pythonVersion"), stringOrNull(record->pythonVersion)},
        {QStringLiteral("requirementsSha256"), stringOrNull(record->requirementsSha256)},
        {QStringLiteral("builtAt"), timeToJson(record->builtAt)},
        {QStringLiteral("builtBy"), stringOrNull(record->builtBy)},
    };
}

QJsonValue sizeToJson(const std::optional<DiskUsage> &usage, qint64 DiskUsage::*member)
{
    return usage ? QJsonValue((*usage).*member) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonValue timeToJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

QJsonArray problemsToJson(const Problems &problems)
{
    QJsonArray array;
    for (const Problem &problem : problems)
        array.append(QJsonObject{{QStringLiteral("path"), problem.path}, {QStringLiteral("message"), problem.message}});
    return array;
}

QJsonObject environmentToJson(const Environment &environment)
{
    QJsonArray packages;
    for (const Distribution &distribution : environment.packages)
        packages.append(distributionToJson(distribution));
    const Owner &owner = environment.owner;
    return QJsonObject{
        {QStringLiteral("name"), environment.name},
        {QStringLiteral("path"), environment.path},
        {QStringLiteral("layout"), environment.layout == Layout::Unknown ? QJsonValue(QJsonValue::Null)
                                                                         : QJsonValue(keyword(environment.layout))},
        {QStringLiteral("owner"), owner.name},
        {QStringLiteral("ownerKind"), keyword(owner.kind)},
        {QStringLiteral("ownerVersion"), stringOrNull(owner.version)},
        {QStringLiteral("ownerUid"), stringOrNull(owner.uid)},
        {QStringLiteral("ownerSource"), keyword(owner.source)},
        {QStringLiteral("record"), recordToJson(environment.record)},
        {QStringLiteral("pythonVersion"), stringOrNull(environment.pythonVersion)},
        {QStringLiteral("pythonImplementation"), stringOrNull(environment.pythonImplementation)},
        {QStringLiteral("baseInterpreter"), stringOrNull(environment.baseInterpreter)},
        {QStringLiteral("baseInterpreterExists"), optionalBool(environment.baseInterpreterExists)},
        {QStringLiteral("interpreter"), stringOrNull(environment.interpreter)},
        {QStringLiteral("includeSystemSitePackages"), environment.includeSystemSitePackages},
        {QStringLiteral("sitePackages"), QJsonArray::fromStringList(environment.sitePackages)},
        {QStringLiteral("packages"), packages},
        {QStringLiteral("sizeBytes"), sizeToJson(environment.usage, &DiskUsage::apparentBytes)},
        {QStringLiteral("allocatedBytes"), sizeToJson(environment.usage, &DiskUsage::allocatedBytes)},
        {QStringLiteral("fileCount"), sizeToJson(environment.usage, &DiskUsage::fileCount)},
        {QStringLiteral("createdAt"), timeToJson(environment.createdAt)},
        {QStringLiteral("modifiedAt"), timeToJson(environment.modifiedAt)},
        {QStringLiteral("lastUsedAt"), timeToJson(environment.lastUsedAt)},
        {QStringLiteral("lastUsedSource"), environment.lastUsedSource == LastUsedSource::None
                                               ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(keyword(environment.lastUsedSource))},
        {QStringLiteral("health"), keyword(environment.health)},
        {QStringLiteral("healthReasons"), QJsonArray::fromStringList(environment.healthReasons)},
        {QStringLiteral("problems"), problemsToJson(environment.problems)},
    };
}

QJsonObject scanResultToJson(const ScanResult &result)
{
    QJsonArray environments;
    for (const Environment &environment : result.environments)
        environments.append(environmentToJson(environment));
    return QJsonObject{
        {QStringLiteral("root"), result.root},
        {QStringLiteral("scannedAt"), timeToJson(result.scannedAt)},
        {QStringLiteral("environments"), environments},
        {QStringLiteral("errors"), problemsToJson(result.errors)},
        {QStringLiteral("total"), totalToJson(result)},
    };
}

// The sizes together, a file hard-linked from several environments once: `du -sb` over them all.
QJsonValue totalToJson(const ScanResult &result)
{
    if (!result.total)
        return QJsonValue::Null;
    return QJsonObject{{QStringLiteral("sizeBytes"), result.total->apparentBytes},
                       {QStringLiteral("allocatedBytes"), result.total->allocatedBytes},
                       {QStringLiteral("fileCount"), result.total->fileCount}};
}

} // namespace venvdeck
