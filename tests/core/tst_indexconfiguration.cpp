// Where packages come from: core's one rule (resolveIndexConfiguration) over the command line, a customer.config
// named or at the execution server's place, and the settings; and what build (pip) and the queries get from it.
#include "config/Settings.h"
#include "index/IndexConfiguration.h"
#include "support/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

namespace {

QByteArray customerConfig(const QString &repository, const QString &extra, const QString &trusted)
{
    return u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n"
           "    <add key=\"RequirementsRepository\" value=\"%1\" />\n"
           "    <add key=\"RequirementsExtraRepository\" value=\"%2\" />\n"
           "    <add key=\"RequirementsTrustedHost\" value=\"%3\" />\n"
           "    <add key=\"DefaultPythonVersion\" value=\"2\" />\n"
           "  </appSettings>\n</configuration>\n"_s.arg(repository, extra, trusted)
        .toUtf8();
}

} // namespace

class TestIndexConfiguration final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_serverConfig; // where the execution server keeps its customer.config, in these tests
    QString m_namedConfig;
    int m_ini = 0;

    QString freshIni() { return m_dir.filePath(u"settings-%1.ini"_s.arg(++m_ini)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_serverConfig = m_dir.filePath(u"ExecutionServer/customer.config"_s);
        QVERIFY(test::writeFile(m_serverConfig,
                                customerConfig(u"http://qs-server:8036/simple"_s, QString(), u"qs-server"_s)));
        m_namedConfig = m_dir.filePath(u"other/customer.config"_s);
        QVERIFY(test::writeFile(m_namedConfig, customerConfig(u"http://qs2:8036/simple"_s, u"https://extra.example/simple"_s,
                                                              u"qs2 qs3:8036"_s)));
    }

    void nothingConfiguredIsPipsDefault()
    {
        const Settings settings(freshIni());
        const IndexConfiguration c = resolveIndexConfiguration({}, settings, m_dir.filePath(u"missing.config"_s));
        QCOMPARE(c.origin, IndexOrigin::Default);
        QVERIFY(c.pip.pipArguments().isEmpty()); // pip keeps its own configuration
        QVERIFY(c.hasSource());
        QString error;
        const auto sources = c.sources(&error);
        QVERIFY2(sources, qPrintable(error));
        QCOMPARE(sources->index, QUrl(u"https://pypi.org/simple/"_s)); // what pip would ask
        QCOMPARE(c.timeoutSeconds, 15);
    }

    void theServersCustomerConfigWhenNothingElseSays()
    {
        const Settings settings(freshIni());
        const IndexConfiguration c = resolveIndexConfiguration({}, settings, m_serverConfig);
        QCOMPARE(c.origin, IndexOrigin::CustomerConfig);
        QCOMPARE(c.pip.pipArguments(), QStringList({u"--index-url"_s, u"http://qs-server:8036/simple"_s,
                                                    u"--trusted-host"_s, u"qs-server"_s}));
        QVERIFY(c.describeOrigin().contains(m_serverConfig));
        QCOMPARE(c.clientOptions().trustedHosts, QStringList{u"qs-server"_s});
        QCOMPARE(c.customerConfig->defaultPythonVersion(), u"2"_s);
    }

    void theSettingsNameWhereTheServersCustomerConfigIs()
    {
        // Settings → customer.config path (paths/customerConfig) moves the execution server's file.
        Settings settings(freshIni());
        settings.setValue(SettingKeys::customerConfigPath, m_namedConfig);
        const IndexConfiguration c = resolveIndexConfiguration({}, settings);
        QCOMPARE(c.origin, IndexOrigin::CustomerConfig);
        QCOMPARE(c.customerConfigPath, m_namedConfig);
        QCOMPARE(c.pip.indexUrl, u"http://qs2:8036/simple"_s);
    }

    void settingsBeatTheServersCustomerConfig()
    {
        Settings settings(freshIni());
        settings.setValue(SettingKeys::indexUrl, u"https://mirror.example/simple/"_s);
        settings.setValue(SettingKeys::indexTrustedHosts, QStringList{u"mirror.example"_s});
        settings.setValue(SettingKeys::indexTimeoutSeconds, 4);
        const IndexConfiguration c = resolveIndexConfiguration({}, settings, m_serverConfig);
        QCOMPARE(c.origin, IndexOrigin::Settings);
        QCOMPARE(c.pip.indexUrl, u"https://mirror.example/simple/"_s);
        QCOMPARE(c.trustedHosts, QStringList{u"mirror.example"_s});
        QCOMPARE(c.clientOptions().transferTimeoutMs, 4000);
        // The server's config still gives its other values (a script's default Python).
        QVERIFY(c.customerConfig.has_value());
        QCOMPARE(c.customerConfig->defaultPythonVersion(), u"2"_s);
    }

    void aNamedCustomerConfigBeatsTheSettings()
    {
        Settings settings(freshIni());
        settings.setValue(SettingKeys::indexUrl, u"https://mirror.example/simple/"_s);
        IndexOverrides overrides;
        overrides.customerConfigPath = m_namedConfig;
        const IndexConfiguration c = resolveIndexConfiguration(overrides, settings, m_serverConfig);
        QCOMPARE(c.origin, IndexOrigin::CustomerConfig);
        QCOMPARE(c.pip.indexUrl, u"http://qs2:8036/simple"_s);
        QCOMPARE(c.pip.extraIndexUrl, u"https://extra.example/simple"_s);
        QCOMPARE(c.trustedHosts, QStringList({u"qs2"_s, u"qs3:8036"_s}));
        QCOMPARE(c.clientOptions().trustedHosts, QStringList({u"qs2"_s, u"qs3"_s})); // the client compares hosts
        QCOMPARE(c.pip.pipArguments().count(u"--trusted-host"_s), 2);

        overrides.customerConfigPath = m_dir.filePath(u"nowhere/customer.config"_s);
        const IndexConfiguration missing = resolveIndexConfiguration(overrides, settings, m_serverConfig);
        QVERIFY(missing.failed);
        QCOMPARE(missing.problems.size(), 1);
        QCOMPARE(missing.problems.first().path, overrides.customerConfigPath);
    }

    void theCommandLineReplacesValueByValue()
    {
        const Settings settings(freshIni());
        IndexOverrides overrides;
        overrides.customerConfigPath = m_namedConfig;
        overrides.indexUrl = u"http://127.0.0.1:8036/simple/"_s;
        IndexConfiguration c = resolveIndexConfiguration(overrides, settings, m_serverConfig);
        QCOMPARE(c.origin, IndexOrigin::CommandLine);
        QCOMPARE(c.pip.indexUrl, u"http://127.0.0.1:8036/simple/"_s);
        QCOMPARE(c.pip.extraIndexUrl, u"https://extra.example/simple"_s); // not given: the customer.config's
        overrides.trustedHosts = QStringList{u"127.0.0.1"_s};
        c = resolveIndexConfiguration(overrides, settings, m_serverConfig);
        QCOMPARE(c.trustedHosts, QStringList{u"127.0.0.1"_s});

        // --offline: the folder is the only source.
        overrides.offlineFolder = m_dir.filePath(u"wheels"_s);
        c = resolveIndexConfiguration(overrides, settings, m_serverConfig);
        QVERIFY(c.isOffline());
        QCOMPARE(c.pip.pipArguments(), QStringList({u"--no-index"_s, u"--find-links"_s, m_dir.filePath(u"wheels"_s)}));
        QString error;
        QCOMPARE(c.sources(&error)->offlineFolder, m_dir.filePath(u"wheels"_s));

        // An offline folder in the settings gives way to an index on the command line.
        Settings offline(freshIni());
        offline.setValue(SettingKeys::indexOfflineFolder, m_dir.filePath(u"wheels"_s));
        IndexOverrides index;
        QVERIFY(resolveIndexConfiguration(index, offline, m_serverConfig).isOffline());
        index.indexUrl = u"https://pypi.org/simple/"_s;
        QVERIFY(!resolveIndexConfiguration(index, offline, m_serverConfig).isOffline());
    }

    void anIndexClearedInTheSettingsIsNone()
    {
        Settings settings(freshIni());
        settings.setValue(SettingKeys::indexUrl, QString());
        const IndexConfiguration c = resolveIndexConfiguration({}, settings, m_serverConfig);
        QCOMPARE(c.origin, IndexOrigin::Settings);
        QVERIFY(!c.hasSource());
        QString error;
        QVERIFY(!c.sources(&error));
        QCOMPARE(error, u"no package index is configured"_s);
    }

    void queriesRefuseWhatIsNotHttp()
    {
        const Settings settings(freshIni());
        IndexOverrides overrides;
        overrides.indexUrl = u"ftp://user:secret@files.example/simple"_s;
        const IndexConfiguration c = resolveIndexConfiguration(overrides, settings, {});
        QString error;
        QVERIFY(!c.sources(&error));
        QVERIFY2(error.contains(u"not an http(s) URL"_s), qPrintable(error));
        QVERIFY(!error.contains(u"secret"_s));
    }
};

QTEST_GUILESS_MAIN(TestIndexConfiguration)
#include "tst_indexconfiguration.moc"
