#include "index/OutdatedCheck.h"

#include "build/Builder.h"
#include "model/DependencyGraph.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

bool checkable(const Distribution &distribution)
{
    return !distribution.editable && distribution.directUrl.isEmpty() && !distribution.name.isEmpty();
}

} // namespace

QStringList IndexSources::describe() const
{
    if (!offlineFolder.isEmpty())
        return {offlineFolder};
    QStringList list{maskedUrl(index)};
    if (!extraIndex.isEmpty())
        list.append(maskedUrl(extraIndex));
    return list;
}

bool OutdatedReport::anyUnreachable() const
{
    return std::any_of(sources.cbegin(), sources.cend(), [](const SourceStatus &source) { return !source.reachable; });
}

bool OutdatedReport::anyFailure() const
{
    return std::any_of(sources.cbegin(), sources.cend(),
                       [](const SourceStatus &source) { return !source.reachable || source.failures > 0; });
}

QJsonObject indexReplyToJson(const IndexReply &reply)
{
    return {{u"url"_s, reply.url},
            {u"reachable"_s, reply.reachable},
            {u"ok"_s, reply.ok()},
            {u"httpStatus"_s, reply.httpStatus > 0 ? QJsonValue(reply.httpStatus) : QJsonValue(QJsonValue::Null)},
            {u"latencyMs"_s, reply.latencyMs >= 0 ? QJsonValue(reply.latencyMs) : QJsonValue(QJsonValue::Null)},
            {u"attempts"_s, reply.attempts},
            {u"error"_s, stringOrNull(reply.error)}};
}

QJsonObject outdatedReportToJson(const OutdatedReport &report)
{
    QJsonArray sources;
    for (const SourceStatus &source : report.sources) {
        sources.append(QJsonObject{{u"source"_s, source.source},
                                   {u"reachable"_s, source.reachable},
                                   {u"failures"_s, source.failures},
                                   {u"error"_s, stringOrNull(source.error)}});
    }
    QJsonArray environments;
    for (const EnvironmentStatus &environment : report.environments) {
        QJsonArray packages;
        for (const PackageStatus &package : environment.packages) {
            const Selection &s = package.selection;
            packages.append(QJsonObject{
                {u"name"_s, package.name},
                {u"installed"_s, package.installed},
                {u"checked"_s, package.checked},
                {u"found"_s, package.found},
                {u"latestAllowed"_s, stringOrNull(s.latestAllowed)},
                {u"latestOverall"_s, stringOrNull(s.latestOverall)},
                {u"updateAvailable"_s, s.updateAvailable},
                {u"pinAcceptsLatest"_s, s.pinAcceptsLatest ? QJsonValue(*s.pinAcceptsLatest) : QJsonValue(QJsonValue::Null)},
                {u"latestPinned"_s, stringOrNull(s.latestPinned)},
                {u"pythonChecked"_s, s.pythonChecked},
                {u"invalidVersions"_s, s.invalidVersions},
                {u"yankedSkipped"_s, s.yankedSkipped},
                {u"note"_s, stringOrNull(package.note)},
            });
        }
        environments.append(QJsonObject{{u"name"_s, environment.name},
                                        {u"path"_s, environment.path},
                                        {u"pythonVersion"_s, stringOrNull(environment.pythonVersion)},
                                        {u"updates"_s, environment.updates},
                                        {u"packages"_s, packages}});
    }
    return {{u"sources"_s, sources}, {u"environments"_s, environments}};
}

OutdatedCheck::OutdatedCheck(IndexClient *client, const IndexSources &sources, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_sources(sources)
{
}

std::optional<QHash<QString, QString>> requirementPins(const Environment &environment)
{
    QFile file(QDir(environment.path).filePath(QString::fromUtf16(builtRequirementsFileName)));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QHash<QString, QString> pins;
    for (const QByteArray &raw : file.read(1024 * 1024).split('\n')) {
        const QString line = QString::fromUtf8(raw).section(u'#', 0, 0).trimmed();
        if (line.isEmpty() || line.startsWith(u'-'))
            continue; // an option (-r, -e, --index-url ...): no pin
        const std::optional<Requirement> requirement = parseRequirement(line);
        if (!requirement || requirement->specifier.startsWith(u'@'))
            continue; // not a requirement, or installed from a URL: nothing to compare with the index
        // A bare name accepts every version, pre-releases included: the lowest specifier that says so.
        pins.insert(normalizedProjectName(requirement->name),
                    requirement->specifier.isEmpty() ? u">=0.dev0"_s : requirement->specifier);
    }
    return pins;
}

void OutdatedCheck::start(const Environments &environments)
{
    m_environments = environments;
    m_pins.clear();
    for (const Environment &environment : environments) {
        if (const auto pins = requirementPins(environment))
            m_pins.insert(environment.name, *pins);
    }
    m_report = {};
    for (const QString &source : m_sources.describe())
        m_report.sources.append({source, true, {}, 0});

    QStringList projects;
    QSet<QString> seen;
    for (const Environment &environment : environments) {
        for (const Distribution &distribution : environment.packages) {
            const QString name = normalizedProjectName(distribution.name);
            if (checkable(distribution) && !seen.contains(name)) {
                seen.insert(name);
                projects.append(name);
            }
        }
    }
    if (!m_sources.offlineFolder.isEmpty()) {
        // A folder listing per project: cheap, and the folder is local.
        for (const QString &project : projects) {
            const Read<ProjectPage> read = readOfflineFolder(m_sources.offlineFolder, project);
            if (!read.problems.isEmpty()) {
                m_report.sources[0].reachable = false;
                m_report.sources[0].error = read.problems.first().message;
                break;
            }
            if (read.value && !read.value->files.isEmpty()) {
                m_found.insert(project);
                m_files[project].append(read.value->files);
            }
        }
        QTimer::singleShot(0, this, &OutdatedCheck::finishWhenDone);
        return;
    }
    QList<QUrl> urls{m_sources.index};
    if (!m_sources.extraIndex.isEmpty())
        urls.append(m_sources.extraIndex);
    m_pending = int(projects.size() * urls.size());
    for (int source = 0; source < urls.size(); ++source) {
        for (const QString &project : projects) {
            m_client->fetchProject(urls.at(source), project, this,
                                   [this, source](const ProjectFetch &fetch) { received(source, fetch); });
        }
    }
    if (m_pending == 0)
        QTimer::singleShot(0, this, &OutdatedCheck::finishWhenDone);
}

void OutdatedCheck::received(int sourceIndex, const ProjectFetch &fetch)
{
    const QString project = normalizedProjectName(fetch.project);
    SourceStatus &source = m_report.sources[sourceIndex];
    if (fetch.found) {
        m_found.insert(project);
        m_files[project].append(fetch.page.files);
    } else if (fetch.reply.httpStatus != 404) {
        ++source.failures;
        if (!m_failed.contains(project))
            m_failed.insert(project, source.source + u": "_s + fetch.reply.error);
        if (source.error.isEmpty())
            source.error = fetch.reply.error;
        if (!fetch.reply.reachable)
            source.reachable = false;
    }
    --m_pending;
    finishWhenDone();
}

void OutdatedCheck::finishWhenDone()
{
    if (m_pending > 0)
        return;
    for (const Environment &environment : std::as_const(m_environments)) {
        EnvironmentStatus status;
        status.name = environment.name;
        status.path = environment.path;
        status.pythonVersion = environment.pythonVersion;
        for (const Distribution &distribution : environment.packages) {
            PackageStatus package;
            package.name = distribution.name;
            package.installed = distribution.version;
            const QString project = normalizedProjectName(distribution.name);
            package.checked = checkable(distribution);
            if (!package.checked) {
                package.note = distribution.editable ? tr("editable install; not checked")
                                                     : tr("installed from a URL; not checked");
            } else {
                package.found = m_found.contains(project);
                package.selection = selectLatest(
                    m_files.value(project), {distribution.version, environment.pythonVersion, m_pins.value(environment.name).value(project)});
                if (!package.found && m_failed.contains(project))
                    package.note = tr("not known: %1").arg(m_failed.value(project));
                else if (!package.found)
                    package.note = tr("not on any index");
                else if (package.selection.latestOverall.isEmpty())
                    package.note = tr("no installable version listed");
                else if (!package.selection.pythonChecked)
                    package.note = tr("Python version unknown; requires-python not checked");
                if (package.selection.updateAvailable)
                    ++status.updates;
            }
            status.packages.append(package);
        }
        m_report.environments.append(status);
    }
    Q_EMIT finished();
}

} // namespace venvdeck
