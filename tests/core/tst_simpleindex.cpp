// The pure side of the index client: PEP 691 JSON and PEP 503 HTML pages shaped like PyPI's, versions from file
// names, PEP 440 specifiers, and the choice of the latest version pip would install.
#include "index/Pep440Version.h"
#include "index/SimpleIndex.h"
#include "index/VersionSelection.h"
#include "index/VersionSpecifier.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(test::dataPath(u"index/"_s + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

IndexFile file(const QString &version, const QString &requiresPython = {}, bool yanked = false)
{
    IndexFile f;
    f.fileName = u"pkg-"_s + version + u".tar.gz"_s;
    f.version = version;
    f.requiresPython = requiresPython;
    f.yanked = yanked;
    return f;
}

} // namespace

class TestSimpleIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPyPiJson()
    {
        const QUrl page(u"https://pypi.org/simple/requests/"_s);
        const Read<ProjectPage> read = parseSimplePage(fixture(u"requests.json"_s),
                                                       u"application/vnd.pypi.simple.v1+json"_s, u"Requests"_s, page);
        QVERIFY(read.problems.isEmpty());
        QVERIFY(read.value);
        QCOMPARE(read.value->project, u"requests"_s);
        QCOMPARE(read.value->files.size(), 6);
        const IndexFile &yanked = read.value->files.at(2);
        QCOMPARE(yanked.version, u"2.32.0"_s);
        QVERIFY(yanked.yanked);
        QCOMPARE(yanked.yankedReason, u"Yanked due to conflicts with CVE-2024-35195 mitigation"_s);
        QCOMPARE(yanked.requiresPython, u">=3.8"_s);
        QVERIFY(!read.value->files.at(0).yanked);
        QVERIFY(read.value->files.at(0).requiresPython.isEmpty()); // null in the JSON
        QCOMPARE(read.value->files.at(5).url, QUrl(u"https://pypi.org/packages/requests-3.0.0b1-py3-none-any.whl"_s));
    }

    void parsesPep503Html()
    {
        const QUrl page(u"http://qs-server:8036/simple/cloudshell-core/"_s);
        const Read<ProjectPage> read = parseSimplePage(fixture(u"cloudshell-core.html"_s), u"text/html; charset=utf-8"_s,
                                                       u"cloudshell_core"_s, page);
        QVERIFY(read.problems.isEmpty());
        QVERIFY(read.value);
        const QList<IndexFile> &files = read.value->files;
        QCOMPARE(files.size(), 6);
        QCOMPARE(files.at(0).version, u"2.2.180"_s);
        QCOMPARE(files.at(1).version, u"2.3.15"_s);
        QCOMPARE(files.at(1).requiresPython, u">=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*"_s);
        QCOMPARE(files.at(1).url.toString(QUrl::RemoveFragment),
                 u"http://qs-server:8036/packages/cloudshell_core-2.3.15-py2.py3-none-any.whl"_s);
        QVERIFY(files.at(2).yanked);
        QVERIFY(files.at(2).yankedReason.isEmpty());
        QCOMPARE(files.at(4).version, u"lastest"_s); // an invalid version, kept for the selection to count
    }

    void malformedBodies()
    {
        const QUrl page(u"https://user:secret@index.example/simple/x/"_s);
        Read<ProjectPage> read = parseSimplePage("{\"files\": [", u"application/vnd.pypi.simple.v1+json"_s, u"x"_s, page);
        QVERIFY(!read.value);
        QCOMPARE(read.problems.size(), 1);
        QVERIFY(!read.problems.first().path.contains(u"secret"_s));
        QVERIFY(read.problems.first().path.contains(u"***@"_s));
        read = parseSimplePage("{\"meta\":{\"api-version\":\"2.0\"},\"files\":[]}",
                               u"application/vnd.pypi.simple.v1+json"_s, u"x"_s, page);
        QVERIFY(!read.value);
        read = parseSimplePage("\x89PNG garbage", u"image/png"_s, u"x"_s, page);
        QVERIFY(!read.value);
        read = parseSimplePage("<html><body></body></html>", u"text/html"_s, u"x"_s, page);
        QVERIFY(read.value);
        QVERIFY(read.value->files.isEmpty());
    }

    void versionFromFileName_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QString>("project");
        QTest::addColumn<QString>("version"); // "-" for not the project's
        QTest::newRow("wheel") << u"cloudshell_shell_core-5.0.3-py2.py3-none-any.whl"_s << u"cloudshell-shell-core"_s << u"5.0.3"_s;
        QTest::newRow("wheel build tag") << u"pkg-1.0-1-py3-none-any.whl"_s << u"pkg"_s << u"1.0"_s;
        QTest::newRow("wheel other project") << u"pkg_extra-1.0-py3-none-any.whl"_s << u"pkg"_s << u"-"_s;
        QTest::newRow("sdist dash name") << u"cloudshell-core-2.2.180.zip"_s << u"cloudshell.core"_s << u"2.2.180"_s;
        QTest::newRow("sdist tar.gz") << u"PyYAML-6.0.1.tar.gz"_s << u"pyyaml"_s << u"6.0.1"_s;
        QTest::newRow("sdist prefix of another") << u"cloudshell-core-extra-1.0.tar.gz"_s << u"cloudshell-core"_s << u"extra-1.0"_s;
        QTest::newRow("sdist other") << u"requests-toolbelt-1.0.0.tar.gz"_s << u"requests"_s << u"toolbelt-1.0.0"_s;
        QTest::newRow("egg") << u"paramiko-1.15.2-py2.7.egg"_s << u"paramiko"_s << u"1.15.2"_s;
        QTest::newRow("not a dist") << u"README.txt"_s << u"readme"_s << u"-"_s;
    }

    void versionFromFileName()
    {
        QFETCH(QString, fileName);
        QFETCH(QString, project);
        QFETCH(QString, version);
        QCOMPARE(venvdeck::versionFromFileName(fileName, project).value_or(u"-"_s), version);
    }

    void offlineFolder()
    {
        QTemporaryDir dir;
        for (const char *name : {"cloudshell_core-2.3.15-py2.py3-none-any.whl", "cloudshell-core-2.2.180.zip",
                                 "paramiko-2.7.2.tar.gz", "notes.txt"})
            QVERIFY(test::writeFile(dir.filePath(QString::fromLatin1(name)), "x"));
        const Read<ProjectPage> read = readOfflineFolder(dir.path(), u"CloudShell_Core"_s);
        QVERIFY(read.value);
        QCOMPARE(read.value->files.size(), 2);
        QVERIFY(!readOfflineFolder(dir.filePath(u"missing"_s), u"x"_s).value);
    }

    void specifiers_data()
    {
        QTest::addColumn<QString>("specifier");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("expected"); // yes / no / invalid
        const auto row = [](const char *spec, const char *version, const char *expected) {
            QTest::addRow("%s | %s", spec, version) << QString::fromLatin1(spec) << QString::fromLatin1(version)
                                                    << QString::fromLatin1(expected);
        };
        row("", "1.0", "yes");
        row(">=3.7", "3.11.7", "yes");
        row(">=3.7", "2.7.18", "no");
        row(">=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*", "3.2.5", "no");
        row(">=2.7, !=3.0.*, !=3.1.*, !=3.2.*, !=3.3.*", "3.4.0", "yes");
        row("==1.0.*", "1.0.9", "yes");
        row("==1.0.*", "1.1", "no");
        row("==1.0", "1.0.0", "yes");
        row("==1.0", "1.0+local.7", "yes");
        row("==1.0+local.7", "1.0", "no");
        row("~=2.2", "2.9", "yes");
        row("~=2.2", "3.0", "no");
        row("~=1.4.5", "1.4.9", "yes");
        row("~=1.4.5", "1.5.0", "no");
        row("<2.0", "2.0rc1", "no");
        row("<2.0rc2", "2.0rc1", "yes");
        row(">1.7", "1.7.post1", "no");
        row(">1.7.post1", "1.7.post2", "yes");
        row(">1.7", "1.7.1", "yes");
        row("<=1.0", "1.0+abc", "yes");
        row("===1.0", "1.0", "yes");
        row("!=1.5", "1.5.0", "no");
        row(">=1!1.0", "2.0", "no");
        row("~=1", "1.0", "invalid");
        row(">=1.0.*", "1.0", "invalid");
        row("=>1.0", "1.0", "invalid");
    }

    void specifiers()
    {
        QFETCH(QString, specifier);
        QFETCH(QString, version);
        QFETCH(QString, expected);
        const std::optional<bool> result = specifierAllows(specifier, version);
        QCOMPARE(result ? (*result ? u"yes"_s : u"no"_s) : u"invalid"_s, expected);
    }

    void selection()
    {
        const QList<IndexFile> files{file(u"1.0"_s), file(u"1.1"_s, u">=3.8"_s), file(u"1.2"_s, u">=3.12"_s),
                                     file(u"1.3"_s, {}, true), file(u"2.0b1"_s), file(u"bogus"_s),
                                     file(u"1.1.post1"_s, u">=3.8"_s), file(u"junk-1"_s)};
        Selection s = selectLatest(files, {u"1.0"_s, u"3.11.7"_s, {}});
        QCOMPARE(s.latestAllowed, u"1.1.post1"_s);
        QCOMPARE(s.latestOverall, u"1.2"_s);
        QVERIFY(s.updateAvailable);
        QCOMPARE(s.invalidVersions, 2);
        QCOMPARE(s.yankedSkipped, 1);
        QVERIFY(s.pythonChecked);
        QVERIFY(!s.pinAcceptsLatest);

        // A pre-release installed: pre-releases count.
        s = selectLatest(files, {u"2.0a1"_s, u"3.11"_s, {}});
        QCOMPARE(s.latestAllowed, u"2.0b1"_s);
        // Python 2.7: only what has no requires-python.
        s = selectLatest(files, {u"1.0"_s, u"2.7.18"_s, {}});
        QCOMPARE(s.latestAllowed, u"1.0"_s);
        QVERIFY(!s.updateAvailable);
        // Unknown Python: not checked, and said so.
        s = selectLatest(files, {u"1.0"_s, {}, {}});
        QCOMPARE(s.latestAllowed, u"1.2"_s);
        QVERIFY(!s.pythonChecked);
        // A pin on the yanked version makes it count (PEP 592); a range pin is judged.
        s = selectLatest(files, {u"1.0"_s, u"3.11"_s, u"==1.3"_s});
        QCOMPARE(s.latestAllowed, u"1.3"_s);
        QCOMPARE(s.pinAcceptsLatest, std::optional<bool>(true));
        s = selectLatest(files, {u"1.0"_s, u"3.11"_s, u">=1.0,<1.1"_s});
        QCOMPARE(s.pinAcceptsLatest, std::optional<bool>(false));
        QCOMPARE(s.latestPinned, u"1.0"_s);
        // Nothing at all.
        s = selectLatest({}, {u"1.0"_s, u"3.11"_s, {}});
        QVERIFY(s.latestAllowed.isEmpty());
        QVERIFY(!s.updateAvailable);
    }

    void selectionOnRealShapes()
    {
        const Read<ProjectPage> read = parseSimpleJson(fixture(u"requests.json"_s), u"requests"_s,
                                                       QUrl(u"https://pypi.org/simple/requests/"_s));
        QVERIFY(read.value);
        Selection s = selectLatest(read.value->files, {u"2.31.0"_s, u"3.7.17"_s, {}});
        QCOMPARE(s.latestAllowed, u"2.31.0"_s);
        QCOMPARE(s.latestOverall, u"2.32.3"_s);
        s = selectLatest(read.value->files, {u"2.31.0"_s, u"3.11.2"_s, {}});
        QCOMPARE(s.latestAllowed, u"2.32.3"_s);
        QCOMPARE(s.yankedSkipped, 1);
    }

    // The ordering the selection relies on: PEP 440's own example list, plus epochs, must be strictly increasing.
    void pep440OrderingUsedBySelection()
    {
        const QStringList ordered{u"1.dev0"_s, u"1.0.dev456"_s, u"1.0a1"_s, u"1.0a2.dev456"_s, u"1.0a12.dev456"_s,
                                  u"1.0a12"_s, u"1.0b1.dev456"_s, u"1.0b2"_s, u"1.0b2.post345.dev456"_s,
                                  u"1.0b2.post345"_s, u"1.0rc1.dev456"_s, u"1.0rc1"_s, u"1.0"_s, u"1.0+abc.5"_s,
                                  u"1.0+abc.7"_s, u"1.0+5"_s, u"1.0.post456.dev34"_s, u"1.0.post456"_s, u"1.0.15"_s,
                                  u"1.1.dev1"_s, u"2013.10"_s, u"1!0.1"_s, u"1!1.0"_s};
        for (qsizetype i = 1; i < ordered.size(); ++i) {
            const auto a = Pep440Version::parse(ordered.at(i - 1));
            const auto b = Pep440Version::parse(ordered.at(i));
            QVERIFY2(a && b, qPrintable(ordered.at(i)));
            QVERIFY2(Pep440Version::compare(*a, *b) < 0, qPrintable(ordered.at(i - 1) + u" < "_s + ordered.at(i)));
        }
    }

    void masking()
    {
        QCOMPARE(maskedUrl(QUrl(u"https://admin:p%40ss@qs-server:8036/simple/"_s)), u"https://***@qs-server:8036/simple/"_s);
        QCOMPARE(maskedUrl(QUrl(u"https://token@host/simple/"_s)), u"https://***@host/simple/"_s);
        QCOMPARE(maskedUrl(QUrl(u"http://host/simple/"_s)), u"http://host/simple/"_s);
        QCOMPARE(projectUrl(QUrl(u"http://host:8036/simple"_s), u"Cloudshell_Core"_s),
                 QUrl(u"http://host:8036/simple/cloudshell-core/"_s));
    }
};

QTEST_GUILESS_MAIN(TestSimpleIndex)
#include "tst_simpleindex.moc"
