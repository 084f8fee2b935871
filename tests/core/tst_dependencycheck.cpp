// VenvDeck's dependency check against the real `pip check`: one real venv (Debian's python3 -m venv, its pip),
// small generated wheels installed offline with --no-deps, first a set pip finds clean (false markers, an extra's
// requirement, a pre-release, and/or/parentheses, names spelt differently), then broken ones (missing, conflicts,
// a conflict whose requirement has a marker, a version pip prints normalised). VenvDeck must report exactly the
// lines pip prints. Also: the marker-environment script on every Python of the machine (2.7 and 3.x), and the
// markers of that venv evaluated by VenvDeck and by the `packaging` that pip vendors.
#include "build/PythonInterpreters.h"
#include "model/DependencyCheck.h"
#include "support/RealVenv.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

class TestDependencyCheck final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<PythonInterpreter> m_python;
    QString m_venv;
    QString m_wheels;

    bool addWheel(const QString &name, const QString &version, const QStringList &requiresDist = {})
    {
        QString error;
        if (test::buildWheel(*m_python, m_wheels, name, version, requiresDist, &error).isEmpty()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }

    // The lines `python -m pip check` prints about problems (its verdict line left out), and whether it passed.
    QSet<QString> pipCheck(bool *passed)
    {
        const test::ProcessRun run = test::runProcess(test::venvPythonPath(m_venv), {u"-m"_s, u"pip"_s, u"check"_s});
        *passed = run.ok();
        QSet<QString> lines;
        for (const QByteArray &line : run.standardOutput.split('\n')) {
            if (!line.trimmed().isEmpty() && line.trimmed() != "No broken requirements found.")
                lines.insert(QString::fromUtf8(line.trimmed()));
        }
        return lines;
    }

    std::optional<InterpreterEnvironment> environmentOf(const QString &python)
    {
        const test::ProcessRun run = test::runProcess(python, interpreterEnvironmentArguments(), 60000);
        if (!run.ok()) {
            qWarning("%s", qPrintable(run.describe()));
            return std::nullopt;
        }
        QString error;
        std::optional<InterpreterEnvironment> environment = parseInterpreterEnvironment(run.standardOutput, &error);
        if (!environment)
            qWarning("%s", qPrintable(error));
        return environment;
    }

    DependencyCheckResult ourCheck()
    {
        const std::optional<InterpreterEnvironment> environment = environmentOf(test::venvPythonPath(m_venv));
        if (!environment)
            return {};
        const Read<QList<Distribution>> installed = readInstalledDistributions(environment->path);
        return checkDependencies(*installed.value, environment->markers);
    }

    void compareWithPip(bool expectClean)
    {
        bool pipPassed = false;
        const QSet<QString> pip = pipCheck(&pipPassed);
        const DependencyCheckResult ours = ourCheck();
        QVERIFY2(ours.errors.isEmpty(), qPrintable(ours.errors.join(u'\n')));
        QVERIFY(ours.distributions >= 7); // pip, setuptools and the wheels of the test
        const QStringList lines = ours.lines();
        QCOMPARE(lines.size(), QSet<QString>(lines.cbegin(), lines.cend()).size());
        QCOMPARE(QSet<QString>(lines.cbegin(), lines.cend()), pip);
        QCOMPARE(ours.ok(), pipPassed);
        QCOMPARE(pipPassed, expectClean);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::makePipHermetic();
        m_python = test::systemPython3();
        if (!m_python)
            QSKIP("Debian's /usr/bin/python3 with the venv module is needed (apt install python3-venv)");
        m_wheels = m_dir.filePath(u"wheels"_s);
        m_venv = m_dir.filePath(u"venv"_s);
        const test::ProcessRun created = test::createVenv(*m_python, m_venv);
        QVERIFY2(created.ok(), qPrintable(created.describe()));
    }

    void cleanSetIsCleanForBoth()
    {
        QVERIFY(addWheel(u"app"_s, u"1.0"_s,
                         {u"lib-a>=1.0"_s,
                          u"py2only; python_version < \"3\""_s,                 // false marker, not installed
                          u"requests-socks; extra == \"socks\""_s,              // an extra's, not installed
                          u"pre-lib>=1.0"_s,                                    // 2.0rc1 installed: a pre-release
                          u"Lib_B[fast] (>=0.5,<2) ; (python_version >= \"3\" and os_name == \"posix\") or "
                          "sys_platform == \"win32\""_s,                        // true, satisfied; name spelt otherwise
                          u"win-only; sys_platform == \"win32\" and (python_version >= \"3\" or os_name == \"nt\")"_s,
                          u"old-py; '3.0' > python_version"_s,                  // value first, false
                          u"tests-only>=9; extra == 'tests' or extra == 'dev'"_s}));
        QVERIFY(addWheel(u"lib-a"_s, u"1.2"_s));
        QVERIFY(addWheel(u"lib_b"_s, u"1.0"_s));
        QVERIFY(addWheel(u"pre-lib"_s, u"2.0rc1"_s));
        QVERIFY(addWheel(u"oddver"_s, u"01.2"_s));
        const test::ProcessRun installed = test::pipInstall(
            m_venv, {u"app"_s, u"lib-a"_s, u"lib_b"_s, u"pre-lib"_s, u"oddver"_s}, {m_wheels}, {u"--no-deps"_s});
        QVERIFY2(installed.ok(), qPrintable(installed.describe()));
        compareWithPip(true);
    }

    void brokenSetMatchesPip()
    {
        QVERIFY(addWheel(u"broken"_s, u"2.0"_s,
                         {u"missing-thing"_s,                                                    // missing
                          u"lib-a<1.0"_s,                                                        // conflict
                          u"lib-b >= 3 , != 3.5; python_version >= \"3\""_s,                    // conflict, marker
                          u"Absent_Pkg[x]>=1; os_name == \"posix\" and (python_version > \"3.5\" or extra == \"y\")"_s,
                          u"oddver>=2"_s,                                                        // printed as 1.2
                          u"pre-lib<2"_s}));                                                     // 2.0rc1 is not < 2
        QVERIFY(addWheel(u"Upper.Case"_s, u"1.0"_s, {u"LIB-A!=1.2"_s, u"nowhere; sys_platform == 'linux'"_s}));
        const test::ProcessRun installed =
            test::pipInstall(m_venv, {u"broken"_s, u"Upper.Case"_s}, {m_wheels}, {u"--no-deps"_s});
        QVERIFY2(installed.ok(), qPrintable(installed.describe()));
        compareWithPip(false);
        // What pip 23 prints, spelt out (a change in either side shows here too).
        const DependencyCheckResult ours = ourCheck();
        QVERIFY(ours.missing.contains(u"broken 2.0 requires missing-thing, which is not installed."_s));
        QVERIFY(ours.missing.contains(u"broken 2.0 requires absent-pkg, which is not installed."_s));
        QVERIFY(ours.missing.contains(u"upper-case 1.0 requires nowhere, which is not installed."_s));
        QVERIFY(ours.conflicts.contains(
            u"broken 2.0 has requirement lib-b!=3.5,>=3; python_version >= \"3\", but you have lib-b 1.0."_s));
        QVERIFY(ours.conflicts.contains(u"broken 2.0 has requirement oddver>=2, but you have oddver 1.2."_s));
        QVERIFY(ours.conflicts.contains(u"upper-case 1.0 has requirement LIB-A!=1.2, but you have lib-a 1.2."_s));
    }

    void unreadableMarkerIsAnError()
    {
        // pip would refuse this metadata too; VenvDeck must not take it as true or false.
        Distribution odd;
        odd.name = u"Odd_Pkg"_s;
        odd.version = u"1.0"_s;
        odd.requiresDist = {u"lib-a; python_versoin < \"3\""_s, u"lib-a; platform_machine ~= \"x86\""_s};
        const std::optional<InterpreterEnvironment> environment = environmentOf(test::venvPythonPath(m_venv));
        QVERIFY(environment);
        const DependencyCheckResult result = checkDependencies({odd}, environment->markers);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 2);
        for (const QString &error : result.errors) {
            QVERIFY2(error.startsWith(u"odd-pkg 1.0: its requirement 'lib-a; "_s), qPrintable(error));
            QVERIFY2(error.contains(u"python -m pip check"_s), qPrintable(error));
        }
        QVERIFY(result.errors.at(0).contains(u"'python_versoin' is not an environment marker variable"_s));
        QVERIFY(result.errors.at(1).contains(u"cannot compare"_s));
    }

    void markersAgreeWithPackaging()
    {
        // The venv's own pip vendors packaging: it evaluates each marker in that interpreter, VenvDeck with the
        // environment the script reported.
        const QStringList markers = {
            u"python_version >= \"3.6\""_s,
            u"python_version < \"3.10\" or python_full_version >= \"3.11.0\""_s,
            u"\"3.8\" <= python_version and os_name == \"posix\""_s,
            u"sys_platform == \"linux\" and (platform_machine == \"x86_64\" or platform_machine == \"aarch64\")"_s,
            u"platform_system != \"Windows\""_s,
            u"implementation_name == \"cpython\" and implementation_version >= \"3\""_s,
            u"platform_python_implementation == 'CPython'"_s,
            u"'linux' in sys_platform"_s,
            u"sys_platform not in 'win32 cygwin'"_s,
            u"python_version ~= \"3.8\""_s,
            u"python_full_version != \"3.11.*\""_s,
            u"os.name == 'nt' or sys.platform == 'darwin'"_s,
        };
        QJsonArray array;
        for (const QString &marker : markers)
            array.append(marker);
        const QString script =
            u"import json, sys\nfrom pip._vendor.packaging.markers import Marker\n"
            "print(json.dumps([Marker(m).evaluate({'extra': ''}) for m in json.loads(sys.argv[1])]))\n"_s;
        const test::ProcessRun run = test::runProcess(
            test::venvPythonPath(m_venv),
            {u"-c"_s, script, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const QJsonArray theirs = QJsonDocument::fromJson(run.standardOutput).array();
        QCOMPARE(theirs.size(), markers.size());
        const std::optional<InterpreterEnvironment> environment = environmentOf(test::venvPythonPath(m_venv));
        QVERIFY(environment);
        for (qsizetype i = 0; i < markers.size(); ++i) {
            QString error;
            const std::optional<Pep508Marker> marker = Pep508Marker::parse(markers.at(i), &error);
            QVERIFY2(marker, qPrintable(error));
            const std::optional<bool> ours = marker->evaluate(environment->markers, {}, &error);
            QVERIFY2(ours, qPrintable(error));
            QVERIFY2(*ours == theirs.at(i).toBool(), qPrintable(markers.at(i)));
        }
    }

    void scriptRunsOnEveryPython()
    {
        // Python 2.7 and 3.6-3.13 where this machine has them: one run each, parsed, the right version.
        int checked = 0;
        for (const PythonInterpreter &python : findPythonInterpreters()) {
            const std::optional<InterpreterEnvironment> environment = environmentOf(python.path);
            QVERIFY2(environment, qPrintable(python.path));
            QCOMPARE(environment->markers.values.value(u"python_version"_s), python.majorMinor());
            QCOMPARE(environment->markers.values.value(u"python_full_version"_s), python.version);
            QCOMPARE(environment->markers.values.value(u"os_name"_s), u"posix"_s);
            QVERIFY(!environment->path.isEmpty());
            if (python.major() == 2)
                QCOMPARE(environment->markers.values.value(u"implementation_name"_s), QString());
            ++checked;
        }
        QVERIFY(checked > 0);
        qInfo("the marker-environment script ran on %d interpreters", checked);
    }
};

QTEST_GUILESS_MAIN(TestDependencyCheck)
#include "tst_dependencycheck.moc"
