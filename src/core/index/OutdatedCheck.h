#pragma once

#include "index/IndexClient.h"
#include "index/VersionSelection.h"
#include "model/Environment.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <optional>
#include <QUrl>

namespace venvdeck {

// Where packages come from, as the execution server's pip sees them: the primary index, then an extra index,
// merged; or an offline folder of wheels and sdists instead of both.
struct IndexSources
{
    QUrl index;            // primary (RequirementsRepository / --index)
    QUrl extraIndex;       // optional (RequirementsExtraRepository / --extra-index)
    QString offlineFolder; // when set, the only source

    QStringList describe() const; // masked URLs / the folder, in order
};

struct PackageStatus
{
    QString name;      // as installed
    QString installed;
    bool checked = true; // false for editable and URL installs, which no index describes
    bool found = false;  // some source lists the project
    bool unknown = false; // no source could answer for it (unreachable, an error): not "not on any index"
    Selection selection;
    QString note;      // "editable install", "not on any index", ...
};

struct EnvironmentStatus
{
    QString name;
    QString path;
    QString pythonVersion;
    QList<PackageStatus> packages; // sorted by name as the environment lists them
    int updates = 0;
};

struct SourceStatus
{
    QString source;   // masked URL or folder
    bool reachable = true;
    QString error;    // the first failure met, in words; empty when all went well
    int failures = 0; // projects that could not be read (404 excluded)
};

struct OutdatedReport
{
    QList<SourceStatus> sources;
    QList<EnvironmentStatus> environments;
    bool anyUnreachable() const;
    bool anyFailure() const; // unreachable, or some project could not be read (a 404 is an answer, not a failure)
};

QJsonObject outdatedReportToJson(const OutdatedReport &report);

// How the window words a check. An environment: "3 updates", "up to date", or "not known" when no source could
// answer for a package and nothing has an update; the tooltip lists each update (name, installed -> latest).
QString describeUpdates(const EnvironmentStatus &status);
// One line after a check: "5 updates in 2 of 6 environments checked", then each source that failed and why.
QString describeReport(const OutdatedReport &report);
QString updatesToolTip(const EnvironmentStatus &status);
// A package (the Packages tab's Latest column): the latest version allowed here when it is an update, with the
// latest overall when another Python would get a newer one and whether the owner's pin accepts the update
// ("2.32.3 · pin refuses"); "up to date"; or why it is not known.
QString describeLatest(const PackageStatus &package);
QString latestToolTip(const PackageStatus &package);
// True while `status` describes what `environment` has installed (the same names at the same versions): a
// check stays valid across rescans until a package changes.
bool describesInstalled(const EnvironmentStatus &status, const Environment &environment);
QJsonObject indexReplyToJson(const IndexReply &reply); // for health: url, reachable, httpStatus, latencyMs, error

// Asks every source about every project installed in `environments` (each project once per source), then
// chooses per environment and package. Never blocks; emits finished() once, later, always.
// The owner's pins are read from the copy of the requirements VenvDeck keeps in each venv it builds
// (venvdeck-requirements.txt); for a venv without one they are not known and pinAcceptsLatest stays null.
// Normalised project name -> specifier ("" for a bare name), from the requirements VenvDeck kept when it built
// `environment`; nullopt when there is no such copy. Options, includes and comments are skipped.
std::optional<QHash<QString, QString>> requirementPins(const Environment &environment);

class OutdatedCheck final : public QObject
{
    Q_OBJECT

public:
    OutdatedCheck(IndexClient *client, const IndexSources &sources, QObject *parent = nullptr);

    void start(const Environments &environments);
    // Stops asking: the requests still queued are dropped, those in flight aborted; finished() is not emitted.
    void cancel();
    const OutdatedReport &report() const { return m_report; }

Q_SIGNALS:
    // One environment is complete: every source has answered for each of its packages. In no set order;
    // before finished().
    void environmentChecked(const venvdeck::EnvironmentStatus &status);
    void finished();

private:
    void received(int sourceIndex, const ProjectFetch &fetch);
    void projectDone(const QString &project);
    EnvironmentStatus statusOf(const Environment &environment) const;
    void finishWhenDone();

    IndexClient *m_client;
    IndexSources m_sources;
    Environments m_environments;
    QHash<QString, QHash<QString, QString>> m_pins; // environment name -> normalised project -> specifier
    QHash<QString, QList<IndexFile>> m_files; // normalised name -> files of every source
    QSet<QString> m_found;
    QHash<QString, QString> m_failed; // normalised name -> the first error met reading it
    QHash<QString, int> m_sourcesLeft;            // normalised name -> sources still to answer for it
    QHash<QString, QList<int>> m_waitingOn;       // normalised name -> the environments (indexes) that have it
    QList<int> m_projectsLeft;                    // per environment: its projects not answered yet
    QHash<int, EnvironmentStatus> m_done;         // environment index -> its status, once complete
    int m_pending = 0;
    bool m_cancelled = false;
    bool m_finished = false;
    OutdatedReport m_report;
};

} // namespace venvdeck
