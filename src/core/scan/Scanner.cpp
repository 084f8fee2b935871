#include "scan/Scanner.h"

#include "scan/EnvironmentReader.h"
#include "scan/ScanCache.h"
#include "scan/UsageSignals.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QtConcurrent>

#include <algorithm>
#include <optional>
#include <utility>

#ifdef Q_OS_UNIX
#include <dirent.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace venvdeck {

namespace {

constexpr int batchIntervalMs = 100;

void sortByName(Environments &environments)
{
    std::sort(environments.begin(), environments.end(), [](const Environment &a, const Environment &b) {
        const int caseless = a.name.compare(b.name, Qt::CaseInsensitive);
        return caseless != 0 ? caseless < 0 : a.name < b.name;
    });
}

} // namespace

// One scan: what is prepared once (the children to read, the driver-log index) and what has come back.
struct ScanRun
{
    ScanContext context;
    QStringList paths;
    ScanResult result;
    std::optional<ScanCache> cache; // the last scan's, when the scan uses the cache (ScanOptions::useCache)
    int done = 0; // children read, environments or not
    // What the Scanner's workers handed back, by its place in `paths`: the end of the scan takes them in the root's
    // order, as scanRoot does.
    QList<std::optional<ScannedChild>> children;
    bool delivered = false; // a batch has been handed over: later rows wait for the batch timer
    bool ending = false;    // every child is read (or the scan was cancelled): finishScan() runs
    std::atomic_bool cancelled = false;
};

namespace {

// Qt's directory listing skips names that are not valid in the file-name encoding (Latin-1 bytes from an old tool
// on a UTF-8 system): such a folder would be silently missing. Each is reported instead, so nothing goes unseen.
void reportUndecodableNames(const QString &root, Problems *errors)
{
#ifdef Q_OS_UNIX
    DIR *dir = ::opendir(QFile::encodeName(root).constData());
    if (!dir)
        return;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name.startsWith('.'))
            continue; // hidden entries are not environments
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(name);
        if (decoder.hasError() || QFile::encodeName(decoded) != name) {
            errors->append({root + u'/' + decoded,
                            QCoreApplication::translate("venvdeck", "its name is not valid UTF-8, so VenvDeck cannot "
                                                                    "read, flag or remove it; rename it (convmv can)")});
        }
    }
    ::closedir(dir);
#else
    Q_UNUSED(root);
    Q_UNUSED(errors);
#endif
}

// Lists the root and indexes the driver logs: the part of a scan every environment shares.
void prepare(ScanRun &run)
{
    ScanResult &result = run.result;
    result.root = QDir::cleanPath(QFileInfo(run.context.options.root).absoluteFilePath());
    result.scannedAt = QDateTime::currentDateTimeUtc();
    run.context.options.root = result.root;

    const QFileInfo rootInfo(result.root);
    if (!rootInfo.isDir()) {
        result.errors.append(
            {result.root, rootInfo.exists() ? QCoreApplication::translate("venvdeck", "not a folder")
                                            : QCoreApplication::translate("venvdeck", "the venv root does not exist")});
        return;
    }
    // Hidden entries (VenvDeck's own files such as the demo marker) are not environments.
    const QDir root(result.root);
    if (!root.isReadable()) {
        result.errors.append({result.root, QCoreApplication::translate("venvdeck", "the venv root cannot be read")});
        return;
    }
    const QStringList names = root.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names)
        run.paths.append(root.filePath(name));
    reportUndecodableNames(result.root, &result.errors);

    const QString logsRoot = run.context.options.logsRoot.isEmpty() ? defaultLogsRoot() : run.context.options.logsRoot;
    run.context.newestDriverLog = newestDriverLogs(logsRoot, &result.errors);
    if (run.context.options.useCache)
        run.cache = run.context.options.readEverything ? ScanCache() : ScanCache::load(result.root);
}

void collect(ScanResult &result, Read<Environment> &&read)
{
    result.errors.append(read.problems);
    if (read.value) {
        result.errors.append(read.value->problems);
        result.environments.append(std::move(*read.value));
    }
}

// One child of the root: reused from `cache` when nothing it watched changed, else read; read with what it watched
// (to keep for the next scan) when there is a cache and sizes are measured (only the size walk sees every folder).
// Cached venvs are checked and decoded here, on the scan's worker threads.
ScannedChild scanChild(const QString &path, const ScanContext &context, const ScanCache *cache)
{
    ScannedChild child;
    if (cache) {
        if (std::optional<CachedEnvironment> hit = cache->reusable(QFileInfo(path).fileName(), path)) {
            Environment environment = std::move(hit->environment);
            resolveLastUsed(environment, context, hit->newestRunArtifact);
            if (!context.options.computeSizes)
                environment.usage.reset();
            child.newestRunArtifact = hit->newestRunArtifact;
            child.read.value = std::move(environment);
            child.reused = true;
            return child;
        }
    }
    EnvironmentWatch watch;
    const bool watched = cache && context.options.computeSizes;
    child.read = readEnvironment(path, context, watched ? &watch : nullptr, &child.shared);
    if (child.read.value && !watch.paths.isEmpty()) {
        child.fresh = ScanCache::encode(
            CachedEnvironment{*child.read.value, std::move(watch.paths), watch.newestRunArtifact, child.shared});
    }
    return child;
}

// The end of a scan, scanRoot's and the Scanner's: `children` are what was read, in the root's order (every child of
// the root when `complete`, what was read before a cancel otherwise). Adds the sizes up (each hard-linked file once,
// in the root's order, so the same every time), counts what came from the cache, keeps a complete scan's for the
// next and collects everything into the result, sorted by name. Runs on a worker: it may read and write the cache.
void finishScan(ScanRun &run, QList<ScannedChild> &children, bool complete)
{
    const ScanOptions &options = run.context.options;
    ScanCache *cache = run.cache ? &*run.cache : nullptr;
    bool unchanged = false;
    bool save = false;
    if (cache) {
        // A scan without sizes leaves the cache as it was: it could not have watched every folder. Nor is a cache
        // written again when every venv in it was reused and none came or went: its total is still the root's.
        qsizetype reusedWithSizes = 0;
        for (const ScannedChild &child : std::as_const(children))
            reusedWithSizes += child.reused && child.read.value && child.read.value->usage ? 1 : 0;
        const bool anyFresh = std::any_of(children.cbegin(), children.cend(),
                                          [](const ScannedChild &child) { return child.fresh.has_value(); });
        unchanged = complete && !anyFresh && reusedWithSizes == cache->size();
        save = complete && options.computeSizes && !unchanged;
        // Otherwise the total is added up again, and for that the reused venvs' shared files are read.
        if (options.computeSizes && !unchanged && reusedWithSizes > 0) {
            if (cache->loadSharedFiles()) {
                for (ScannedChild &child : children) {
                    if (child.reused && child.read.value)
                        child.shared = cache->sharedFiles(child.read.value->name);
                }
            } else {
                // The file was damaged after its main block: the reused venvs are read again, and what is kept
                // for the next scan is what was read.
                const ScanCache none;
                for (ScannedChild &child : children) {
                    if (child.reused) {
                        const QString path = child.read.value->path;
                        child = scanChild(path, run.context, &none);
                    }
                }
            }
        }
    }
    UsageTotal total;
    ScanCache next;
    for (ScannedChild &child : children) {
        run.result.fromCache += child.reused ? 1 : 0;
        if (child.read.value && child.read.value->usage) {
            total.add(*child.read.value->usage, child.shared);
            if (child.reused && save)
                next.keep(*cache, {*child.read.value, {}, child.newestRunArtifact, child.shared});
        }
        if (child.fresh && save)
            next.insert(*child.fresh);
        collect(run.result, std::move(child.read));
    }
    sortByName(run.result.environments);
    if (options.computeSizes)
        run.result.total = unchanged && cache->total() ? *cache->total() : total.total();
    if (save && QFileInfo(run.result.root).isDir()) {
        QString error;
        if (!next.save(run.result.root, *run.result.total, &error)) { // set: a scan that saves has sizes
            run.result.errors.append({ScanCache::filePath(run.result.root),
                                      QCoreApplication::translate("venvdeck", "cannot keep the scan for the next "
                                                                              "one (%1); the next scan reads "
                                                                              "everything again")
                                          .arg(error)});
        }
    }
}

} // namespace

void yieldToTheWindow()
{
#ifdef Q_OS_LINUX
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        ::setpriority(PRIO_PROCESS, 0, std::min(::getpriority(PRIO_PROCESS, 0) + 5, 19));
    }
#endif
}

ScanResult scanRoot(const ScanOptions &options)
{
    ScanRun run;
    run.context.options = options;
    prepare(run);
    const ScanContext &context = run.context;
    const ScanCache *cache = run.cache ? &*run.cache : nullptr;
    QList<ScannedChild> children = QtConcurrent::blockingMapped(
        run.paths, [&context, cache](const QString &path) { return scanChild(path, context, cache); });
    finishScan(run, children, true);
    return std::move(run.result);
}

Scanner::Scanner(QObject *parent) : QObject(parent)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(batchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &Scanner::flushBatch);
    connect(&m_prepareWatcher, &QFutureWatcher<std::shared_ptr<ScanRun>>::finished, this, &Scanner::onPrepared);
    connect(&m_readWatcher, &QFutureWatcher<ScannedChild>::resultsReadyAt, this, &Scanner::onResultsReady);
    connect(&m_readWatcher, &QFutureWatcher<ScannedChild>::finished, this, &Scanner::onFinished);
    connect(&m_finishWatcher, &QFutureWatcher<std::shared_ptr<ScanRun>>::finished, this, &Scanner::onCompleted);
}

Scanner::~Scanner()
{
    stopRunning();
}

bool Scanner::isRunning() const
{
    return m_run != nullptr;
}

void Scanner::start(const ScanOptions &options)
{
    stopRunning();
    auto run = std::make_shared<ScanRun>();
    run->context.options = options;
    m_run = run;
    m_pending.clear();
    m_prepareWatcher.setFuture(QtConcurrent::run(&m_pool, [run] {
        prepare(*run);
        return run;
    }));
}

void Scanner::cancel()
{
    if (!m_run)
        return;
    m_run->cancelled = true;
    m_readWatcher.cancel();
}

// Waits for the workers of an abandoned scan without delivering anything from it. Its start (prepare(), which loads
// the cache) and its end (finishScan(), which may write it) are not waited for: they go on on the pool (whose
// destructor waits for them), and what they give is dropped (onPrepared, onCompleted).
void Scanner::stopRunning()
{
    if (!m_run)
        return;
    m_run->cancelled = true;
    m_run.reset();
    m_readWatcher.cancel();
    m_readWatcher.waitForFinished();
    m_batchTimer.stop();
    m_pending.clear();
}

void Scanner::onPrepared()
{
    const std::shared_ptr<ScanRun> run = m_prepareWatcher.future().result();
    if (run != m_run)
        return;
    emit started(run->result.root, int(run->paths.size()));
    emit progress(0, int(run->paths.size()));
    run->children.resize(run->paths.size());
    const ScanContext *context = &run->context;
    const ScanCache *cache = run->cache ? &*run->cache : nullptr;
    const std::atomic_bool *cancelled = &run->cancelled;
    m_readWatcher.setFuture(
        QtConcurrent::mapped(&m_pool, run->paths, [run, context, cache, cancelled](const QString &path) {
            ScannedChild child;
            if (!cancelled->load())
                child = scanChild(path, *context, cache);
            yieldToTheWindow(); // after its first venv, so that the first rows come as fast as they can
            return child;
        }));
}

void Scanner::onResultsReady(int begin, int end)
{
    if (!m_run || m_run->ending)
        return;
    for (int index = begin; index < end; ++index) {
        ScannedChild child = m_readWatcher.resultAt(index);
        ++m_run->done;
        if (child.read.value)
            m_pending.append(*child.read.value);
        if (index < m_run->children.size())
            m_run->children[index] = std::move(child);
    }
    if (!m_run->delivered && !m_pending.isEmpty())
        flushBatch(); // the first rows show at once
    else if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void Scanner::flushBatch()
{
    if (!m_run)
        return;
    m_batchTimer.stop();
    if (!m_pending.isEmpty()) {
        m_run->delivered = true;
        const Environments batch = std::exchange(m_pending, {});
        emit environmentsScanned(batch);
    }
    emit progress(m_run->done, int(m_run->paths.size()));
}

// Every child is read (or the scan was cancelled): the total, the sorting and the cache are done on a worker.
void Scanner::onFinished()
{
    if (!m_run || m_run->ending)
        return;
    m_run->ending = true;
    flushBatch();
    const std::shared_ptr<ScanRun> run = m_run;
    const bool complete = !run->cancelled.load() && !m_readWatcher.isCanceled();
    run->result.cancelled = !complete;
    m_finishWatcher.setFuture(QtConcurrent::run(&m_pool, [run, complete] {
        QList<ScannedChild> children; // what was read, in the root's order (all of it unless cancelled)
        children.reserve(run->children.size());
        for (std::optional<ScannedChild> &child : run->children) {
            if (child)
                children.append(std::move(*child));
        }
        run->children.clear();
        finishScan(*run, children, complete);
        run->cache.reset(); // its memory (and open file) go here, on the worker, not with the result
        return run;
    }));
}

void Scanner::onCompleted()
{
    const std::shared_ptr<ScanRun> run = m_finishWatcher.future().result();
    if (run != m_run)
        return; // abandoned for another scan
    m_run.reset();
    emit finished(run->result);
}

} // namespace venvdeck
