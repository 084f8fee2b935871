#include "cleanup/CleanupStatus.h"

#include "model/EnvironmentJson.h"

#include "config/Settings.h"
#include "scan/DiskUsageWalker.h"
#include "scan/RootLayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("venvdeck", text);
}

QString reasonsText(const QList<StaleReason> &reasons)
{
    QStringList parts;
    for (const StaleReason &reason : reasons)
        parts.append(keyword(reason.rule) + u": "_s + reason.reason);
    return parts.join(u"; "_s);
}

} // namespace

QSet<QString> readPins(const QString &root, Problems *problems)
{
    QSet<QString> pins;
    const QString path = rootlayout::pinsPath(root);
    QFile file(path);
    if (!file.exists())
        return pins;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (problems)
            problems->append({path, tr("cannot read the pins: %1").arg(file.errorString())});
        return pins;
    }
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            pins.insert(line);
    }
    return pins;
}

QString changePins(const QString &root, const QStringList &add, const QStringList &remove, Problems *problems)
{
    Problems readProblems;
    QSet<QString> pins = readPins(root, &readProblems);
    if (!readProblems.isEmpty())
        return readProblems.first().message;
    for (const QString &name : add) {
        if (rootlayout::isPlainEnvironmentName(name))
            pins.insert(name);
        else if (problems)
            problems->append({name, tr("not a folder name directly inside the root")});
    }
    for (const QString &name : remove)
        pins.remove(name);
    QStringList sorted(pins.cbegin(), pins.cend());
    sorted.sort();
    if (!QDir().mkpath(rootlayout::stateFolder(root)))
        return tr("cannot create %1").arg(QDir::toNativeSeparators(rootlayout::stateFolder(root)));
    QSaveFile file(rootlayout::pinsPath(root));
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    file.write("# Environments VenvDeck never proposes for removal, one folder name per line.\n");
    for (const QString &name : sorted)
        file.write(name.toUtf8() + '\n');
    return file.commit() ? QString() : file.errorString();
}

StalenessOptions stalenessOptions(const Settings &settings, const QString &root, Problems *problems)
{
    StalenessOptions options;
    options.keepNewest = std::max(1, settings.value(SettingKeys::keepNewestPerOwner));
    options.unusedDays = settings.value(SettingKeys::unusedDays);
    options.validityMinutes = settings.value(SettingKeys::validityMinutes);
    options.pinned = readPins(root, problems);
    QList<StaleRule> policy;
    for (const QString &name : settings.value(SettingKeys::prunePolicy).split(u',', Qt::SkipEmptyParts)) {
        if (const std::optional<StaleRule> rule = staleRuleFromString(name); rule && *rule != StaleRule::RefreshDue)
            policy.append(*rule);
    }
    options.policy = policy;
    return options;
}

void saveStalenessDefaults(Settings &settings, const StalenessOptions &options)
{
    QStringList policy;
    for (const StaleRule rule : options.policy) {
        if (rule != StaleRule::RefreshDue)
            policy.append(keyword(rule));
    }
    settings.setValue(SettingKeys::prunePolicy, policy.join(u','));
    settings.setValue(SettingKeys::keepNewestPerOwner, std::max(1, options.keepNewest));
    settings.setValue(SettingKeys::unusedDays, std::max(0, options.unusedDays));
    settings.sync();
}

CleanupView cleanupView(const ScanResult &scan, const StalenessOptions &options, bool detectInUse)
{
    CleanupView view;
    const QHash<QString, Staleness> staleness = evaluateStaleness(scan.environments, options);
    const Read<PendingManifest> manifest = loadPendingManifest(scan.root);
    view.problems.append(manifest.problems);
    QStringList paths;
    for (const Environment &environment : scan.environments)
        paths.append(environment.path);
    // One thread: the window runs this beside its own, on 2 cores (the /proc walk on a second thread made the
    // window wait for a core).
    const InUseScan inUse = detectInUse ? findProcessesUsing(paths) : InUseScan{{}, 0, false};
    for (const Environment &environment : scan.environments) {
        CleanupStatus &status = view.byName[environment.name];
        status.staleness = staleness.value(environment.name);
        status.pendingRemoval = manifest.value && manifest.value->find(environment.name);
        if (inUse.supported)
            status.inUse = inUse.byFolder.value(environment.path);
    }
    return view;
}

QJsonArray processesToJson(const QList<ProcessUse> &processes)
{
    QJsonArray array;
    for (const ProcessUse &use : processes) {
        array.append(
            QJsonObject{{u"pid"_s, use.pid}, {u"command"_s, use.command}, {u"how"_s, use.how}, {u"path"_s, use.path}});
    }
    return array;
}

QJsonObject cleanupStatusToJson(const CleanupStatus &status)
{
    QJsonArray reasons;
    for (const StaleReason &reason : status.staleness.reasons)
        reasons.append(QJsonObject{{u"rule"_s, keyword(reason.rule)}, {u"reason"_s, reason.reason}});
    return QJsonObject{
        {u"staleness"_s, reasons},
        {u"pinned"_s, status.staleness.pinned},
        {u"keptBecause"_s, status.staleness.keptBecause.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                  : QJsonValue(status.staleness.keptBecause)},
        {u"proposed"_s, status.staleness.proposed},
        {u"pendingRemoval"_s, status.pendingRemoval},
        {u"inUse"_s, status.inUse ? QJsonValue(processesToJson(*status.inUse)) : QJsonValue(QJsonValue::Null)},
    };
}

namespace {

// An environment's object with its cleanup status in it, built once: copying 500 finished objects to add six
// keys cost as much as building them.
QJsonObject environmentWithStatusToJson(const Environment &environment, const CleanupView &cleanup)
{
    QJsonObject object = environmentToJson(environment);
    const QJsonObject status = cleanupStatusToJson(cleanup.byName.value(environment.name));
    for (auto it = status.begin(); it != status.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

ScanResult withoutEnvironments(const ScanResult &result)
{
    return ScanResult{result.root, result.scannedAt, {}, result.errors, result.cancelled, 0, result.total};
}

} // namespace

QJsonObject scanResultToJson(const ScanResult &result, const CleanupView &cleanup)
{
    QJsonArray environments;
    for (const Environment &environment : result.environments)
        environments.append(environmentWithStatusToJson(environment, cleanup));
    QJsonObject json = scanResultToJson(withoutEnvironments(result));
    json.insert(u"environments"_s, environments);
    return json;
}

void writeScanResultJson(const ScanResult &result, const CleanupView &cleanup,
                         const std::function<void(QByteArrayView)> &write)
{
    // The document without its environments, as QJsonDocument indents it: the empty list is "[\n    ]", and the
    // environments go in between, each indented two levels (8 spaces) as an element of that list would be.
    const QByteArray document = QJsonDocument(scanResultToJson(withoutEnvironments(result))).toJson();
    const QByteArray opening = "\"environments\": [\n";
    const qsizetype open = document.indexOf(opening);
    if (result.environments.isEmpty() || open < 0)
        return write(QJsonDocument(scanResultToJson(result, cleanup)).toJson());
    write(QByteArrayView(document).first(open + opening.size()));
    QByteArray element;
    for (qsizetype i = 0; i < result.environments.size(); ++i) {
        const QByteArray text = QJsonDocument(environmentWithStatusToJson(result.environments.at(i), cleanup)).toJson();
        element.clear();
        element.reserve(text.size() + text.count('\n') * 8 + 2);
        element.append("        ");
        for (qsizetype at = 0; at + 1 < text.size(); ++at) { // without the document's final newline
            element.append(text.at(at));
            if (text.at(at) == '\n')
                element.append("        ");
        }
        element.append(i + 1 < result.environments.size() ? ",\n" : "\n");
        write(element);
    }
    write(QByteArrayView(document).sliced(open + opening.size())); // "    ],", then the other keys
}

QString staleRulesText(const CleanupStatus &status, QChar separator)
{
    QStringList parts;
    for (const StaleReason &reason : status.staleness.reasons)
        parts.append(keyword(reason.rule));
    return parts.join(separator);
}

std::optional<QList<PendingStatus>> pendingStatus(const QString &root, bool computeSizes, Problems *problems)
{
    const Read<PendingManifest> manifest = loadPendingManifest(root);
    if (!manifest.value) {
        if (problems)
            problems->append(manifest.problems);
        return std::nullopt;
    }
    QList<PendingStatus> statuses;
    for (const PendingRemoval &entry : manifest.value->entries) {
        PendingStatus status{entry, u"flagged"_s, -1};
        const QString path = QDir(root).filePath(entry.name);
        QString whyNot;
        const std::optional<FileIdentity> identity = directoryIdentity(path, &whyNot);
        if (!entry.trashName.isEmpty())
            status.state = u"removal-begun"_s;
        else if (!identity)
            status.state = QFileInfo(path).exists() || QFileInfo(path).isSymLink() ? u"not-a-folder"_s : u"missing"_s;
        else if (*identity != entry.identity)
            status.state = u"replaced"_s;
        if (computeSizes && status.state == u"flagged")
            status.bytes = measureDiskUsage(path, problems).apparentBytes;
        statuses.append(status);
    }
    return statuses;
}

QString keywordDescription(const QString &state)
{
    if (state == u"flagged")
        return tr("removed at the next apply-pending");
    if (state == u"removal-begun")
        return tr("removal begun; the next apply-pending finishes it");
    if (state == u"replaced")
        return tr("replaced since it was flagged: will be left alone");
    if (state == u"not-a-folder")
        return tr("no longer a real folder: will be left alone");
    return tr("no longer exists: dropped at the next apply-pending");
}

PruneReport prune(const ScanResult &scan, const StalenessOptions &options, bool dryRun)
{
    PruneReport report;
    const Read<PendingManifest> manifest = loadPendingManifest(scan.root);
    if (!manifest.value) {
        report.refusal = describeProblems(manifest.problems);
        return report;
    }
    const QHash<QString, Staleness> staleness = evaluateStaleness(scan.environments, options);
    for (const Environment &environment : scan.environments) {
        const Staleness status = staleness.value(environment.name);
        if (!status.proposed)
            continue;
        PruneResult result{environment.name, {}, false, {}};
        for (const StaleReason &reason : status.reasons) {
            if (options.policy.contains(reason.rule))
                result.reasons.append(reason);
        }
        if (manifest.value->find(environment.name)) {
            result.message = tr("already flagged");
        } else if (dryRun) {
            result.flagged = true;
        } else {
            const FlagReport flagged =
                flagForRemoval(scan.root, {environment.name}, tr("prune: %1").arg(reasonsText(result.reasons)));
            if (!flagged.refusal.isEmpty()) {
                report.refusal = flagged.refusal;
                return report;
            }
            result.flagged = flagged.results.value(0).flagged;
            result.message = flagged.results.value(0).message;
        }
        report.results.append(result);
    }
    return report;
}

ApplyReport removeNow(const QString &root, const QStringList &names, const QString &reason)
{
    ApplyReport report;
    const FlagReport flagged = flagForRemoval(root, names, reason);
    if (!flagged.refusal.isEmpty()) {
        report.refusal = flagged.refusal;
        return report;
    }
    QStringList accepted;
    QList<RemovalResult> refused;
    for (const FlagResult &result : flagged.results) {
        if (result.flagged)
            accepted.append(result.name);
        else
            refused.append({result.name, RemovalOutcome::Skipped, result.message, {}});
    }
    if (!accepted.isEmpty()) {
        ApplyOptions options;
        options.only = accepted;
        options.unknownUseBlocks = true;
        report = applyPendingRemovals(root, options);
    }
    report.results = refused + report.results;
    return report;
}

} // namespace venvdeck
