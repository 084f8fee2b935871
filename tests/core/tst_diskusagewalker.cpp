// The size walk against du, the tool admins use today: same bytes, hard links once, links never followed.
#include "scan/DiskUsageWalker.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace venvdeck;

class TestDiskUsageWalker final : public QObject
{
    Q_OBJECT

private:
    static qint64 du(const QStringList &options, const QString &path)
    {
        QProcess process;
        process.start(QStringLiteral("du"), QStringList(options) << QStringLiteral("-s") << path);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return -1;
        return QString::fromUtf8(process.readAllStandardOutput()).section(QLatin1Char('\t'), 0, 0).toLongLong();
    }

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString root = m_dir.path();
        QVERIFY(test::writeFile(root + QStringLiteral("/a.txt"), QByteArray(1000, 'a')));
        QVERIFY(test::writeFile(root + QStringLiteral("/sub/b.bin"), QByteArray(70000, 'b')));
        QVERIFY(test::writeFile(root + QStringLiteral("/sub/deeper/c.py"), QByteArray(5, 'c')));
        QVERIFY(test::writeFile(root + QStringLiteral("/sub/empty"), QByteArray()));
        // A hard link: the same 70000 bytes under a second name.
        QCOMPARE(::link(QFile::encodeName(root + QStringLiteral("/sub/b.bin")).constData(),
                        QFile::encodeName(root + QStringLiteral("/b-hardlink.bin")).constData()),
                 0);
        // Links are counted as links, never followed: one to a big file outside, one looping back up.
        QVERIFY(test::writeFile(m_dir.path() + QStringLiteral("-outside.bin"), QByteArray(1 << 20, 'o')));
        QVERIFY(QFile::link(m_dir.path() + QStringLiteral("-outside.bin"), root + QStringLiteral("/outside-link")));
        QVERIFY(QFile::link(root, root + QStringLiteral("/sub/loop")));
    }

    void cleanupTestCase() { QFile::remove(m_dir.path() + QStringLiteral("-outside.bin")); }

    void agreesWithDu()
    {
        Problems problems;
        const DiskUsage usage = measureDiskUsage(m_dir.path(), &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        QCOMPARE(usage.apparentBytes, du({QStringLiteral("-b")}, m_dir.path()));
        QCOMPARE(usage.allocatedBytes, du({QStringLiteral("-B1")}, m_dir.path()));
    }

    void countsHardLinksOnceAndNeverFollowsLinks()
    {
        const DiskUsage usage = measureDiskUsage(m_dir.path(), nullptr);
        // Files: a.txt, b.bin (twice linked, once counted), c.py, empty, two symbolic links.
        QCOMPARE(usage.fileCount, 6);
        QVERIFY(usage.apparentBytes < 1 << 20); // the 1 MiB file behind the link is not counted
        QVERIFY(usage.apparentBytes >= 1000 + 70000 + 5);
        QVERIFY(usage.apparentBytes < 1000 + 2 * 70000);
    }

    // As uv's link mode or `cp -al` leave them: a file hard-linked from two folders counts in each folder's size
    // (what du says of each alone) and once in their total (what du says of both together), in either order.
    void aFileLinkedFromTwoFoldersCountsInEachAndOnceInTheirTotal()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString a = dir.filePath(QStringLiteral("A"));
        const QString b = dir.filePath(QStringLiteral("B"));
        QVERIFY(test::writeFile(a + QStringLiteral("/pkg/shared.py"), QByteArray(50000, 's')));
        QVERIFY(test::writeFile(a + QStringLiteral("/own.py"), QByteArray(3000, 'o')));
        QVERIFY(test::writeFile(b + QStringLiteral("/other.py"), QByteArray(700, 'b')));
        QCOMPARE(::link(QFile::encodeName(a + QStringLiteral("/pkg/shared.py")).constData(),
                        QFile::encodeName(b + QStringLiteral("/shared.py")).constData()),
                 0);
        // A link inside A only: counted once in A, and not shared with anything.
        QCOMPARE(::link(QFile::encodeName(a + QStringLiteral("/own.py")).constData(),
                        QFile::encodeName(a + QStringLiteral("/own-again.py")).constData()),
                 0);
        SharedFiles sharedA;
        SharedFiles sharedB;
        const DiskUsage usageA = measureDiskUsage(a, nullptr, nullptr, nullptr, {}, &sharedA);
        const DiskUsage usageB = measureDiskUsage(b, nullptr, nullptr, nullptr, {}, &sharedB);
        QCOMPARE(usageA.apparentBytes, du({QStringLiteral("-b")}, a));
        QCOMPARE(usageB.apparentBytes, du({QStringLiteral("-b")}, b));
        QCOMPARE(sharedA.size(), 1);
        QCOMPARE(sharedA, sharedB);
        QCOMPARE(sharedA.first().apparentBytes, 50000);

        QProcess both; // du -sbc A B: its last line is the total, each file once
        both.start(QStringLiteral("du"), {QStringLiteral("-sbc"), a, b});
        QVERIFY(both.waitForFinished(30000));
        const QList<QByteArray> lines = both.readAllStandardOutput().trimmed().split('\n');
        const qint64 duTotal = lines.last().split('\t').first().toLongLong();
        UsageTotal forward;
        forward.add(usageA, sharedA);
        forward.add(usageB, sharedB);
        UsageTotal backward;
        backward.add(usageB, sharedB);
        backward.add(usageA, sharedA);
        QCOMPARE(forward.total().apparentBytes, duTotal);
        QCOMPARE(backward.total(), forward.total());
        QCOMPARE(forward.total().fileCount, usageA.fileCount + usageB.fileCount - 1);
    }

    void missingFolderIsAProblemNamingIt()
    {
        Problems problems;
        const QString missing = m_dir.path() + QStringLiteral("/no-such-folder");
        const DiskUsage usage = measureDiskUsage(missing, &problems);
        QCOMPARE(usage.fileCount, 0);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().path, missing);
    }

    void stopsWhenCancelled()
    {
        QTemporaryDir big;
        for (int i = 0; i < 3000; ++i)
            QVERIFY(test::writeFile(big.path() + QStringLiteral("/f%1").arg(i), QByteArray()));
        const std::atomic_bool cancelled = true;
        Problems problems;
        const DiskUsage usage = measureDiskUsage(big.path(), &problems, &cancelled);
        QVERIFY2(usage.fileCount < 3000, "a cancelled walk stops early");
        QVERIFY2(problems.isEmpty(), "cancelling is not an error");
        QCOMPARE(measureDiskUsage(big.path(), nullptr).fileCount, 3000);
    }
};

QTEST_GUILESS_MAIN(TestDiskUsageWalker)
#include "tst_diskusagewalker.moc"
