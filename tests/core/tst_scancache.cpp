// The rescan cache: a second scan reuses what did not change, and every change an admin or pip makes is seen.
// Each case changes the root, then checks that the cached rescan says what a scan without the cache says, and
// that only the venvs that changed were read again.
#include "config/Translations.h"
#include "model/EnvironmentJson.h"
#include "scan/OwnerResolver.h"
#include "scan/ScanCache.h"
#include "scan/Scanner.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace venvdeck;
using namespace Qt::StringLiterals;

class TestScanCache final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    QString m_logs;

    QString at(const QString &relative) const { return m_root + u'/' + relative; }
    QString site(const QString &venv) const { return at(venv + u"/lib/python3.11/site-packages"_s); }
    ScanResult scan(bool useCache, bool sizes = true) const { return scanRoot({m_root, sizes, m_logs, useCache}); }

    static QByteArray json(const ScanResult &result)
    {
        QJsonArray environments;
        for (const Environment &environment : result.environments)
            environments.append(environmentToJson(environment));
        return QJsonDocument(environments).toJson();
    }

    static const Environment *find(const ScanResult &result, const QString &name)
    {
        for (const Environment &environment : result.environments) {
            if (environment.name == name)
                return &environment;
        }
        return nullptr;
    }

    // The cached rescan agrees with a scan that reads everything, and reused all but `readAgain` venvs.
    bool rescanAgrees(int readAgain, ScanResult *cachedOut = nullptr)
    {
        const ScanResult cached = scan(true);
        const ScanResult fresh = scan(false);
        [&] {
            QCOMPARE(json(cached), json(fresh));
            QCOMPARE(cached.fromCache, int(cached.environments.size()) - readAgain);
            QVERIFY(cached.total && fresh.total);
            QCOMPARE(cached.total->apparentBytes, fresh.total->apparentBytes);
            QCOMPARE(cached.total->fileCount, fresh.total->fileCount);
        }();
        if (cachedOut)
            *cachedOut = cached;
        return !QTest::currentTestFailed();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(u"cache"_s)));
        m_root = m_dir.filePath(u"venv"_s);
        m_logs = m_dir.filePath(u"logs"_s);
        for (const QString &name : {u"Alpha_Driver_1_1"_s, u"Alpha_Driver_1_2"_s, u"Beta_Driver_1_1"_s,
                                    u"Gamma_Driver_1_1"_s, u"Delta_Driver_1_1"_s}) {
            QVERIFY(test::writeVenvTree(at(name), u"3.11.2"_s, u"/usr/bin"_s, {u"requests==2.31.0"_s, u"idna==3.4"_s}));
            QVERIFY(test::writeFile(site(name) + u"/requests/__init__.py"_s, QByteArray(5000, 'r')));
        }
        QVERIFY(test::writeFile(at(u"Alpha_Driver_1_1/lib/python3.11/site-packages/cloudshell/Logs/run.log"_s),
                                "started\n"));
    }

    void firstScanKeepsItAndTheSecondReusesIt()
    {
        const ScanResult first = scan(true);
        QCOMPARE(first.fromCache, 0);
        QVERIFY(QFileInfo::exists(ScanCache::filePath(m_root)));
        QVERIFY(rescanAgrees(0));
    }

    void installingAPackageIsSeen()
    {
        const QString info = site(u"Alpha_Driver_1_2"_s) + u"/six-1.16.0.dist-info"_s;
        QVERIFY(test::writeFile(info + u"/METADATA"_s, "Metadata-Version: 2.1\nName: six\nVersion: 1.16.0\n\n"));
        QVERIFY(test::writeFile(site(u"Alpha_Driver_1_2"_s) + u"/six.py"_s, QByteArray(30000, 's')));
        ScanResult cached;
        QVERIFY(rescanAgrees(1, &cached));
        QVERIFY(find(cached, u"Alpha_Driver_1_2"_s)->findPackage(u"six"_s));
    }

    void uninstallingAPackageIsSeen()
    {
        QVERIFY(QDir(site(u"Beta_Driver_1_1"_s) + u"/idna-3.4.dist-info"_s).removeRecursively());
        ScanResult cached;
        QVERIFY(rescanAgrees(1, &cached));
        QVERIFY(!find(cached, u"Beta_Driver_1_1"_s)->findPackage(u"idna"_s));
    }

    void editingPyvenvCfgInPlaceIsSeenEvenWithItsOldTime()
    {
        const QString config = at(u"Gamma_Driver_1_1/pyvenv.cfg"_s);
        const QDateTime before = QFileInfo(config).lastModified();
        QFile file(config); // the same inode, as `echo >>` or an editor writing in place would
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.11.9\n");
        file.close();
        QVERIFY(test::setModificationTime(config, before)); // `touch -r` cannot set the change time back
        ScanResult cached;
        QVERIFY(rescanAgrees(1, &cached));
        QCOMPARE(find(cached, u"Gamma_Driver_1_1"_s)->pythonVersion, u"3.11.9"_s);
    }

    void replacingTheOwnershipRecordIsSeen()
    {
        OwnershipRecord record;
        record.owner = u"Delta Driver"_s;
        record.ownerKind = OwnerKind::Driver;
        record.ownerVersion = u"1.0.0"_s;
        QCOMPARE(writeOwnershipRecord(at(u"Delta_Driver_1_1"_s), record), QString());
        QVERIFY(rescanAgrees(1));
        record.ownerVersion = u"2.0.0"_s;
        QCOMPARE(writeOwnershipRecord(at(u"Delta_Driver_1_1"_s), record), QString());
        ScanResult cached;
        QVERIFY(rescanAgrees(1, &cached));
        QCOMPARE(find(cached, u"Delta_Driver_1_1"_s)->owner.version, u"2.0.0"_s);
    }

    void growingAFileIsSeen_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("inPlace");
        // pip, editors and cp write a new file and rename it over the old one.
        QTest::newRow("module replaced") << u"Beta_Driver_1_1/lib/python3.11/site-packages/requests/__init__.py"_s
                                         << false;
        // A driver's log in the venv grows in place: the Logs folders are watched file by file.
        QTest::newRow("log appended") << u"Alpha_Driver_1_1/lib/python3.11/site-packages/cloudshell/Logs/run.log"_s
                                      << true;
        QTest::newRow("METADATA appended") << u"Alpha_Driver_1_1/lib/python3.11/site-packages/idna-3.4.dist-info/"
                                              u"METADATA"_s
                                           << true;
    }

    void growingAFileIsSeen()
    {
        QFETCH(QString, file);
        QFETCH(bool, inPlace);
        const QString venv = file.section(u'/', 0, 0);
        const qint64 before = find(scan(true), venv)->usage->apparentBytes;
        if (inPlace) {
            QFile grown(at(file));
            QVERIFY(grown.open(QIODevice::Append));
            grown.write(QByteArray(4096, '\n'));
        } else {
            QVERIFY(test::writeFile(at(file) + u".new"_s, QByteArray(20000, 'n')));
            QVERIFY(QFile::remove(at(file)));
            QVERIFY(QFile::rename(at(file) + u".new"_s, at(file)));
        }
        ScanResult cached;
        QVERIFY(rescanAgrees(1, &cached));
        QVERIFY(find(cached, venv)->usage->apparentBytes > before);
    }

    // A new file hard-linked into two venvs (as uv's link mode installs one package into both): both are read
    // again, each counts the file, and the root's total counts it once, with the cache as without it.
    void aFileHardLinkedIntoTwoVenvsCountsOnceInTheTotal()
    {
        QVERIFY(rescanAgrees(0));
        const QString first = site(u"Beta_Driver_1_1"_s) + u"/linked_module.py"_s;
        const QString second = site(u"Delta_Driver_1_1"_s) + u"/linked_module.py"_s;
        QVERIFY(test::writeFile(first, QByteArray(40000, 'l')));
        QCOMPARE(::link(QFile::encodeName(first).constData(), QFile::encodeName(second).constData()), 0);
        ScanResult cached;
        QVERIFY(rescanAgrees(2, &cached));
        qint64 sum = 0;
        for (const Environment &environment : cached.environments)
            sum += environment.usage->apparentBytes;
        QCOMPARE(cached.total->apparentBytes, sum - 40000); // in both venvs' sizes, once in the total
        QVERIFY(rescanAgrees(0)); // nothing changed: the total kept with the cache, the file still once
    }

    void deletingAVenvIsSeen()
    {
        QVERIFY(QDir(at(u"Alpha_Driver_1_1"_s)).removeRecursively());
        ScanResult cached;
        QVERIFY(rescanAgrees(0, &cached));
        QVERIFY(!find(cached, u"Alpha_Driver_1_1"_s));
    }

    void replacingAVenvByAnotherOfTheSameNameIsSeen()
    {
        QVERIFY(QDir(at(u"Gamma_Driver_1_1"_s)).removeRecursively());
        QVERIFY(test::writeVenvTree(at(u"Gamma_Driver_1_1"_s), u"3.11.2"_s, u"/usr/bin"_s, {u"idna==3.4"_s}));
        ScanResult cached;
        QVERIFY(rescanAgrees(1, &cached));
        QCOMPARE(find(cached, u"Gamma_Driver_1_1"_s)->packages.size(), 1);
    }

    void aNewVenvIsRead()
    {
        QVERIFY(test::writeVenvTree(at(u"Epsilon_Driver_1_1"_s), u"3.11.2"_s, u"/usr/bin"_s, {u"six==1.16.0"_s}));
        QVERIFY(rescanAgrees(1));
    }

    void aScanWithoutSizesUsesTheCacheButShowsNoSizes()
    {
        QVERIFY(rescanAgrees(0));
        const ScanResult noSizes = scan(true, false);
        QCOMPARE(noSizes.fromCache, int(noSizes.environments.size()));
        for (const Environment &environment : noSizes.environments)
            QVERIFY(!environment.usage);
        QCOMPARE(json(noSizes), json(scan(false, false)));
    }

    void aCorruptCacheIsIgnoredAndReplaced()
    {
        QVERIFY(rescanAgrees(0));
        QFile file(ScanCache::filePath(m_root));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        const QByteArray middle = file.read(16);
        QVERIFY(file.seek(file.size() / 2));
        QByteArray flipped = middle;
        for (char &c : flipped)
            c = char(~c);
        file.write(flipped);
        file.close();
        QVERIFY(rescanAgrees(int(scan(false).environments.size()))); // nothing reused, the right answer
        QVERIFY(rescanAgrees(0));                                   // and a good cache again

        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 3)); // cut short, as by a full disk
        file.close();
        QCOMPARE(scan(true).fromCache, 0);
    }

    // The venvs' shared files are read from the cache only when a venv changed; damaged by then, they are not
    // trusted: everything is read again, and the cache written anew.
    void damagedSharedFilesAreNoticedWhenTheyAreNeeded()
    {
        QVERIFY(rescanAgrees(0));
        QFile file(ScanCache::filePath(m_root));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() - 20)); // the end of the shared files' block, before its checksum block
        const char byte = file.read(1).at(0);
        QVERIFY(file.seek(file.size() - 20));
        file.write(QByteArray(1, char(~byte)));
        file.close();
        QVERIFY(rescanAgrees(0)); // unchanged: they are not needed, and the kept total is right
        QVERIFY(test::writeFile(site(u"Beta_Driver_1_1"_s) + u"/new_module.py"_s, "x = 1\n"));
        QVERIFY(rescanAgrees(int(scan(false).environments.size())));
        QVERIFY(rescanAgrees(0));
    }

    void anotherRootsCacheIsIgnored()
    {
        const QString other = m_dir.filePath(u"other-root"_s);
        QVERIFY(test::copyTree(m_root, other));
        QCOMPARE(scanRoot({other, true, m_logs, true}).fromCache, 0);
        QVERIFY(QFile::remove(ScanCache::filePath(m_root)));
        QVERIFY(QFile::copy(ScanCache::filePath(other), ScanCache::filePath(m_root)));
        QCOMPARE(scan(true).fromCache, 0);
        QVERIFY(rescanAgrees(0));
    }

    // The window's language setting, not only the locale, decides the language of the texts a scan keeps (health
    // reasons): the window and venvdeck-cli share the file, so one in another language is not used, but replaced.
    void aCacheInAnotherLanguageIsNotUsed()
    {
        scan(true); // the cache of this language, when this case runs alone
        QVERIFY(rescanAgrees(0));
        const int count = int(scan(false).environments.size());
        QObject owner;
        installTranslators(&owner, u"de"_s);
        QCOMPARE(scan(true).fromCache, 0);
        QCOMPARE(scan(true).fromCache, count);
        installTranslators(&owner, {}); // the user's locale again, as before
        QCOMPARE(scan(true).fromCache, 0);
        QVERIFY(rescanAgrees(0));
    }
};

QTEST_GUILESS_MAIN(TestScanCache)
#include "tst_scancache.moc"
