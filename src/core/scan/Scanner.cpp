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
    int done = 0; // children read, environments or not
    // Each child's size and the files it shares with other folders, by its place in `paths`: the total adds them
    // up in the root's order, as scanRoot does.
    QList<std::optional<std::pair<DiskUsage, SharedFiles>>> sizes;
    bool delivered = false; // a batch has been handed over: later rows wait for the batch timer
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
}

void collect(ScanResult &result, Read<Environment> &&read)
{
    result.errors.append(read.problems);
    if (read.value) {
        result.errors.append(read.value->problems);
        result.environments.append(std::move(*read.value));
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
    // The sizes together, each hard-linked file once: added up in the root's order, so the same every time.
    UsageTotal total;
    if (!options.useCache) {
        struct Sized
        {
            Read<Environment> read;
            SharedFiles shared;
        };
        QList<Sized> reads = QtConcurrent::blockingMapped(run.paths, [&context](const QString &path) {
            Sized sized;
            sized.read = readEnvironment(path, context, nullptr, &sized.shared);
            return sized;
        });
        for (Sized &sized : reads) {
            if (sized.read.value && sized.read.value->usage)
                total.add(*sized.read.value->usage, sized.shared);
            collect(run.result, std::move(sized.read));
        }
        sortByName(run.result.environments);
        if (options.computeSizes)
            run.result.total = total.total();
        return std::move(run.result);
    }

    // With the cache: reuse each venv nothing of which changed; read the others, and keep what they watched
    // when sizes were measured (only the size walk sees every folder). Cached venvs are checked and decoded on
    // the worker threads.
    ScanCache cache = ScanCache::load(run.result.root);
    struct Item
    {
        Read<Environment> read;
        std::optional<CachedEnvironment> fresh; // read now, to keep for the next scan
        SharedFiles shared;
        QDateTime newestRunArtifact; // of a reused one, to keep it again
        bool reused = false;
    };
    QList<Item> items = QtConcurrent::blockingMapped(run.paths, [&context, &cache](const QString &path) {
        Item item;
        const QString name = QFileInfo(path).fileName();
        if (std::optional<CachedEnvironment> hit = cache.reusable(name, path)) {
            Environment environment = std::move(hit->environment);
            resolveLastUsed(environment, context, hit->newestRunArtifact);
            if (!context.options.computeSizes)
                environment.usage.reset();
            item.newestRunArtifact = hit->newestRunArtifact;
            item.read.value = std::move(environment);
            item.reused = true;
            return item;
        }
        EnvironmentWatch watch;
        item.read = readEnvironment(path, context, context.options.computeSizes ? &watch : nullptr, &item.shared);
        if (item.read.value && !watch.paths.isEmpty())
            item.fresh = CachedEnvironment{*item.read.value, std::move(watch.paths), watch.newestRunArtifact,
                                           item.shared};
        return item;
    });
    // A scan without sizes leaves the cache as it was: it could not have watched every folder. Nor is a cache
    // written again when every venv in it was reused and none came or went: its total is still the root's.
    qsizetype reusedWithSizes = 0;
    for (const Item &item : items)
        reusedWithSizes += item.reused && item.read.value && item.read.value->usage ? 1 : 0;
    const bool anyFresh = std::any_of(items.cbegin(), items.cend(), [](const Item &item) { return item.fresh; });
    const bool unchanged = !anyFresh && reusedWithSizes == cache.size();
    const bool save = options.computeSizes && !unchanged;
    // Otherwise the total is added up again, and for that the reused venvs' shared files are read.
    if (save && reusedWithSizes > 0) {
        if (!cache.loadSharedFiles()) {
            // The file was damaged after its main block: read everything again and keep that instead.
            ScanOptions again = options;
            again.useCache = QFile::remove(ScanCache::filePath(run.result.root));
            return scanRoot(again);
        }
        for (Item &item : items) {
            if (item.reused && item.read.value)
                item.shared = cache.sharedFiles(item.read.value->name);
        }
    }
    ScanCache next;
    for (Item &item : items) {
        run.result.fromCache += item.reused ? 1 : 0;
        if (item.read.value && item.read.value->usage) {
            total.add(*item.read.value->usage, item.shared);
            if (item.reused && save)
                next.keep(cache, {*item.read.value, {}, item.newestRunArtifact, item.shared});
        }
        if (item.fresh && save)
            next.insert(*item.fresh);
        collect(run.result, std::move(item.read));
    }
    sortByName(run.result.environments);
    if (options.computeSizes)
        run.result.total = unchanged && cache.total() ? *cache.total() : total.total();
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

// Waits for the workers of an abandoned scan without delivering anything from it.
void Scanner::stopRunning()
{
    if (!m_run)
        return;
    m_run->cancelled = true;
    m_run.reset();
    m_readWatcher.cancel();
    m_prepareWatcher.waitForFinished();
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
    run->sizes.resize(run->paths.size());
    const ScanContext *context = &run->context;
    const std::atomic_bool *cancelled = &run->cancelled;
    m_readWatcher.setFuture(QtConcurrent::mapped(&m_pool, run->paths, [run, context, cancelled](const QString &path) {
        ScannedChild child;
        if (!cancelled->load())
            child.read = readEnvironment(path, *context, nullptr, &child.shared);
        yieldToTheWindow(); // after its first venv, so that the first rows come as fast as they can
        return child;
    }));
}

void Scanner::onResultsReady(int begin, int end)
{
    if (!m_run)
        return;
    for (int index = begin; index < end; ++index) {
        ScannedChild child = m_readWatcher.resultAt(index);
        ++m_run->done;
        if (child.read.value) {
            m_pending.append(*child.read.value);
            if (child.read.value->usage && index < m_run->sizes.size())
                m_run->sizes[index].emplace(*child.read.value->usage, std::move(child.shared));
        }
        collect(m_run->result, std::move(child.read));
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

void Scanner::onFinished()
{
    if (!m_run)
        return;
    flushBatch();
    const std::shared_ptr<ScanRun> run = std::exchange(m_run, nullptr);
    run->result.cancelled = run->cancelled.load() || m_readWatcher.isCanceled();
    sortByName(run->result.environments);
    if (run->context.options.computeSizes) {
        UsageTotal total; // of what was read: all of it, or what a cancelled scan shows
        for (const auto &sized : std::as_const(run->sizes)) {
            if (sized)
                total.add(sized->first, sized->second);
        }
        run->result.total = total.total();
    }
    emit finished(run->result);
}

} // namespace venvdeck
