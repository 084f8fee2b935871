#include "model/EnvironmentCsv.h"

#include "cleanup/CleanupStatus.h"
#include "model/EnvironmentJson.h"

using namespace Qt::StringLiterals;

namespace venvdeck {

QString csvRecord(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields) {
        const bool needsQuotes =
            field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
        if (!needsQuotes) {
            quoted.append(field);
            continue;
        }
        QString escaped = field;
        escaped.replace(u'"', u"\"\""_s);
        quoted.append(u'"' + escaped + u'"');
    }
    return quoted.join(u',') + u"\r\n"_s;
}

QString environmentsToCsv(const QList<Environment> &environments, const CleanupView *cleanup)
{
    // The JSON keys, in this order; "packages" and "healthReasons" are flattened to fit a cell.
    static const QStringList columns{
        u"name"_s,          u"path"_s,         u"layout"_s,        u"owner"_s,      u"ownerKind"_s,
        u"ownerVersion"_s,  u"ownerSource"_s,  u"pythonVersion"_s, u"pythonImplementation"_s,
        u"packages"_s,      u"sizeBytes"_s,    u"allocatedBytes"_s, u"fileCount"_s, u"createdAt"_s,
        u"modifiedAt"_s,    u"lastUsedAt"_s,   u"lastUsedSource"_s, u"health"_s,    u"healthReasons"_s};
    static const QStringList cleanupColumns{u"staleness"_s, u"pinned"_s, u"pendingRemoval"_s, u"inUsePids"_s};
    QString csv = csvRecord(cleanup ? columns + cleanupColumns : columns);
    for (const Environment &environment : environments) {
        const QJsonObject json = environmentToJson(environment);
        QStringList fields;
        for (const QString &column : columns) {
            const QJsonValue value = json.value(column);
            if (column == u"packages")
                fields.append(QString::number(environment.packages.size()));
            else if (column == u"healthReasons")
                fields.append(environment.healthReasons.join(u"; "_s));
            else if (value.isDouble())
                fields.append(QString::number(value.toInteger()));
            else
                fields.append(value.toString());
        }
        if (cleanup) {
            const CleanupStatus status = cleanup->byName.value(environment.name);
            QStringList pids;
            for (const ProcessUse &use : status.inUse.value_or(QList<ProcessUse>()))
                pids.append(QString::number(use.pid));
            fields << staleRulesText(status, u';') << (status.staleness.pinned ? u"true"_s : u"false"_s)
                   << (status.pendingRemoval ? u"true"_s : u"false"_s) << pids.join(u';');
        }
        csv += csvRecord(fields);
    }
    return csv;
}

} // namespace venvdeck
