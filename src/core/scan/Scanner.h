#pragma once

#include "scan/DiskUsageWalker.h"
#include "scan/ScanCache.h"
#include "scan/ScanOptions.h"
#include "scan/ScanResult.h"
#include "model/Problem.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

namespace venvdeck {

// Blocking scan of a whole root on QtConcurrent's pool (for the CLI and tests). Never throws; a root that
// cannot be listed yields an empty result with an error naming it.
ScanResult scanRoot(const ScanOptions &options);

// For background work of the window (a scan's workers, the cleanup check): lowers the calling thread's priority, once
// per thread, so that it yields a core to the window's thread. Work can wait a few milliseconds, a paint cannot (the
// 50 ms stall target, on 2 cores). QThread::LowPriority does nothing under Linux's default scheduler, so the thread's
// nice value is raised instead (per thread on Linux); +5, not more: on a machine busy with other work the window's
// work should not fall far behind it. Only for threads of a pool of one's own: a raised nice cannot be lowered again.
void yieldToTheWindow();

struct ScanRun; // one scan's shared state (Scanner.cpp)

// One child of the root as a scan's worker read it (or reused it from the rescan cache), with the files its size shares
// with other folders.
struct ScannedChild
{
    Read<Environment> read;
    SharedFiles shared;
    std::optional<ScanCache::Kept> fresh; // read now, with what it watched: to keep for the next scan
    QDateTime newestRunArtifact;            // of one reused from the cache, to keep it again
    bool reused = false;
};

// Asynchronous scan for the GUI: environments are read on worker threads and handed over in batches
// (environmentsScanned), never one signal per row; the first rows are handed over as soon as they are read. Cancel
// stops the remaining work; finished() always comes, with ScanResult::total filled as scanRoot fills it (each file
// hard-linked from several environments counted once) when sizes were computed. With ScanOptions::useCache it reuses
// and keeps the rescan cache exactly as scanRoot does (the same code): the cache is loaded, checked, decoded and saved
// on the workers, never on the window's thread, and a cancelled scan keeps nothing. The workers are the scanner's own
// threads, never QThreadPool::globalInstance(): Qt 6.4's raster paint engine splits large fills into pieces for the
// global pool and waits for them on the GUI thread, so a scan on the global pool held every paint of the window until
// it ended.
class Scanner final : public QObject
{
    Q_OBJECT

public:
    explicit Scanner(QObject *parent = nullptr);
    ~Scanner() override;

    void start(const ScanOptions &options); // cancels a running scan first
    void cancel();
    bool isRunning() const;

signals:
    void started(const QString &root, int total); // total direct children to read
    void environmentsScanned(const venvdeck::Environments &batch);
    void progress(int done, int total);
    void finished(const venvdeck::ScanResult &result);

private:
    void onPrepared();
    void onResultsReady(int begin, int end);
    void flushBatch();
    void onFinished();
    void onCompleted();
    void stopRunning();

    QThreadPool m_pool; // before the watchers: it outlives their futures
    std::shared_ptr<ScanRun> m_run;
    QFutureWatcher<std::shared_ptr<ScanRun>> m_prepareWatcher;
    QFutureWatcher<ScannedChild> m_readWatcher;
    QFutureWatcher<std::shared_ptr<ScanRun>> m_finishWatcher; // the total, and the cache kept (ScanOptions::useCache)
    QTimer m_batchTimer;
    Environments m_pending;
};

} // namespace venvdeck
