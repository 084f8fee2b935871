#include "index/OutdatedCheck.h"

#include "build/Builder.h"
#include "index/Pep440Version.h"
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
    m_waitingOn.clear();
    m_projectsLeft.clear();
    m_done.clear();
    m_cancelled = false;
    m_finished = false;
    for (int index = 0; index < environments.size(); ++index) {
        QSet<QString> own;
        for (const Distribution &distribution : environments.at(index).packages) {
            const QString name = normalizedProjectName(distribution.name);
            if (!checkable(distribution) || own.contains(name))
                continue;
            own.insert(name);
            if (!m_waitingOn.contains(name))
                projects.append(name);
            m_waitingOn[name].append(index);
        }
        m_projectsLeft.append(int(own.size()));
    }
    if (!m_sources.offlineFolder.isEmpty()) {
        // A folder listing per project: cheap, and the folder is local.
        for (const QString &project : std::as_const(projects)) {
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
    for (const QString &project : std::as_const(projects))
        m_sourcesLeft.insert(project, int(urls.size()));
    for (int source = 0; source < urls.size(); ++source) {
        for (const QString &project : std::as_const(projects)) {
            m_client->fetchProject(urls.at(source), project, this,
                                   [this, source](const ProjectFetch &fetch) { received(source, fetch); });
        }
    }
    // Environments with nothing to ask about are complete now (later, never from inside start()).
    QTimer::singleShot(0, this, [this] {
        for (int index = 0; index < m_projectsLeft.size(); ++index) {
            if (m_projectsLeft.at(index) == 0 && !m_done.contains(index) && !m_cancelled) {
                m_done.insert(index, statusOf(m_environments.at(index)));
                Q_EMIT environmentChecked(m_done.value(index));
            }
        }
        finishWhenDone();
    });
}

void OutdatedCheck::cancel()
{
    m_cancelled = true;
    m_client->cancel(this);
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
    if (--m_sourcesLeft[project] == 0)
        projectDone(project);
    finishWhenDone();
}

void OutdatedCheck::projectDone(const QString &project)
{
    for (const int index : m_waitingOn.value(project)) {
        if (--m_projectsLeft[index] == 0 && !m_cancelled) {
            m_done.insert(index, statusOf(m_environments.at(index)));
            Q_EMIT environmentChecked(m_done.value(index));
        }
    }
}

EnvironmentStatus OutdatedCheck::statusOf(const Environment &environment) const
{
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
            package.unknown = !package.found && m_failed.contains(project);
            if (package.unknown)
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
    return status;
}

namespace {

bool newer(const QString &candidate, const QString &than)
{
    const auto a = Pep440Version::parse(candidate);
    const auto b = Pep440Version::parse(than);
    return a && b && Pep440Version::compare(*a, *b) > 0;
}

} // namespace

QString describeUpdates(const EnvironmentStatus &status)
{
    if (status.updates > 0)
        return OutdatedCheck::tr("%n update(s)", nullptr, status.updates);
    const bool unknown = std::any_of(status.packages.cbegin(), status.packages.cend(),
                                     [](const PackageStatus &package) { return package.unknown; });
    return unknown ? OutdatedCheck::tr("not known") : OutdatedCheck::tr("up to date");
}

QString describeReport(const OutdatedReport &report)
{
    int updates = 0;
    int environments = 0;
    for (const EnvironmentStatus &environment : report.environments) {
        updates += environment.updates;
        environments += environment.updates > 0 ? 1 : 0;
    }
    const int checked = int(report.environments.size());
    QString text = updates == 0
                       ? OutdatedCheck::tr("No updates in %n environment(s) checked", nullptr, checked)
                       : OutdatedCheck::tr("%n update(s)", nullptr, updates) + u' ' +
                             OutdatedCheck::tr("in %1 of %n environment(s) checked", nullptr, checked).arg(environments);
    for (const SourceStatus &source : report.sources) {
        if (!source.reachable)
            text += u"; "_s + OutdatedCheck::tr("%1 could not be read: %2").arg(source.source, source.error);
        else if (source.failures > 0)
            text += u"; "_s + OutdatedCheck::tr("%1: %n project(s) could not be read (%2)", nullptr, source.failures)
                                  .arg(source.source, source.error);
    }
    return text;
}

QString updatesToolTip(const EnvironmentStatus &status)
{
    QStringList lines;
    QStringList unknown;
    for (const PackageStatus &package : status.packages) {
        if (package.selection.updateAvailable)
            lines.append(OutdatedCheck::tr("%1 %2 \u2192 %3").arg(package.name, package.installed, package.selection.latestAllowed));
        else if (package.unknown)
            unknown.append(package.note);
    }
    if (lines.isEmpty() && unknown.isEmpty())
        lines.append(OutdatedCheck::tr("Every package is at the latest version the index allows here."));
    if (!unknown.isEmpty()) {
        unknown.removeDuplicates();
        lines.append(OutdatedCheck::tr("%n package(s) could not be checked:", nullptr, int(unknown.size())));
        lines.append(unknown.mid(0, 5));
    }
    return lines.join(u'\n');
}

QString describeLatest(const PackageStatus &package)
{
    const Selection &s = package.selection;
    if (!package.checked || !package.found || s.latestOverall.isEmpty())
        return package.unknown ? OutdatedCheck::tr("not known") : package.checked ? OutdatedCheck::tr("not on the index") : OutdatedCheck::tr("not checked");
    QStringList parts;
    parts.append(s.updateAvailable ? s.latestAllowed : OutdatedCheck::tr("up to date"));
    if (newer(s.latestOverall, s.latestAllowed.isEmpty() ? package.installed : s.latestAllowed))
        parts.append(OutdatedCheck::tr("%1 needs another Python").arg(s.latestOverall));
    if (s.updateAvailable && s.pinAcceptsLatest)
        parts.append(*s.pinAcceptsLatest ? OutdatedCheck::tr("pin accepts") : OutdatedCheck::tr("pin refuses"));
    return parts.join(u" \u00b7 "_s);
}

QString latestToolTip(const PackageStatus &package)
{
    const Selection &s = package.selection;
    QStringList lines;
    if (!package.note.isEmpty())
        lines.append(package.note);
    if (package.found) {
        lines.append(OutdatedCheck::tr("Installed: %1").arg(package.installed));
        if (!s.latestAllowed.isEmpty())
            lines.append(OutdatedCheck::tr("Latest allowed here: %1").arg(s.latestAllowed));
        if (!s.latestOverall.isEmpty())
            lines.append(OutdatedCheck::tr("Latest on the index: %1").arg(s.latestOverall));
        if (s.pinAcceptsLatest)
            lines.append(*s.pinAcceptsLatest ? OutdatedCheck::tr("The owner's requirements accept %1.").arg(s.latestAllowed)
                                             : OutdatedCheck::tr("The owner's requirements refuse %1 (latest they accept: %2).")
                                                   .arg(s.latestAllowed, s.latestPinned.isEmpty() ? OutdatedCheck::tr("none")
                                                                                                  : s.latestPinned));
        else
            lines.append(OutdatedCheck::tr("The owner's requirements are not known (VenvDeck did not build this environment, or "
                            "they do not name the package)."));
    }
    return lines.join(u'\n');
}

bool describesInstalled(const EnvironmentStatus &status, const Environment &environment)
{
    if (status.packages.size() != environment.packages.size())
        return false;
    for (qsizetype i = 0; i < status.packages.size(); ++i) {
        if (status.packages.at(i).name != environment.packages.at(i).name ||
            status.packages.at(i).installed != environment.packages.at(i).version)
            return false;
    }
    return true;
}

void OutdatedCheck::finishWhenDone()
{
    if (m_pending > 0 || m_cancelled || m_finished)
        return;
    m_finished = true;
    for (int index = 0; index < m_environments.size(); ++index) {
        if (!m_done.contains(index)) { // offline: every environment completes here
            m_done.insert(index, statusOf(m_environments.at(index)));
            Q_EMIT environmentChecked(m_done.value(index));
        }
        m_report.environments.append(m_done.value(index));
    }
    Q_EMIT finished();
}

} // namespace venvdeck
