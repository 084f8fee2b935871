// The build pipeline with real Pythons and real pip, no mocks: offline from a wheel folder, online from a PEP 503
// index served over loopback by python3 -m http.server, refresh and rebuild, the failures an admin meets
// (a missing pin, an invalid line, a lock held, a timeout, cancel, a killed tool), and the CLI on a 2G shell zip.
#include "build/BuildSource.h"
#include "build/Builder.h"
#include "build/VenvFiles.h"
#include "cleanup/SafeRemoval.h"
#include "scan/EnvironmentReader.h"
#include "scan/OwnerResolver.h"
#include "scan/RootLayout.h"
#include "support/RealVenv.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace venvdeck;
using namespace Qt::StringLiterals;

namespace {

constexpr int buildWaitMs = 240000;

// Every file under `folder` whose path (relative) starts with one of `prefixes`, with its SHA-256.
QMap<QString, QByteArray> hashFiles(const QString &folder, const QStringList &prefixes)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(folder).relativeFilePath(path);
        if (relative.contains(u"__pycache__"_s))
            continue;
        if (std::none_of(prefixes.cbegin(), prefixes.cend(), [&](const QString &p) { return relative.startsWith(p); }))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            hashes.insert(relative, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return hashes;
}

QString sitePackages(const QString &venv)
{
    const QStringList found = QDir(venv + u"/lib"_s).entryList({u"python*"_s}, QDir::Dirs);
    return found.isEmpty() ? QString() : venv + u"/lib/"_s + found.first() + u"/site-packages"_s;
}

// Whether a process of this machine runs with `path` in its command line (Linux: /proc/<pid>/cmdline).
bool processUses(const QString &path)
{
    const QByteArray needle = QFile::encodeName(path);
    for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile cmdline(u"/proc/"_s + pid + u"/cmdline"_s);
        if (pid.toInt() > 0 && cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
            return true;
    }
    return false;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestBuilder final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<PythonInterpreter> m_python;
    QString m_wheels; // the offline folder
    QString m_index;  // the PEP 503 tree
    QString m_root;
    QProcess m_server;
    QString m_indexUrl;
    QString m_leftover; // a killed build's temporary sibling

    QString entriesOfRoot() const
    {
        return QDir(m_root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).join(u", "_s);
    }

    QStringList partialSiblings() const
    {
        QStringList partial;
        for (const QString &name : QDir(m_root).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
            if (rootlayout::isPartialBuildName(name))
                partial.append(name);
        }
        return partial;
    }

    BuildRequest request(const QString &name, const QByteArray &requirements) const
    {
        BuildRequest request;
        request.root = m_root;
        request.name = name;
        request.requirements = QString::fromUtf8(requirements);
        request.requirementsOrigin = u"the test"_s;
        request.ownerName = name;
        request.ownerKind = OwnerKind::Script;
        request.ownerVersion = u"1"_s;
        request.interpreter = *m_python;
        request.index.offlineFolder = m_wheels;
        return request;
    }

    // Runs one build to its end; `onProgress` may act on the builder (cancel it).
    BuildResult run(const BuildRequest &buildRequest,
                    const std::function<void(Builder &, const BuildProgress &)> &onProgress = {})
    {
        Builder builder;
        std::optional<BuildResult> result;
        connect(&builder, &Builder::finished, this, [&](const BuildResult &finished) { result = finished; });
        if (onProgress) {
            connect(&builder, &Builder::progressChanged, this,
                    [&](const BuildProgress &progress) { onProgress(builder, progress); });
        }
        builder.start(buildRequest);
        if (!QTest::qWaitFor([&] { return result.has_value(); }, buildWaitMs)) {
            BuildResult timedOut;
            timedOut.error = u"the test gave up waiting"_s;
            return timedOut;
        }
        return *result;
    }

    static QString describe(const BuildResult &result)
    {
        return result.error + u"\n"_s + result.details.join(u'\n') + u"\nlog: "_s + readAll(result.logPath);
    }

    bool addWheel(const QString &folder, const QString &name, const QString &version,
                  const QStringList &dependencies = {})
    {
        QString error;
        if (test::buildWheel(*m_python, folder, name, version, dependencies, &error).isEmpty()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    // Writes the PEP 503 pages for every wheel in <index>/files.
    void writeIndexPages()
    {
        QMap<QString, QStringList> projects;
        for (const QString &wheel : QDir(m_index + u"/files"_s).entryList({u"*.whl"_s}, QDir::Files))
            projects[wheel.section(u'-', 0, 0).toLower().replace(u'_', u'-')].append(wheel);
        QByteArray root = "<!DOCTYPE html><html><body>\n";
        for (auto it = projects.cbegin(); it != projects.cend(); ++it) {
            root += "<a href=\"" + it.key().toUtf8() + "/\">" + it.key().toUtf8() + "</a>\n";
            QByteArray page = "<!DOCTYPE html><html><body>\n";
            for (const QString &wheel : it.value())
                page += "<a href=\"../../files/" + wheel.toUtf8() + "\">" + wheel.toUtf8() + "</a>\n";
            test::writeFile(m_index + u"/simple/"_s + it.key() + u"/index.html"_s, page + "</body></html>\n");
        }
        test::writeFile(m_index + u"/simple/index.html"_s, root + "</body></html>\n");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::makePipHermetic();
        m_python = test::systemPython3();
        if (!m_python)
            QSKIP("Debian's /usr/bin/python3 with the venv module is needed (apt install python3-venv)");
        m_root = m_dir.filePath(u"root"_s);
        m_wheels = m_dir.filePath(u"wheels"_s);
        m_index = m_dir.filePath(u"index"_s);
        QVERIFY(QDir().mkpath(m_root));
        QVERIFY(addWheel(m_wheels, u"alpha"_s, u"1.0"_s, {u"beta>=1.0"_s}));
        QVERIFY(addWheel(m_wheels, u"beta"_s, u"1.0"_s));
        for (const QString &project : {u"setuptools"_s, u"wheel"_s}) {
            const QString wheel = test::findWheel(test::systemWheelDir(), project);
            QVERIFY2(!wheel.isEmpty(), "Debian's python3-setuptools-whl and python3-wheel-whl are needed");
            QVERIFY(QFile::copy(wheel, m_wheels + u'/' + QFileInfo(wheel).fileName()));
        }
    }

    void killedToolLeavesOnlyThePartialSibling()
    {
        const QString requirements = m_dir.filePath(u"killed.txt"_s);
        QVERIFY(test::writeFile(requirements, "alpha\n"));
        QProcess cli;
        cli.start(test::cliPath(),
                  {u"build"_s, requirements, u"--root"_s, m_root, u"--name"_s, u"Alpha_Script_1_0"_s, u"--owner"_s,
                   u"Killed"_s, u"--python"_s, m_python->path, u"--offline"_s, m_wheels});
        QVERIFY(cli.waitForStarted());
        // Kill it (SIGKILL: no chance to clean up) once its temporary sibling exists.
        const auto markedPartial = [&] {
            const QStringList partial = partialSiblings();
            return !partial.isEmpty() && QFileInfo::exists(m_root + u'/' + partial.first() + u'/' +
                                                           QString::fromUtf16(incompleteBuildMarkerFileName));
        };
        QVERIFY(QTest::qWaitFor([&] { return markedPartial() || cli.state() == QProcess::NotRunning; }, 60000));
        QCOMPARE(cli.state(), QProcess::Running);
        ::kill(pid_t(cli.processId()), SIGKILL);
        QVERIFY(cli.waitForFinished(10000));
        QVERIFY(!QFileInfo::exists(m_root + u"/Alpha_Script_1_0"_s));
        const QStringList partial = partialSiblings();
        QCOMPARE(partial.size(), 1);
        const QString leftover = m_root + u'/' + partial.first();
        // python -m venv dies with the tool (PR_SET_PDEATHSIG); the pip that its ensurepip had started may run on
        // for a moment, an orphan writing into the leftover. The next build is started once it has ended.
        // Quiet for a second on end: a process caught between fork and exec does not show the path yet.
        int quietChecks = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                quietChecks = processUses(leftover) ? 0 : quietChecks + 1;
                return quietChecks >= 100; // qWaitFor polls about every 10 ms
            },
            120000));
        QVERIFY(QFileInfo::exists(leftover + u'/' + QString::fromUtf16(incompleteBuildMarkerFileName)));
        const Read<Environment> read = readEnvironment(leftover, ScanContext{});
        QVERIFY(read.value);
        QVERIFY(read.value->health != Health::Ok); // half-built

        m_leftover = leftover; // offlineBuild, the next build of that name, removes it
    }

    void offlineBuild()
    {
        BuildRequest buildRequest = request(u"Alpha_Script_1_0"_s, "alpha\nsetuptools>=60\n");
        buildRequest.ownerName = u"Alpha Script"_s;
        buildRequest.ownerVersion = u"1.0"_s;
        std::optional<BuildProgress> lastProgress;
        const BuildResult result = run(buildRequest, [&](Builder &, const BuildProgress &p) { lastProgress = p; });
        QVERIFY2(result.ok, qPrintable(describe(result)));
        QCOMPARE(result.action, BuildAction::Built);
        const QString venv = m_root + u"/Alpha_Script_1_0"_s;
        QCOMPARE(result.path, venv);
        QCOMPARE(result.pythonVersion, m_python->version);
        QVERIFY(result.installed.contains(u"alpha-1.0"_s));
        QVERIFY(result.installed.contains(u"beta-1.0"_s));
        QVERIFY(lastProgress && lastProgress->stage == BuildStage::Finished);
        QVERIFY2(partialSiblings().isEmpty(), qPrintable(entriesOfRoot()));
        QVERIFY(!m_leftover.isEmpty() && !QFileInfo::exists(m_leftover)); // the killed build's leftover is gone
        QVERIFY(!QFileInfo::exists(venv + u'/' + QString::fromUtf16(incompleteBuildMarkerFileName)));

        // The ownership record and the requirements as installed.
        const Read<OwnershipRecord> record = readOwnershipRecord(venv);
        QVERIFY(record.value);
        QCOMPARE(record.value->owner, u"Alpha Script"_s);
        QCOMPARE(record.value->ownerKind, OwnerKind::Script);
        QCOMPARE(record.value->ownerVersion, u"1.0"_s);
        QCOMPARE(record.value->pythonVersion, m_python->version);
        QCOMPARE(record.value->requirementsSha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash("alpha\nsetuptools>=60\n", QCryptographicHash::Sha256).toHex()));
        QCOMPARE(readAll(venv + u'/' + QString::fromUtf16(builtRequirementsFileName)), u"alpha\nsetuptools>=60\n"_s);

        // It works under its final name: imports, and pip's script points at the final path.
        const test::ProcessRun imports =
            test::runProcess(venvPythonPath(venv), {u"-c"_s, u"import alpha, beta; print(alpha.VERSION)"_s});
        QVERIFY2(imports.ok(), qPrintable(imports.describe()));
        QCOMPARE(imports.standardOutput.trimmed(), QByteArray("1.0"));
        QVERIFY(readAll(venv + u"/bin/pip"_s).startsWith(u"#!"_s + venv + u"/bin/python"_s));
        QVERIFY(!readAll(venv + u"/pyvenv.cfg"_s).contains(QString::fromUtf16(rootlayout::partialBuildInfix)));

        // The log holds what pip printed.
        QVERIFY(result.logPath.startsWith(rootlayout::buildLogFolder(m_root)));
        QVERIFY(readAll(result.logPath).contains(u"Successfully installed"_s));
        QVERIFY(readAll(result.logPath).contains(u"No broken requirements found"_s)); // the dependency check ran

        // The scanner sees a healthy environment owned by the record.
        const Read<Environment> read = readEnvironment(venv, ScanContext{});
        QVERIFY(read.value);
        QCOMPARE(read.value->health, Health::Ok);
        QCOMPARE(read.value->owner.source, OwnerSource::Record);
    }

    void missingPinFailsClearly()
    {
        const BuildResult result = run(request(u"Pinned_1_0"_s, "beta\nalpha==9.9\n"));
        QVERIFY(!result.ok);
        QVERIFY2(
            result.error ==
                u"No matching distribution found for alpha==9.9 on the offline folder %1 (versions there: 1.0)"_s.arg(
                    m_wheels),
            qPrintable(describe(result)));
        QVERIFY(!QFileInfo::exists(m_root + u"/Pinned_1_0"_s));
        QVERIFY2(partialSiblings().isEmpty(), qPrintable(entriesOfRoot()));
        QVERIFY(readAll(result.logPath).contains(u"No matching distribution found for alpha==9.9"_s));
    }

    void invalidRequirementLine()
    {
        const BuildResult result = run(request(u"Invalid_1_0"_s, "alpha\n\nthis is not a requirement!\n"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(u"requirement line 3 is invalid"_s), qPrintable(describe(result)));
        QVERIFY(!QFileInfo::exists(m_root + u"/Invalid_1_0"_s));
        QVERIFY2(partialSiblings().isEmpty(), qPrintable(entriesOfRoot()));
    }

    void cancelMidInstall()
    {
        bool cancelled = false;
        const BuildResult result =
            run(request(u"Cancelled_1_0"_s, "alpha\nsetuptools\nwheel\n"),
                [&](Builder &builder, const BuildProgress &progress) {
                    // pip is running: it has collected a requirement.
                    if (!cancelled && progress.stage == BuildStage::Installing && progress.collected > 0) {
                        cancelled = true;
                        builder.cancel();
                    }
                });
        QVERIFY(cancelled);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY(!QFileInfo::exists(m_root + u"/Cancelled_1_0"_s));
        QVERIFY2(partialSiblings().isEmpty(), qPrintable(entriesOfRoot()));
    }

    void timeoutEndsTheBuild()
    {
        BuildRequest buildRequest = request(u"Slow_1_0"_s, "alpha\n");
        buildRequest.timeoutSeconds = 1; // python -m venv with ensurepip alone takes longer
        const BuildResult result = run(buildRequest);
        QVERIFY(!result.ok);
        QVERIFY2(result.timedOut, qPrintable(describe(result)));
        QVERIFY(!QFileInfo::exists(m_root + u"/Slow_1_0"_s));
        QVERIFY2(partialSiblings().isEmpty(), qPrintable(entriesOfRoot()));
    }

    void lockKeepsSecondBuildOff()
    {
        QVERIFY(QDir().mkpath(QFileInfo(rootlayout::lockFilePath(m_root, u"Locked_1_0"_s)).absolutePath()));
        QLockFile lock(rootlayout::lockFilePath(m_root, u"Locked_1_0"_s));
        QVERIFY(lock.tryLock(0));
        const BuildResult result = run(request(u"Locked_1_0"_s, "alpha\n"));
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"another VenvDeck process"_s), qPrintable(describe(result)));
        QVERIFY(!QFileInfo::exists(m_root + u"/Locked_1_0"_s));
    }

    void buildsBeyondTheLimitWaitAndCanBeCancelled()
    {
        Builder::setMaxConcurrentBuilds(1);
        QVERIFY(QDir().mkpath(QFileInfo(rootlayout::lockFilePath(m_root, u"Queued_1"_s)).absolutePath()));
        QLockFile lock(rootlayout::lockFilePath(m_root, u"Queued_1"_s)); // each build ends at once: locked
        QVERIFY(lock.tryLock(0));
        Builder first;
        Builder second;
        Builder third;
        QList<BuildStage> secondStages;
        std::optional<BuildResult> firstResult;
        std::optional<BuildResult> secondResult;
        std::optional<BuildResult> thirdResult;
        connect(&second, &Builder::progressChanged, this,
                [&](const BuildProgress &progress) { secondStages.append(progress.stage); });
        connect(&first, &Builder::finished, this, [&](const BuildResult &result) { firstResult = result; });
        connect(&second, &Builder::finished, this, [&](const BuildResult &result) { secondResult = result; });
        connect(&third, &Builder::finished, this, [&](const BuildResult &result) { thirdResult = result; });
        first.start(request(u"Queued_1"_s, "alpha\n"));
        second.start(request(u"Queued_1"_s, "alpha\n"));
        third.start(request(u"Queued_1"_s, "alpha\n"));
        QCOMPARE(secondStages, QList<BuildStage>{BuildStage::Queued}); // waits for the one slot
        third.cancel();                                                // cancelled while it waits
        QVERIFY(QTest::qWaitFor([&] { return firstResult && secondResult && thirdResult; }, 30000));
        Builder::setMaxConcurrentBuilds(0);
        QVERIFY(firstResult->error.contains(u"another VenvDeck process"_s));
        QVERIFY(secondStages.contains(BuildStage::Preparing)); // it got the slot when the first had finished
        QVERIFY(secondResult->error.contains(u"another VenvDeck process"_s));
        QVERIFY(thirdResult->cancelled);
    }

    void python2WithoutVirtualenvSaysSo()
    {
        const std::optional<PythonInterpreter> python2 = []() -> std::optional<PythonInterpreter> {
            for (const PythonInterpreter &python : findPythonInterpreters()) {
                if (python.major() == 2 && !python.hasVirtualenv)
                    return python;
            }
            return std::nullopt;
        }();
        if (!python2)
            QSKIP("no Python 2 without virtualenv on this machine");
        BuildRequest buildRequest = request(u"Legacy_1_2"_s, "alpha\n");
        buildRequest.interpreter = *python2;
        const BuildResult result = run(buildRequest);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"has no venv module, and virtualenv is not installed"_s),
                 qPrintable(describe(result)));
        QVERIFY2(partialSiblings().isEmpty(), qPrintable(entriesOfRoot()));
    }

    void rebuildKeepsTheOldOne()
    {
        const QString venv = m_root + u"/Alpha_Script_1_0"_s;
        QVERIFY(QFileInfo::exists(venv)); // from offlineBuild
        QVERIFY(test::writeFile(venv + u"/old-marker.txt"_s, "old"));
        BuildRequest buildRequest = request(u"Alpha_Script_1_0"_s, "alpha\n");
        buildRequest.mode = BuildMode::Rebuild;
        const BuildResult result = run(buildRequest);
        QVERIFY2(result.ok, qPrintable(describe(result)));
        QCOMPARE(result.action, BuildAction::Rebuilt);
        QVERIFY(!QFileInfo::exists(venv + u"/old-marker.txt"_s));
        QVERIFY(QFileInfo::exists(result.keptOldPath + u"/old-marker.txt"_s));
        QVERIFY(rootlayout::isReplacedEnvironmentName(QFileInfo(result.keptOldPath).fileName()));
        QVERIFY(readAll(result.logPath).contains(u"flagged for removal at the next restart"_s));
        // The old one is in the pending removals: apply-pending removes it at the restart.
        QVERIFY(result.keptOldFlagged);
        QVERIFY(readAll(m_root + u"/.venvdeck/pending-removals.json"_s).contains(QFileInfo(result.keptOldPath).fileName()));
        QVERIFY(unflag(m_root, {QFileInfo(result.keptOldPath).fileName()}).refusal.isEmpty());
        QVERIFY(QDir(result.keptOldPath).removeRecursively());
    }

    void refreshThatBreaksTheSetFails()
    {
        // pip install -r resolves what it is asked for, not what is installed already: a refresh whose requirements
        // pin beta lower than the installed alpha needs leaves a broken set (pip only warns), and so does a package
        // that was put in with --no-deps. The dependency check fails the refresh with pip check's lines.
        const QString venv = m_root + u"/Alpha_Script_1_0"_s; // from rebuildKeepsTheOldOne: alpha 1.0, beta 1.0
        QVERIFY(QFileInfo::exists(venv));
        const QString wheels = m_dir.filePath(u"breaking"_s);
        QVERIFY(addWheel(wheels, u"beta"_s, u"0.9"_s));
        QVERIFY(addWheel(wheels, u"needy"_s, u"1.0"_s, {u"missing-dep"_s, u"alpha; python_version < \"3\""_s}));
        const test::ProcessRun needy = test::pipInstall(venv, {u"needy"_s}, {wheels}, {u"--no-deps"_s});
        QVERIFY2(needy.ok(), qPrintable(needy.describe()));
        const QByteArray recordBefore = readAll(venv + u"/venvdeck.json"_s).toUtf8();

        BuildRequest refresh = request(u"Alpha_Script_1_0"_s, "beta==0.9\n");
        refresh.mode = BuildMode::Refresh;
        refresh.index.offlineFolder = wheels;
        const BuildResult result = run(refresh);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(u"broken dependencies:"_s), qPrintable(describe(result)));
        const QStringList expected = {u"needy 1.0 requires missing-dep, which is not installed."_s,
                                      u"alpha 1.0 has requirement beta>=1.0, but you have beta 0.9."_s};
        QCOMPARE(result.details, expected);
        // The same lines as pip check in that venv, and in the build log.
        const test::ProcessRun pip = test::runProcess(venvPythonPath(venv), {u"-m"_s, u"pip"_s, u"check"_s});
        QVERIFY(!pip.ok());
        QStringList pipLines = QString::fromUtf8(pip.standardOutput).trimmed().split(u'\n');
        pipLines.sort();
        QStringList ours = expected;
        ours.sort();
        QCOMPARE(pipLines, ours);
        const QString log = readAll(result.logPath);
        QVERIFY(log.contains(expected.at(0)) && log.contains(expected.at(1)));
        QCOMPARE(readAll(venv + u"/venvdeck.json"_s).toUtf8(), recordBefore); // not recorded as refreshed
    }

    void onlineBuildThenRefresh()
    {
        // A PEP 503 index over loopback HTTP, with credentials in its URL that must never be shown.
        QVERIFY(addWheel(m_index + u"/files"_s, u"alpha"_s, u"1.0"_s, {u"beta>=1.0"_s}));
        QVERIFY(addWheel(m_index + u"/files"_s, u"beta"_s, u"1.0"_s));
        writeIndexPages();
        m_server.setProcessChannelMode(QProcess::MergedChannels);
        m_server.start(u"/usr/bin/python3"_s, {u"-u"_s, u"-m"_s, u"http.server"_s, u"0"_s, u"--bind"_s, u"127.0.0.1"_s,
                                               u"--directory"_s, m_index});
        QVERIFY(m_server.waitForStarted());
        QByteArray banner;
        QVERIFY(QTest::qWaitFor(
            [&] {
                banner += m_server.readAll();
                return banner.contains("port ");
            },
            20000));
        const QString port = QRegularExpression(uR"(port (\d+))"_s).match(QString::fromUtf8(banner)).captured(1);
        QVERIFY(!port.isEmpty());
        m_indexUrl = u"http://builder:hunter2@127.0.0.1:%1/simple/"_s.arg(port);

        BuildRequest buildRequest = request(u"Online_1_0"_s, "alpha\n");
        buildRequest.index = {};
        buildRequest.index.indexUrl = m_indexUrl;
        buildRequest.index.trustedHost = u"127.0.0.1"_s;
        QStringList lines;
        {
            Builder builder;
            std::optional<BuildResult> result;
            connect(&builder, &Builder::logLine, this, [&](const QString &line) { lines.append(line); });
            connect(&builder, &Builder::finished, this, [&](const BuildResult &finished) { result = finished; });
            builder.start(buildRequest);
            QVERIFY(QTest::qWaitFor([&] { return result.has_value(); }, buildWaitMs));
            QVERIFY2(result->ok, qPrintable(describe(*result)));
            QVERIFY(result->installed.contains(u"alpha-1.0"_s));
            QVERIFY(!readAll(result->logPath).contains(u"hunter2"_s));
            QVERIFY(readAll(result->logPath).contains(u"127.0.0.1:%1"_s.arg(port)));
        }
        QVERIFY(!lines.join(u'\n').contains(u"hunter2"_s));
        QVERIFY(lines.join(u'\n').contains(u"http://****@127.0.0.1"_s));

        const QString venv = m_root + u"/Online_1_0"_s;
        const QString site = sitePackages(venv);
        const QStringList installedParts = {u"alpha"_s, u"beta"_s};
        const QMap<QString, QByteArray> before = hashFiles(site, installedParts);
        QVERIFY(before.size() >= 6); // two modules, two dist-infos of three files or more

        // The package server gets a newer alpha and a new package; the driver's next requirements add gamma.
        QVERIFY(addWheel(m_index + u"/files"_s, u"alpha"_s, u"1.1"_s, {u"beta>=1.0"_s}));
        QVERIFY(addWheel(m_index + u"/files"_s, u"gamma"_s, u"2.0"_s));
        writeIndexPages();
        BuildRequest refresh = buildRequest;
        refresh.requirements = u"alpha\ngamma\n"_s;
        refresh.mode = BuildMode::Refresh;
        refresh.ownerName.clear(); // the record's owner stays
        const BuildResult refreshed = run(refresh);
        QVERIFY2(refreshed.ok, qPrintable(describe(refreshed)));
        QCOMPARE(refreshed.action, BuildAction::Refreshed);
        QCOMPARE(refreshed.installed, QStringList{u"gamma-2.0"_s}); // new on the server, installed
        QCOMPARE(hashFiles(site, installedParts), before);          // the installed ones byte for byte the same
        const std::optional<QMap<QString, QString>> packages = test::pipList(venv);
        QVERIFY(packages);
        QCOMPARE(packages->value(u"alpha"_s), u"1.0"_s); // not upgraded to 1.1
        QCOMPARE(packages->value(u"gamma"_s), u"2.0"_s);
        const Read<OwnershipRecord> record = readOwnershipRecord(venv);
        QVERIFY(record.value);
        QCOMPARE(record.value->owner, u"Online_1_0"_s);
        QCOMPARE(record.value->requirementsSha256,
                 QString::fromLatin1(QCryptographicHash::hash("alpha\ngamma\n", QCryptographicHash::Sha256).toHex()));
    }

    void cliTakesThePackageServerFromCustomerConfig()
    {
        QVERIFY(!m_indexUrl.isEmpty()); // served since onlineBuildThenRefresh
        const QString config = m_dir.filePath(u"customer.config"_s);
        QVERIFY(test::writeFile(config, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n"
                                        "    <add key=\"RequirementsRepository\" value=\"" +
                                            m_indexUrl.toUtf8() +
                                            "\" />\n"
                                            "    <add key=\"RequirementsTrustedHost\" value=\"127.0.0.1\" />\n"
                                            "    <add key=\"DefaultPythonVersion\" value=\"3\" />\n"
                                            "  </appSettings>\n</configuration>\n"));
        const QString requirements = m_dir.filePath(u"script.txt"_s);
        QVERIFY(test::writeFile(requirements, "gamma\n"));
        QProcess cli;
        cli.start(test::cliPath(), {u"build"_s, requirements, u"--root"_s, m_root, u"--owner"_s, u"Config Script"_s,
                                    u"--owner-version"_s, u"2"_s, u"--customer-config"_s, config, u"--python"_s,
                                    m_python->path, u"--format"_s, u"json"_s, u"--verbose"_s});
        QVERIFY(cli.waitForFinished(buildWaitMs));
        const QByteArray out = cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, err.constData());
        QVERIFY(!out.contains("hunter2") && !err.contains("hunter2")); // credentials never shown
        const QJsonObject json = QJsonDocument::fromJson(out).object();
        QCOMPARE(json.value(u"name"_s).toString(), u"Config_Script_2"_s);
        QVERIFY(json.value(u"packageSources"_s).toString().contains(u"http://****@127.0.0.1"_s));
        QCOMPARE(json.value(u"installed"_s).toArray(), QJsonArray{u"gamma-2.0"_s});
    }

    void cliListsInterpreters()
    {
        QProcess cli;
        cli.start(test::cliPath(), {u"interpreters"_s, u"--format"_s, u"json"_s});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray list = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
        const bool found = std::any_of(list.cbegin(), list.cend(), [&](const QJsonValue &value) {
            return value.toObject().value(u"realPath"_s).toString() == m_python->realPath &&
                   value.toObject().value(u"version"_s).toString() == m_python->version &&
                   value.toObject().value(u"canMakeVenvs"_s).toBool();
        });
        QVERIFY(found);
    }

    void unreachableIndexSaysSo()
    {
        qputenv("PIP_RETRIES", "1"); // pip names the connection error only when it retries
        qputenv("PIP_TIMEOUT", "5");
        BuildRequest buildRequest = request(u"Unreachable_1_0"_s, "alpha\n");
        buildRequest.index = {};
        buildRequest.index.indexUrl = u"http://user:pw@127.0.0.1:9/simple/"_s; // the discard port: refused
        const BuildResult result = run(buildRequest);
        qunsetenv("PIP_RETRIES");
        qunsetenv("PIP_TIMEOUT");
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(u"the package index is unreachable"_s), qPrintable(describe(result)));
        QVERIFY(!result.error.contains(u"pw@"_s));
        QVERIFY2(partialSiblings().isEmpty(), qPrintable(entriesOfRoot()));
    }

    void cliBuildsShellPackageAndRefreshes()
    {
        // A 2G shell package as CloudShell's shellfoundry makes it.
        QByteArray driver;
        {
            const QString driverPath = m_dir.filePath(u"TestShell2GDriver.zip"_s);
            QVERIFY(test::writeZip(driverPath,
                                   {{u"drivermetadata.xml"_s,
                                     "<Driver Name=\"Test Shell 2G Driver\" Version=\"1.0.3\" "
                                     "MainClass=\"driver.TestShell2GDriver\" PythonVersion=\"3\"><Layout/></Driver>\n"},
                                    {u"requirements.txt"_s, "alpha>=1.0\n"},
                                    {u"driver.py"_s, "class TestShell2GDriver: pass\n"}}));
            QFile file(driverPath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            driver = file.readAll();
        }
        const QString package = m_dir.filePath(u"Test Shell 2G.zip"_s);
        QVERIFY(test::writeZip(
            package, {{u"TOSCA-Metadata/TOSCA.meta"_s,
                       "TOSCA-Meta-File-Version: 1.0\nEntry-Definitions: shell-definition.yaml\n"},
                      {u"shell-definition.yaml"_s, "tosca_definitions_version: tosca_simple_yaml_1_0\n\nmetadata:\n"
                                                   "  template_name: Test Shell 2G\n  template_author: Anonymous\n"
                                                   "  template_version: 1.0.3\n  template_icon: shell-icon.png\n"},
                      {u"shell-icon.png"_s, "PNG"},
                      {u"TestShell2GDriver.zip"_s, driver}}));
        QProcess cli;
        cli.start(test::cliPath(), {u"build"_s, package, u"--root"_s, m_root, u"--python"_s, m_python->path,
                                    u"--offline"_s, m_wheels, u"--format"_s, u"json"_s});
        QVERIFY(cli.waitForFinished(buildWaitMs));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 0);
        // Every value read from the package is shown before the build.
        QVERIFY2(err.contains(u"template_name: Test Shell 2G"_s) && err.contains(u"PythonVersion: 3"_s),
                 qPrintable(err));
        const QJsonObject json = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(json.value(u"name"_s).toString(), u"Test_Shell_2G_1_0_3"_s);
        QCOMPARE(json.value(u"action"_s).toString(), u"built"_s);
        QVERIFY(json.value(u"installed"_s).toArray().contains(u"alpha-1.0"_s));
        QVERIFY(QFileInfo::exists(json.value(u"log"_s).toString()));
        const Read<OwnershipRecord> record = readOwnershipRecord(m_root + u"/Test_Shell_2G_1_0_3"_s);
        QVERIFY(record.value);
        QCOMPARE(record.value->owner, u"Test Shell 2G"_s);
        QCOMPARE(record.value->ownerKind, OwnerKind::Driver);

        // refresh NAME: the kept requirements, nothing new offline.
        QProcess refresh;
        refresh.start(test::cliPath(), {u"refresh"_s, u"Test_Shell_2G_1_0_3"_s, u"--root"_s, m_root, u"--offline"_s,
                                        m_wheels, u"--format"_s, u"json"_s});
        QVERIFY(refresh.waitForFinished(buildWaitMs));
        QCOMPARE(refresh.exitCode(), 0);
        const QJsonObject refreshed = QJsonDocument::fromJson(refresh.readAllStandardOutput()).object();
        QCOMPARE(refreshed.value(u"action"_s).toString(), u"refreshed"_s);
        QVERIFY(refreshed.value(u"installed"_s).toArray().isEmpty());

        // A missing pin through the CLI: exit 1 and the requirement named.
        const QString pinned = m_dir.filePath(u"pinned.txt"_s);
        QVERIFY(test::writeFile(pinned, "alpha==7.7\n"));
        QProcess failing;
        failing.start(test::cliPath(), {u"build"_s, pinned, u"--root"_s, m_root, u"--owner"_s, u"Pinned"_s,
                                        u"--python"_s, m_python->path, u"--offline"_s, m_wheels});
        QVERIFY(failing.waitForFinished(buildWaitMs));
        QCOMPARE(failing.exitCode(), 1);
        QVERIFY(QString::fromUtf8(failing.readAllStandardError())
                    .contains(u"No matching distribution found for alpha==7.7"_s));
        QVERIFY(!QFileInfo::exists(m_root + u"/Pinned"_s));
    }

    void cleanupTestCase()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }
};

QTEST_GUILESS_MAIN(TestBuilder)
#include "tst_builder.moc"
