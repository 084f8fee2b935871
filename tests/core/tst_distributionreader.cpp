#include "model/Environment.h"
#include "scan/DistributionReader.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace venvdeck;

namespace {

const Problem *problemFor(const Problems &problems, const QString &path)
{
    for (const Problem &problem : problems) {
        if (problem.path == path)
            return &problem;
    }
    return nullptr;
}

QString metadataPath(const QString &relative)
{
    return test::dataPath(u"metadata/"_s + relative);
}

} // namespace

class TestDistributionReader final : public QObject
{
    Q_OBJECT

private slots:
    void parsesHeaders();
    void continuationLinesAndRepeatedHeaders();
    void headersStopAtTheFirstBlankLine();
    void headerNamesAreCaseInsensitive();
    void refusesHeadersWithoutNameOrVersion_data();
    void refusesHeadersWithoutNameOrVersion();

    void readsRealDistributions_data();
    void readsRealDistributions();
    void readsInstallerRequestedAndDirectUrl();
    void readsOnlyTheHeaderBlockOfAHugeFile();
    void eggRequirementsBecomeRequiresDist();
    void readsAnEggFolder();
    void refusesWhatIsNotMetadata();
    void missingMetadataNamesTheFile();
    void badDirectUrlIsAProblemButKeepsTheDistribution();

    void listsLikePipList();
    void absoluteEggLinkIsFollowed();
    void brokenSitePackagesReportsEveryProblem();
    void missingSitePackagesIsAProblem();
    void sortsCaseInsensitively();
    void readsTheRootFixtures_data();
    void readsTheRootFixtures();
};

void TestDistributionReader::parsesHeaders()
{
    const Read<Distribution> read = parseMetadataHeaders("Metadata-Version: 2.1\n"
                                                         "Name: cloudshell-shell-core\n"
                                                         "Version: 5.0.3\n"
                                                         "Summary: Core package for CloudShell Python shells\n"
                                                         "Requires-Python: >=3.7\n"
                                                         "Requires-Dist: cloudshell-logging (<1.1.0,>=1.0.3)\n",
                                                         u"mem/METADATA"_s);
    QVERIFY2(read.problems.isEmpty(), qPrintable(describeProblems(read.problems)));
    QVERIFY(read.value);
    QCOMPARE(read.value->name, u"cloudshell-shell-core"_s);
    QCOMPARE(read.value->version, u"5.0.3"_s);
    QCOMPARE(read.value->summary, u"Core package for CloudShell Python shells"_s);
    QCOMPARE(read.value->requiresPython, u">=3.7"_s);
    QCOMPARE(read.value->requiresDist, QStringList{u"cloudshell-logging (<1.1.0,>=1.0.3)"_s});
    // The parser knows nothing of files: what INSTALLER etc. say is readDistribution's business.
    QVERIFY(read.value->installer.isEmpty());
    QVERIFY(!read.value->requested);
    QVERIFY(!read.value->editable);
}

void TestDistributionReader::continuationLinesAndRepeatedHeaders()
{
    const Read<Distribution> read = parseMetadataHeaders("Name: PS-Helper\r\n"
                                                         "Version: 1.0.0.dev3\r\n"
                                                         "Summary: helpers for\r\n"
                                                         "        PowerShell\r\n"
                                                         "\tscripts\r\n"
                                                         "Requires-Dist: a\r\n"
                                                         "Requires-Dist: b ; python_version < \"3.8\"\r\n"
                                                         "Name: Second-Name-Ignored\r\n",
                                                         u"mem"_s);
    QVERIFY(read.value);
    QCOMPARE(read.value->name, u"PS-Helper"_s); // the first Name, as email.message does
    QCOMPARE(read.value->summary, u"helpers for PowerShell scripts"_s);
    QCOMPARE(read.value->requiresDist, (QStringList{u"a"_s, u"b ; python_version < \"3.8\""_s}));
}

void TestDistributionReader::headersStopAtTheFirstBlankLine()
{
    // The body often repeats header-like lines (a README with "Version: ..."): none of it counts.
    const Read<Distribution> crlf =
        parseMetadataHeaders("Name: a\r\nVersion: 1\r\n\r\nName: b\r\nVersion: 2\r\n", u"mem"_s);
    QVERIFY(crlf.value);
    QCOMPARE(crlf.value->name, u"a"_s);
    QCOMPARE(crlf.value->version, u"1"_s);

    // A whitespace-only line is a folded header line, not the end (old PKG-INFO Description fields).
    const Read<Distribution> folded =
        parseMetadataHeaders("Name: a\nDescription: text\n        \n        more\nVersion: 3\n", u"mem"_s);
    QVERIFY2(folded.value, qPrintable(describeProblems(folded.problems)));
    QCOMPARE(folded.value->version, u"3"_s);

    // A line that is no header ends the block, as Python's email parser decides.
    const Read<Distribution> junk = parseMetadataHeaders("Name: a\nthis is not a header\nVersion: 3\n", u"where"_s);
    QVERIFY(!junk.value);
    QCOMPARE(junk.problems.size(), 1);
    QCOMPARE(junk.problems.constFirst().path, u"where"_s);
    QVERIFY(junk.problems.constFirst().message.contains(u"Version"_s));
}

void TestDistributionReader::headerNamesAreCaseInsensitive()
{
    const Read<Distribution> read = parseMetadataHeaders(
        "\xef\xbb\xbfNAME: Foo\nversion: 0.1\nrequires-dist: bar\nREQUIRES-PYTHON: >=2.7\n", u"m"_s);
    QVERIFY(read.value);
    QCOMPARE(read.value->name, u"Foo"_s);
    QCOMPARE(read.value->version, u"0.1"_s);
    QCOMPARE(read.value->requiresDist, QStringList{u"bar"_s});
    QCOMPARE(read.value->requiresPython, u">=2.7"_s);
}

void TestDistributionReader::refusesHeadersWithoutNameOrVersion_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QStringList>("missing");
    QTest::newRow("empty") << QByteArray() << QStringList{u"Name"_s, u"Version"_s};
    QTest::newRow("starts with a blank line")
        << QByteArray("\nName: a\nVersion: 1\n") << QStringList{u"Name"_s, u"Version"_s};
    QTest::newRow("no version") << QByteArray("Metadata-Version: 2.1\nName: cloudshell-snmp\n")
                                << QStringList{u"Version"_s};
    QTest::newRow("no name") << QByteArray("Version: 1.0\n") << QStringList{u"Name"_s};
    QTest::newRow("empty name") << QByteArray("Name:   \nVersion: 1.0\n") << QStringList{u"Name"_s};
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QStringList{u"Name"_s, u"Version"_s};
}

void TestDistributionReader::refusesHeadersWithoutNameOrVersion()
{
    QFETCH(QByteArray, headers);
    QFETCH(QStringList, missing);
    const Read<Distribution> read = parseMetadataHeaders(headers, u"/sp/x.dist-info/METADATA"_s);
    QVERIFY(!read.value);
    QCOMPARE(read.problems.size(), missing.size());
    for (qsizetype i = 0; i < missing.size(); ++i) {
        QCOMPARE(read.problems.at(i).path, u"/sp/x.dist-info/METADATA"_s);
        QVERIFY2(read.problems.at(i).message.contains(u'"' + missing.at(i) + u'"'),
                 qPrintable(read.problems.at(i).message));
    }
}

void TestDistributionReader::readsRealDistributions_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("requiresPython");
    QTest::addColumn<int>("requiresDistCount");

    // Expected values are what importlib.metadata reports for the same folders.
    QTest::newRow("pip wheel") << u"site-packages/pip-23.0.1.dist-info"_s << u"pip"_s << u"23.0.1"_s
                               << u"The PyPA recommended tool for installing Python packages."_s << u">=3.7"_s << 0;
    QTest::newRow("setuptools wheel") << u"site-packages/setuptools-66.1.1.dist-info"_s << u"setuptools"_s
                                      << u"66.1.1"_s
                                      << u"Easily download, build, install, upgrade, and uninstall Python packages"_s
                                      << u">=3.7"_s << 45;
    QTest::newRow("dotted name") << u"site-packages/qs.tools-2.0.dist-info"_s << u"qs.tools"_s << u"2.0"_s << QString()
                                 << QString() << 1;
    QTest::newRow("crlf dist-info") << u"cloudshell_shell_core-5.0.3.dist-info"_s << u"cloudshell-shell-core"_s
                                    << u"5.0.3"_s << u"Core package for CloudShell Python shells"_s
                                    << u">=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*, !=3.4.*, !=3.5.*, !=3.6.*"_s << 3;
    QTest::newRow("debian egg-info folder")
        << u"crcmod-1.7.egg-info"_s << u"crcmod"_s << u"1.7"_s << u"CRC Generator"_s << QString() << 0;
    QTest::newRow("egg-info with mixed-case name") << u"PyJWT-2.6.0.egg-info"_s << u"PyJWT"_s << u"2.6.0"_s
                                                   << u"JSON Web Token implementation in Python"_s << u">=3.7"_s << 13;
    QTest::newRow("egg-info file, python 2.7") << u"wsgiref.egg-info"_s << u"wsgiref"_s << u"0.1.2"_s
                                               << u"WSGI (PEP 333) Reference Library"_s << QString() << 0;
    QTest::newRow("old PKG-INFO, folded description")
        << u"cloudshell_core-2.2.180-py2.7.egg-info"_s << u"cloudshell-core"_s << u"2.2.180"_s
        << u"Core package for CloudShell Python orchestration: logging, configuration and session helpers"_s
        << QString() << 2;
}

void TestDistributionReader::readsRealDistributions()
{
    QFETCH(QString, entry);
    const QString path = metadataPath(entry);
    const Read<Distribution> read = readDistribution(path);
    QVERIFY2(read.problems.isEmpty(), qPrintable(describeProblems(read.problems)));
    QVERIFY(read.value);
    QTEST(read.value->name, "name");
    QTEST(read.value->version, "version");
    QTEST(read.value->summary, "summary");
    QTEST(read.value->requiresPython, "requiresPython");
    QTEST(int(read.value->requiresDist.size()), "requiresDistCount");
    QCOMPARE(read.value->metadataPath, path);
}

void TestDistributionReader::readsInstallerRequestedAndDirectUrl()
{
    // Installed by pip 23 from a wheel file: INSTALLER "pip\n", REQUESTED, direct_url.json with archive_info.
    const Read<Distribution> wheel = readDistribution(metadataPath(u"site-packages/wheel-0.38.4.dist-info"_s));
    QVERIFY2(wheel.problems.isEmpty(), qPrintable(describeProblems(wheel.problems)));
    QVERIFY(wheel.value);
    QCOMPARE(wheel.value->installer, u"pip"_s);
    QVERIFY(wheel.value->requested);
    QCOMPARE(wheel.value->directUrl, u"file:///usr/share/python-wheels/wheel-0.38.4-py3-none-any.whl"_s);
    QVERIFY(!wheel.value->editable);
    QCOMPARE(wheel.value->requiresDist, QStringList{u"pytest (>=3.0.0) ; extra == 'test'"_s});

    // A PEP 660 editable install.
    const Read<Distribution> editable = readDistribution(metadataPath(u"site-packages/qs.tools-2.0.dist-info"_s));
    QVERIFY(editable.value);
    QVERIFY(editable.value->editable);
    QCOMPARE(editable.value->directUrl, u"file:///opt/projects/qs-tools"_s);
    QVERIFY(editable.value->requested);

    // CRLF INSTALLER, no REQUESTED (a dependency), no direct_url.json.
    const Read<Distribution> crlf = readDistribution(metadataPath(u"cloudshell_shell_core-5.0.3.dist-info"_s));
    QVERIFY(crlf.value);
    QCOMPARE(crlf.value->installer, u"pip"_s);
    QVERIFY(!crlf.value->requested);
    QVERIFY(crlf.value->directUrl.isEmpty());
    QVERIFY(!crlf.value->editable);
    // The body below the blank line repeats "Name:" and "Version:"; the headers win.
    QCOMPARE(crlf.value->name, u"cloudshell-shell-core"_s);

    // Debian's egg-info has no INSTALLER: empty, not a problem.
    const Read<Distribution> egg = readDistribution(metadataPath(u"crcmod-1.7.egg-info"_s));
    QVERIFY(egg.value);
    QVERIFY(egg.problems.isEmpty());
    QVERIFY(egg.value->installer.isEmpty());
    QVERIFY(!egg.value->requested);
}

void TestDistributionReader::readsOnlyTheHeaderBlockOfAHugeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString info = dir.filePath(u"big-1.0.dist-info"_s);
    // 8 MiB of body after the headers; a body that is not UTF-8 text at all.
    QByteArray content = "Metadata-Version: 2.1\nName: big\nVersion: 1.0\n\n";
    content += QByteArray(8 * 1024 * 1024, '\xff');
    QVERIFY(test::writeFile(info + u"/METADATA"_s, content));
    const Read<Distribution> read = readDistribution(info);
    QVERIFY2(read.problems.isEmpty(), qPrintable(describeProblems(read.problems)));
    QVERIFY(read.value);
    QCOMPARE(read.value->name, u"big"_s);

    // No blank line within the cap: what was read still yields Name and Version, the cut line is dropped.
    QByteArray endless = "Name: endless\nVersion: 2.0\n";
    while (endless.size() < 1024 * 1024)
        endless += "Classifier: Programming Language :: Python :: 3\n";
    QVERIFY(test::writeFile(dir.filePath(u"endless.egg-info"_s), endless));
    const Read<Distribution> capped = readDistribution(dir.filePath(u"endless.egg-info"_s));
    QVERIFY2(capped.value, qPrintable(describeProblems(capped.problems)));
    QCOMPARE(capped.value->version, u"2.0"_s);
}

void TestDistributionReader::eggRequirementsBecomeRequiresDist()
{
    // requires.txt sections turn into markers exactly as importlib.metadata.requires() spells them.
    const Read<Distribution> jwt = readDistribution(metadataPath(u"PyJWT-2.6.0.egg-info"_s));
    QVERIFY(jwt.value);
    QCOMPARE(jwt.value->requiresDist.constFirst(), u"cryptography>=3.4.0; extra == \"crypto\""_s);
    QCOMPARE(jwt.value->requiresDist.constLast(), u"pytest<7.0.0,>=6.0.0; extra == \"tests\""_s);

    const Read<Distribution> pygments = readDistribution(metadataPath(u"Pygments-2.14.0.egg-info"_s));
    QVERIFY(pygments.value);
    QCOMPARE(pygments.value->requiresDist,
             QStringList{u"importlib-metadata; (python_version < \"3.8\") and extra == \"plugins\""_s});

    const Read<Distribution> core = readDistribution(metadataPath(u"cloudshell_core-2.2.180-py2.7.egg-info"_s));
    QVERIFY(core.value);
    QCOMPARE(core.value->requiresDist, (QStringList{u"jsonpickle>=0.9.3,<0.10.0"_s, u"PyYAML>=3.11,<4.0.0"_s}));

    const Read<Distribution> develop =
        readDistribution(metadataPath(u"projects/legacy-tool/cloudshell_legacy_tool.egg-info"_s));
    QVERIFY(develop.value);
    QCOMPARE(develop.value->requiresDist, (QStringList{u"wheel>=0.30"_s, u"pytest; extra == \"test\""_s}));
}

void TestDistributionReader::readsAnEggFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString egg = dir.filePath(u"jsonpickle-0.9.3-py2.7.egg"_s);
    QVERIFY(
        test::writeFile(egg + u"/EGG-INFO/PKG-INFO"_s, "Metadata-Version: 1.1\nName: jsonpickle\nVersion: 0.9.3\n"));
    QVERIFY(test::writeFile(egg + u"/EGG-INFO/requires.txt"_s, "\n[:python_version < \"2.7\"]\nordereddict\n"));
    const Read<Distribution> read = readDistribution(egg);
    QVERIFY2(read.problems.isEmpty(), qPrintable(describeProblems(read.problems)));
    QVERIFY(read.value);
    QCOMPARE(read.value->name, u"jsonpickle"_s);
    QCOMPARE(read.value->requiresDist, QStringList{u"ordereddict; python_version < \"2.7\""_s});
}

void TestDistributionReader::refusesWhatIsNotMetadata()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList paths = {
        dir.filePath(u"nothing-here.dist-info"_s), // does not exist
        dir.filePath(u"pip"_s),                    // a package folder
        dir.filePath(u"file.dist-info"_s),         // a file where a folder belongs
    };
    QVERIFY(test::makePath(paths.at(1)));
    QVERIFY(test::writeFile(paths.at(2), "Name: x\nVersion: 1\n"));
    for (const QString &path : paths) {
        const Read<Distribution> read = readDistribution(path);
        QVERIFY2(!read.value, qPrintable(path));
        QCOMPARE(read.problems.size(), 1);
        QCOMPARE(read.problems.constFirst().path, path);
    }
}

void TestDistributionReader::missingMetadataNamesTheFile()
{
    const QString info = metadataPath(u"broken-site-packages/cloudshell_logging-1.0.3.dist-info"_s);
    const Read<Distribution> read = readDistribution(info);
    QVERIFY(!read.value);
    QCOMPARE(read.problems.size(), 1);
    QCOMPARE(read.problems.constFirst().path, info + u"/METADATA"_s);
    QVERIFY(read.problems.constFirst().message.contains(u"does not exist"_s));

    const QString noVersion = metadataPath(u"broken-site-packages/cloudshell_snmp-4.0.1.dist-info"_s);
    const Read<Distribution> partial = readDistribution(noVersion);
    QVERIFY(!partial.value);
    QCOMPARE(partial.problems.size(), 1);
    QCOMPARE(partial.problems.constFirst().path, noVersion + u"/METADATA"_s);
    QVERIFY(partial.problems.constFirst().message.contains(u"\"Version\""_s));
}

void TestDistributionReader::badDirectUrlIsAProblemButKeepsTheDistribution()
{
    const QString info = metadataPath(u"broken-site-packages/paramiko-2.12.0.dist-info"_s);
    const Read<Distribution> read = readDistribution(info);
    QVERIFY(read.value);
    QCOMPARE(read.value->name, u"paramiko"_s);
    QCOMPARE(read.value->installer, u"pip"_s);
    QVERIFY(read.value->directUrl.isEmpty());
    QCOMPARE(read.problems.size(), 1);
    QCOMPARE(read.problems.constFirst().path, info + u"/direct_url.json"_s);
    QVERIFY(read.problems.constFirst().message.contains(u"JSON"_s));

    // Valid JSON without a url is refused too.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString other = dir.filePath(u"x-1.dist-info"_s);
    QVERIFY(test::writeFile(other + u"/METADATA"_s, "Name: x\nVersion: 1\n"));
    QVERIFY(test::writeFile(other + u"/direct_url.json"_s, "[\"file:///x\"]"));
    const Read<Distribution> array = readDistribution(other);
    QVERIFY(array.value);
    QCOMPARE(array.problems.size(), 1);
    QCOMPARE(array.problems.constFirst().path, other + u"/direct_url.json"_s);
}

void TestDistributionReader::listsLikePipList()
{
    const QString sitePackages = metadataPath(u"site-packages"_s);
    const Read<QList<Distribution>> read = readDistributions(sitePackages);
    QVERIFY2(read.problems.isEmpty(), qPrintable(describeProblems(read.problems)));
    QVERIFY(read.value);

    // `pip list --format=json` in the venv this site-packages was copied from.
    QFile pipList(metadataPath(u"site-packages.pip-list.json"_s));
    QVERIFY(pipList.open(QIODevice::ReadOnly));
    const QJsonArray expected = QJsonDocument::fromJson(pipList.readAll()).array();
    QCOMPARE(read.value->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject entry = expected.at(i).toObject();
        const Distribution &distribution = read.value->at(i);
        QCOMPARE(distribution.name, entry.value(u"name"_s).toString());
        QCOMPARE(distribution.version, entry.value(u"version"_s).toString());
        QCOMPARE(distribution.editable, entry.contains(u"editable_project_location"_s));
    }

    // The develop installs came through their relative egg-links.
    const Distribution &legacy = read.value->at(0);
    QCOMPARE(legacy.name, u"cloudshell-legacy-tool"_s);
    QCOMPARE(QDir::cleanPath(legacy.metadataPath),
             QDir::cleanPath(metadataPath(u"projects/legacy-tool/cloudshell_legacy_tool.egg-info"_s)));
    QCOMPARE(legacy.directUrl,
             QUrl::fromLocalFile(QDir::cleanPath(metadataPath(u"projects/legacy-tool"_s))).toString());
    const Distribution &helper = read.value->at(2);
    QCOMPARE(helper.name, u"PS-Helper"_s); // PS-Helper.egg-link -> PS_Helper.egg-info
    QVERIFY(helper.editable);
    QCOMPARE(helper.requiresPython, u">=3.7"_s);
}

void TestDistributionReader::absoluteEggLinkIsFollowed()
{
    // setuptools writes an absolute project path; the fixture's links are relative, so make a real one.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString sitePackages = dir.filePath(u"lib/python3.11/site-packages"_s);
    const QString project = dir.filePath(u"src/Cisco IOS Shell"_s);
    QVERIFY(test::copyTree(metadataPath(u"projects/legacy-tool"_s), project));
    QVERIFY(test::writeFile(sitePackages + u"/cloudshell-legacy-tool.egg-link"_s, project.toUtf8() + "\n.\n"));
    const Read<QList<Distribution>> read = readDistributions(sitePackages);
    QVERIFY2(read.problems.isEmpty(), qPrintable(describeProblems(read.problems)));
    QVERIFY(read.value);
    QCOMPARE(read.value->size(), 1);
    QCOMPARE(read.value->constFirst().name, u"cloudshell-legacy-tool"_s);
    QVERIFY(read.value->constFirst().editable);
    QCOMPARE(read.value->constFirst().metadataPath, project + u"/cloudshell_legacy_tool.egg-info"_s);
}

void TestDistributionReader::brokenSitePackagesReportsEveryProblem()
{
    const QString sitePackages = metadataPath(u"broken-site-packages"_s);
    const Read<QList<Distribution>> read = readDistributions(sitePackages);
    QVERIFY(read.value);

    // What could be read is listed; one spelling of the duplicated project wins.
    QCOMPARE(read.value->size(), 2);
    QCOMPARE(read.value->at(0).name, u"paramiko"_s);
    QCOMPARE(read.value->at(1).name, u"Wheel"_s);
    QCOMPARE(read.value->at(1).version, u"0.37.1"_s);

    const auto expectProblem = [&](const QString &relative, const QString &needle) {
        const Problem *problem = problemFor(read.problems, sitePackages + u'/' + relative);
        QVERIFY2(problem, qPrintable(relative + u"\n"_s + describeProblems(read.problems)));
        QVERIFY2(problem->message.contains(needle), qPrintable(problem->message));
    };
    expectProblem(u"wheel-0.38.4.dist-info"_s, u"Wheel-0.37.1.dist-info"_s);
    expectProblem(u"cloudshell_logging-1.0.3.dist-info/METADATA"_s, u"does not exist"_s);
    expectProblem(u"cloudshell_snmp-4.0.1.dist-info/METADATA"_s, u"\"Version\""_s);
    expectProblem(u"paramiko-2.12.0.dist-info/direct_url.json"_s, u"JSON"_s);
    expectProblem(u"removed-shell.egg-link"_s, u"/opt/projects/removed-shell"_s);
    expectProblem(u"jsonpickle-0.9.3-py2.7.egg"_s, u"zipped"_s);
    QCOMPARE(read.problems.size(), 6);
}

void TestDistributionReader::missingSitePackagesIsAProblem()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString missing = dir.filePath(u"Lib/site-packages"_s);
    const Read<QList<Distribution>> read = readDistributions(missing);
    QVERIFY(!read.value);
    QCOMPARE(read.problems.size(), 1);
    QCOMPARE(read.problems.constFirst().path, missing);

    const QString file = dir.filePath(u"site-packages"_s);
    QVERIFY(test::writeFile(file, "not a folder"));
    const Read<QList<Distribution>> notFolder = readDistributions(file);
    QVERIFY(!notFolder.value);
    QCOMPARE(notFolder.problems.size(), 1);
    QCOMPARE(notFolder.problems.constFirst().path, file);

    // An empty site-packages is a value: nothing installed is not an error.
    const Read<QList<Distribution>> empty = readDistributions(dir.path());
    QVERIFY(empty.value);
    QVERIFY(empty.value->isEmpty());
    QVERIFY(empty.problems.isEmpty());
}

void TestDistributionReader::sortsCaseInsensitively()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const auto &[folder, name] :
         {std::pair{"zope.interface-5.5.2.dist-info", "zope.interface"}, std::pair{"PyYAML-6.0.dist-info", "PyYAML"},
          std::pair{"cloudshell_core-2.2.180.dist-info", "cloudshell-core"},
          std::pair{"Babel-2.10.3.dist-info", "Babel"}}) {
        QVERIFY(test::writeFile(dir.filePath(QString::fromLatin1(folder)) + u"/METADATA"_s,
                                "Name: " + QByteArray(name) + "\nVersion: 1\n"));
    }
    const Read<QList<Distribution>> read = readDistributions(dir.path());
    QVERIFY(read.value);
    QStringList names;
    for (const Distribution &distribution : *read.value)
        names.append(distribution.name);
    QCOMPARE(names, (QStringList{u"Babel"_s, u"cloudshell-core"_s, u"PyYAML"_s, u"zope.interface"_s}));
}

void TestDistributionReader::readsTheRootFixtures_data()
{
    // tests/data/roots/README.md promises these packages to the scanner's tests; hold the fixtures to it.
    QTest::addColumn<QString>("sitePackages");
    QTest::addColumn<QStringList>("expected"); // "name version installer"
    QTest::newRow("windows python 3") << u"Cisco_IOS_Switch_2G_1_3/Lib/site-packages"_s
                                      << QStringList{u"cloudshell-logging 1.0.3 pip"_s,
                                                     u"cloudshell-shell-core 5.0.3 pip"_s};
    QTest::newRow("legacy posix 2.7") << u"Legacy_Router_Driver_1_2/lib/python2.7/site-packages"_s
                                      << QStringList{u"cloudshell-core 2.2.180 "_s,
                                                     u"cloudshell-shell-core 3.1.234 pip"_s};
    QTest::newRow("legacy windows 2.7") << u"Old_Win_Driver_3_1/Lib/site-packages"_s
                                        << QStringList{u"cloudshell-automation-api 8.3.0.183 "_s, u"pip 9.0.1 "_s};
}

void TestDistributionReader::readsTheRootFixtures()
{
    QFETCH(QString, sitePackages);
    QFETCH(QStringList, expected);
    const Read<QList<Distribution>> read = readDistributions(test::dataPath(u"roots/mixed/"_s + sitePackages));
    QVERIFY2(read.problems.isEmpty(), qPrintable(describeProblems(read.problems)));
    QVERIFY(read.value);
    QStringList found;
    for (const Distribution &distribution : *read.value)
        found.append(distribution.name + u' ' + distribution.version + u' ' + distribution.installer);
    QCOMPARE(found, expected);
}

QTEST_GUILESS_MAIN(TestDistributionReader)
#include "tst_distributionreader.moc"
