// Faults of the root itself: mounted read-only, a venv this user cannot read, venvs that vanish while a scan
// runs, and a root of 10,000 entries with names in many scripts, spaces, links out of the root and link loops.
// The tests run as root, which ignores permission bits: a read-only bind mount (in a mount namespace of the
// test's own) makes the root read-only, and `setpriv` runs the CLI as `nobody` to meet an unreadable venv.
#include "cleanup/PendingManifest.h"
#include "scan/RootLayout.h"
#include "scan/Scanner.h"
#include "support/Faults.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace venvdeck;
using namespace Qt::StringLiterals;

namespace {

QJsonObject environmentNamed(const QJsonObject &listing, const QString &name)
{
    for (const QJsonValue &value : listing.value(u"environments"_s).toArray()) {
        if (value.toObject().value(u"name"_s).toString() == name)
            return value.toObject();
    }
    return {};
}

// A folder name in Latin-1 bytes, as an old tool may write it on a UTF-8 system ("Treißer").
constexpr char latin1Name[] = "/Latin1_Trei\xdf""er_1_0";

QString errorsText(const QJsonObject &listing)
{
    QStringList lines;
    for (const QJsonValue &value : listing.value(u"errors"_s).toArray())
        lines.append(value.toObject().value(u"path"_s).toString() + u": "_s + value.toObject().value(u"message"_s).toString());
    return lines.join(u'\n');
}

} // namespace

class TestFaultsRoot final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_config;
    QString m_mountError;

    test::CliRun cli(QStringList arguments, const QString &root = {}) const
    {
        arguments.insert(1, u"--root"_s);
        arguments.insert(2, root.isEmpty() ? m_root : root);
        return test::runCli(arguments, m_config, 120000);
    }

private Q_SLOTS:
    void initTestCase() { m_mountError = test::enterPrivateMountNamespace(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_root = m_dir->filePath(u"venv"_s);
        m_config = m_dir->filePath(u"config"_s);
        QVERIFY(QDir().mkpath(m_root));
    }

    void cleanup()
    {
        // A failed test may leave the root mounted read-only, or the folder named in Latin-1 that Qt cannot remove.
        if (m_mountError.isEmpty())
            test::unmount(m_root);
        ::rmdir(QFile::encodeName(m_root).append(latin1Name).constData());
        m_dir.reset();
    }

    // Injected: the root mounted read-only (bind mount, remount ro) with two venvs, one of them flagged.
    // Verified: list still lists both (exit 0); flag, apply-pending and build each fail with exit 1 and a
    // message that names the path and says the root is read-only; nothing under the root changed.
    void readOnlyRoot()
    {
        if (!m_mountError.isEmpty())
            QSKIP(qPrintable(u"no mount namespace here ("_s + m_mountError + u")"_s));
        QVERIFY(test::writeVenvTree(m_root + u"/Ro_Driver_1_1"_s, u"3.11.2"_s, u"/usr/bin"_s, {u"paramiko==2.7.2"_s}));
        QVERIFY(test::writeVenvTree(m_root + u"/Ro_Driver_1_2"_s, u"3.11.2"_s, u"/usr/bin"_s, {u"paramiko==2.7.2"_s}));
        const test::CliRun flagged = cli({u"flag"_s, u"Ro_Driver_1_1"_s});
        QVERIFY2(flagged.exitCode == 0, qPrintable(flagged.describe()));
        // The root itself, at its own path (the manifest names it), bound read-only onto itself.
        const QString readOnly = m_root;
        const QMap<QString, QString> before = test::treeFingerprint(m_root);
        if (const QString error = test::bindMountReadOnly(m_root, readOnly); !error.isEmpty())
            QSKIP(qPrintable(u"no read-only bind mount here: "_s + error));

        const test::CliRun list = cli({u"list"_s, u"--format"_s, u"json"_s}, readOnly);
        QVERIFY2(list.exitCode == 0 && list.json().value(u"environments"_s).toArray().size() == 2,
                 qPrintable(u"injected: a read-only root; verified: list still lists it\n"_s + list.describe()));

        const test::CliRun flag = cli({u"flag"_s, u"Ro_Driver_1_2"_s}, readOnly);
        QVERIFY2(flag.exitCode == 1 && flag.err.contains(u"read-only"_s) && flag.err.contains(readOnly),
                 qPrintable(u"injected: a read-only root; verified: flag says so, naming the path\n"_s + flag.describe()));

        const test::CliRun apply = cli({u"apply-pending"_s}, readOnly);
        QVERIFY2(apply.exitCode == 1 && apply.err.contains(u"read-only"_s) && apply.err.contains(readOnly),
                 qPrintable(u"injected: a read-only root; verified: apply-pending says so, naming the path\n"_s +
                            apply.describe()));

        const QString requirements = m_dir->filePath(u"requirements.txt"_s);
        QVERIFY(test::writeFile(requirements, "alpha\n"));
        const test::CliRun build = cli({u"build"_s, requirements, u"--name"_s, u"Ro_Driver_1_3"_s, u"--owner"_s,
                                        u"Ro Driver"_s, u"--python"_s, u"/usr/bin/python3"_s, u"--offline"_s,
                                        m_dir->path(), u"--format"_s, u"json"_s},
                                       readOnly);
        const QString buildError = build.json().value(u"error"_s).toString();
        QVERIFY2(build.exitCode == 1 && buildError.contains(u"the root is not writable"_s) &&
                     buildError.contains(readOnly),
                 qPrintable(u"injected: a read-only root; verified: build says so, naming the lock it could not "
                            u"make\n"_s + build.describe()));

        const QStringList changed = test::fingerprintDifferences(before, test::treeFingerprint(m_root));
        QVERIFY(test::unmount(readOnly).isEmpty());
        QVERIFY2(changed.isEmpty(), qPrintable(u"injected: a read-only root; verified: nothing changed, but "_s +
                                               changed.join(u", "_s)));
    }

    // Injected: run as `nobody` (setpriv), a root with a readable venv, a venv of mode 0700 owned by root, and a
    // venv whose one METADATA file is mode 0600. Verified: list exits 0; the unreadable venv is listed as broken
    // with "the folder cannot be read (permission denied)" and its path in errors; the unreadable METADATA is
    // named in errors; the readable venv is ok with its package.
    void unreadableVenvAsAnotherUser()
    {
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        if (::geteuid() != 0 || setpriv.isEmpty())
            QSKIP("needs root and setpriv (util-linux) to run the CLI as nobody");
        QVERIFY(QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                         QFile::ReadOther | QFile::ExeOther));
        QVERIFY(test::writeVenvTree(m_root + u"/Open_Driver_1_1"_s, u"3.11.2"_s, u"/usr/bin"_s, {u"paramiko==2.7.2"_s}));
        QVERIFY(test::writeVenvTree(m_root + u"/Closed_Driver_1_1"_s, u"3.11.2"_s, u"/usr/bin"_s, {u"paramiko==2.7.2"_s}));
        QVERIFY(test::writeVenvTree(m_root + u"/Half_Driver_1_1"_s, u"3.11.2"_s, u"/usr/bin"_s, {u"paramiko==2.7.2"_s}));
        QVERIFY(::chmod(QFile::encodeName(m_root + u"/Closed_Driver_1_1"_s).constData(), 0700) == 0);
        const QString metadata = m_root + u"/Half_Driver_1_1/lib/python3.11/site-packages/paramiko-2.7.2.dist-info/METADATA"_s;
        QVERIFY(QFileInfo::exists(metadata));
        QVERIFY(::chmod(QFile::encodeName(metadata).constData(), 0600) == 0);

        const test::CliRun list = test::runCli(
            {u"list"_s, u"--root"_s, m_root, u"--format"_s, u"json"_s}, m_dir->filePath(u"nobody-config"_s), 120000,
            {{u"HOME"_s, m_dir->filePath(u"nobody-home"_s)}},
            {setpriv, u"--reuid=nobody"_s, u"--regid=nogroup"_s, u"--clear-groups"_s});
        const QString context = u"injected: list run as nobody over a venv of mode 0700 and a METADATA of mode 0600; verified"_s;
        QVERIFY2(list.exitCode == 0, qPrintable(context + u": exit 0\n"_s + list.describe()));
        const QJsonObject listing = list.json();
        const QJsonObject closed = environmentNamed(listing, u"Closed_Driver_1_1"_s);
        QVERIFY2(closed.value(u"health"_s).toString() == u"broken"_s &&
                     closed.value(u"healthReasons"_s).toArray().contains(u"the folder cannot be read (permission denied)"_s),
                 qPrintable(context + u": the unreadable venv is broken and says why\n"_s + list.out.left(3000)));
        QVERIFY2(errorsText(listing).contains(m_root + u"/Closed_Driver_1_1: permission denied"_s),
                 qPrintable(context + u": errors name it\n"_s + errorsText(listing)));
        QVERIFY2(errorsText(listing).contains(metadata),
                 qPrintable(context + u": errors name the unreadable METADATA\n"_s + errorsText(listing)));
        const QJsonObject open = environmentNamed(listing, u"Open_Driver_1_1"_s);
        QVERIFY2(open.value(u"health"_s).toString() == u"ok"_s && open.value(u"packages"_s).toArray().size() == 1,
                 qPrintable(context + u": the readable venv is read in full\n"_s + list.out.left(3000)));
    }

    // Injected: 120 venvs, of which 60 are deleted and 20 replaced by a file right after the scanner has listed
    // the root and before it reads them (Scanner::started). Verified: the scan ends, each deleted one is reported
    // "vanished during the scan" by path and not listed, each replaced one is reported as a file, and all 40
    // that stayed are listed and healthy.
    void venvsVanishDuringAScan()
    {
        QStringList names;
        for (int i = 0; i < 120; ++i) {
            names.append(u"Vanishing_Driver_%1_%2"_s.arg(i / 10).arg(i % 10));
            QVERIFY(test::writeVenvTree(m_root + u'/' + names.last(), u"3.11.2"_s, u"/usr/bin"_s, {u"paramiko==2.7.2"_s}));
        }
        Scanner scanner;
        QSet<QString> deleted;
        QSet<QString> replaced;
        connect(&scanner, &Scanner::started, this, [&](const QString &, int count) {
            QCOMPARE(count, 120);
            for (int i = 0; i < 80; ++i) {
                const QString path = m_root + u'/' + names.at(i);
                QVERIFY(QDir(path).removeRecursively());
                if (i < 60) {
                    deleted.insert(path);
                } else {
                    QVERIFY(test::writeFile(path, "not a venv any more"));
                    replaced.insert(path);
                }
            }
        });
        std::optional<ScanResult> finished;
        connect(&scanner, &Scanner::finished, this, [&](const ScanResult &result) { finished = result; });
        ScanOptions options;
        options.root = m_root;
        options.logsRoot = m_dir->filePath(u"no-logs"_s);
        scanner.start(options);
        QVERIFY2(QTest::qWaitFor([&] { return finished.has_value(); }, 60000),
                 "injected: venvs vanishing mid-scan; verified: the scan must still end");
        QCOMPARE(deleted.size(), 60);
        const ScanResult &result = *finished;
        QSet<QString> vanished;
        QSet<QString> files;
        for (const Problem &problem : result.errors) {
            if (problem.message == u"vanished during the scan"_s)
                vanished.insert(problem.path);
            else if (problem.message.startsWith(u"a file, not a venv folder"_s))
                files.insert(problem.path);
        }
        QVERIFY2(vanished == deleted, qPrintable(u"injected: 60 venvs deleted after the listing; verified: each is "
                                                 u"reported as vanished (got %1)"_s.arg(vanished.size())));
        QVERIFY2(files == replaced, qPrintable(u"injected: 20 venvs replaced by files; verified: each is reported "
                                               u"(got %1)"_s.arg(files.size())));
        QCOMPARE(result.environments.size(), 40);
        for (const Environment &environment : result.environments)
            QVERIFY2(environment.health == Health::Ok, qPrintable(environment.name + u" stayed and must be ok"_s));
    }

    // Injected: a root of 10,000 entries: 9,800 folders (empty, and venvs named in Cyrillic, CJK, Arabic,
    // Hebrew, Devanagari, emoji, combining marks and with spaces), 100 plain files, links out of the root (to a
    // folder holding a precious file, to /, to ..), a link to the root itself, two links pointing at each other,
    // a dangling link, and inside two venvs links to the precious folder and a link loop. Verified: `list
    // --format json` exits 0 and accounts for every entry (each folder and link listed, each file in errors);
    // links are never followed (listed as not-a-venv, sizes do not include their targets); `flag` refuses a link
    // and accepts names in every script; `prune` flags only real folders (the superseded builds); apply-pending
    // removes exactly those, and the precious file outside is untouched.
    void tenThousandEntriesManyScriptsAndLinks()
    {
        const QString precious = m_dir->filePath(u"outside/precious"_s);
        QVERIFY(test::writeFile(precious + u"/keep.txt"_s, "keep me"));
        const QStringList owners{u"Драйвер коммутатора"_s, u"交换机驱动"_s, u"مشغل الشبكة"_s, u"מנהל התקן"_s,
                                 u"चालक"_s, u"🚀 Rocket Driver"_s, u"Cafe\u0301 Driver"_s, u"Default Sandbox Setup 2.0"_s};
        QStringList venvs;
        for (const QString &owner : owners) {
            const QString base = QString(owner).replace(u' ', u'_');
            for (int build : {1, 2}) {
                venvs.append(base + u"_1_%1"_s.arg(build));
                const QString path = m_root + u'/' + venvs.last();
                QVERIFY2(test::writeVenvTree(path, u"3.11.2"_s, u"/usr/bin"_s, {u"paramiko==2.7.2"_s}), qPrintable(path));
                QVERIFY(QFile::link(precious, path + u"/lib/precious-link"_s));
                QVERIFY(QFile::link(u".."_s, path + u"/lib/python3.11/site-packages/loop"_s));
            }
        }
        int folders = int(venvs.size());
        for (int i = 0; folders < 9800; ++i, ++folders)
            QVERIFY(QDir().mkdir(m_root + u"/Пустая папка %1 空"_s.arg(i)));
        for (int i = 0; i < 100; ++i)
            QVERIFY(test::writeFile(m_root + u"/file %1.txt"_s.arg(i), "x"));
        const QStringList links{u"to-precious"_s, u"to-slash"_s, u"to-parent"_s, u"to-self"_s, u"loop-a"_s, u"loop-b"_s,
                                u"dangling"_s};
        QVERIFY(QFile::link(QFileInfo(precious).absolutePath(), m_root + u"/to-precious"_s));
        QVERIFY(QFile::link(u"/"_s, m_root + u"/to-slash"_s));
        QVERIFY(QFile::link(u".."_s, m_root + u"/to-parent"_s));
        QVERIFY(QFile::link(m_root, m_root + u"/to-self"_s));
        QVERIFY(QFile::link(m_root + u"/loop-b"_s, m_root + u"/loop-a"_s));
        QVERIFY(QFile::link(m_root + u"/loop-a"_s, m_root + u"/loop-b"_s));
        QVERIFY(QFile::link(m_root + u"/nowhere"_s, m_root + u"/dangling"_s));
        QCOMPARE(QDir(m_root).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot).size(), 9907);
        for (int i = 0; i < 92; ++i)
            QVERIFY(QDir().mkdir(m_root + u"/Folder with  two spaces %1"_s.arg(i)));
        // A name that is not UTF-8 (Latin-1 bytes, as an old tool may write them): 10,000 entries in all.
        QVERIFY(::mkdir(QFile::encodeName(m_root).append(latin1Name).constData(), 0755) == 0);
        const QMap<QString, QString> preciousBefore = test::treeFingerprint(QFileInfo(precious).absolutePath());

        const test::CliRun list = cli({u"list"_s, u"--format"_s, u"json"_s});
        const QString context = u"injected: a root of 10,000 entries in many scripts, with links out and loops; verified"_s;
        QVERIFY2(list.exitCode == 0, qPrintable(context + u": list exits 0\n"_s + list.describe()));
        const QJsonObject listing = list.json();
        const QJsonArray environments = listing.value(u"environments"_s).toArray();
        QVERIFY2(environments.size() == 9899,
                 qPrintable(context + u": 9,892 folders and 7 links listed, got %1"_s.arg(environments.size())));
        int fileErrors = 0;
        for (const QJsonValue &value : listing.value(u"errors"_s).toArray())
            fileErrors += value.toObject().value(u"message"_s).toString().startsWith(u"a file, not a venv"_s) ? 1 : 0;
        QCOMPARE(fileErrors, 100);
        QVERIFY2(errorsText(listing).contains(u"its name is not valid UTF-8"_s),
                 qPrintable(context + u": the folder whose name is not UTF-8 is reported as such, not as vanished\n"_s +
                            errorsText(listing).right(2000)));
        for (const QString &link : links) {
            const QJsonObject environment = environmentNamed(listing, link);
            QVERIFY2(environment.value(u"health"_s).toString() == u"not-a-venv"_s &&
                         environment.value(u"healthReasons"_s).toArray().first().toString().contains(u"does not follow"_s),
                     qPrintable(context + u": the link "_s + link + u" is listed, not followed"_s));
        }
        for (const QString &venv : std::as_const(venvs)) {
            const QJsonObject environment = environmentNamed(listing, venv);
            QVERIFY2(environment.value(u"health"_s).toString() == u"ok"_s,
                     qPrintable(context + u": "_s + venv + u" is listed whole and healthy"_s));
            QVERIFY2(environment.value(u"sizeBytes"_s).toDouble() < 1024 * 1024,
                     qPrintable(context + u": the size of "_s + venv + u" does not follow its links"_s));
        }

        const test::CliRun flagLink = cli({u"flag"_s, u"to-precious"_s});
        QVERIFY2(flagLink.exitCode == 1 && flagLink.err.contains(u"symbolic link"_s),
                 qPrintable(context + u": flag refuses a link\n"_s + flagLink.describe()));
        const test::CliRun flagScripts = cli({u"flag"_s, venvs.at(0), venvs.at(2), venvs.at(10)});
        QVERIFY2(flagScripts.exitCode == 0, qPrintable(context + u": flag takes names in any script\n"_s + flagScripts.describe()));
        const test::CliRun unflagScripts = cli({u"unflag"_s, venvs.at(0), venvs.at(2), venvs.at(10)});
        QVERIFY2(unflagScripts.exitCode == 0, qPrintable(unflagScripts.describe()));

        const test::CliRun prune = cli({u"prune"_s, u"--policy"_s, u"superseded"_s, u"--format"_s, u"json"_s});
        QVERIFY2(prune.exitCode == 0, qPrintable(context + u": prune exits 0\n"_s + prune.describe()));
        const Read<PendingManifest> manifest = loadPendingManifest(m_root);
        QVERIFY(manifest.value);
        QSet<QString> flagged;
        for (const PendingRemoval &entry : manifest.value->entries)
            flagged.insert(entry.name);
        QSet<QString> superseded;
        for (int i = 0; i < venvs.size(); i += 2)
            superseded.insert(venvs.at(i)); // build 1 of each owner; build 2 is the newest
        QVERIFY2(flagged == superseded,
                 qPrintable(context + u": prune flags exactly the superseded builds, got "_s +
                            QStringList(flagged.cbegin(), flagged.cend()).join(u", "_s)));

        const test::CliRun apply = cli({u"apply-pending"_s, u"--format"_s, u"json"_s});
        QVERIFY2(apply.exitCode == 0, qPrintable(context + u": apply-pending removes them\n"_s + apply.describe()));
        for (const QString &venv : std::as_const(venvs)) {
            QVERIFY2(QFileInfo::exists(m_root + u'/' + venv) != superseded.contains(venv),
                     qPrintable(context + u": exactly the superseded are gone: "_s + venv));
        }
        QVERIFY2(test::treeFingerprint(QFileInfo(precious).absolutePath()) == preciousBefore,
                 qPrintable(context + u": the folder the links point to is untouched"_s));
        for (const QString &link : links)
            QVERIFY2(QFileInfo(m_root + u'/' + link).isSymLink(), qPrintable(context + u": the link "_s + link + u" stays"_s));
    }
};

QTEST_GUILESS_MAIN(TestFaultsRoot)
#include "tst_faults_root.moc"
