// Reading what a build installs: shell packages (2G, 1G), driver zips and folders, requirements files, with
// libarchive in memory and its safety rules; customer.config; and the pure helpers of the pipeline.
#include "build/ArchiveReader.h"
#include "build/BuildSource.h"
#include "build/PipOutput.h"
#include "config/CustomerConfig.h"
#include "support/RealVenv.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(test::dataPath(u"build/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBuildSource final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString zip(const QString &name, const QList<test::ZipEntry> &entries)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!test::writeZip(path, entries, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }

    // A driver zip's bytes: drivermetadata.xml, requirements.txt, driver.py.
    QByteArray driverZip(const QString &name, const QByteArray &metadata, const QByteArray &requirements)
    {
        const QString path = zip(name, {{u"drivermetadata.xml"_s, metadata},
                                        {u"requirements.txt"_s, requirements},
                                        {u"driver.py"_s, "class Driver: pass\n"}});
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void driverMetadata()
    {
        const Read<DriverMetadata> read = parseDriverMetadata(fixture(u"drivermetadata.xml"_s), u"d.xml"_s);
        QVERIFY2(read.value, qPrintable(describeProblems(read.problems)));
        QCOMPARE(read.value->name, u"Cisco IOS Switch 2G Driver"_s);
        QCOMPARE(read.value->version, u"1.0.3"_s);
        QCOMPARE(read.value->pythonVersion, u"3"_s);
        QVERIFY(read.value->pythonVersionGiven);

        const Read<DriverMetadata> old = parseDriverMetadata(fixture(u"drivermetadata-python2.xml"_s), u"o.xml"_s);
        QVERIFY(old.value);
        QCOMPARE(old.value->pythonVersion, u"2"_s); // missing PythonVersion means Python 2
        QVERIFY(!old.value->pythonVersionGiven);

        QVERIFY(!parseDriverMetadata("<Shell Name=\"x\"/>", u"x"_s).value);
        QVERIFY(!parseDriverMetadata("<Driver Name=\"x\" PythonVersion=\"4\"/>", u"x"_s).value);
        const Read<DriverMetadata> broken = parseDriverMetadata("<Driver Name=\"x\"", u"b.xml"_s);
        QVERIFY(!broken.value);
        QCOMPARE(broken.problems.size(), 1);
        QCOMPARE(broken.problems.first().path, u"b.xml"_s);
    }

    void shellDefinition()
    {
        const Read<ShellDefinition> read = parseShellDefinition(fixture(u"shell-definition.yaml"_s), u"s"_s);
        QVERIFY2(read.value, qPrintable(describeProblems(read.problems)));
        QCOMPARE(read.value->templateName, u"Cisco IOS Switch 2G"_s); // not the node type's nested metadata
        QCOMPARE(read.value->templateVersion, u"1.0.3"_s);

        const Read<ShellDefinition> quoted =
            parseShellDefinition(fixture(u"shell-definition-crlf-quoted.yaml"_s), u"q"_s);
        QVERIFY(quoted.value);
        QCOMPARE(quoted.value->templateName, u"Juniper JunOS Switch 2G"_s);
        QCOMPARE(quoted.value->templateVersion, u"1.21"_s);

        const Read<ShellDefinition> noName = parseShellDefinition(fixture(u"shell-definition-no-name.yaml"_s), u"n"_s);
        QVERIFY(!noName.value);
        QVERIFY(describeProblems(noName.problems).contains(u"template_name"_s));
    }

    void customerConfig()
    {
        const Read<CustomerConfig> read = parseCustomerConfig(fixture(u"customer.config"_s), u"c"_s);
        QVERIFY(read.value);
        QCOMPARE(read.value->requirementsRepository(), u"http://pkguser:s3cret@qs-server.example.local:8036/simple"_s);
        QCOMPARE(read.value->requirementsTrustedHost(), u"qs-server.example.local"_s);
        QCOMPARE(read.value->requirementsExtraRepository(), u"https://pypi.org/simple"_s);
        QCOMPARE(read.value->defaultPythonVersion(), u"3"_s);
        QCOMPARE(read.value->virtualEnvironmentLifetimeMinutes(), std::optional<int>(480));
        QCOMPARE(read.value->value(u"ServerAddress"_s), u"qs-server.example.local"_s); // every key, generically
        QCOMPARE(read.problems.size(), 1);                                             // the <add> without a key
        QVERIFY(!parseCustomerConfig("<configuration><appSettings>", u"x"_s).value);
        QVERIFY(!CustomerConfig().virtualEnvironmentLifetimeMinutes());
    }

    void shellPackage2G()
    {
        const QByteArray driver = driverZip(u"driver2g.zip"_s, fixture(u"drivermetadata.xml"_s),
                                            "cloudshell-shell-core>=5.0.3,<5.1\ncloudshell-networking-cisco==6.0.0\n");
        const QString package =
            zip(u"Cisco IOS Switch 2G.zip"_s, {{u"TOSCA-Metadata/TOSCA.meta"_s, "TOSCA-Meta-File-Version: 1.0\n"},
                                               {u"shell-definition.yaml"_s, fixture(u"shell-definition.yaml"_s)},
                                               {u"shell-icon.png"_s, "PNG"},
                                               {u"CiscoIOSSwitch2GDriver.zip"_s, driver}});
        const Read<BuildSource> read = readBuildSource(package);
        QVERIFY2(read.value, qPrintable(describeProblems(read.problems)));
        QCOMPARE(read.value->kind, BuildSourceKind::ShellPackage2G);
        QCOMPARE(read.value->ownerName, u"Cisco IOS Switch 2G"_s);
        QCOMPARE(read.value->ownerVersion, u"1.0.3"_s);
        QCOMPARE(read.value->ownerKind, OwnerKind::Driver);
        QCOMPARE(read.value->pythonVersion, u"3"_s);
        QVERIFY(read.value->requirements.contains(u"cloudshell-networking-cisco==6.0.0"_s));
        QVERIFY(read.value->requirementsPath.endsWith(u"CiscoIOSSwitch2GDriver.zip!/requirements.txt"_s));
        QVERIFY(read.value->values.size() >= 5); // template name and version, driver name, version, PythonVersion
        QCOMPARE(environmentNameFor(QString::fromUtf16(defaultNameTemplate), read.value->ownerName,
                                    read.value->ownerVersion),
                 u"Cisco_IOS_Switch_2G_1_0_3"_s);
    }

    void shellPackage1GAndDriverFolder()
    {
        const QByteArray driver =
            driverZip(u"driver1g.zip"_s, fixture(u"drivermetadata-python2.xml"_s), "cloudshell-core>=2.0,<2.3\n");
        const QString package =
            zip(u"LegacyRouter.zip"_s, {{u"metadata.xml"_s, "<Metadata/>"},
                                        {u"DataModel/datamodel.xml"_s, "<DataModel/>"},
                                        {u"Resource Drivers - Python/Legacy Router Driver.zip"_s, driver}});
        const Read<BuildSource> read = readBuildSource(package);
        QVERIFY2(read.value, qPrintable(describeProblems(read.problems)));
        QCOMPARE(read.value->kind, BuildSourceKind::ShellPackage1G);
        QCOMPARE(read.value->ownerName, u"Legacy Router Driver"_s);
        QCOMPARE(read.value->ownerVersion, u"1.2.0"_s);
        QCOMPARE(read.value->pythonVersion, u"2"_s);

        const QString folder = m_dir.filePath(u"unpacked"_s);
        QVERIFY(test::writeFile(folder + u"/drivermetadata.xml"_s, fixture(u"drivermetadata.xml"_s)));
        QVERIFY(test::writeFile(folder + u"/requirements.txt"_s, "cloudshell-shell-core\n"));
        const Read<BuildSource> unpacked = readBuildSource(folder);
        QVERIFY(unpacked.value);
        QCOMPARE(unpacked.value->kind, BuildSourceKind::DriverFolder);
        QCOMPARE(unpacked.value->ownerName, u"Cisco IOS Switch 2G Driver"_s);

        const QString requirements = m_dir.filePath(u"requirements.txt"_s);
        QVERIFY(test::writeFile(requirements, "\xef\xbb\xbfparamiko\n"));
        const Read<BuildSource> script = readBuildSource(requirements);
        QVERIFY(script.value);
        QCOMPARE(script.value->kind, BuildSourceKind::Requirements);
        QCOMPARE(script.value->ownerKind, OwnerKind::Script);
        QCOMPARE(script.value->requirements, u"paramiko\n"_s);

        const Read<BuildSource> nothing = readBuildSource(zip(u"other.zip"_s, {{u"readme.txt"_s, "hi"}}));
        QVERIFY(!nothing.value);
        QVERIFY(describeProblems(nothing.problems).contains(u"neither a shell package"_s));
    }

    void unsafeArchives_data()
    {
        QTest::addColumn<QList<test::ZipEntry>>("entries");
        QTest::addColumn<QString>("reason");
        QTest::newRow("dot-dot") << QList<test::ZipEntry>{{u"shell-definition.yaml"_s, "metadata:\n"},
                                                          {u"../../etc/cron.d/evil"_s, "x"}}
                                 << u"'..'"_s;
        QTest::newRow("absolute") << QList<test::ZipEntry>{{u"/etc/passwd"_s, "x"}} << u"absolute"_s;
        QTest::newRow("drive") << QList<test::ZipEntry>{{u"C:/Windows/evil.dll"_s, "x"}} << u"absolute"_s;
        QTest::newRow("symlink-out") << QList<test::ZipEntry>{test::ZipEntry::symlink(u"requirements.txt"_s,
                                                                                      u"/etc/shadow"_s)}
                                     << u"link"_s;
        QTest::newRow("symlink-climbs") << QList<test::ZipEntry>{test::ZipEntry::symlink(u"a/b"_s, u"../../x"_s)}
                                        << u"link"_s;
        QTest::newRow("zip-bomb") << QList<test::ZipEntry>{{u"drivermetadata.xml"_s, "<Driver Name=\"x\"/>"},
                                                           test::ZipEntry::ofZeros(u"requirements.txt"_s,
                                                                                   qint64(3) * 1024 * 1024)}
                                  << u"zip bomb"_s;
    }

    void unsafeArchives()
    {
        QFETCH(QList<test::ZipEntry>, entries);
        QFETCH(QString, reason);
        const QString path = zip(QString::fromLatin1(QTest::currentDataTag()) + u".zip"_s, entries);
        ArchiveLimits limits;
        limits.maxEntryBytes = 1024 * 1024; // the bomb unpacks to 3 MiB from a few kB
        const Read<BuildSource> read = readBuildSource(path, limits);
        QVERIFY(!read.value);
        QVERIFY2(describeProblems(read.problems).contains(reason), qPrintable(describeProblems(read.problems)));
    }

    void unsafeNestedDriverZipRefusesThePackage()
    {
        const QString inner = zip(u"inner.zip"_s, {{u"drivermetadata.xml"_s, fixture(u"drivermetadata.xml"_s)},
                                                   {u"requirements.txt"_s, "x\n"},
                                                   {u"../escape.py"_s, "x"}});
        QFile file(inner);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString package = zip(u"nested.zip"_s, {{u"shell-definition.yaml"_s, fixture(u"shell-definition.yaml"_s)},
                                                      {u"Driver.zip"_s, file.readAll()}});
        const Read<BuildSource> read = readBuildSource(package);
        QVERIFY(!read.value);
        QVERIFY2(describeProblems(read.problems).contains(u"Driver.zip"_s), qPrintable(describeProblems(read.problems)));
    }

    void entryRules()
    {
        QVERIFY(unsafeArchiveEntryReason(u"a/b/c.txt"_s).isEmpty());
        QVERIFY(unsafeArchiveEntryReason(u"a/link"_s, u"../b"_s).isEmpty()); // stays inside
        QVERIFY(!unsafeArchiveEntryReason(u"a\\..\\..\\x"_s).isEmpty());
        QVERIFY(!unsafeArchiveEntryReason(u"\\\\server\\share\\x"_s).isEmpty());
        QVERIFY(!unsafeArchiveEntryReason(u"link"_s, u"../x"_s).isEmpty());
    }

    void pipOutput()
    {
        QCOMPARE(maskCredentials(u"Looking in indexes: http://user:pa%40ss@10.0.0.5:8036/simple, https://tok@h/s"_s),
                 u"Looking in indexes: http://****@10.0.0.5:8036/simple, https://****@h/s"_s);
        IndexOptions index;
        index.indexUrl = u"http://admin:secret@qs:8036/simple"_s;
        index.trustedHost = u"qs"_s;
        // Credentials reach pip through its environment, never its command line (which ps shows every user).
        QCOMPARE(index.pipArguments(), (QStringList{u"--trusted-host"_s, u"qs"_s}));
        QCOMPARE(index.pipEnvironment(), (QList<std::pair<QString, QString>>{
                                             {u"PIP_INDEX_URL"_s, u"http://admin:secret@qs:8036/simple"_s}}));
        index.indexUrl = u"http://qs:8036/simple"_s;
        QCOMPARE(index.pipArguments(), (QStringList{u"--index-url"_s, u"http://qs:8036/simple"_s,
                                                    u"--trusted-host"_s, u"qs"_s}));
        QVERIFY(index.pipEnvironment().isEmpty());
        index.indexUrl = u"http://admin:secret@qs:8036/simple"_s;
        QVERIFY(!index.describe().contains(u"secret"_s));
        IndexOptions offline;
        offline.offlineFolder = u"/srv/wheels"_s;
        offline.indexUrl = u"http://ignored/simple"_s;
        QCOMPARE(offline.pipArguments(), (QStringList{u"--no-index"_s, u"--find-links"_s, u"/srv/wheels"_s}));

        const PipFailure missing = summarizePipFailure(
            {u"Collecting cloudshell-core==9.9 (from -r r.txt (line 1))"_s,
             u"ERROR: Could not find a version that satisfies the requirement cloudshell-core==9.9 (from versions: 2.2.180)"_s,
             u"ERROR: No matching distribution found for cloudshell-core==9.9"_s},
            index, 1);
        QCOMPARE(missing.headline,
                 u"No matching distribution found for cloudshell-core==9.9 on index http://****@qs:8036/simple, "
                 "trusted host qs (versions there: 2.2.180)"_s);
        QCOMPARE(missing.details.size(), 2);
        const PipFailure invalid = summarizePipFailure(
            {u"ERROR: Invalid requirement: 'foo bar' (from line 7 of /tmp/x/requirements.txt)"_s}, index, 1);
        QCOMPARE(invalid.headline, u"requirement line 7 is invalid: 'foo bar'"_s);
        const PipFailure unreachable = summarizePipFailure(
            {u"WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after "
             u"connection "
             "broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPConnection object at 0x7f>: Failed to "
             "establish a new connection: [Errno 111] Connection refused')': /simple/alpha/"_s,
             u"ERROR: No matching distribution found for alpha"_s},
            index, 1);
        QVERIFY2(unreachable.headline.startsWith(u"the package index is unreachable"_s),
                 qPrintable(unreachable.headline));

        BuildProgress progress;
        QVERIFY(updateProgress(progress, u"Collecting alpha (from -r r.txt (line 1))"_s));
        QVERIFY(updateProgress(progress, u"  Downloading alpha-1.0-py3-none-any.whl (1.2 kB)"_s));
        QVERIFY(updateProgress(progress, u"Installing collected packages: beta, alpha"_s));
        QVERIFY(!updateProgress(progress, u"random"_s));
        QCOMPARE(progress.collected, 1);
        QCOMPARE(progress.obtained, 1);
        QCOMPARE(progress.toInstall, 2);
        QCOMPARE(successfullyInstalled(u"Successfully installed alpha-1.0 beta-2.0"_s),
                 (QStringList{u"alpha-1.0"_s, u"beta-2.0"_s}));

        QCOMPARE(environmentNameFor(u"{name}_{version}"_s, u"Default Sandbox Setup 2.0"_s, u"1"_s),
                 u"Default_Sandbox_Setup_2.0_1"_s);
        QCOMPARE(environmentNameFor(u"{rawname}_{version}_py{python}"_s, u"My Script"_s, u"2.1"_s, u"3.11"_s),
                 u"My Script_2_1_py3_11"_s);
        QCOMPARE(environmentNameFor(u"{name}_{version}"_s, u"Script"_s, QString()), u"Script"_s);
    }
};

QTEST_GUILESS_MAIN(TestBuildSource)
#include "tst_buildsource.moc"
