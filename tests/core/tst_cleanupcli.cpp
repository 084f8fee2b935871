// The cleanup commands as an admin runs them: flag, unflag, pin, pending, prune, apply-pending, remove --now,
// and what list shows about staleness. Exit codes, stdout for data, stderr for errors.
#include "scan/RootLayout.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

QJsonObject byName(const QJsonArray &array, const QString &name)
{
    for (const QJsonValue &value : array) {
        if (value.toObject().value(u"name"_s).toString() == name)
            return value.toObject();
    }
    return {};
}

} // namespace

class TestCleanupCli final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root;
    QString m_outside;

    Run cli(QStringList arguments) const
    {
        arguments.insert(1, u"--root"_s);
        arguments.insert(2, m_root);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Settings of their own, so the admin's saved settings never change what the tests see.
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
        process.setProcessEnvironment(environment);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(test::cliPath(), arguments);
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    QStringList names() const { return QDir(m_root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_root = m_dir->filePath(u"venv"_s);
        m_outside = m_dir->filePath(u"outside"_s);
        QVERIFY(test::writeFile(m_outside + u"/precious.txt"_s, "keep"));
        for (const QString &name : {u"Drv_1_1"_s, u"Drv_1_2"_s, u"Drv_1_10"_s, u"Solo_3_1"_s})
            QVERIFY(test::writeVenvTree(m_root + u'/' + name, u"3.11.2"_s, u"/usr/bin"_s, {u"paramiko==2.7.2"_s}));
        QVERIFY(test::writeVenvTree(m_root + u"/Py_1_1"_s, u"3.9.18"_s, u"/usr/bin"_s, {}));
        QVERIFY(test::writeVenvTree(m_root + u"/Py_1_0"_s, u"3.9.18"_s, u"/usr/bin"_s, {}));
        QVERIFY(test::writeVenvTree(m_root + u"/Py_1_2"_s, u"3.11.2"_s, u"/usr/bin"_s, {}));
        QVERIFY(QFile::link(m_outside, m_root + u"/Link_1_1"_s));
    }

    void cleanup() { m_dir.reset(); }

    void flagRefusesAnythingButARealFolderInside()
    {
        for (const QString &bad : {u"../outside"_s, u".."_s, u"Link_1_1"_s, u"Nope"_s, u"Drv_1_1/bin"_s, u"/"_s}) {
            const Run run = cli({u"flag"_s, bad});
            QVERIFY2(run.exitCode == 1, qPrintable(bad + u": "_s + run.err));
            QVERIFY2(run.err.contains(bad), qPrintable(run.err));
        }
        QVERIFY(!QFileInfo::exists(rootlayout::pendingRemovalsPath(m_root)) ||
                cli({u"pending"_s, u"--format"_s, u"json"_s}).json().value(u"entries"_s).toArray().isEmpty());
        QCOMPARE(cli({u"flag"_s}).exitCode, 2);
        QCOMPARE(cli({u"unflag"_s}).exitCode, 2);
        QCOMPARE(cli({u"unflag"_s, u"Drv_1_1"_s}).exitCode, 1);
    }

    void flagPendingUnflag()
    {
        Run run = cli({u"flag"_s, u"Drv_1_1"_s, u"Solo_3_1"_s, u"--reason"_s, u"old stuff"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"flagged Drv_1_1"_s));
        run = cli({u"pending"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject pending = run.json();
        const QJsonArray entries = pending.value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 2);
        const QJsonObject first = byName(entries, u"Drv_1_1"_s);
        QCOMPARE(first.value(u"reason"_s).toString(), u"old stuff"_s);
        QCOMPARE(first.value(u"state"_s).toString(), u"flagged"_s);
        QVERIFY(first.value(u"bytes"_s).toInteger() > 0);
        QVERIFY(!first.value(u"flaggedBy"_s).toString().isEmpty());
        QCOMPARE(pending.value(u"totalBytes"_s).toInteger(),
                 first.value(u"bytes"_s).toInteger() + byName(entries, u"Solo_3_1"_s).value(u"bytes"_s).toInteger());
        run = cli({u"pending"_s});
        QVERIFY(run.out.contains(u"2 environments pending removal"_s));
        QCOMPARE(cli({u"unflag"_s, u"Solo_3_1"_s}).exitCode, 0);
        QCOMPARE(cli({u"pending"_s, u"--format"_s, u"json"_s}).json().value(u"entries"_s).toArray().size(), 1);
        QCOMPARE(names().size(), 8); // nothing deleted by any of it
    }

    void listShowsStalenessPinsPendingAndUse()
    {
        QCOMPARE(cli({u"flag"_s, u"Drv_1_2"_s}).exitCode, 0);
        QCOMPARE(cli({u"pin"_s, u"Drv_1_1"_s}).exitCode, 0);
        QVERIFY(QFileInfo::exists(rootlayout::pinsPath(m_root)));
        const Run run = cli({u"list"_s, u"--format"_s, u"json"_s, u"--no-sizes"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray environments = run.json().value(u"environments"_s).toArray();
        const QJsonObject old = byName(environments, u"Drv_1_1"_s);
        QCOMPARE(old.value(u"staleness"_s).toArray().first().toObject().value(u"rule"_s).toString(), u"superseded"_s);
        QVERIFY(old.value(u"staleness"_s)
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"reason"_s)
                    .toString()
                    .contains(u"Drv_1_10"_s));
        QVERIFY(old.value(u"pinned"_s).toBool());
        QVERIFY(!old.value(u"proposed"_s).toBool());
        QVERIFY(old.value(u"inUse"_s).isArray());
        QVERIFY(byName(environments, u"Drv_1_2"_s).value(u"pendingRemoval"_s).toBool());
        const QJsonObject newest = byName(environments, u"Drv_1_10"_s);
        QVERIFY(newest.value(u"staleness"_s).toArray().isEmpty());
        QVERIFY(!newest.value(u"keptBecause"_s).toString().isEmpty());
        const QJsonObject python = byName(environments, u"Py_1_1"_s);
        QCOMPARE(python.value(u"staleness"_s).toArray().size(), 2); // superseded, python-mismatch
        QVERIFY(!python.value(u"proposed"_s).toBool());             // the newest for Python 3.9
        QVERIFY(byName(environments, u"Py_1_0"_s).value(u"proposed"_s).toBool());

        // A process working inside an environment: list names it, remove --now refuses it and keeps it flagged.
        QProcess sleeper;
        sleeper.setWorkingDirectory(m_root + u"/Solo_3_1/lib"_s);
        sleeper.start(u"sleep"_s, {u"60"_s});
        QVERIFY(sleeper.waitForStarted());
        const QJsonArray inUse =
            byName(
                cli({u"list"_s, u"--format"_s, u"json"_s, u"--no-sizes"_s}).json().value(u"environments"_s).toArray(),
                u"Solo_3_1"_s)
                .value(u"inUse"_s)
                .toArray();
        QCOMPARE(inUse.size(), 1);
        QCOMPARE(inUse.first().toObject().value(u"pid"_s).toInteger(), sleeper.processId());
        QCOMPARE(inUse.first().toObject().value(u"how"_s).toString(), u"working directory"_s);
        const Run refused = cli({u"remove"_s, u"Solo_3_1"_s, u"--now"_s, u"--yes"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(QString::number(sleeper.processId())), qPrintable(refused.out));
        QVERIFY(QFileInfo::exists(m_root + u"/Solo_3_1/pyvenv.cfg"_s));
        sleeper.kill();
        sleeper.waitForFinished();
        QVERIFY(cli({u"pending"_s}).out.contains(u"Solo_3_1"_s)); // flagged for the restart instead

        const Run csv = cli({u"list"_s, u"--format"_s, u"csv"_s, u"--no-sizes"_s});
        QVERIFY(csv.out.section(u"\r\n"_s, 0, 0).endsWith(u",staleness,pinned,pendingRemoval,inUsePids"_s));
        QVERIFY2(csv.out.contains(u",superseded;python-mismatch,false,false,"_s), qPrintable(csv.out));

        const Run table = cli({u"list"_s, u"--no-sizes"_s});
        QVERIFY(table.out.contains(u"STALE"_s));
        QVERIFY(table.out.contains(u"[pinned]"_s));
        QVERIFY(table.out.contains(u"[pending]"_s));
        QCOMPARE(cli({u"unpin"_s, u"Drv_1_1"_s}).exitCode, 0);
        QVERIFY(
            !byName(
                 cli({u"list"_s, u"--format"_s, u"json"_s, u"--no-sizes"_s}).json().value(u"environments"_s).toArray(),
                 u"Drv_1_1"_s)
                 .value(u"pinned"_s)
                 .toBool());
    }

    void pruneFlagsWhatTheRulesSelectAndDeletesNothing()
    {
        Run run = cli({u"prune"_s, u"--dry-run"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        QStringList flagged;
        for (const QJsonValue &result : run.json().value(u"results"_s).toArray())
            flagged.append(result.toObject().value(u"name"_s).toString());
        flagged.sort();
        QCOMPARE(flagged, (QStringList{u"Drv_1_1"_s, u"Drv_1_2"_s, u"Py_1_0"_s}));
        QVERIFY(!QFileInfo::exists(rootlayout::pendingRemovalsPath(m_root)));

        run = cli({u"prune"_s, u"--keep"_s, u"2"_s, u"--policy"_s, u"superseded"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"flagged Drv_1_1"_s));
        QVERIFY(!run.out.contains(u"Drv_1_2"_s)); // one of the 2 newest
        QVERIFY(run.out.contains(u"flagged Py_1_0"_s));
        run = cli({u"prune"_s});
        QVERIFY(run.out.contains(u"flagged Drv_1_2"_s));
        QVERIFY(run.out.contains(u"left Drv_1_1: already flagged"_s));
        QCOMPARE(names().size(), 8);

        QCOMPARE(cli({u"prune"_s, u"--policy"_s, u"refresh-due"_s}).exitCode, 2);
        QCOMPARE(cli({u"prune"_s, u"--keep"_s, u"-1"_s}).exitCode, 2);
        QCOMPARE(cli({u"prune"_s, u"--unused-days"_s, u"soon"_s}).exitCode, 2);
    }

    void applyPendingRemovesExactlyTheFlagged()
    {
        QCOMPARE(cli({u"flag"_s, u"Drv_1_1"_s, u"Drv_1_2"_s}).exitCode, 0);
        Run run = cli({u"apply-pending"_s, u"--dry-run"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(byName(run.json().value(u"results"_s).toArray(), u"Drv_1_1"_s).value(u"outcome"_s).toString(),
                 u"would-remove"_s);
        QCOMPARE(names().size(), 8);
        run = cli({u"apply-pending"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(u"removed"_s));
        QCOMPARE(names(),
                 (QStringList{u"Drv_1_10"_s, u"Link_1_1"_s, u"Py_1_0"_s, u"Py_1_1"_s, u"Py_1_2"_s, u"Solo_3_1"_s}));
        QVERIFY(QFileInfo::exists(m_outside + u"/precious.txt"_s));
        run = cli({u"apply-pending"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"Nothing is pending"_s));
    }

    void applyPendingRefusesATamperedManifest()
    {
        QCOMPARE(cli({u"flag"_s, u"Drv_1_1"_s}).exitCode, 0);
        QFile manifest(rootlayout::pendingRemovalsPath(m_root));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QByteArray text = manifest.readAll();
        manifest.close();
        text.replace("\"Drv_1_1\"", "\"../outside\"");
        QVERIFY(test::writeFile(manifest.fileName(), text));
        const Run run = cli({u"apply-pending"_s, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"../outside"_s), qPrintable(run.err));
        QVERIFY(!run.json().value(u"refused"_s).toString().isEmpty());
        QCOMPARE(cli({u"pending"_s}).exitCode, 1);
        QCOMPARE(names().size(), 8);
        QVERIFY(QFileInfo::exists(m_outside + u"/precious.txt"_s));
    }

    void removeNowNeedsNowAndConfirmation()
    {
        QCOMPARE(cli({u"remove"_s, u"Drv_1_1"_s}).exitCode, 2);
        const Run noTerminal = cli({u"remove"_s, u"Drv_1_1"_s, u"--now"_s});
        QCOMPARE(noTerminal.exitCode, 2);
        QVERIFY(noTerminal.err.contains(u"--yes"_s));
        QCOMPARE(names().size(), 8);
        const Run refused = cli({u"remove"_s, u"Link_1_1"_s, u"--now"_s, u"--yes"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(QFileInfo(m_root + u"/Link_1_1"_s).isSymLink());
        const Run removed = cli({u"remove"_s, u"Drv_1_1"_s, u"--now"_s, u"--yes"_s, u"--format"_s, u"json"_s});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(removed.json().value(u"results"_s).toArray().first().toObject().value(u"outcome"_s).toString(),
                 u"removed"_s);
        QCOMPARE(names().size(), 7);
        QVERIFY(QFileInfo::exists(m_outside + u"/precious.txt"_s));
    }
};

QTEST_GUILESS_MAIN(TestCleanupCli)
#include "tst_cleanupcli.moc"
