#pragma once

#include "build/BuildRequest.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

namespace venvdeck {

class Builder;

// The builds of this window, running, waiting for a slot (Builder's build/maxConcurrentBuilds) or finished.
// A Build dialog hands each build it starts to the queue, which owns the Builder from then on: the dialog may
// close while the build goes on, and the Builds panel shows it, with its log, until it is cleared.
class BuildQueue final : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        int id = 0;
        QString name;  // the target folder name
        BuildMode mode = BuildMode::BuildOrRefresh;
        QString root;
        QPointer<Builder> builder; // null once finished
        BuildProgress progress;
        QStringList log; // every line so far
        std::optional<BuildResult> result;

        bool isRunning() const { return !result.has_value(); }
    };

    explicit BuildQueue(QObject *parent = nullptr);
    ~BuildQueue() override; // running builds are cancelled (Builder's destructor kills them)

    // Takes `builder` (not started yet, or just started) and follows it. Returns the job's id.
    int add(Builder *builder, const BuildRequest &request);
    void cancel(int id);
    void clearFinished();

    const QList<Job> &jobs() const { return m_jobs; }
    const Job *job(int id) const;
    int runningCount() const;

Q_SIGNALS:
    void jobAdded(int id);
    void jobChanged(int id); // progress or state
    void logLine(int id, const QString &line);
    void jobFinished(int id, const venvdeck::BuildResult &result);
    void jobsCleared();

private:
    Job *find(int id);

    QList<Job> m_jobs;
    int m_nextId = 1;
};

// The stage and pip's counts in one line: "Installing the requirements: 3 package(s) collected, 2 fetched".
QString describeProgress(const BuildProgress &progress);
// "Built in 9.8 s", "Failed: ...", "Cancelled", or describeProgress() while it runs: one line for a job's state.
QString describeJobState(const BuildQueue::Job &job);

} // namespace venvdeck
