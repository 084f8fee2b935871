// Removal as the issue demands it: exactly the flagged environments, nothing else, refusing every trick.
// Each test snapshots the whole temporary tree first (lstat, links not followed) and ends by checking that
// everything but what was meant to go is as it was.
#include "cleanup/CleanupStatus.h"
#include "cleanup/SafeRemoval.h"
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
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using StatBuffer = struct stat;

using namespace venvdeck;
using namespace Qt::StringLiterals;

namespace {

using Snapshot = QMap<QString, QString>;

// Every path under `dir` with its type, link target or size and content hash; links are never followed.
Snapshot snapshot(const QString &dir)
{
    Snapshot result;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        QString what;
        if (info.isSymLink()) {
            what = u"link:"_s + info.symLinkTarget();
        } else if (info.isDir()) {
            what = u"dir"_s;
        } else {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            what = u"file:"_s +
                   QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Md5).toHex());
        }
        result.insert(QDir(dir).relativeFilePath(path), what);
    }
    return result;
}

// `before` without what lies under the removed names and without the root's state folder.
Snapshot expectedAfter(const Snapshot &before, const QString &rootRelative, const QStringList &removed)
{
    Snapshot result;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        bool gone = it.key().startsWith(rootRelative + u"/.venvdeck"_s);
        for (const QString &name : removed) {
            const QString path = rootRelative + u'/' + name;
            gone = gone || it.key() == path || it.key().startsWith(path + u'/');
        }
        if (!gone)
            result.insert(it.key(), it.value());
    }
    return result;
}

Snapshot withoutState(const Snapshot &after, const QString &rootRelative)
{
    return expectedAfter(after, rootRelative, {});
}

QString outcomes(const ApplyReport &report)
{
    QStringList lines;
    if (!report.refusal.isEmpty())
        lines.append(u"refused: "_s + report.refusal);
    for (const RemovalResult &result : report.results)
        lines.append(result.name + u": "_s + keyword(result.outcome) + u" "_s + result.message);
    return lines.join(u'\n');
}

const RemovalResult *resultFor(const ApplyReport &report, const QString &name)
{
    for (const RemovalResult &result : report.results) {
        if (result.name == name)
            return &result;
    }
    return nullptr;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

class TestSafeRemoval final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_base;
    QString m_root;
    QString m_outside;
    QString m_otherRoot;

    QString at(const QString &name) const { return m_root + u'/' + name; }

    // A venv-shaped tree with links inside pointing out of it: to the interpreter, to a folder and a file
    // outside the root, and to another root's environment. Removal must delete the links, never their targets.
    bool makeVenv(const QString &name)
    {
        const QString path = at(name);
        return test::writeVenvTree(path, u"3.11.2"_s, u"/usr/bin"_s, {u"cloudshell-core==1.0"_s}) &&
               QFile::link(m_outside, path + u"/lib/outside-folder"_s) &&
               QFile::link(m_outside + u"/precious.txt"_s, path + u"/outside-file"_s) &&
               QFile::link(m_otherRoot + u"/Other_1_1"_s, path + u"/other-root-venv"_s) &&
               test::writeFile(path + u"/lib/python3.11/site-packages/__pycache__/x.pyc"_s, "pyc");
    }

    ApplyReport apply(const ApplyOptions &options = {}) const { return applyPendingRemovals(m_root, options); }

    bool flag(const QStringList &names)
    {
        const FlagReport report = flagForRemoval(m_root, names, u"test"_s);
        if (!report.refusal.isEmpty())
            return false;
        return std::all_of(report.results.cbegin(), report.results.cend(),
                           [](const FlagResult &r) { return r.flagged; });
    }

    QJsonObject manifestJson() const
    {
        return QJsonDocument::fromJson(readAll(rootlayout::pendingRemovalsPath(m_root))).object();
    }

    bool writeManifestJson(const QJsonObject &object) const
    {
        return test::writeFile(rootlayout::pendingRemovalsPath(m_root), QJsonDocument(object).toJson());
    }

    QStringList manifestNames() const
    {
        QStringList names;
        for (const QJsonValue &entry : manifestJson().value(u"entries"_s).toArray())
            names.append(entry.toObject().value(u"name"_s).toString());
        return names;
    }

    // A manifest entry naming `name` with the identity of `identityOf` (any path, links not followed).
    QJsonObject forgedEntry(const QString &name, const QString &identityOf) const
    {
        StatBuffer info{};
        ::lstat(QFile::encodeName(identityOf).constData(), &info);
        return QJsonObject{{u"name"_s, name},
                           {u"device"_s, QString::number(info.st_dev)},
                           {u"inode"_s, QString::number(info.st_ino)},
                           {u"builtAt"_s, QJsonValue::Null},
                           {u"flaggedBy"_s, u"mallory"_s},
                           {u"flaggedAt"_s, u"2026-11-25T00:00:00Z"_s},
                           {u"reason"_s, u"forged"_s}};
    }

    void addEntry(const QJsonObject &entry)
    {
        QJsonObject manifest = manifestJson();
        QJsonArray entries = manifest.value(u"entries"_s).toArray();
        entries.append(entry);
        manifest.insert(u"entries"_s, entries);
        QVERIFY(writeManifestJson(manifest));
    }

    Snapshot snap() const { return snapshot(m_base); }
    void verifyOnlyRemoved(const Snapshot &before, const QStringList &removed) const
    {
        const Snapshot after = withoutState(snap(), u"venv"_s);
        const Snapshot expected = expectedAfter(before, u"venv"_s, removed);
        if (after != expected) {
            for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
                if (after.value(it.key()) != it.value())
                    qWarning("changed or missing: %s", qPrintable(it.key()));
            }
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                if (!expected.contains(it.key()))
                    qWarning("unexpected: %s", qPrintable(it.key()));
            }
        }
        QVERIFY(after == expected);
    }

    void verifyUntouched(const Snapshot &before, const QString &prefix) const
    {
        const Snapshot now = snap();
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.key().startsWith(prefix))
                QCOMPARE(now.value(it.key()), it.value());
        }
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_base = m_dir->path();
        m_root = m_base + u"/venv"_s;
        m_outside = m_base + u"/outside"_s;
        m_otherRoot = m_base + u"/other-root"_s;
        QVERIFY(test::writeFile(m_outside + u"/precious.txt"_s, "do not delete"));
        QVERIFY(test::writeFile(m_outside + u"/deep/also.txt"_s, "nor this"));
        QVERIFY(test::writeVenvTree(m_otherRoot + u"/Other_1_1"_s, u"3.11.2"_s, u"/usr/bin"_s, {}));
        for (const QString &name : {u"Drv_1_1"_s, u"Drv_1_2"_s, u"Drv_1_3"_s, u"Keep_1_1"_s})
            QVERIFY(makeVenv(name));
    }

    void cleanup() { m_dir.reset(); }

    void removesExactlyTheFlaggedOnesWithoutFollowingLinks()
    {
        const Snapshot before = snap();
        QVERIFY(flag({u"Drv_1_1"_s, u"Drv_1_2"_s}));
        QCOMPARE(manifestNames(), (QStringList{u"Drv_1_1"_s, u"Drv_1_2"_s}));
        const ApplyReport report = apply();
        QVERIFY2(report.allRemoved(), qPrintable(outcomes(report)));
        QCOMPARE(report.results.size(), 2);
        QCOMPARE(report.results.at(0).outcome, RemovalOutcome::Removed);
        QCOMPARE(manifestNames(), QStringList());
        QVERIFY(QDir(rootlayout::trashFolder(m_root)).isEmpty());
        verifyOnlyRemoved(before, {u"Drv_1_1"_s, u"Drv_1_2"_s});
        // Idempotent: a second run has nothing to do.
        QVERIFY(apply().results.isEmpty());
        verifyOnlyRemoved(before, {u"Drv_1_1"_s, u"Drv_1_2"_s});
    }

    void dryRunChangesNothing()
    {
        QVERIFY(flag({u"Drv_1_1"_s}));
        const Snapshot before = snap();
        ApplyOptions options;
        options.dryRun = true;
        const ApplyReport report = apply(options);
        QCOMPARE(report.results.size(), 1);
        QCOMPARE(report.results.first().outcome, RemovalOutcome::WouldRemove);
        QCOMPARE(snap(), before);
    }

    void symlinkInTheRootPointingOutside()
    {
        QVERIFY(QFile::link(m_outside, at(u"Link_1_1"_s)));
        QVERIFY(QFile::link(m_otherRoot + u"/Other_1_1"_s, at(u"Link_1_2"_s)));
        const Snapshot before = snap();
        const FlagReport flagged = flagForRemoval(m_root, {u"Link_1_1"_s, u"Link_1_2"_s}, {});
        QCOMPARE(flagged.results.size(), 2);
        QVERIFY(!flagged.results.at(0).flagged);
        QVERIFY2(flagged.results.at(0).message.contains(u"link"_s), qPrintable(flagged.results.at(0).message));
        QVERIFY(!flagged.results.at(1).flagged);
        // A manifest edited to name the link with the identity of what it points to, or of the link itself.
        QVERIFY(flag({u"Drv_1_1"_s}));
        addEntry(forgedEntry(u"Link_1_1"_s, m_outside));
        QJsonObject linkItself = forgedEntry(u"Link_1_2"_s, at(u"Link_1_2"_s));
        addEntry(linkItself);
        const ApplyReport report = apply();
        QCOMPARE(resultFor(report, u"Link_1_1"_s)->outcome, RemovalOutcome::Skipped);
        QVERIFY(resultFor(report, u"Link_1_1"_s)->message.contains(u"link"_s));
        QCOMPARE(resultFor(report, u"Link_1_2"_s)->outcome, RemovalOutcome::Skipped);
        QCOMPARE(resultFor(report, u"Drv_1_1"_s)->outcome, RemovalOutcome::Removed);
        QCOMPARE(manifestNames(), (QStringList{u"Link_1_1"_s, u"Link_1_2"_s})); // kept, reported each run
        verifyOnlyRemoved(before, {u"Drv_1_1"_s});
    }

    void namesOutsideTheRootAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("..") << u".."_s;
        QTest::newRow(".") << u"."_s;
        QTest::newRow("../outside") << u"../outside"_s;
        QTest::newRow("Drv_1_1/..") << u"Drv_1_1/.."_s;
        QTest::newRow("/") << u"/"_s;
        QTest::newRow("absolute other root") << u"/tmp"_s;
        QTest::newRow("backslash") << u"..\\outside"_s;
        QTest::newRow("state folder") << u".venvdeck"_s;
        QTest::newRow("empty") << QString();
    }

    void namesOutsideTheRootAreRefused()
    {
        QFETCH(QString, name);
        const Snapshot before = snap();
        const FlagReport flagged = flagForRemoval(m_root, {name, u"Drv_1_1"_s}, {});
        QVERIFY(flagged.refusal.isEmpty());
        QVERIFY(!flagged.results.at(0).flagged);
        QVERIFY(flagged.results.at(1).flagged);
        // Edited into the manifest: the whole manifest is refused, even its legitimate entry stays.
        addEntry(forgedEntry(name, m_outside));
        const ApplyReport report = apply();
        QVERIFY2(!report.refusal.isEmpty(), qPrintable(outcomes(report)));
        QVERIFY(report.results.isEmpty());
        QVERIFY(!pendingStatus(m_root, false, nullptr));
        verifyOnlyRemoved(before, {});
    }

    void manifestForAnotherRootIsRefused()
    {
        const Snapshot before = snap();
        QVERIFY(flag({u"Drv_1_1"_s}));
        QJsonObject manifest = manifestJson();
        manifest.insert(u"root"_s, m_otherRoot);
        QVERIFY(writeManifestJson(manifest));
        ApplyReport report = apply();
        QVERIFY2(report.refusal.contains(u"another root"_s), qPrintable(report.refusal));
        manifest.insert(u"root"_s, u"/"_s);
        QVERIFY(writeManifestJson(manifest));
        report = apply();
        QVERIFY(report.refusal.contains(u"another root"_s));
        verifyOnlyRemoved(before, {});
    }

    void corruptNewerOrUnsafeManifestsAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("corrupt") << u"corrupt"_s << u"corrupt"_s;
        QTest::newRow("truncated") << u"truncated"_s << u"corrupt"_s;
        QTest::newRow("newer schema") << u"newer"_s << u"newer"_s;
        QTest::newRow("duplicate names") << u"duplicate"_s << u"twice"_s;
        QTest::newRow("bad inode") << u"inode"_s << u"inode"_s;
        QTest::newRow("world-writable") << u"mode"_s << u"writable"_s;
        QTest::newRow("writable state folder") << u"folder"_s << u"writable"_s;
        QTest::newRow("owned by someone else") << u"owner"_s << u"owned"_s;
        QTest::newRow("symlink") << u"symlink"_s << u"link"_s;
        QTest::newRow("state folder is a link") << u"state link"_s << u"link"_s;
    }

    void corruptNewerOrUnsafeManifestsAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QVERIFY(flag({u"Drv_1_1"_s}));
        const QString path = rootlayout::pendingRemovalsPath(m_root);
        QJsonObject manifest = manifestJson();
        if (kind == u"corrupt") {
            QVERIFY(test::writeFile(path, "{ not json"));
        } else if (kind == u"truncated") {
            QVERIFY(test::writeFile(path, readAll(path).left(40)));
        } else if (kind == u"newer") {
            manifest.insert(u"schema"_s, 2);
            QVERIFY(writeManifestJson(manifest));
        } else if (kind == u"duplicate") {
            addEntry(manifest.value(u"entries"_s).toArray().first().toObject());
        } else if (kind == u"inode") {
            QJsonObject entry = manifest.value(u"entries"_s).toArray().first().toObject();
            entry.insert(u"inode"_s, 12);
            manifest.insert(u"entries"_s, QJsonArray{entry});
            QVERIFY(writeManifestJson(manifest));
        } else if (kind == u"mode" || kind == u"folder" || kind == u"owner") {
            if (::geteuid() != 0)
                QSKIP("the ownership and mode checks apply only when running as root");
            if (kind == u"mode")
                QVERIFY(::chmod(QFile::encodeName(path).constData(), 0666) == 0);
            else if (kind == u"folder")
                QVERIFY(::chmod(QFile::encodeName(rootlayout::stateFolder(m_root)).constData(), 0777) == 0);
            else
                QVERIFY(::chown(QFile::encodeName(path).constData(), 1000, 1000) == 0);
        } else if (kind == u"state link") {
            QVERIFY(QDir().rename(rootlayout::stateFolder(m_root), m_outside + u"/state"_s));
            QVERIFY(QFile::link(m_outside + u"/state"_s, rootlayout::stateFolder(m_root)));
        } else if (kind == u"symlink") {
            QVERIFY(test::writeFile(m_outside + u"/manifest.json"_s, readAll(path)));
            QVERIFY(QFile::remove(path));
            QVERIFY(QFile::link(m_outside + u"/manifest.json"_s, path));
        }
        const Snapshot before = snap();
        const ApplyReport report = apply();
        QVERIFY2(report.refusal.contains(message), qPrintable(report.refusal));
        QVERIFY(report.results.isEmpty());
        // Flagging and unflagging refuse it too, and leave it as it is.
        QVERIFY(!flagForRemoval(m_root, {u"Drv_1_2"_s}, {}).refusal.isEmpty());
        QVERIFY(!unflag(m_root, {u"Drv_1_1"_s}).refusal.isEmpty());
        QCOMPARE(snap(), before);
    }

    void replacedAfterFlaggingIsLeftAlone()
    {
        QVERIFY(flag({u"Drv_1_1"_s}));
        // Replaced: a new folder under the old name (made before the old one goes, so the inode differs).
        QVERIFY(QDir(m_root).rename(u"Drv_1_1"_s, u"old"_s));
        QVERIFY(makeVenv(u"Drv_1_1"_s));
        QVERIFY(QDir(at(u"old"_s)).removeRecursively());
        // Rebuilt in place: same folder, a new ownership record.
        OwnershipRecord record;
        record.owner = u"Drv"_s;
        record.builtAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(writeOwnershipRecord(at(u"Drv_1_2"_s), record).isEmpty());
        QVERIFY(flag({u"Drv_1_2"_s}));
        record.builtAt = record.builtAt.addDays(1);
        QVERIFY(writeOwnershipRecord(at(u"Drv_1_2"_s), record).isEmpty());
        // Replaced by a file.
        QVERIFY(flag({u"Drv_1_3"_s}));
        QVERIFY(QDir(at(u"Drv_1_3"_s)).removeRecursively());
        QVERIFY(test::writeFile(at(u"Drv_1_3"_s), "a file now"));

        const Snapshot before = snap();
        const ApplyReport report = apply();
        QCOMPARE(report.results.size(), 3);
        for (const RemovalResult &result : report.results)
            QVERIFY2(result.outcome == RemovalOutcome::Skipped, qPrintable(outcomes(report)));
        QVERIFY(resultFor(report, u"Drv_1_1"_s)->message.contains(u"replaced"_s));
        QVERIFY(resultFor(report, u"Drv_1_2"_s)->message.contains(u"rebuilt"_s));
        QVERIFY(resultFor(report, u"Drv_1_3"_s)->message.contains(u"file"_s));
        QCOMPARE(manifestNames().size(), 3);
        const std::optional<QList<PendingStatus>> pending = pendingStatus(m_root, false, nullptr);
        QVERIFY(pending);
        QCOMPARE(pending->first().state, u"replaced"_s);
        verifyOnlyRemoved(before, {});
    }

    void goneAlreadyIsDroppedFromTheManifest()
    {
        QVERIFY(flag({u"Drv_1_1"_s}));
        QVERIFY(QDir(at(u"Drv_1_1"_s)).removeRecursively());
        const Snapshot before = snap();
        const ApplyReport report = apply();
        QCOMPARE(report.results.first().outcome, RemovalOutcome::AlreadyGone);
        QCOMPARE(manifestNames(), QStringList());
        verifyOnlyRemoved(before, {});
    }

    void lockedByABuildIsLeftAlone()
    {
        QVERIFY(flag({u"Drv_1_1"_s, u"Drv_1_2"_s}));
        QVERIFY(QDir().mkpath(QFileInfo(rootlayout::lockFilePath(m_root, u"Drv_1_1"_s)).path()));
        QLockFile buildLock(rootlayout::lockFilePath(m_root, u"Drv_1_1"_s));
        QVERIFY(buildLock.tryLock(0));
        const Snapshot before = snap();
        ApplyReport report = apply();
        QCOMPARE(resultFor(report, u"Drv_1_1"_s)->outcome, RemovalOutcome::Skipped);
        QVERIFY(resultFor(report, u"Drv_1_1"_s)->message.contains(u"lock"_s));
        QCOMPARE(resultFor(report, u"Drv_1_2"_s)->outcome, RemovalOutcome::Removed);
        QCOMPARE(manifestNames(), QStringList{u"Drv_1_1"_s});
        verifyOnlyRemoved(before, {u"Drv_1_2"_s});
        buildLock.unlock();
        report = apply();
        QVERIFY2(report.allRemoved(), qPrintable(outcomes(report)));
        verifyOnlyRemoved(before, {u"Drv_1_1"_s, u"Drv_1_2"_s});
    }

    void partialBuildIsProtectedByItsBuildsLock()
    {
        // A build writes <name>.venvdeck-partial-XXXXXX while holding the lock of <name>.
        const QString partial = u"Drv_1_4"_s + QString::fromUtf16(rootlayout::partialBuildInfix) + u"a1b2c3"_s;
        QVERIFY(makeVenv(partial));
        QVERIFY(flag({partial}));
        QVERIFY(QDir().mkpath(QFileInfo(rootlayout::lockFilePath(m_root, u"Drv_1_4"_s)).path()));
        QLockFile buildLock(rootlayout::lockFilePath(m_root, u"Drv_1_4"_s));
        QVERIFY(buildLock.tryLock(0));
        const Snapshot before = snap();
        ApplyReport report = apply();
        QCOMPARE(report.results.first().outcome, RemovalOutcome::Skipped);
        QVERIFY(report.results.first().message.contains(u"Drv_1_4.lock"_s));
        verifyOnlyRemoved(before, {});
        buildLock.unlock();
        report = apply(); // the build was killed: its leftover can go
        QVERIFY2(report.allRemoved(), qPrintable(outcomes(report)));
        verifyOnlyRemoved(before, {partial});
    }

    void permissionDeniedOnOneEntry()
    {
        const QString locked = at(u"Drv_1_1"_s) + u"/lib/python3.11/site-packages/immutable.txt"_s;
        QVERIFY(test::writeFile(locked, "cannot delete me"));
        if (QStandardPaths::findExecutable(u"chattr"_s).isEmpty() || !runTool(u"chattr"_s, {u"+i"_s, locked}))
            QSKIP("chattr +i is not available here; as root nothing else makes one entry undeletable");
        struct Unlock
        {
            QString path;
            ~Unlock() { runTool(u"chattr"_s, {u"-i"_s, path}); }
        } unlock{locked};
        QVERIFY(flag({u"Drv_1_1"_s, u"Drv_1_2"_s}));
        const Snapshot before = snap();
        ApplyReport report = apply();
        const RemovalResult *failed = resultFor(report, u"Drv_1_1"_s);
        QCOMPARE(failed->outcome, RemovalOutcome::Failed);
        QVERIFY2(failed->message.contains(u"immutable.txt"_s), qPrintable(failed->message));
        QCOMPARE(resultFor(report, u"Drv_1_2"_s)->outcome, RemovalOutcome::Removed); // kept going
        QCOMPARE(manifestNames(), QStringList{u"Drv_1_1"_s});
        // Not under its live name any more: the remains wait in the trash, named in the manifest.
        QVERIFY(!QFileInfo::exists(at(u"Drv_1_1"_s)));
        const std::optional<QList<PendingStatus>> pending = pendingStatus(m_root, false, nullptr);
        QCOMPARE(pending->first().state, u"removal-begun"_s);
        QVERIFY(!unflag(m_root, {u"Drv_1_1"_s}).results.first().flagged);
        QDirIterator inTrash(rootlayout::trashFolder(m_root), {u"immutable.txt"_s}, QDir::Files,
                             QDirIterator::Subdirectories);
        QVERIFY(inTrash.hasNext());
        unlock.path = inTrash.next();
        QVERIFY(runTool(u"chattr"_s, {u"-i"_s, unlock.path}));
        report = apply();
        QVERIFY2(report.allRemoved(), qPrintable(outcomes(report)));
        QVERIFY(report.results.first().message.contains(u"earlier run"_s));
        QVERIFY(QDir(rootlayout::trashFolder(m_root)).isEmpty());
        verifyOnlyRemoved(before, {u"Drv_1_1"_s, u"Drv_1_2"_s});
    }

    void killedHalfwayThenRunAgain_data()
    {
        QTest::addColumn<int>("step");
        QTest::newRow("after recording the trash name") << int(RemovalStep::TrashNameRecorded);
        QTest::newRow("after the rename") << int(RemovalStep::Renamed);
        QTest::newRow("partly deleted") << int(RemovalStep::PartlyDeleted);
        QTest::newRow("deleted, manifest not yet updated") << int(RemovalStep::Deleted);
    }

    void killedHalfwayThenRunAgain()
    {
        QFETCH(int, step);
        QVERIFY(flag({u"Drv_1_1"_s, u"Drv_1_2"_s, u"Drv_1_3"_s}));
        const Snapshot before = snap();
        ApplyOptions killed;
        killed.interruptAt = [step](RemovalStep at, const QString &name) {
            return int(at) == step && name == u"Drv_1_2";
        };
        ApplyReport report = apply(killed);
        QVERIFY(report.interrupted);
        QCOMPARE(manifestNames(), (QStringList{u"Drv_1_2"_s, u"Drv_1_3"_s})); // no entry lost
        QVERIFY(QFileInfo::exists(at(u"Drv_1_3"_s)));
        // Never a half-deleted environment under a live name.
        if (step != int(RemovalStep::TrashNameRecorded))
            QVERIFY(!QFileInfo::exists(at(u"Drv_1_2"_s)));
        else
            verifyUntouched(before, u"venv/Drv_1_2/"_s);
        report = apply();
        QVERIFY2(report.allRemoved(), qPrintable(outcomes(report)));
        QVERIFY(!report.interrupted);
        QCOMPARE(manifestNames(), QStringList());
        QVERIFY(QDir(rootlayout::trashFolder(m_root)).isEmpty());
        QVERIFY(report.warnings.isEmpty());
        verifyOnlyRemoved(before, {u"Drv_1_1"_s, u"Drv_1_2"_s, u"Drv_1_3"_s});
    }

    void unknownThingsInTheTrashAreLeftAlone()
    {
        QVERIFY(test::writeFile(rootlayout::trashFolder(m_root) + u"/stranger/file.txt"_s, "mine"));
        QVERIFY(flag({u"Drv_1_1"_s}));
        const ApplyReport report = apply();
        QVERIFY(report.allRemoved());
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY(QFileInfo::exists(rootlayout::trashFolder(m_root) + u"/stranger/file.txt"_s));
    }

    void unflagAndReflag()
    {
        QVERIFY(flag({u"Drv_1_1"_s, u"Drv_1_2"_s}));
        FlagReport report = unflag(m_root, {u"Drv_1_1"_s, u"Nope"_s});
        QVERIFY(report.results.at(0).flagged);
        QVERIFY(!report.results.at(1).flagged);
        QCOMPARE(manifestNames(), QStringList{u"Drv_1_2"_s});
        report = flagForRemoval(m_root, {u"Drv_1_2"_s}, u"again"_s);
        QVERIFY(report.results.first().flagged);
        QVERIFY(report.results.first().message.contains(u"already"_s));
        QCOMPARE(manifestJson().value(u"entries"_s).toArray().first().toObject().value(u"reason"_s).toString(),
                 u"again"_s);
        QCOMPARE(QFileInfo(rootlayout::pendingRemovalsPath(m_root)).permissions() &
                     (QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    void removeTreeNeverFollowsLinks()
    {
        const Snapshot before = snap();
        QVERIFY(removeTreeNoFollow(at(u"Keep_1_1"_s)).isEmpty());
        verifyOnlyRemoved(before, {u"Keep_1_1"_s});
    }

    void inUseByARunningPython()
    {
        const std::optional<PythonInterpreter> python = test::systemPython3();
        if (!python)
            QSKIP("no Python that can make venvs on this machine");
        const QString venv = at(u"Running_1_1"_s);
        const test::ProcessRun made = test::createVenv(*python, venv, false);
        QVERIFY2(made.ok(), qPrintable(made.describe()));
        QProcess running;
        running.setWorkingDirectory(m_outside); // not the venv: only the interpreter betrays it
        running.start(test::venvPythonPath(venv),
                      {u"-c"_s, u"import sys, time; print('up', flush=True); time.sleep(120)"_s});
        QVERIFY(running.waitForReadyRead(30000));
        struct Stop
        {
            QProcess &process;
            ~Stop()
            {
                process.kill();
                process.waitForFinished(10000);
            }
        } stop{running};

        const InUseScan scan = findProcessesUsing({venv, at(u"Drv_1_1"_s)});
        QVERIFY(scan.supported);
        const QList<ProcessUse> uses = scan.byFolder.value(venv);
        QCOMPARE(uses.size(), 1);
        QCOMPARE(uses.first().pid, running.processId());
        QVERIFY2(uses.first().command.contains(u"time.sleep"_s), qPrintable(uses.first().command));
        QVERIFY(!scan.byFolder.contains(at(u"Drv_1_1"_s)));

        const Snapshot before = snap();
        // remove --now refuses it and leaves it flagged for the restart; apply-pending refuses it too.
        ApplyReport report = removeNow(m_root, {u"Running_1_1"_s, u"Drv_1_1"_s}, u"now"_s);
        QCOMPARE(resultFor(report, u"Running_1_1"_s)->outcome, RemovalOutcome::Skipped);
        QCOMPARE(resultFor(report, u"Running_1_1"_s)->processes.first().pid, running.processId());
        QVERIFY(resultFor(report, u"Running_1_1"_s)->message.contains(QString::number(running.processId())));
        QCOMPARE(resultFor(report, u"Drv_1_1"_s)->outcome, RemovalOutcome::Removed);
        QCOMPARE(manifestNames(), QStringList{u"Running_1_1"_s});
        report = apply();
        QCOMPARE(resultFor(report, u"Running_1_1"_s)->outcome, RemovalOutcome::Skipped);
        verifyOnlyRemoved(before, {u"Drv_1_1"_s});

        running.kill();
        QVERIFY(running.waitForFinished(10000));
        report = apply();
        QVERIFY2(report.allRemoved(), qPrintable(outcomes(report)));
        verifyOnlyRemoved(before, {u"Drv_1_1"_s, u"Running_1_1"_s});
    }
};

QTEST_GUILESS_MAIN(TestSafeRemoval)
#include "tst_saferemoval.moc"
