#include "builds/BuildQueue.h"

#include "build/Builder.h"

#include <algorithm>

namespace venvdeck {

BuildQueue::BuildQueue(QObject *parent)
    : QObject(parent)
{
}

BuildQueue::~BuildQueue() = default;

int BuildQueue::add(Builder *builder, const BuildRequest &request)
{
    Job job;
    job.id = m_nextId++;
    job.name = request.name;
    job.mode = request.mode;
    job.root = request.root;
    job.builder = builder;
    job.progress = builder->progress();
    builder->setParent(this);
    const int id = job.id;
    connect(builder, &Builder::progressChanged, this, [this, id](const BuildProgress &progress) {
        if (Job *running = find(id)) {
            running->progress = progress;
            Q_EMIT jobChanged(id);
        }
    });
    connect(builder, &Builder::logLine, this, [this, id](const QString &line) {
        if (Job *running = find(id)) {
            running->log.append(line);
            Q_EMIT logLine(id, line);
        }
    });
    connect(builder, &Builder::finished, this, [this, id, builder](const BuildResult &result) {
        builder->deleteLater();
        Job *done = find(id);
        if (!done)
            return;
        done->result = result;
        done->builder = nullptr;
        done->progress.stage = BuildStage::Finished;
        Q_EMIT jobChanged(id);
        Q_EMIT jobFinished(id, result);
    });
    m_jobs.append(job);
    Q_EMIT jobAdded(id);
    return id;
}

void BuildQueue::cancel(int id)
{
    if (Job *job = find(id); job && job->builder)
        job->builder->cancel();
}

void BuildQueue::clearFinished()
{
    m_jobs.erase(std::remove_if(m_jobs.begin(), m_jobs.end(), [](const Job &job) { return !job.isRunning(); }),
                 m_jobs.end());
    Q_EMIT jobsCleared();
}

const BuildQueue::Job *BuildQueue::job(int id) const
{
    const auto it = std::find_if(m_jobs.cbegin(), m_jobs.cend(), [id](const Job &job) { return job.id == id; });
    return it == m_jobs.cend() ? nullptr : &*it;
}

BuildQueue::Job *BuildQueue::find(int id)
{
    const auto it = std::find_if(m_jobs.begin(), m_jobs.end(), [id](const Job &job) { return job.id == id; });
    return it == m_jobs.end() ? nullptr : &*it;
}

int BuildQueue::runningCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const Job &job) { return job.isRunning(); }));
}

QString describeJobState(const BuildQueue::Job &job)
{
    if (job.result) {
        const BuildResult &result = *job.result;
        if (result.ok) {
            const QString seconds = QString::number(double(result.elapsedMs) / 1000.0, 'f', 1);
            switch (result.action) {
            case BuildAction::Refreshed:
                return BuildQueue::tr("Refreshed in %1 s").arg(seconds);
            case BuildAction::Rebuilt:
                return BuildQueue::tr("Rebuilt in %1 s").arg(seconds);
            default:
                return BuildQueue::tr("Built in %1 s").arg(seconds);
            }
        }
        if (result.cancelled)
            return BuildQueue::tr("Cancelled");
        if (result.timedOut)
            return BuildQueue::tr("Timed out");
        return BuildQueue::tr("Failed: %1").arg(result.error);
    }
    return describeProgress(job.progress);
}

QString describeProgress(const BuildProgress &progress)
{
    QString text = describe(progress.stage);
    if (progress.stage == BuildStage::Installing) {
        text += BuildQueue::tr(": %n package(s) collected", nullptr, progress.collected);
        text += BuildQueue::tr(", %n fetched", nullptr, progress.obtained);
        if (progress.toInstall >= 0)
            text += BuildQueue::tr(", installing %n", nullptr, progress.toInstall);
    }
    return text;
}

} // namespace venvdeck
