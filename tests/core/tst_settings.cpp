// Root precedence and recent roots, over a temporary settings file.
#include "config/Settings.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace venvdeck;

class TestSettings final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private slots:
    void init()
    {
        QFile::remove(iniPath());
        qunsetenv("VENVDECK_ROOT");
    }

    void defaultsWhenNothingIsSet()
    {
        const Settings settings(iniPath());
        QCOMPARE(settings.value(SettingKeys::root), QString());
        QCOMPARE(settings.value(SettingKeys::recentRoots), QStringList());
        const RootChoice choice = chooseRoot(QString(), settings);
        QCOMPARE(choice.source, RootSource::Default);
#ifdef Q_OS_WIN
        QVERIFY(choice.path.endsWith(QStringLiteral("QualiSystems/venv")));
#else
        QCOMPARE(choice.path, QStringLiteral("/usr/share/QualiSystems/venv"));
#endif
    }

    void commandLineThenEnvironmentThenSetting()
    {
        Settings settings(iniPath());
        settings.setValue(SettingKeys::root, QStringLiteral("/saved/root"));
        QCOMPARE(chooseRoot(QString(), settings).path, QStringLiteral("/saved/root"));
        QCOMPARE(chooseRoot(QString(), settings).source, RootSource::Settings);

        qputenv("VENVDECK_ROOT", "/from/environment");
        QCOMPARE(chooseRoot(QString(), settings).path, QStringLiteral("/from/environment"));
        QCOMPARE(chooseRoot(QString(), settings).source, RootSource::Environment);

        QCOMPARE(chooseRoot(QStringLiteral("/from/cli/"), settings).path, QStringLiteral("/from/cli"));
        QCOMPARE(chooseRoot(QStringLiteral("/from/cli"), settings).source, RootSource::CommandLine);
        qunsetenv("VENVDECK_ROOT");
    }

    void relativeRootsAreMadeAbsolute()
    {
        const Settings settings(iniPath());
        QCOMPARE(chooseRoot(QStringLiteral("some/where"), settings).path,
                 QDir::cleanPath(QDir::currentPath() + QStringLiteral("/some/where")));
    }

    void recentRootsAreMostRecentFirstWithoutDuplicates()
    {
        Settings settings(iniPath());
        for (int i = 0; i < 12; ++i)
            settings.addRecentRoot(QStringLiteral("/root/%1").arg(i));
        settings.addRecentRoot(QStringLiteral("/root/5/"));
        const QStringList recent = settings.value(SettingKeys::recentRoots);
        QCOMPARE(recent.size(), 10);
        QCOMPARE(recent.first(), QStringLiteral("/root/5"));
        QCOMPARE(recent.count(QStringLiteral("/root/5")), 1);
        QCOMPARE(recent.at(1), QStringLiteral("/root/11"));
        QVERIFY(!recent.contains(QStringLiteral("/root/0")));

        settings.sync();
        const Settings reread(iniPath());
        QCOMPARE(reread.value(SettingKeys::recentRoots), recent);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
