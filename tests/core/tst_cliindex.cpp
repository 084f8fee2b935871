// `venvdeck-cli outdated` and `venvdeck-cli index-status` as an admin runs them, against the loopback index of
// tests/data/index/fake_index.py: tables, JSON, exit codes, masked credentials, errors in words.
#include "support/FakeIndex.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

class TestCliIndex final : public QObject
{
    Q_OBJECT

private:
    test::FakeIndex m_index;
    QTemporaryDir m_dir;
    QString m_root;

    // The CLI with settings and cache of its own, and no proxy between it and the loopback index.
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments, const QString &configHome = {})
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CONFIG_HOME"_s, configHome.isEmpty() ? m_dir.filePath(u"config"_s) : configHome);
        environment.insert(u"XDG_CACHE_HOME"_s, m_dir.filePath(u"cache"_s));
        environment.remove(u"VENVDECK_ROOT"_s);
        for (const QString &proxy : {u"http_proxy"_s, u"https_proxy"_s, u"HTTP_PROXY"_s, u"HTTPS_PROXY"_s, u"all_proxy"_s})
            environment.remove(proxy);
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(test::cliPath(), arguments);
        const bool finished = process.waitForFinished(60000);
        return {finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString index(const QString &path) const { return m_index.url(path).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_index.start())
            QSKIP("python3 could not serve the loopback index; skipped");
        m_root = m_dir.filePath(u"venv"_s);
        QVERIFY(test::writeVenvTree(m_root + u"/VCenter_Shell_Driver_4_10"_s, u"3.9.18"_s, u"/nowhere"_s,
                                    {u"cloudshell-core==2.2.180"_s, u"requests==2.32.3"_s, u"private-thing==1.0"_s}));
        QVERIFY(test::writeVenvTree(m_root + u"/Old_Script_1_4D96040DAC02F346B5AD4CF4AE41900B"_s, u"2.7.18"_s,
                                    u"/nowhere"_s, {u"cloudshell-core==2.2.180"_s}));
    }

    void outdatedTable()
    {
        const Run run = cli({u"outdated"_s, u"--all"_s, u"--root"_s, m_root, u"--index"_s, index(u"/simple/"_s),
                             u"--extra-index"_s, index(u"/extra/"_s)});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"LATEST ALLOWED"_s), qPrintable(run.out));
        // Python 3.9: 2.5.0 from the extra index; 3.0.0 wants 3.10. Python 2.7: 2.3.15 (its requires-python fits).
        QVERIFY2(run.out.contains(u"VCenter_Shell_Driver_4_10"_s) && run.out.contains(u"2.5.0"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"2.3.15"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"2 updates available"_s));
    }

    void outdatedJson()
    {
        const Run run = cli({u"outdated"_s, u"VCenter_Shell_Driver_4_10"_s, u"--root"_s, m_root, u"--index"_s,
                             index(u"/simple/"_s), u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray environments = root.value("environments"_L1).toArray();
        QCOMPARE(environments.size(), 1);
        const QJsonArray packages = environments.first().toObject().value("packages"_L1).toArray();
        QCOMPARE(packages.size(), 3);
        const QJsonObject core = packages.at(0).toObject();
        QCOMPARE(core.value("name"_L1).toString(), u"cloudshell-core"_s);
        QCOMPARE(core.value("latestAllowed"_L1).toString(), u"2.3.15"_s);
        QCOMPARE(core.value("latestOverall"_L1).toString(), u"3.0.0"_s);
        QVERIFY(core.value("updateAvailable"_L1).toBool());
        QCOMPARE(core.value("invalidVersions"_L1).toInt(), 1);
        QVERIFY(core.value("pinAcceptsLatest"_L1).isNull());
        const QJsonObject requests = packages.at(2).toObject();
        QCOMPARE(requests.value("latestAllowed"_L1).toString(), u"2.32.3"_s);
        QVERIFY(!requests.value("updateAvailable"_L1).toBool());
        QVERIFY(!packages.at(1).toObject().value("found"_L1).toBool());
    }

    void outdatedUsageAndFailures()
    {
        Run run = cli({u"outdated"_s, u"--root"_s, m_root});
        QCOMPARE(run.exitCode, 2);
        run = cli({u"outdated"_s, u"No_Such_Env"_s, u"--root"_s, m_root, u"--index"_s, index(u"/simple/"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"No_Such_Env"_s));
        run = cli({u"outdated"_s, u"--all"_s, u"--root"_s, m_root, u"--index"_s, u"ftp://x/simple"_s});
        QCOMPARE(run.exitCode, 2);

        QUrl withPassword = m_index.url(u"/auth/"_s);
        withPassword.setUserName(u"user"_s);
        withPassword.setPassword(u"wrong-password"_s);
        run = cli({u"outdated"_s, u"--all"_s, u"--root"_s, m_root, u"--index"_s, withPassword.toString()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"401: credentials rejected"_s), qPrintable(run.err));
        QVERIFY(!run.err.contains(u"wrong-password"_s) && !run.out.contains(u"wrong-password"_s));
        QVERIFY(run.err.contains(u"http://***@127.0.0.1"_s));
    }

    void indexStatus()
    {
        Run run = cli({u"index-status"_s, u"--index"_s, index(u"/simple/"_s), u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(root.value("healthy"_L1).toBool());
        QJsonObject first = root.value("sources"_L1).toArray().first().toObject();
        QCOMPARE(first.value("httpStatus"_L1).toInt(), 200);
        QVERIFY(first.value("reachable"_L1).toBool());

        const int port = test::closedPort();
        run = cli({u"index-status"_s, u"--index"_s, index(u"/simple/"_s), u"--extra-index"_s,
                   u"http://admin:s3cret@127.0.0.1:%1/simple/"_s.arg(port)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"connection refused on 127.0.0.1:%1"_s.arg(port)), qPrintable(run.err));
        QVERIFY(run.out.contains(u"unreachable"_s));
        QVERIFY(!run.out.contains(u"s3cret"_s) && !run.err.contains(u"s3cret"_s));
        QVERIFY(!run.out.contains(u"admin"_s) && !run.err.contains(u"admin"_s));

        run = cli({u"index-status"_s, u"--offline"_s, m_dir.filePath(u"nothing-here"_s)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"does not exist"_s));
    }

    // One set of package-source options for build, refresh, outdated and index-status, and one rule behind them:
    // the command line, then a named customer.config, then the settings.
    void theIndexOptionsAreOneSet()
    {
        const QStringList options{u"--index"_s, u"--trusted-host"_s, u"--extra-index"_s, u"--offline"_s,
                                  u"--customer-config"_s};
        for (const QString &command : {u"build"_s, u"refresh"_s, u"outdated"_s, u"index-status"_s}) {
            const Run run = cli({command, u"--help"_s});
            QCOMPARE(run.exitCode, 0);
            for (const QString &option : options)
                QVERIFY2(run.out.contains(option), qPrintable(command + u": no "_s + option));
        }
    }

    void outdatedTakesTheCustomerConfig()
    {
        const QString config = m_dir.filePath(u"es/customer.config"_s);
        QVERIFY(test::writeFile(config, u"<configuration><appSettings>\n"
                                        "<add key=\"RequirementsRepository\" value=\"%1\"/>\n"
                                        "</appSettings></configuration>\n"_s.arg(index(u"/simple/"_s)).toUtf8()));
        Run run = cli({u"outdated"_s, u"VCenter_Shell_Driver_4_10"_s, u"--root"_s, m_root, u"--customer-config"_s,
                       config, u"--format"_s, u"json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value("sources"_L1).toArray().first().toObject().value("source"_L1).toString(), index(u"/simple/"_s));
        QCOMPARE(root.value("environments"_L1).toArray().first().toObject().value("updates"_L1).toInt(), 1);

        // --index beats the customer.config: a closed port, refused.
        const int port = test::closedPort();
        run = cli({u"outdated"_s, u"--all"_s, u"--root"_s, m_root, u"--customer-config"_s, config, u"--index"_s,
                   u"http://127.0.0.1:%1/simple/"_s.arg(port)});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"connection refused on 127.0.0.1:%1"_s.arg(port)), qPrintable(run.err));

        // A customer.config that is not there: said so, with its path.
        run = cli({u"index-status"_s, u"--customer-config"_s, m_dir.filePath(u"es/missing.config"_s)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(m_dir.filePath(u"es/missing.config"_s)), qPrintable(run.err));
    }

    void theSettingsWhenTheCommandLineIsSilent()
    {
        const QString configHome = m_dir.filePath(u"config-with-index"_s);
        QVERIFY(test::writeFile(configHome + u"/VenvDeck/VenvDeck.conf"_s,
                                u"[index]\nurl=%1\n"_s.arg(index(u"/simple/"_s)).toUtf8()));
        Run run = cli({u"index-status"_s, u"--format"_s, u"json"_s}, configHome);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value("sources"_L1).toArray().first().toObject().value("url"_L1).toString(), index(u"/simple/"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliIndex)
#include "tst_cliindex.moc"
