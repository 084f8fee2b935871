// The demo root, made for real with this machine's Pythons, then scanned as the GUI and the CLI would.
#include "build/BuildSource.h"
#include "build/PythonInterpreters.h"
#include "demo/DemoRoot.h"
#include "scan/Scanner.h"
#include "support/RealVenv.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace venvdeck;

namespace {

// Every entry below `root` with its size and modification time: "nothing was touched" made checkable.
QHash<QString, QString> snapshot(const QString &root)
{
    QHash<QString, QString> entries;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        entries.insert(info.filePath(), u"%1 %2"_s.arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch()));
    }
    return entries;
}

// The names a root holds that are not the marker: the environments, and any leftover.
QStringList childNames(const QString &root)
{
    QStringList names = QDir(root).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.removeAll(QString::fromUtf16(demoRootMarkerFileName));
    names.removeAll(QString::fromUtf16(demoSourcesFolderName));
    names.sort();
    return names;
}

} // namespace

class TestDemoRoot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    DemoRootResult m_result;
    QStringList m_progress;
    ScanResult m_scan;

    const Environment *scanned(const QString &name) const
    {
        for (const Environment &environment : m_scan.environments) {
            if (environment.name == name)
                return &environment;
        }
        return nullptr;
    }

    void rescan() { m_scan = scanRoot(ScanOptions{m_root, true, m_dir.filePath(u"logs"_s)}); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(u"logs"_s)));
        if (test::venvInterpreters().isEmpty())
            QSKIP("no Python here can make venvs (Debian: apt install python3-venv)");
        m_root = m_dir.filePath(u"demo root"_s); // a space, as in real paths on Windows servers
        m_result = createDemoRoot(m_root, [this](const QString &message) { m_progress << message; });
        QVERIFY2(m_result.ok(), qPrintable(describeProblems(m_result.problems)));
        qInfo("demo root made in %.1f s; notes: %s", double(m_result.elapsedMs) / 1000.0,
              qPrintable(m_result.notes.join(u"; "_s)));
        rescan();
    }

    void everyEnvironmentIsMadeAndLabelled()
    {
        QCOMPARE(m_result.root, m_root);
        QVERIFY(!m_result.reused);
        QStringList created = m_result.created;
        created.sort();
        QStringList expected = demoEnvironmentNames();
        expected.sort();
        QCOMPARE(created, expected);
        QCOMPARE(childNames(m_root), expected); // no temporary siblings left behind
        QVERIFY(isDemoRoot(m_root));
        QFile marker(m_root + u'/' + QString::fromUtf16(demoRootMarkerFileName));
        QVERIFY(marker.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(marker.readAll());
        QVERIFY(text.contains(u"demo root"_s));
        QVERIFY(text.contains(u"deleted"_s));
        for (const QString &name : expected)
            QVERIFY2(text.contains(name), qPrintable(name));
        // Progress named each environment and its Python.
        for (const QString &name : expected) {
            QVERIFY2(std::any_of(m_progress.cbegin(), m_progress.cend(),
                                 [&](const QString &line) {
                                     return line.startsWith(u"Creating "_s + name + u" with Python "_s);
                                 }),
                     qPrintable(m_progress.join(u'\n')));
        }
    }

    void scanSeesRealVenvsMatchingPip()
    {
        QCOMPARE(m_scan.environments.size(), demoEnvironmentNames().size());
        int compared = 0;
        for (const Environment &environment : std::as_const(m_scan.environments)) {
            QCOMPARE(environment.layout, Layout::Posix);
            if (environment.health != Health::Ok)
                continue;
            QVERIFY(environment.baseInterpreterExists.value_or(false));
            QVERIFY(environment.findPackage(u"pip"_s));
            QVERIFY(environment.findPackage(u"setuptools"_s));
            QString error;
            const std::optional<QMap<QString, QString>> pip = test::pipList(environment.path, &error);
            QVERIFY2(pip, qPrintable(error));
            QMap<QString, QString> packages;
            for (const Distribution &distribution : environment.packages)
                packages.insert(distribution.name, distribution.version);
            QCOMPARE(packages, *pip);
            // pip's own script works under the live name (the temporary name was rewritten before the rename).
            const test::ProcessRun run = test::runProcess(environment.path + u"/bin/pip"_s, {u"--version"_s}, 60000);
            QVERIFY2(run.ok(), qPrintable(run.describe()));
            QVERIFY(run.standardOutput.contains(QFile::encodeName(environment.path)));
            ++compared;
        }
        QCOMPARE(compared, demoEnvironmentNames().size() - 1); // all but the broken one
    }

    void supersededPair()
    {
        const Environment *old = scanned(u"Cisco_IOS_Switch_2G_1_7"_s);
        const Environment *current = scanned(u"Cisco_IOS_Switch_2G_1_9"_s);
        QVERIFY(old && current);
        QCOMPARE(old->owner.kind, OwnerKind::Driver);
        QCOMPARE(current->owner.kind, OwnerKind::Driver);
        QCOMPARE(old->owner.name, current->owner.name);
        QVERIFY(old->owner.version != current->owner.version);
        QCOMPARE(old->owner.source, OwnerSource::Name);
        QCOMPARE(old->health, Health::Ok);
        QCOMPARE(current->health, Health::Ok);
        QVERIFY(old->modifiedAt < current->modifiedAt); // the older build was made earlier
        QVERIFY(current->findPackage(u"wheel"_s));
    }

    void pythonMismatchedPair()
    {
        QList<const Environment *> scripts;
        for (const Environment &environment : std::as_const(m_scan.environments)) {
            if (environment.owner.kind == OwnerKind::Script && environment.owner.name == u"Default Sandbox Setup 2.0"_s)
                scripts.append(&environment);
        }
        QCOMPARE(scripts.size(), 2);
        QVERIFY(scripts.at(0)->owner.uid != scripts.at(1)->owner.uid);
        QSet<QString> minors;
        for (const PythonInterpreter &python : test::venvInterpreters()) {
            if (python.major() == 3)
                minors.insert(python.majorMinor());
        }
        const QString first = scripts.at(0)->pythonVersion.section(u'.', 0, 1);
        const QString second = scripts.at(1)->pythonVersion.section(u'.', 0, 1);
        if (minors.size() < 2) {
            QVERIFY(std::any_of(m_result.notes.cbegin(), m_result.notes.cend(),
                                [](const QString &note) { return note.contains(u"only one Python"_s); }));
            QSKIP("only one Python 3 major.minor here: the mismatch needs two (the notes say so)");
        }
        QVERIFY2(first != second, qPrintable(first + u" vs "_s + second));
        // The owner's newest venv is on the other Python.
        const Environment *newest =
            scripts.at(0)->modifiedAt > scripts.at(1)->modifiedAt ? scripts.at(0) : scripts.at(1);
        const Environment *older = newest == scripts.at(0) ? scripts.at(1) : scripts.at(0);
        QVERIFY(newest->pythonVersion.section(u'.', 0, 1) != older->pythonVersion.section(u'.', 0, 1));
        QCOMPARE(older->health, Health::Ok);
        QCOMPARE(newest->health, Health::Ok);
    }

    void brokenForARealReason()
    {
        const Environment *broken = scanned(u"Juniper_JunOS_Switch_2G_1_21"_s);
        QVERIFY(broken);
        QCOMPARE(broken->health, Health::Broken);
        QVERIFY(!broken->healthReasons.isEmpty());
        // Really broken: its python does not run.
        const test::ProcessRun run = test::runProcess(broken->path + u"/bin/python"_s, {u"-c"_s, u"pass"_s}, 30000);
        const bool siteRemoved = broken->sitePackages.isEmpty();
        QVERIFY2(!run.ok() || siteRemoved, qPrintable(run.describe()));
        if (!siteRemoved) {
            QCOMPARE(broken->baseInterpreterExists, std::optional<bool>(false));
            QVERIFY2(broken->healthReasons.join(u'\n').contains(broken->baseInterpreter),
                     qPrintable(broken->healthReasons.join(u'\n')));
            QVERIFY(!QFileInfo::exists(broken->baseInterpreter));
            QVERIFY(broken->findPackage(u"pip"_s)); // what it held is still listed
        }
    }

    void ownershipRecord()
    {
        const Environment *recorded = scanned(u"VCenter_Shell_Driver_4_10"_s);
        QVERIFY(recorded);
        QVERIFY(recorded->record.has_value());
        QCOMPARE(recorded->owner.source, OwnerSource::Record);
        QCOMPARE(recorded->owner.name, u"VCenter Shell Driver"_s);
        QCOMPARE(recorded->owner.kind, OwnerKind::Driver);
        QCOMPARE(recorded->record->pythonVersion, recorded->pythonVersion);
        QCOMPARE(recorded->record->requirementsSha256.size(), 64);
        QCOMPARE(recorded->health, Health::Ok);
    }

    // Build from Package has something to read in the demo root: the next build of the Cisco driver, which the
    // scan does not take for an environment.
    void holdsADriverFolderToBuildFrom()
    {
        const QString folder = demoBuildSource(m_root);
        QVERIFY(folder.startsWith(m_root + u"/.venvdeck-demo-sources/"_s));
        const Read<BuildSource> read = readBuildSource(folder);
        QVERIFY2(read.value, qPrintable(describeProblems(read.problems)));
        QCOMPARE(read.value->kind, BuildSourceKind::DriverFolder);
        QCOMPARE(read.value->ownerName, u"Cisco IOS Switch 2G"_s);
        QCOMPARE(read.value->ownerVersion, u"1.10"_s);
        QCOMPARE(read.value->pythonVersion, u"3"_s);
        QVERIFY(read.value->requirements.contains(u"setuptools"_s));
        QVERIFY(std::none_of(m_scan.environments.cbegin(), m_scan.environments.cend(),
                             [](const Environment &environment) { return environment.name.startsWith(u'.'); }));
        // A root made before the demo had one gets it when it is reused.
        QVERIFY(QDir(m_root + u"/.venvdeck-demo-sources"_s).removeRecursively());
        const DemoRootResult again = createDemoRoot(m_root);
        QVERIFY2(again.ok(), qPrintable(describeProblems(again.problems)));
        QVERIFY(again.reused);
        QVERIFY(QFileInfo::exists(folder + u"/drivermetadata.xml"_s));
    }

    void secondCallReuses()
    {
        const QHash<QString, QString> before = snapshot(m_root);
        const DemoRootResult again = createDemoRoot(m_root);
        QVERIFY2(again.ok(), qPrintable(describeProblems(again.problems)));
        QVERIFY(again.reused);
        QVERIFY(again.created.isEmpty());
        QCOMPARE(snapshot(m_root), before);
    }

    // A run killed mid-way leaves a labelled root, complete venvs and a temporary sibling: the next run
    // removes the leftover and makes only what is missing.
    void interruptedRunIsCompleted()
    {
        const QString name = u"Cisco_IOS_Switch_2G_1_9"_s;
        QVERIFY(QDir(m_root + u'/' + name).removeRecursively());
        const QString leftover = m_root + u"/."_s + name + u".venvdeck-tmp"_s;
        QVERIFY(test::writeFile(leftover + u"/pyvenv.cfg"_s, "home = /nowhere\n"));
        const DemoRootResult again = createDemoRoot(m_root);
        QVERIFY2(again.ok(), qPrintable(describeProblems(again.problems)));
        QVERIFY(!again.reused);
        QCOMPARE(again.created, QStringList{name});
        QVERIFY(!QFileInfo::exists(leftover));
        QStringList expected = demoEnvironmentNames();
        expected.sort();
        QCOMPARE(childNames(m_root), expected);
        rescan();
        const Environment *remade = scanned(name);
        QVERIFY(remade);
        QCOMPARE(remade->health, Health::Ok);
    }

    void cancelLeavesNoHalfMadeVenv()
    {
        const QString root = m_dir.filePath(u"cancelled"_s);
        std::atomic_bool cancel{false};
        int started = 0;
        const DemoRootResult result = createDemoRoot(
            root,
            [&](const QString &message) {
                if (message.startsWith(u"Creating "_s) && ++started == 1)
                    cancel = true; // the first environment's processes are killed mid-way
            },
            &cancel);
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok());
        QVERIFY(isDemoRoot(root)); // labelled, so the next run completes it
        for (const QString &name : childNames(root)) {
            QVERIFY2(!name.startsWith(u'.'), qPrintable(name + u" was left behind"_s));
            QVERIFY2(result.created.contains(name),
                     qPrintable(name + u" is under a live name but was not completed"_s));
        }
    }

    void nonEmptyFolderIsRefusedAndLeftAlone()
    {
        const QString folder = m_dir.filePath(u"someone else's"_s);
        QVERIFY(test::writeFile(folder + u"/keep.txt"_s, "not yours\n"));
        QVERIFY(QDir().mkpath(folder + u"/SomeDriver_1_2/lib"_s));
        const QHash<QString, QString> before = snapshot(folder);
        const DemoRootResult result = createDemoRoot(folder);
        QVERIFY(!result.ok());
        QVERIFY(result.refused);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().path, QDir::cleanPath(folder));
        QVERIFY(result.created.isEmpty());
        QCOMPARE(snapshot(folder), before);
        QVERIFY(!isDemoRoot(folder));

        const QString file = m_dir.filePath(u"a file"_s);
        QVERIFY(test::writeFile(file, "x"));
        const DemoRootResult onFile = createDemoRoot(file);
        QVERIFY(onFile.refused);
        QCOMPARE(onFile.problems.first().path, file);
    }

    void cliPrintsTheRoot()
    {
        QVERIFY2(QFileInfo(test::cliPath()).isExecutable(), qPrintable(test::cliPath())); // a dependency of this test
        test::ProcessRun run = test::runProcess(test::cliPath(), {u"demo"_s, m_root}, 120000);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(QString::fromUtf8(run.standardOutput).trimmed(), m_root);
        QVERIFY(run.standardError.contains("Reused"));

        run = test::runProcess(test::cliPath(), {u"demo"_s, m_dir.filePath(u"someone else's"_s)}, 60000);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.standardOutput.isEmpty());
        QVERIFY(run.standardError.contains("someone else's"));
    }
};

QTEST_GUILESS_MAIN(TestDemoRoot)
#include "tst_demoroot.moc"
