#pragma once

#include "index/IndexClient.h"
#include "index/VersionSelection.h"
#include "model/Environment.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

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
    const OutdatedReport &report() const { return m_report; }

Q_SIGNALS:
    void finished();

private:
    void received(int sourceIndex, const ProjectFetch &fetch);
    void finishWhenDone();

    IndexClient *m_client;
    IndexSources m_sources;
    Environments m_environments;
    QHash<QString, QHash<QString, QString>> m_pins; // environment name -> normalised project -> specifier
    QHash<QString, QList<IndexFile>> m_files; // normalised name -> files of every source
    QSet<QString> m_found;
    QHash<QString, QString> m_failed; // normalised name -> the first error met reading it
    int m_pending = 0;
    OutdatedReport m_report;
};

} // namespace venvdeck
