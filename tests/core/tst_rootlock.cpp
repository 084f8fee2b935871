// The take-over rule every VenvDeck lock goes through (RootLock): a lock file a killed holder left behind is taken
// over, one a live process holds (or is still creating) never is. The files are made as a killed or live holder
// leaves them; ages are set on the files, nothing here waits for time to pass.
#include "scan/RootLock.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

class TestRootLock final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    // An empty lock file, as a holder killed between creating it and writing its pid leaves it, `ageMs` old.
    bool makeEmptyLock(const QString &path, qint64 ageMs)
    {
        return test::writeFile(path, {}) &&
               test::setModificationTime(path, QDateTime::currentDateTime().addMSecs(-ageMs));
    }

    // The lock file QLockFile writes, naming `pid` running `application` on this machine in this boot.
    bool makeNamedLock(const QString &path, qint64 pid, const QString &application)
    {
        return test::writeFile(path, QByteArray::number(pid) + '\n' + application.toUtf8() + '\n' +
                                         QSysInfo::machineHostName().toUtf8() + '\n' + QSysInfo::machineUniqueId() +
                                         '\n' + QSysInfo::bootUniqueId() + '\n');
    }

    qint64 lockPid(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readLine().trimmed().toLongLong() : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"pending-removals.lock"_s);
    }

    void cleanup() { m_dir.reset(); }

    void emptyLockOlderThanTheGuardIsTakenOver()
    {
        QVERIFY(makeEmptyLock(m_path, abandonedLockGuardMs + 60000));
        RootLock lock(m_path);
        QVERIFY2(lock.tryLock(0), "an empty lock nobody holds, older than the guard, must be taken over");
        QCOMPARE(lockPid(m_path), QCoreApplication::applicationPid());
        lock.unlock();
        QVERIFY(!QFileInfo::exists(m_path));
    }

    void freshEmptyLockIsNotTakenOver()
    {
        // Its creator may be about to write its pid: not abandoned yet.
        QVERIFY(makeEmptyLock(m_path, 0));
        QVERIFY(!removeAbandonedLockFile(m_path));
        QVERIFY(QFileInfo::exists(m_path));
    }

    void liveHolderIsNeverTakenOver()
    {
        RootLock holder(m_path);
        QVERIFY(holder.tryLock(0));
        QVERIFY(test::setModificationTime(m_path, QDateTime::currentDateTime().addDays(-3)));
        QVERIFY(!removeAbandonedLockFile(m_path, 0));
        RootLock other(m_path);
        QVERIFY(!other.tryLock(0));
        QCOMPARE(other.error(), QLockFile::LockFailedError);
        qint64 pid = 0;
        QVERIFY(other.holder(&pid, nullptr, nullptr));
        QCOMPARE(pid, QCoreApplication::applicationPid());
        QVERIFY(holder.isLocked());
        QCOMPARE(lockPid(m_path), QCoreApplication::applicationPid());
    }

    void liveCreatorThatHasNotWrittenItsPidIsNeverTakenOver()
    {
#ifndef Q_OS_LINUX
        QSKIP("open files are looked up in /proc");
#endif
        // Another process created the file and stalls before it locks it and writes its pid: still empty, no
        // flock on it, and old; but it has the file open, so it is alive.
        QProcess creator;
        creator.start(u"/bin/sh"_s, {u"-c"_s, u"exec 3>>\"$0\"; echo ready; exec sleep 60"_s, m_path});
        QVERIFY(creator.waitForStarted());
        QVERIFY(creator.waitForReadyRead(10000));
        QVERIFY(test::setModificationTime(m_path, QDateTime::currentDateTime().addDays(-1)));
        QVERIFY(!removeAbandonedLockFile(m_path));
        QVERIFY(QFileInfo::exists(m_path));
        creator.kill();
        creator.waitForFinished();
        QVERIFY2(removeAbandonedLockFile(m_path), "once its creator is gone, the empty lock is abandoned");
    }

    void lockOfAnEndedProcessIsTakenOverEvenWithAnAbandonedHelper()
    {
        // A pid no process can have: above the kernel's limit.
        QFile pidMax(u"/proc/sys/kernel/pid_max"_s);
        const qint64 unused = pidMax.open(QIODevice::ReadOnly) ? pidMax.readAll().trimmed().toLongLong() + 1 : 0;
        if (unused <= 1)
            QSKIP("no /proc/sys/kernel/pid_max to find a pid no process has");
        QVERIFY(makeNamedLock(m_path, unused, u"venvdeck-cli"_s));
        // QLockFile's helper lock, left empty by a process killed while it removed the stale lock.
        QVERIFY(makeEmptyLock(m_path + u".rmlock"_s, abandonedLockGuardMs + 1000)); // QLockFile waits 30 s
        RootLock lock(m_path);
        QVERIFY2(lock.tryLock(0), "a lock whose holder is gone must be taken over, an abandoned helper or not");
        QCOMPARE(lockPid(m_path), QCoreApplication::applicationPid());
        QVERIFY(!QFileInfo::exists(m_path + u".rmlock"_s));
    }

    void lockOfAnotherProgramUnderTheSamePidIsTakenOver()
    {
        // The pid was reused: this test runs under it, but the lock names another program.
        QVERIFY(makeNamedLock(m_path, QCoreApplication::applicationPid(), u"venvdeck-cli"_s));
        RootLock lock(m_path);
        QVERIFY(lock.tryLock(0));
    }

    void linkIsNeverFollowedNorRemoved()
    {
        const QString target = m_dir->filePath(u"precious"_s);
        QVERIFY(test::writeFile(target, {}));
        QVERIFY(test::setModificationTime(target, QDateTime::currentDateTime().addDays(-1)));
        QVERIFY(QFile::link(target, m_path));
        QVERIFY(!removeAbandonedLockFile(m_path));
        QVERIFY(QFileInfo(m_path).isSymLink());
        QVERIFY(QFileInfo::exists(target));
    }
};

QTEST_GUILESS_MAIN(TestRootLock)
#include "tst_rootlock.moc"
