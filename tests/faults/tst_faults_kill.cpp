// Faults: venvdeck-cli is killed (SIGKILL: no handler runs, nothing is cleaned up) at random moments of a
// manifest write (flag/unflag), of apply-pending and of a build, many times over. After every kill the root
// must hold no half-built or half-deleted environment under a live name, and the pending-removal manifest must
// be exactly the old one or exactly the new one. The random generator's seed is printed; set
// VENVDECK_FAULT_SEED to replay a run.
#include "build/VenvFiles.h"
#include "cleanup/InUseDetector.h"
#include "cleanup/PendingManifest.h"
#include "scan/EnvironmentReader.h"
#include "scan/OwnerResolver.h"
#include "scan/RootLayout.h"
#include "support/Faults.h"
#include "support/RealVenv.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

namespace {

QSet<QString> manifestNames(const PendingManifest &manifest)
{
    QSet<QString> names;
    for (const PendingRemoval &entry : manifest.entries)
        names.insert(entry.name);
    return names;
}

QString joined(const QSet<QString> &names)
{
    QStringList list(names.cbegin(), names.cend());
    list.sort();
    return list.size() > 12 ? u"%1 names"_s.arg(list.size()) : list.join(u", "_s);
}

// A venv-shaped tree with `files` extra files, so that deleting it takes long enough to be killed halfway.
bool makeBulkyVenv(const QString &path, int files)
{
    if (!test::writeVenvTree(path, u"3.11.2"_s, u"/usr/bin"_s, {u"paramiko==2.7.2"_s}))
        return false;
    for (int i = 0; i < files; ++i) {
        if (!test::writeFile(path + u"/lib/python3.11/site-packages/bulk/d%1/m%2.py"_s.arg(i % 20).arg(i),
                             QByteArray::number(i).repeated(40)))
            return false;
    }
    return true;
}

} // namespace

class TestFaultsKill final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_config;

    test::CliRun cli(QStringList arguments) const
    {
        arguments.insert(1, u"--root"_s);
        arguments.insert(2, m_root);
        return test::runCli(arguments, m_config, 120000);
    }

    QStringList withRoot(QStringList arguments) const
    {
        arguments.insert(1, u"--root"_s);
        arguments.insert(2, m_root);
        return arguments;
    }

    // The manifest as apply-pending would read it; fails the test when it is refused (a torn write).
    std::optional<PendingManifest> manifest(const QString &context)
    {
        const Read<PendingManifest> read = loadPendingManifest(m_root);
        [&] {
            QVERIFY2(read.value, qPrintable(context + u": the manifest must stay readable after a kill, but: "_s +
                                            (read.problems.isEmpty() ? QString() : read.problems.first().message)));
        }();
        return read.value;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_root = m_dir->filePath(u"venv"_s);
        m_config = m_dir->filePath(u"config"_s);
        QVERIFY(QDir().mkpath(m_root));
    }

    void cleanup() { m_dir.reset(); }

    // Injected: SIGKILL at a random moment of `flag NAME` / `unflag NAME` while the manifest holds ~2,000
    // entries (about 0.5 MB of JSON, so that the write itself takes a while), 30 times, each kill landing
    // between 0 and 1.3x the time an unkilled run takes. Verified after every kill: the manifest still loads
    // (valid JSON, every safety check passes), and its names are exactly the old set or exactly the new one;
    // the next command takes the dead process's manifest lock over. Both outcomes occur over the run.
    void killedManifestWriteLeavesOldOrNew()
    {
        QRandomGenerator random = test::seededGenerator("killedManifestWriteLeavesOldOrNew");
        QStringList names;
        for (int i = 0; i < 2200; ++i) {
            names.append(u"Driver_%1_%2"_s.arg(i / 10).arg(i % 10));
            QVERIFY(QDir().mkdir(m_root + u'/' + names.last()));
        }
        const QStringList flaggedFirst = names.mid(0, 2000);
        const test::CliRun first = cli(QStringList{u"flag"_s} + flaggedFirst);
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));

        // How long one unkilled flag takes here, now.
        QElapsedTimer timer;
        timer.start();
        const test::CliRun measured = cli({u"flag"_s, names.at(2100)});
        const int fullMs = std::max<int>(20, int(timer.elapsed()));
        QVERIFY2(measured.exitCode == 0, qPrintable(measured.describe()));
        std::optional<PendingManifest> current = manifest(u"after the first flags"_s);
        QVERIFY(current);
        QSet<QString> old = manifestNames(*current);

        int sawOld = 0;
        int sawNew = 0;
        int finishedFirst = 0;
        for (int round = 0; round < 30; ++round) {
            const QString name = names.at(int(random.bounded(names.size())));
            const bool flagging = !old.contains(name);
            QSet<QString> expected = old;
            if (flagging)
                expected.insert(name);
            else
                expected.remove(name);
            const int delay = int(random.bounded(fullMs * 13 / 10 + 1));
            const bool killed = test::runCliAndKill(withRoot({flagging ? u"flag"_s : u"unflag"_s, name}), m_config, delay);
            const QString context = u"injected: SIGKILL %1 ms into `%2 %3` (round %4); verified"_s.arg(delay).arg(
                flagging ? u"flag"_s : u"unflag"_s, name).arg(round);
            current = manifest(context);
            QVERIFY(current);
            const QSet<QString> now = manifestNames(*current);
            QVERIFY2(now == old || now == expected,
                     qPrintable(context + u": the manifest must be the old or the new one; it names "_s + joined(now) +
                                u" instead of "_s + joined(old) + u" or "_s + joined(expected)));
            if (!killed)
                ++finishedFirst;
            else if (now == old)
                ++sawOld;
            else
                ++sawNew;
            old = now;
        }
        qInfo("manifest kills: %d before the write took effect, %d after, %d runs finished before the kill (a full "
              "run takes %d ms)",
              sawOld, sawNew, finishedFirst, fullMs);
        QVERIFY2(sawOld > 0, "no kill landed before the manifest was replaced: the kills did not cover the run");
        // The lock a killed process held is taken over: a plain flag still works, and lists what it should.
        const test::CliRun after = cli({u"flag"_s, names.at(2199)});
        QVERIFY2(after.exitCode == 0, qPrintable(u"after 30 kills, flag must still work\n"_s + after.describe()));
        current = manifest(u"after the last flag"_s);
        QVERIFY(current && current->find(names.at(2199)));
    }

    // Injected: SIGKILL at a random moment of `apply-pending` removing 4 flagged venvs of ~400 files each, 3
    // times in a row on the same root, then a run to the end; the whole repeated on fresh roots for ~8 s (twice at least).
    // Verified after every kill: the manifest loads; each flagged name is either exactly as it was (byte for
    // byte) or gone from the root (no half-deleted venv under its name); the trash holds only what the
    // manifest names; the two unflagged venvs are untouched. After the final run: exit 0, all four gone, trash
    // empty, manifest empty, the two others untouched.
    void killedApplyPendingNeverLeavesHalfDeletedVenvs()
    {
        QRandomGenerator random = test::seededGenerator("killedApplyPendingNeverLeavesHalfDeletedVenvs");
        const QStringList flagged{u"Old_Driver_1_1"_s, u"Old_Driver_1_2"_s, u"Old Script_1_0"_s, u"Ünïcode_Driver_2_1"_s};
        const QStringList kept{u"Old_Driver_1_9"_s, u"Live Script_1_3"_s};
        QElapsedTimer budget;
        budget.start();
        int fullMs = 0;
        int rounds = 0;
        int kills = 0;
        // On a loaded machine a run's time varies a lot: go on (up to 12 rounds) until a kill has landed.
        while (rounds < 2 || ((budget.elapsed() < 8000 || kills == 0) && rounds < 12)) {
            ++rounds;
            QVERIFY(QDir(m_root).removeRecursively() && QDir().mkpath(m_root));
            QMap<QString, QMap<QString, QString>> before;
            for (const QString &name : flagged + kept) {
                QVERIFY(makeBulkyVenv(m_root + u'/' + name, 400));
                before.insert(name, test::treeFingerprint(m_root + u'/' + name));
            }
            const test::CliRun flag = cli(QStringList{u"flag"_s} + flagged);
            QVERIFY2(flag.exitCode == 0, qPrintable(flag.describe()));
            if (fullMs == 0) {
                // Measure once, on a copy of the same shape: a run to the end.
                QElapsedTimer timer;
                timer.start();
                const test::CliRun dry = cli({u"apply-pending"_s, u"--dry-run"_s});
                QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
                fullMs = std::max<int>(50, int(timer.elapsed()) * 3); // deleting costs more than checking
            }
            for (int attempt = 0; attempt < 3; ++attempt) {
                const int delay = int(random.bounded(fullMs + 1));
                const bool killed = test::runCliAndKill(withRoot({u"apply-pending"_s}), m_config, delay);
                kills += killed ? 1 : 0;
                const QString context =
                    u"injected: SIGKILL %1 ms into apply-pending (round %2, kill %3)%4; verified"_s.arg(delay).arg(rounds).arg(
                        attempt + 1).arg(killed ? QString() : u" [it finished first]"_s);
                const std::optional<PendingManifest> now = manifest(context);
                QVERIFY(now);
                QSet<QString> trashNames;
                for (const PendingRemoval &entry : now->entries)
                    trashNames.insert(entry.trashName);
                for (const QString &name : flagged) {
                    const QString path = m_root + u'/' + name;
                    if (!QFileInfo::exists(path))
                        continue;
                    const QStringList changed = test::fingerprintDifferences(before.value(name), test::treeFingerprint(path));
                    QVERIFY2(changed.isEmpty(), qPrintable(context + u": "_s + name +
                                                           u" is still under its name, so it must be whole; but "_s +
                                                           changed.join(u", "_s)));
                    QVERIFY2(now->find(name), qPrintable(context + u": "_s + name + u" is still there but no longer flagged"_s));
                }
                for (const QString &name : kept) {
                    const QStringList changed =
                        test::fingerprintDifferences(before.value(name), test::treeFingerprint(m_root + u'/' + name));
                    QVERIFY2(changed.isEmpty(), qPrintable(context + u": the unflagged "_s + name + u" changed: "_s +
                                                           changed.join(u", "_s)));
                }
                for (const QString &inTrash :
                     QDir(rootlayout::trashFolder(m_root)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
                    QVERIFY2(trashNames.contains(inTrash),
                             qPrintable(context + u": the trash holds "_s + inTrash + u", which the manifest does not name"_s));
                }
            }
            const test::CliRun finish = cli({u"apply-pending"_s, u"--format"_s, u"json"_s});
            const QString context = u"after the kills of round %1, apply-pending run to its end"_s.arg(rounds);
            QVERIFY2(finish.exitCode == 0, qPrintable(context + u" must succeed\n"_s + finish.describe()));
            for (const QString &name : flagged)
                QVERIFY2(!QFileInfo::exists(m_root + u'/' + name), qPrintable(context + u": "_s + name + u" must be gone"_s));
            for (const QString &name : kept) {
                QVERIFY2(test::treeFingerprint(m_root + u'/' + name) == before.value(name),
                         qPrintable(context + u": the unflagged "_s + name + u" must be untouched"_s));
            }
            QVERIFY2(QDir(rootlayout::trashFolder(m_root)).isEmpty(), qPrintable(context + u": the trash must be empty"_s));
            const std::optional<PendingManifest> done = manifest(context);
            QVERIFY(done);
            QVERIFY2(done->entries.isEmpty(), qPrintable(context + u": nothing may stay flagged"_s));
        }
        qInfo("apply-pending: %d rounds, %d kills landed on a running process (a full run takes about %d ms)", rounds,
              kills, fullMs);
        QVERIFY2(kills > 0, "no kill landed on a running apply-pending");
    }

    // Injected: SIGKILL at a random moment of `build --rebuild` (python -m venv, pip install, pip check, the
    // record, the renames that swap the new venv in and keep the old one), as many times as ~15 s allow (at
    // least 2), on a real Python with offline wheels. Verified after every kill: the live name is absent or a
    // whole venv (healthy to the scanner, a valid ownership record, no incomplete marker, and its python
    // imports the installed package); a kept `.venvdeck-replaced-` venv is whole too; `list` never shows a
    // partial sibling as healthy; the other venv is untouched; the manifest loads. Finally, once no orphan of a
    // killed build is left, an unkilled rebuild succeeds (putting the old venv back first where a kill left none
    // under the live name) and leaves no partial sibling behind; every replaced copy is then flagged for removal,
    // and apply-pending (the restart) leaves exactly the live venv, whole, and the other one.
    void killedBuildNeverLeavesHalfBuiltVenvUnderItsName()
    {
        test::makePipHermetic();
        const std::optional<PythonInterpreter> python = test::systemPython3();
        if (!python)
            QSKIP("Debian's /usr/bin/python3 with the venv module is needed (apt install python3-venv)");
        QRandomGenerator random = test::seededGenerator("killedBuildNeverLeavesHalfBuiltVenvUnderItsName");
        const QString wheels = m_dir->filePath(u"wheels"_s);
        QString error;
        QVERIFY2(!test::buildWheel(*python, wheels, u"alpha"_s, u"1.0"_s, {}, &error).isEmpty(), qPrintable(error));
        const QString requirements = m_dir->filePath(u"requirements.txt"_s);
        QVERIFY(test::writeFile(requirements, "alpha\n"));
        QVERIFY(test::writeVenvTree(m_root + u"/Other_Driver_1_2"_s, u"3.11.2"_s, u"/usr/bin"_s, {u"x==1"_s}));
        const QMap<QString, QString> other = test::treeFingerprint(m_root + u"/Other_Driver_1_2"_s);
        const QString name = u"Killed_Driver_1_0"_s;
        const QString live = m_root + u'/' + name;
        const QStringList build = withRoot({u"build"_s, requirements, u"--name"_s, name, u"--owner"_s, u"Killed Driver"_s,
                                            u"--python"_s, python->path, u"--offline"_s, wheels, u"--rebuild"_s});

        const auto verifyWhole = [&](const QString &path, const QString &context) {
            const Read<Environment> read = readEnvironment(path, ScanContext{});
            QVERIFY2(read.value && read.value->health == Health::Ok,
                     qPrintable(context + u": "_s + path + u" must be a whole venv, but: "_s +
                                (read.value ? read.value->healthReasons.join(u"; "_s) : u"unreadable"_s)));
            QVERIFY2(readOwnershipRecord(path).value, qPrintable(context + u": "_s + path + u" has no valid record"_s));
            const test::ProcessRun imports = test::runProcess(venvPythonPath(path), {u"-c"_s, u"import alpha"_s}, 60000);
            QVERIFY2(imports.ok(), qPrintable(context + u": "_s + path + u"'s python cannot import alpha: "_s +
                                              imports.describe()));
        };

        QElapsedTimer timer;
        timer.start();
        const test::CliRun first = test::runCli(build, m_config, 600000);
        const int fullMs = int(timer.elapsed());
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));

        QElapsedTimer budget;
        budget.start();
        int kills = 0;
        int liveMissing = 0;
        while (kills < 2 || budget.elapsed() < 15000 - fullMs) {
            const int delay = int(random.bounded(fullMs + 1));
            const bool killed = test::runCliAndKill(build, m_config, delay);
            kills += killed ? 1 : 0;
            const QString context = u"injected: SIGKILL %1 ms into `build --rebuild` (a full build takes %2 ms)%3; "
                                    u"verified"_s.arg(delay).arg(fullMs).arg(killed ? QString() : u" [it finished first]"_s);
            if (QFileInfo::exists(live)) {
                verifyWhole(live, context);
                if (QTest::currentTestFailed())
                    return;
            } else {
                ++liveMissing; // killed between the two renames (or before the first build): the next one puts it back
            }
            for (const QString &entry : QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                if (entry == name || entry == u"Other_Driver_1_2"_s)
                    continue;
                QVERIFY2(entry.startsWith(name + u'.'),
                         qPrintable(context + u": an unexpected folder appeared in the root: "_s + entry));
                if (rootlayout::isReplacedEnvironmentName(entry)) {
                    verifyWhole(m_root + u'/' + entry, context);
                    if (QTest::currentTestFailed())
                        return;
                } else {
                    QVERIFY2(rootlayout::isPartialBuildName(entry), qPrintable(context + u": unexpected "_s + entry));
                }
            }
            QVERIFY2(test::treeFingerprint(m_root + u"/Other_Driver_1_2"_s) == other,
                     qPrintable(context + u": the other venv changed"_s));
            QVERIFY(manifest(context));
        }
        // What list says about the leftovers: a partial sibling is never healthy.
        const test::CliRun list = cli({u"list"_s, u"--no-sizes"_s, u"--no-in-use"_s, u"--format"_s, u"json"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        for (const QJsonValue &value : list.json().value(u"environments"_s).toArray()) {
            const QJsonObject environment = value.toObject();
            if (rootlayout::isPartialBuildName(environment.value(u"name"_s).toString())) {
                QVERIFY2(environment.value(u"health"_s).toString() != u"ok"_s,
                         qPrintable(u"list shows the half-built "_s + environment.value(u"name"_s).toString() + u" as ok"_s));
            }
        }
        qInfo("build: %d kills landed on a running build, %d left no venv under the live name", kills, liveMissing);

        // Orphans of a killed build (ensurepip's pip) may write into a partial sibling for a while; the next
        // build leaves such a folder alone. Once they are gone, a build removes every leftover.
        QStringList partials;
        for (const QString &entry : QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (rootlayout::isPartialBuildName(entry))
                partials.append(m_root + u'/' + entry);
        }
        QVERIFY2(QTest::qWaitFor([&] { return findProcessesUsing(partials).byFolder.isEmpty(); }, 120000),
                 "orphans of the killed builds did not end");
        const test::CliRun last = test::runCli(build, m_config, 600000);
        QVERIFY2(last.exitCode == 0, qPrintable(u"an unkilled rebuild after the kills must succeed\n"_s + last.describe()));
        verifyWhole(live, u"after the final rebuild"_s);
        for (const QString &entry : QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(!rootlayout::isPartialBuildName(entry), qPrintable(u"the final build must remove "_s + entry));
        // No copy a rebuild moved aside takes disk space forever, even when the kill came before the rebuild
        // flagged it: after the final rebuild each one is flagged, and the restart's apply-pending removes them all.
        const std::optional<PendingManifest> flagged = manifest(u"after the final rebuild"_s);
        QVERIFY(flagged);
        int replaced = 0;
        for (const QString &entry : QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            if (!rootlayout::isReplacedEnvironmentName(entry))
                continue;
            ++replaced;
            QVERIFY2(flagged->find(entry), qPrintable(u"after the final rebuild, the replaced "_s + entry +
                                                      u" must be flagged for removal"_s));
        }
        const test::CliRun restart = cli({u"apply-pending"_s});
        QVERIFY2(restart.exitCode == 0, qPrintable(u"apply-pending after the kills\n"_s + restart.describe()));
        QCOMPARE(QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList({name, u"Other_Driver_1_2"_s}));
        verifyWhole(live, u"after apply-pending removed %1 replaced copies"_s.arg(replaced));
        QVERIFY2(test::treeFingerprint(m_root + u"/Other_Driver_1_2"_s) == other, "apply-pending changed the other venv");
    }
};

QTEST_GUILESS_MAIN(TestFaultsKill)
#include "tst_faults_kill.moc"
