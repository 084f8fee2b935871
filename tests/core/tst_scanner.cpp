// The scanner on roots shaped like an execution server's: every kind of child, broken in every documented way.
#include "cleanup/CleanupStatus.h"
#include "model/EnvironmentJson.h"
#include "scan/EnvironmentReader.h"
#include "scan/ScanCache.h"
#include "scan/Scanner.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

namespace {

const Environment *find(const ScanResult &result, const QString &name)
{
    for (const Environment &environment : result.environments) {
        if (environment.name == name)
            return &environment;
    }
    return nullptr;
}

bool anyContains(const QStringList &texts, const QString &part)
{
    for (const QString &text : texts) {
        if (text.contains(part))
            return true;
    }
    return false;
}

} // namespace

class TestScanner final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    QString m_logs;
    const QDateTime m_logTime = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    const QDateTime m_cacheTime = QDateTime(QDate(2025, 6, 7), QTime(8, 9, 10), Qt::UTC);

    QString at(const QString &name) const { return m_root + QLatin1Char('/') + name; }
    ScanResult scan(bool sizes = true) const { return scanRoot({m_root, sizes, m_logs}); }

    // What the window's scanner gives for `options` (an empty result when it does not finish).
    static ScanResult asyncScan(const ScanOptions &options, bool cancelAtOnce = false)
    {
        Scanner scanner;
        QSignalSpy finished(&scanner, &Scanner::finished);
        scanner.start(options);
        if (cancelAtOnce)
            scanner.cancel();
        if (finished.isEmpty() && !finished.wait(20000))
            return {};
        return finished.first().first().value<ScanResult>();
    }

    static QByteArray json(const ScanResult &result)
    {
        QJsonArray environments;
        for (const Environment &environment : result.environments)
            environments.append(environmentToJson(environment));
        return QJsonDocument(environments).toJson();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(u"cache"_s))); // never the user's rescan cache
        m_root = m_dir.filePath(u"venv"_s);
        m_logs = m_dir.filePath(u"logs"_s);
        QVERIFY(test::makePath(m_root));

        // Healthy: a driver with two packages, made from a Python that exists.
        QVERIFY(test::writeVenvTree(at(u"Good_Driver_1_2"_s), u"3.11.2"_s, u"/usr/bin"_s,
                                    {u"zeta==1.0"_s, u"Alpha-Pkg==2.0.1"_s}));
        // A symbolic link loop inside a venv must not hang the walk.
        QVERIFY(QFile::link(u".."_s, at(u"Good_Driver_1_2/lib/python3.11/site-packages/loop"_s)));

        QVERIFY(test::writeVenvTree(at(u"Gone_Base_1_1"_s), u"3.9.18"_s, u"/nonexistent/python/bin"_s, {u"a==1"_s}));
        QVERIFY(test::writeVenvTree(at(u"No_Site_1_1"_s), u"3.11.2"_s, u"/usr/bin"_s, {}));
        QVERIFY(QDir(at(u"No_Site_1_1/lib"_s)).removeRecursively());
        QVERIFY(test::writeVenvTree(at(u"Pip_Interrupted_1_1"_s), u"3.11.2"_s, u"/usr/bin"_s, {u"a==1"_s}));
        QVERIFY(test::writeFile(at(u"Pip_Interrupted_1_1/lib/python3.11/site-packages/~ip-23.0.dist-info/METADATA"_s),
                                "Name: pip\nVersion: 23.0\n"));
        QVERIFY(test::writeVenvTree(at(u"Build_Interrupted_1_1"_s), u"3.11.2"_s, u"/usr/bin"_s, {}));
        QVERIFY(test::writeFile(at(u"Build_Interrupted_1_1/.venvdeck-incomplete"_s), "started\n"));

        // Owners: a valid ownership record wins over the name; an invalid one is a health reason.
        QVERIFY(test::writeVenvTree(at(u"Recorded_9_9"_s), u"3.11.2"_s, u"/usr/bin"_s, {}));
        QVERIFY(test::writeFile(at(u"Recorded_9_9/venvdeck.json"_s),
                                R"({"schema": 1, "owner": "Cisco IOS Switch 2G", "ownerKind": "driver",
                                    "ownerVersion": "2.1.0", "pythonVersion": "3.11.2",
                                    "builtAt": "2026-11-01T10:00:00Z", "builtBy": "admin", "future": true})"));
        QVERIFY(test::writeVenvTree(at(u"Bad_Record_1_1"_s), u"3.11.2"_s, u"/usr/bin"_s, {}));
        QVERIFY(test::writeFile(at(u"Bad_Record_1_1/venvdeck.json"_s), "{not json"));
        QVERIFY(test::writeVenvTree(at(u"Bad_Config_1_1"_s), u"3.11.2"_s, u"/usr/bin"_s, {}));
        QVERIFY(test::writeFile(at(u"Bad_Config_1_1/pyvenv.cfg"_s), QByteArray("\x00\x01\x02garbage", 10)));

        // A script with spaces in its name, as the execution server keeps them.
        QVERIFY(test::writeVenvTree(at(u"Default Sandbox Setup 2.0_1_638E3583AB12CD34EF56AB78CD90EF12"_s),
                                    u"3.11.2"_s, u"/usr/bin"_s, {u"cloudshell-orch-core==3.5.0"_s}));

        // Things that are not venvs.
        QVERIFY(test::writeFile(at(u"plain-folder/notes.txt"_s), "hello"));
        QVERIFY(test::writeFile(at(u"stray-file.txt"_s), "not a folder"));
        QVERIFY(QFile::link(at(u"Good_Driver_1_2"_s), at(u"linked_venv"_s)));
        QVERIFY(test::writeFile(at(u".venvdeck-demo"_s), "hidden files are VenvDeck's own"));

        // Last-used signals: driver logs for one venv, byte code for another.
        QVERIFY(test::writeFile(m_logs + u"/reservation-1/Good_Driver_1_2/older.log"_s, "x"));
        QVERIFY(test::writeFile(m_logs + u"/reservation-2/Good_Driver_1_2/newest.log"_s, "x"));
        QVERIFY(test::setModificationTime(m_logs + u"/reservation-1/Good_Driver_1_2/older.log"_s,
                                          m_logTime.addDays(-3)));
        QVERIFY(test::setModificationTime(m_logs + u"/reservation-2/Good_Driver_1_2/newest.log"_s, m_logTime));
        const QString cache = at(u"Recorded_9_9/lib/python3.11/site-packages/driver/__pycache__"_s);
        QVERIFY(test::writeFile(cache + u"/driver.cpython-311.pyc"_s, "bytecode"));
        QVERIFY(test::setModificationTime(cache, m_cacheTime));
    }

    void listsEveryDirectChildButHiddenOnes()
    {
        const ScanResult result = scan();
        QStringList names;
        for (const Environment &environment : result.environments)
            names << environment.name;
        QCOMPARE(names, (QStringList{u"Bad_Config_1_1"_s, u"Bad_Record_1_1"_s, u"Build_Interrupted_1_1"_s,
                                     u"Default Sandbox Setup 2.0_1_638E3583AB12CD34EF56AB78CD90EF12"_s,
                                     u"Gone_Base_1_1"_s, u"Good_Driver_1_2"_s, u"linked_venv"_s,
                                     u"No_Site_1_1"_s, u"Pip_Interrupted_1_1"_s, u"plain-folder"_s,
                                     u"Recorded_9_9"_s}));
        QCOMPARE(result.root, m_root);
        QVERIFY(result.scannedAt.isValid());
        QVERIFY(!result.cancelled);
    }

    void healthyVenv()
    {
        const ScanResult result = scan();
        const Environment *good = find(result, u"Good_Driver_1_2"_s);
        QVERIFY(good);
        QCOMPARE(good->health, Health::Ok);
        QVERIFY2(good->healthReasons.isEmpty(), qPrintable(good->healthReasons.join(u"; "_s)));
        QCOMPARE(good->layout, Layout::Posix);
        QCOMPARE(good->pythonVersion, u"3.11.2"_s);
        QCOMPARE(good->pythonImplementation, u"CPython"_s);
        QCOMPARE(good->owner.name, u"Good_Driver"_s);
        QCOMPARE(good->owner.kind, OwnerKind::Driver);
        QCOMPARE(good->owner.version, u"1_2"_s);
        QCOMPARE(good->owner.source, OwnerSource::Name);
        QCOMPARE(good->baseInterpreterExists, std::optional<bool>(true));
        QCOMPARE(good->interpreter, at(u"Good_Driver_1_2/bin/python"_s));
        QCOMPARE(good->packages.size(), 2);
        QCOMPARE(good->packages.at(0).name, u"Alpha-Pkg"_s); // sorted case-insensitively, spelled as METADATA
        QCOMPARE(good->packages.at(0).version, u"2.0.1"_s);
        QCOMPARE(good->packages.at(0).installer, u"pip"_s);
        QVERIFY(good->findPackage(u"alpha_pkg"_s));
        QVERIFY(good->usage.has_value());
        QVERIFY(good->usage->fileCount >= 5);
        QVERIFY(good->usage->apparentBytes > 0);
        QVERIFY(good->modifiedAt.isValid());
    }

    void everyBrokenVenvSaysWhy_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("reason");
        QTest::newRow("base interpreter gone") << u"Gone_Base_1_1"_s << u"/nonexistent/python/bin/python3.9"_s;
        QTest::newRow("no site-packages") << u"No_Site_1_1"_s << u"site-packages"_s;
        QTest::newRow("pip interrupted") << u"Pip_Interrupted_1_1"_s << u"~ip-23.0.dist-info"_s;
        QTest::newRow("build interrupted") << u"Build_Interrupted_1_1"_s << u"interrupted"_s;
        QTest::newRow("invalid record") << u"Bad_Record_1_1"_s << u"venvdeck.json"_s;
        QTest::newRow("invalid pyvenv.cfg") << u"Bad_Config_1_1"_s << u"pyvenv.cfg"_s;
    }

    void everyBrokenVenvSaysWhy()
    {
        QFETCH(QString, name);
        QFETCH(QString, reason);
        const ScanResult result = scan(false);
        const Environment *environment = find(result, name);
        QVERIFY(environment);
        QCOMPARE(environment->health, Health::Broken);
        QVERIFY2(anyContains(environment->healthReasons, reason), qPrintable(environment->healthReasons.join(u"; "_s)));
    }

    void missingBaseInterpreterIsReportedAsMissing()
    {
        const ScanResult result = scan(false); // find() points into it: it must outlive the pointer
        const Environment *gone = find(result, u"Gone_Base_1_1"_s);
        QVERIFY(gone);
        QCOMPARE(gone->baseInterpreterExists, std::optional<bool>(false));
        QCOMPARE(gone->pythonVersion, u"3.9.18"_s);
    }

    void ownershipRecordWinsOverTheName()
    {
        const ScanResult result = scan(false);
        const Environment *recorded = find(result, u"Recorded_9_9"_s);
        QVERIFY(recorded);
        QCOMPARE(recorded->health, Health::Ok);
        QCOMPARE(recorded->owner.source, OwnerSource::Record);
        QCOMPARE(recorded->owner.name, u"Cisco IOS Switch 2G"_s);
        QCOMPARE(recorded->owner.version, u"2.1.0"_s);
        QVERIFY(recorded->record.has_value());
        QCOMPARE(recorded->record->builtBy, u"admin"_s);

        const Environment *bad = find(result, u"Bad_Record_1_1"_s);
        QVERIFY(bad);
        QCOMPARE(bad->owner.source, OwnerSource::Name);
        QCOMPARE(bad->owner.name, u"Bad_Record"_s);
    }

    void scriptNamesKeepTheirSpaces()
    {
        const ScanResult result = scan(false); // find() points into it: it must outlive the pointer
        const Environment *script = find(result, u"Default Sandbox Setup 2.0_1_638E3583AB12CD34EF56AB78CD90EF12"_s);
        QVERIFY(script);
        QCOMPARE(script->owner.kind, OwnerKind::Script);
        QCOMPARE(script->owner.name, u"Default Sandbox Setup 2.0"_s);
        QCOMPARE(script->owner.version, u"1"_s);
        QCOMPARE(script->owner.uid, u"638E3583AB12CD34EF56AB78CD90EF12"_s);
    }

    void foldersLinksAndFilesThatAreNotVenvs()
    {
        const ScanResult result = scan();
        const Environment *plain = find(result, u"plain-folder"_s);
        QVERIFY(plain);
        QCOMPARE(plain->health, Health::NotAVenv);
        QVERIFY(!plain->healthReasons.isEmpty());

        const Environment *link = find(result, u"linked_venv"_s);
        QVERIFY(link);
        QCOMPARE(link->health, Health::NotAVenv);
        QVERIFY(anyContains(link->healthReasons, u"symbolic link"_s));
        QVERIFY2(!link->usage || link->usage->fileCount == 0 || link->packages.isEmpty(), "links are never followed");
        QVERIFY(link->packages.isEmpty());

        bool strayReported = false;
        for (const Problem &problem : result.errors)
            strayReported |= problem.path == at(u"stray-file.txt"_s);
        QVERIFY2(strayReported, "a stray file is an error naming its path");
    }

    void lastUsedSignalsBestFirst()
    {
        const ScanResult result = scan(false);
        const Environment *good = find(result, u"Good_Driver_1_2"_s);
        QCOMPARE(good->lastUsedSource, LastUsedSource::DriverLogs);
        QCOMPARE(good->lastUsedAt, m_logTime); // the newest log across reservations

        const Environment *recorded = find(result, u"Recorded_9_9"_s);
        QCOMPARE(recorded->lastUsedSource, LastUsedSource::RunArtifacts);
        QCOMPARE(recorded->lastUsedAt, m_cacheTime);

        const Environment *plain = find(result, u"plain-folder"_s);
        QCOMPARE(plain->lastUsedSource, LastUsedSource::FolderTimes);
        QCOMPARE(plain->lastUsedAt, plain->modifiedAt);
    }

    void sizesOnlyWhenAsked()
    {
        const ScanResult result = scan(false);
        for (const Environment &environment : result.environments)
            QVERIFY2(!environment.usage, qPrintable(environment.name));
    }

    void missingRootIsAnErrorNamingIt()
    {
        const QString missing = m_dir.filePath(u"no-such-root"_s);
        const ScanResult result = scanRoot({missing, true, m_logs});
        QVERIFY(result.environments.isEmpty());
        QCOMPARE(result.errors.size(), 1);
        QCOMPARE(result.errors.first().path, missing);
    }

    void vanishedEntryIsAProblemNotACrash()
    {
        const Read<Environment> read = readEnvironment(at(u"vanished_1_1"_s), ScanContext{});
        QVERIFY(!read.value);
        QCOMPARE(read.problems.size(), 1);
        QCOMPARE(read.problems.first().path, at(u"vanished_1_1"_s));
    }

    // `list --format json` writes its document an environment at a time: the same bytes as the whole document.
    void jsonWrittenPieceByPieceIsTheWholeDocument()
    {
        const ScanResult result = scan();
        QVERIFY(result.environments.size() > 2);
        const CleanupView cleanup = cleanupView(result, StalenessOptions{}, false);
        for (const ScanResult &shown : {result, ScanResult{result.root, result.scannedAt, {}, result.errors, false, 0, result.total}}) {
            QByteArray written;
            writeScanResultJson(shown, cleanup, [&written](QByteArrayView bytes) { written.append(bytes); });
            QCOMPARE(written, QJsonDocument(scanResultToJson(shown, cleanup)).toJson(QJsonDocument::Indented));
        }
    }

    void jsonHasEveryDocumentedField()
    {
        const ScanResult result = scan();
        const QJsonObject json = scanResultToJson(result);
        QCOMPARE(json.value(u"root"_s).toString(), m_root);
        QVERIFY(json.value(u"scannedAt"_s).toString().endsWith(u'Z'));
        QVERIFY(!json.value(u"errors"_s).toArray().isEmpty());
        const QJsonArray environments = json.value(u"environments"_s).toArray();
        QCOMPARE(environments.size(), result.environments.size());
        const QStringList documented{
            u"name"_s, u"path"_s, u"layout"_s, u"owner"_s, u"ownerKind"_s, u"ownerVersion"_s, u"ownerSource"_s,
            u"pythonVersion"_s, u"pythonImplementation"_s, u"baseInterpreter"_s, u"baseInterpreterExists"_s,
            u"packages"_s, u"sizeBytes"_s, u"allocatedBytes"_s, u"fileCount"_s, u"createdAt"_s, u"modifiedAt"_s,
            u"lastUsedAt"_s, u"lastUsedSource"_s, u"health"_s, u"healthReasons"_s};
        for (const QJsonValue &value : environments) {
            const QJsonObject environment = value.toObject();
            for (const QString &key : documented)
                QVERIFY2(environment.contains(key), qPrintable(key));
        }
        const QJsonObject good = environmentToJson(*find(result, u"Good_Driver_1_2"_s));
        QCOMPARE(good.value(u"layout"_s).toString(), u"posix"_s);
        QCOMPARE(good.value(u"health"_s).toString(), u"ok"_s);
        QCOMPARE(good.value(u"ownerSource"_s).toString(), u"name"_s);
        QCOMPARE(good.value(u"lastUsedSource"_s).toString(), u"driver-logs"_s);
        QCOMPARE(good.value(u"lastUsedAt"_s).toString(), u"2026-01-02T03:04:05Z"_s);
        QVERIFY(good.value(u"sizeBytes"_s).isDouble());
        const QJsonObject package = good.value(u"packages"_s).toArray().first().toObject();
        QCOMPARE(package.value(u"name"_s).toString(), u"Alpha-Pkg"_s);
        QCOMPARE(package.value(u"version"_s).toString(), u"2.0.1"_s);
        QVERIFY(package.contains(u"requested"_s));
        QCOMPARE(package.value(u"installer"_s).toString(), u"pip"_s);

        // Unknown values are null, never a made-up default.
        const QJsonObject unsized = environmentToJson(*find(scan(false), u"plain-folder"_s));
        QVERIFY(unsized.value(u"sizeBytes"_s).isNull());
        QVERIFY(unsized.value(u"pythonVersion"_s).isNull());
        QVERIFY(unsized.value(u"baseInterpreterExists"_s).isNull());
    }

    void asyncScanDeliversBatchesAndFinishes()
    {
        Scanner scanner;
        QSignalSpy started(&scanner, &Scanner::started);
        QSignalSpy batches(&scanner, &Scanner::environmentsScanned);
        QSignalSpy progress(&scanner, &Scanner::progress);
        QSignalSpy finished(&scanner, &Scanner::finished);
        scanner.start({m_root, true, m_logs});
        QVERIFY(scanner.isRunning());
        QVERIFY(finished.wait(20000));
        QVERIFY(!scanner.isRunning());
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(1).toInt(), 12); // 11 environments and the stray file
        qsizetype delivered = 0;
        for (const QList<QVariant> &batch : std::as_const(batches))
            delivered += batch.first().value<Environments>().size();
        const ScanResult result = finished.first().first().value<ScanResult>();
        QCOMPARE(delivered, result.environments.size());
        QCOMPARE(result.environments.size(), 11);
        QVERIFY(batches.size() < result.environments.size()); // batched, not one signal per row
        QCOMPARE(progress.last().at(0).toInt(), 12);
        QCOMPARE(progress.last().at(1).toInt(), 12);
        QVERIFY(!result.cancelled);
        QStringList asyncNames, blockingNames;
        for (const Environment &environment : result.environments)
            asyncNames << environment.name;
        for (const Environment &environment : scan().environments)
            blockingNames << environment.name;
        QCOMPARE(asyncNames, blockingNames);
    }

    // The window's scanner adds the sizes up as scanRoot does: a file hard-linked into two venvs (uv's link mode,
    // `cp -al`) counts in both venvs' sizes and once in the total, which is what `du -sbc` says of them.
    void asyncScanTotalCountsAHardLinkedFileOnce()
    {
        const QString root = m_dir.filePath(u"hard-linked"_s);
        const QStringList venvs{root + u"/Alpha_Driver_1_1"_s, root + u"/Beta_Driver_1_1"_s};
        for (const QString &venv : venvs)
            QVERIFY(test::writeVenvTree(venv, u"3.11.2"_s, u"/usr/bin"_s, {u"shared-pkg==1.0"_s}));
        const QString shared = u"/lib/python3.11/site-packages/shared_pkg/data.bin"_s;
        QVERIFY(test::writeHardLinkedFile(venvs.at(0) + shared, venvs.at(1) + shared, 40000));

        Scanner scanner;
        QSignalSpy finished(&scanner, &Scanner::finished);
        scanner.start({root, true, m_logs});
        QVERIFY(finished.wait(20000));
        const ScanResult result = finished.first().first().value<ScanResult>();
        QCOMPARE(result.environments.size(), 2);
        QVERIFY(result.total);
        qint64 sum = 0;
        for (const Environment &environment : result.environments)
            sum += environment.usage->apparentBytes;
        QCOMPARE(result.total->apparentBytes, sum - 40000);
        QCOMPARE(result.total->apparentBytes, test::duTotal(venvs));
        QCOMPARE(*result.total, *scanRoot({root, true, m_logs}).total);

        scanner.start({root, false, m_logs}); // no sizes, no total
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.last().first().value<ScanResult>().total);
    }

    // The window's scans use the rescan cache as `list` does (the same code): an unchanged root is reused whole and
    // says what scanRoot says, total included (a hard-linked file once); a venv that changed is read anew; a
    // cancelled scan keeps nothing.
    void asyncScanReusesTheRescanCache()
    {
        const QString root = m_dir.filePath(u"cached"_s);
        const QStringList venvs{root + u"/Alpha_Driver_1_1"_s, root + u"/Beta_Driver_1_1"_s,
                                root + u"/Gamma_Driver_1_1"_s};
        for (const QString &venv : venvs)
            QVERIFY(test::writeVenvTree(venv, u"3.11.2"_s, u"/usr/bin"_s, {u"shared-pkg==1.0"_s, u"idna==3.4"_s}));
        const QString shared = u"/lib/python3.11/site-packages/shared_pkg/data.bin"_s;
        QVERIFY(test::writeHardLinkedFile(venvs.at(0) + shared, venvs.at(1) + shared, 40000));
        const ScanOptions cached{root, true, m_logs, true};
        const ScanOptions uncached{root, true, m_logs, false};
        const QString cacheFile = ScanCache::filePath(root);

        const ScanResult cancelled = asyncScan(cached, true);
        QVERIFY(cancelled.cancelled);
        QVERIFY(!QFileInfo::exists(cacheFile));

        const ScanResult first = asyncScan(cached);
        QVERIFY(!first.cancelled);
        QCOMPARE(first.fromCache, 0);
        QVERIFY(QFileInfo::exists(cacheFile));

        const ScanResult second = asyncScan(cached);
        const ScanResult blocking = scanRoot(uncached);
        QCOMPARE(second.fromCache, 3);
        QCOMPARE(json(second), json(blocking));
        QVERIFY(second.total && blocking.total);
        QCOMPARE(*second.total, *blocking.total);
        QCOMPARE(second.total->apparentBytes, test::duTotal(venvs));

        // pip installs a module into Beta: only Beta is read again, with its new size.
        const QString module = venvs.at(1) + u"/lib/python3.11/site-packages/new_module.py"_s;
        QVERIFY(test::writeFile(module, QByteArray(7000, 'n')));
        const ScanResult third = asyncScan(cached);
        const ScanResult blockingAfter = scanRoot(uncached);
        QCOMPARE(third.fromCache, 2);
        QCOMPARE(json(third), json(blockingAfter));
        QCOMPARE(third.environments.at(1).name, u"Beta_Driver_1_1"_s);
        QCOMPARE(third.environments.at(1).usage->apparentBytes,
                 second.environments.at(1).usage->apparentBytes + 7000);
        QVERIFY(third.total);
        QCOMPARE(*third.total, *blockingAfter.total);
        QCOMPARE(third.total->apparentBytes, test::duTotal(venvs));
        QCOMPARE(scanRoot(cached).fromCache, 3); // what the window kept is what `list` reuses

        // A cancelled scan after another change leaves the cache as it was.
        QVERIFY(test::writeFile(venvs.at(2) + u"/lib/python3.11/site-packages/other.py"_s, "x = 1\n"));
        QFile file(cacheFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray kept = file.readAll();
        file.close();
        QVERIFY(asyncScan(cached, true).cancelled);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), kept);
        file.close();

        // Rescan Everything reuses nothing and keeps what it read: the next scan reuses all of it.
        ScanOptions everything = cached;
        everything.readEverything = true;
        const ScanResult all = asyncScan(everything);
        QCOMPARE(all.fromCache, 0);
        QCOMPARE(json(all), json(scanRoot(uncached)));
        const ScanResult after = asyncScan(cached);
        QCOMPARE(after.fromCache, 3);
        QCOMPARE(json(after), json(all));
        QCOMPARE(*after.total, *all.total);
    }

    void restartingDeliversOnlyTheNewScan()
    {
        Scanner scanner;
        QSignalSpy finished(&scanner, &Scanner::finished);
        scanner.start({m_dir.filePath(u"no-such-root"_s), true, m_logs});
        scanner.start({m_root, false, m_logs});
        QVERIFY(finished.wait(20000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ScanResult>().root, m_root);
    }

    void cancelStillFinishes()
    {
        Scanner scanner;
        QSignalSpy finished(&scanner, &Scanner::finished);
        scanner.start({m_root, true, m_logs});
        scanner.cancel();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        const ScanResult result = finished.first().first().value<ScanResult>();
        QVERIFY(result.cancelled);
        QVERIFY(result.environments.size() <= 11);
    }
};

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
