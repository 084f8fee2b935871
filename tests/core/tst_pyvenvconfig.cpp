#include "scan/PyvenvConfig.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace venvdeck;

class TestPyvenvConfig final : public QObject
{
    Q_OBJECT

private slots:
    void dialects_data();
    void dialects();
    void keepsEveryKey();
    void toleratesBomCrlfAndMissingSpaces();
    void malformedLinesNameTheLine();
    void refusesFilesWithoutSettings_data();
    void refusesFilesWithoutSettings();
    void colonSeparatorKeepsWindowsPaths();
    void lastDuplicateKeyWins();
    void invalidUtf8FallsBackToLatin1();
    void missingFileNamesThePath();
    void folderInsteadOfFileNamesThePath();
    void oversizedFileIsRefused();
    void normalizePythonVersion_data();
    void normalizePythonVersion();
};

void TestPyvenvConfig::dialects_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("home");
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("implementation");
    QTest::addColumn<QString>("executable");
    QTest::addColumn<bool>("hasCommand");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<bool>("includeSystem");

    // Written by `python3 -m venv` (Debian 12) and pyenv builds on this machine.
    QTest::newRow("stdlib 3.11 debian") << u"venv-3.11-debian.cfg"_s << u"/usr/bin"_s << u"3.11.2"_s << QString()
                                        << u"/usr/bin/python3.11"_s << true << QString() << false;
    QTest::newRow("stdlib 3.12 prompt") << u"venv-3.12-prompt.cfg"_s << u"/root/.pyenv/versions/3.12.1/bin"_s
                                        << u"3.12.1"_s << QString() << u"/root/.pyenv/versions/3.12.1/bin/python3.12"_s
                                        << true << u"my env"_s << false;
    QTest::newRow("stdlib 3.8 no executable") << u"venv-3.8-pyenv.cfg"_s << u"/root/.pyenv/versions/3.8.18/bin"_s
                                              << u"3.8.18"_s << QString() << QString() << false << QString() << false;
    QTest::newRow("stdlib 3.6") << u"venv-3.6-pyenv.cfg"_s << u"/root/.pyenv/versions/3.6.15/bin"_s << u"3.6.15"_s
                                << QString() << QString() << false << QString() << false;
    QTest::newRow("stdlib 3.11 windows") << u"venv-3.11-windows.cfg"_s << u"C:\\Python311"_s << u"3.11.4"_s << QString()
                                         << u"C:\\Python311\\python.exe"_s << true << QString() << false;
    // Written by virtualenv 20.17 (Debian's python3-virtualenv).
    QTest::newRow("virtualenv 3.11") << u"virtualenv-3.11-debian.cfg"_s << u"/usr/bin"_s << u"3.11.2"_s << u"CPython"_s
                                     << u"/usr/bin/python3"_s << false << QString() << false;
    QTest::newRow("virtualenv 2.7") << u"virtualenv-2.7-pyenv.cfg"_s << u"/root/.pyenv/versions/2.7.18/bin"_s
                                    << u"2.7.18"_s << u"CPython"_s << u"/root/.pyenv/versions/2.7.18/bin/python"_s
                                    << false << QString() << false;
    QTest::newRow("virtualenv windows crlf")
        << u"virtualenv-3.11-windows.cfg"_s << u"C:\\Users\\qs_admin\\AppData\\Local\\Programs\\Python\\Python311"_s
        << u"3.11.4"_s << u"CPython"_s
        << u"C:\\Users\\qs_admin\\AppData\\Local\\Programs\\Python\\Python311\\python.exe"_s << false << QString()
        << false;
    QTest::newRow("virtualenv pypy") << u"virtualenv-pypy-3.9.cfg"_s << u"/opt/pypy3.9-v7.3.15-linux64/bin"_s
                                     << u"3.9.18"_s << u"PyPy"_s << u"/opt/pypy3.9-v7.3.15-linux64/bin/pypy3.9"_s
                                     << false << QString() << true;
    QTest::newRow("uv 0.4") << u"uv-0.4-3.12.cfg"_s
                            << u"/root/.local/share/uv/python/cpython-3.12.1-linux-x86_64-gnu/bin"_s << u"3.12.1"_s
                            << u"CPython"_s << QString() << false << u"decorator_test"_s << false;
}

void TestPyvenvConfig::dialects()
{
    QFETCH(QString, file);
    const QString path = test::dataPath(u"pyvenv/"_s + file);
    const Read<PyvenvConfig> read = readPyvenvConfig(path);
    QVERIFY2(read.problems.isEmpty(), qPrintable(describeProblems(read.problems)));
    QVERIFY(read.value);
    const PyvenvConfig &config = *read.value;
    QTEST(config.home, "home");
    QTEST(config.version, "version");
    QTEST(config.implementation, "implementation");
    QTEST(config.executable, "executable");
    QTEST(!config.command.isEmpty(), "hasCommand");
    QTEST(config.prompt, "prompt");
    QVERIFY(config.includeSystemSitePackages.has_value());
    QTEST(*config.includeSystemSitePackages, "includeSystem");
}

void TestPyvenvConfig::keepsEveryKey()
{
    const Read<PyvenvConfig> read = readPyvenvConfig(test::dataPath(u"pyvenv/virtualenv-3.11-debian.cfg"_s));
    QVERIFY(read.value);
    const QMap<QString, QString> &values = read.value->values;
    QCOMPARE(values.size(), 8);
    QCOMPARE(values.value(u"virtualenv"_s), u"20.17.1+ds"_s);
    QCOMPARE(values.value(u"version_info"_s), u"3.11.2.final.0"_s);
    QCOMPARE(values.value(u"base-prefix"_s), u"/usr"_s);
    QCOMPARE(values.value(u"base-exec-prefix"_s), u"/usr"_s);

    const Read<PyvenvConfig> uv = readPyvenvConfig(test::dataPath(u"pyvenv/uv-0.4-3.12.cfg"_s));
    QVERIFY(uv.value);
    QCOMPARE(uv.value->values.value(u"uv"_s), u"0.4.18"_s);
    QVERIFY(!uv.value->values.contains(u"virtualenv"_s));
}

void TestPyvenvConfig::toleratesBomCrlfAndMissingSpaces()
{
    const QString path = test::dataPath(u"pyvenv/bom-crlf-nospaces.cfg"_s);
    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    // The fixture must really be what it claims, or this test proves nothing.
    QVERIFY(bytes.startsWith("\xef\xbb\xbf"));
    QVERIFY(bytes.contains("\r\n"));

    const Read<PyvenvConfig> read = readPyvenvConfig(path);
    QVERIFY2(read.problems.isEmpty(), qPrintable(describeProblems(read.problems)));
    QVERIFY(read.value);
    QCOMPARE(read.value->home, u"C:\\Python39"_s); // key was "HOME", after a BOM, with "\r" cut off
    QCOMPARE(read.value->version, u"3.9.13"_s);
    QCOMPARE(read.value->includeSystemSitePackages, std::optional<bool>(true)); // "TRUE"
    QCOMPARE(read.value->values.size(), 3);
    QVERIFY(read.value->values.contains(u"include-system-site-packages"_s));
}

void TestPyvenvConfig::malformedLinesNameTheLine()
{
    const QString path = test::dataPath(u"pyvenv/malformed.cfg"_s);
    const Read<PyvenvConfig> read = readPyvenvConfig(path);
    // The good line still counts: one bad line must not hide the home of a venv.
    QVERIFY(read.value);
    QCOMPARE(read.value->home, u"/usr/bin"_s);
    QVERIFY(read.value->version.isEmpty());
    QVERIFY(!read.value->includeSystemSitePackages.has_value());

    QCOMPARE(read.problems.size(), 4);
    for (const Problem &problem : read.problems)
        QCOMPARE(problem.path, path);
    QVERIFY2(read.problems.at(0).message.startsWith(u"line 2:"_s), qPrintable(read.problems.at(0).message));
    QVERIFY(read.problems.at(0).message.contains(u"this line has no separator"_s));
    QVERIFY2(read.problems.at(1).message.startsWith(u"line 5:"_s), qPrintable(read.problems.at(1).message));
    QVERIFY2(read.problems.at(2).message.startsWith(u"line 4:"_s), qPrintable(read.problems.at(2).message));
    QVERIFY(read.problems.at(2).message.contains(u"three point eleven"_s));
    QVERIFY2(read.problems.at(3).message.startsWith(u"line 3:"_s), qPrintable(read.problems.at(3).message));
    QVERIFY(read.problems.at(3).message.contains(u"maybe"_s));
}

void TestPyvenvConfig::refusesFilesWithoutSettings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("problemCount");
    QTest::newRow("empty") << u"empty.cfg"_s << 1;
    QTest::newRow("comments only") << u"comments-only.cfg"_s << 1;
    QTest::newRow("binary") << u"binary.cfg"_s << 2; // the line that is no setting, then "no setting at all"
}

void TestPyvenvConfig::refusesFilesWithoutSettings()
{
    QFETCH(QString, file);
    QFETCH(int, problemCount);
    const QString path = test::dataPath(u"pyvenv/"_s + file);
    const Read<PyvenvConfig> read = readPyvenvConfig(path);
    QVERIFY(!read.value);
    QCOMPARE(read.problems.size(), problemCount);
    for (const Problem &problem : read.problems) {
        QCOMPARE(problem.path, path);
        QVERIFY(!problem.message.isEmpty());
    }
    QVERIFY(read.problems.constLast().message.contains(u"no \"key = value\" setting"_s));
}

void TestPyvenvConfig::colonSeparatorKeepsWindowsPaths()
{
    const Read<PyvenvConfig> read =
        parsePyvenvConfig("home = C:\\Python311\nversion: 3.11.4\nexecutable=C:\\Python311\\python.exe\n", u"mem"_s);
    QVERIFY2(read.problems.isEmpty(), qPrintable(describeProblems(read.problems)));
    QVERIFY(read.value);
    QCOMPARE(read.value->home, u"C:\\Python311"_s);
    QCOMPARE(read.value->version, u"3.11.4"_s);
    QCOMPARE(read.value->executable, u"C:\\Python311\\python.exe"_s);
}

void TestPyvenvConfig::lastDuplicateKeyWins()
{
    // site.py keeps the last "home" it reads; so must we, or we would report another interpreter.
    const Read<PyvenvConfig> read =
        parsePyvenvConfig("home = /usr/bin\nversion = 3.11.2\nhome = /opt/python/bin\n", u"mem"_s);
    QVERIFY(read.value);
    QCOMPARE(read.value->home, u"/opt/python/bin"_s);
    // Both version keys: the stdlib one is read first, and both are kept for "show".
    const Read<PyvenvConfig> both = parsePyvenvConfig(
        "version_info = 3.11.7.final.0\nversion = 3.11.7\nexecutable = /a\nbase-executable = /b\n", u"mem"_s);
    QVERIFY(both.value);
    QCOMPARE(both.value->version, u"3.11.7"_s);
    QCOMPARE(both.value->executable, u"/a"_s);
}

void TestPyvenvConfig::invalidUtf8FallsBackToLatin1()
{
    const Read<PyvenvConfig> read =
        parsePyvenvConfig("home = C:\\Programme\\Python\xe4\nversion = 3.8.10\n", u"x.cfg"_s);
    QVERIFY(read.value);
    QCOMPARE(read.value->home, u"C:\\Programme\\Python\u00e4"_s);
    QCOMPARE(read.value->version, u"3.8.10"_s);
    QCOMPARE(read.problems.size(), 1);
    QCOMPARE(read.problems.constFirst().path, u"x.cfg"_s);
    QVERIFY(read.problems.constFirst().message.contains(u"UTF-8"_s));
}

void TestPyvenvConfig::missingFileNamesThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"pyvenv.cfg"_s);
    const Read<PyvenvConfig> read = readPyvenvConfig(path);
    QVERIFY(!read.value);
    QCOMPARE(read.problems.size(), 1);
    QCOMPARE(read.problems.constFirst().path, path);
    QVERIFY(read.problems.constFirst().message.contains(u"does not exist"_s));
}

void TestPyvenvConfig::folderInsteadOfFileNamesThePath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"pyvenv.cfg"_s);
    QVERIFY(test::makePath(path));
    const Read<PyvenvConfig> read = readPyvenvConfig(path);
    QVERIFY(!read.value);
    QVERIFY(!read.problems.isEmpty());
    for (const Problem &problem : read.problems)
        QCOMPARE(problem.path, path);
}

void TestPyvenvConfig::oversizedFileIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"pyvenv.cfg"_s);
    QVERIFY(test::writeFile(path, "home = /usr/bin\n" + QByteArray(100 * 1024, '#')));
    const Read<PyvenvConfig> read = readPyvenvConfig(path);
    QVERIFY(!read.value);
    QCOMPARE(read.problems.size(), 1);
    QCOMPARE(read.problems.constFirst().path, path);
    QVERIFY(read.problems.constFirst().message.contains(u"KiB"_s));
}

void TestPyvenvConfig::normalizePythonVersion_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("venv") << u"3.11.7"_s << u"3.11.7"_s;
    QTest::newRow("virtualenv final") << u"3.11.7.final.0"_s << u"3.11.7"_s;
    QTest::newRow("virtualenv 2.7") << u"2.7.18.final.0"_s << u"2.7.18"_s;
    QTest::newRow("virtualenv candidate") << u"3.13.0.candidate.1"_s << u"3.13.0rc1"_s;
    QTest::newRow("virtualenv alpha") << u"3.14.0.alpha.7"_s << u"3.14.0a7"_s;
    QTest::newRow("virtualenv beta") << u"3.12.0.beta.4"_s << u"3.12.0b4"_s;
    QTest::newRow("pre-release as written") << u"3.13.0rc2"_s << u"3.13.0rc2"_s;
    QTest::newRow("major.minor") << u"3.8"_s << u"3.8"_s;
    QTest::newRow("surrounding spaces") << u" 3.10.13 "_s << u"3.10.13"_s;
    QTest::newRow("words") << u"three point eleven"_s << QString();
    QTest::newRow("major only") << u"3"_s << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("trailing junk") << u"3.11.7-debian"_s << QString();
    QTest::newRow("unknown level") << u"3.11.7.gamma.0"_s << QString();
}

void TestPyvenvConfig::normalizePythonVersion()
{
    QFETCH(QString, text);
    QTEST(venvdeck::normalizePythonVersion(text), "expected");
}

QTEST_GUILESS_MAIN(TestPyvenvConfig)
#include "tst_pyvenvconfig.moc"
