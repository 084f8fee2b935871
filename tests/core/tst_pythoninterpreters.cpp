// Interpreter discovery against the Pythons this machine really has (Debian's python3, pyenv's versions).
#include "build/PythonInterpreters.h"
#include "support/RealVenv.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QVersionNumber>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace venvdeck;

namespace {

QString pyenvRoot()
{
    const QString root = qEnvironmentVariable("PYENV_ROOT");
    return root.isEmpty() ? QDir::homePath() + u"/.pyenv"_s : root;
}

// "Python 3.11.2" from `python --version` (Python 2 prints it on stderr): an answer the probe did not give.
QString versionFromCommandLine(const QString &python)
{
    const test::ProcessRun run = test::runProcess(python, {u"--version"_s}, 30000);
    static const QRegularExpression pattern(uR"(Python (\d+\.\d+\.\d+))"_s);
    return pattern.match(QString::fromUtf8(run.standardOutput + run.standardError)).captured(1);
}

const PythonInterpreter *findByRealPath(const QList<PythonInterpreter> &list, const QString &path)
{
    const QString real = QFileInfo(path).canonicalFilePath();
    for (const PythonInterpreter &python : list) {
        if (python.realPath == real)
            return &python;
    }
    return nullptr;
}

} // namespace

class TestPythonInterpreters : public QObject
{
    Q_OBJECT

private slots:
    // First, so that it is the first search of the process: callers at the same time share one search.
    void concurrentFirstCallsProbeEachCandidateOnce()
    {
        QCOMPARE(pythonInterpreterProbeCount(), 0);
        QList<QFuture<QList<PythonInterpreter>>> futures;
        for (int i = 0; i < 4; ++i)
            futures.append(QtConcurrent::run([] { return findPythonInterpreters(); }));
        QList<QList<PythonInterpreter>> results;
        for (QFuture<QList<PythonInterpreter>> &future : futures)
            results.append(future.result());
        QVERIFY(!results.first().isEmpty());
        for (const QList<PythonInterpreter> &result : std::as_const(results)) {
            QCOMPARE(result.size(), results.first().size());
            for (qsizetype i = 0; i < result.size(); ++i)
                QCOMPARE(result.at(i).path, results.first().at(i).path);
        }
        QCOMPARE(pythonInterpreterProbeCount(), int(pythonInterpreterCandidates().size()));
    }

    void cachedAfterTheFirstSearch()
    {
        const int probes = pythonInterpreterProbeCount();
        const QList<PythonInterpreter> first = findPythonInterpreters();
        const QList<PythonInterpreter> second = findPythonInterpreters();
        QCOMPARE(pythonInterpreterProbeCount(), probes);
        QCOMPARE(second.size(), first.size());
        QCOMPARE(&discoverPythonInterpreters(), &discoverPythonInterpreters());
    }

    void findsDebiansPython3()
    {
        if (!QFileInfo::exists(u"/usr/bin/python3"_s))
            QSKIP("this machine has no /usr/bin/python3");
        const QList<PythonInterpreter> all = findPythonInterpreters();
        const PythonInterpreter *python = findByRealPath(all, u"/usr/bin/python3"_s);
        QVERIFY2(python, "Debian's /usr/bin/python3 is not listed");
        QCOMPARE(python->version, versionFromCommandLine(u"/usr/bin/python3"_s));
        QCOMPARE(python->implementation, u"CPython"_s);
        // python3-venv decides whether venv works: ask Python the same question another way.
        const bool venvWorks =
            test::runProcess(u"/usr/bin/python3"_s, {u"-c"_s, u"import venv, ensurepip"_s}, 30000).ok();
        QCOMPARE(python->hasVenvModule, venvWorks);
        QVERIFY(python->canMakeVenvs() == (python->hasVenvModule || python->hasVirtualenv));
    }

    void findsEveryPyenvVersionWithItsVersion()
    {
        const QDir versions(pyenvRoot() + u"/versions"_s);
        static const QRegularExpression plainVersion(uR"(^\d+\.\d+\.\d+$)"_s);
        const QStringList entries = versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
        const QList<PythonInterpreter> all = findPythonInterpreters();
        int checked = 0;
        for (const QString &entry : entries) {
            const QString binary = versions.filePath(entry) + u"/bin/python"_s;
            if (!plainVersion.match(entry).hasMatch() || !QFileInfo::exists(binary))
                continue;
            const PythonInterpreter *python = findByRealPath(all, binary);
            QVERIFY2(python, qPrintable(binary + u" is not listed"_s));
            QCOMPARE(python->version, entry); // pyenv names the folder by the version it built
            QCOMPARE(python->version, versionFromCommandLine(binary));
            QCOMPARE(python->implementation, u"CPython"_s);
            if (python->major() == 2)
                QVERIFY2(!python->hasVenvModule, "Python 2 has no venv module");
            else
                QVERIFY2(python->hasVenvModule, qPrintable(binary + u" should have venv and ensurepip"_s));
            ++checked;
        }
        if (checked == 0)
            QSKIP(qPrintable(u"no pyenv versions under "_s + versions.path()));
        qInfo("checked %d pyenv versions", checked);
    }

    void noShimIsListed()
    {
        const QDir shims(pyenvRoot() + u"/shims"_s);
        const QStringList names = shims.entryList({u"python*"_s}, QDir::Files);
        if (names.isEmpty())
            QSKIP("no pyenv shims on this machine");
        const QList<PythonInterpreter> all = findPythonInterpreters();
        const QStringList candidates = pythonInterpreterCandidates();
        for (const QString &name : names) {
            const QString shim = shims.filePath(name);
            QVERIFY2(isPyenvShim(shim), qPrintable(shim));
            QVERIFY(!candidates.contains(shim));
            for (const PythonInterpreter &python : all) {
                QVERIFY2(python.path != shim && python.realPath != shim, qPrintable(python.path));
                QVERIFY2(!isPyenvShim(python.path), qPrintable(python.path));
            }
        }
    }

    void realBinariesAreNotShims()
    {
        for (const PythonInterpreter &python : findPythonInterpreters())
            QVERIFY2(!isPyenvShim(python.realPath), qPrintable(python.realPath));
    }

    void sortedNewestFirstWithoutDuplicates()
    {
        const QList<PythonInterpreter> all = findPythonInterpreters();
        QSet<QString> realPaths;
        for (qsizetype i = 0; i < all.size(); ++i) {
            QVERIFY2(!realPaths.contains(all.at(i).realPath), qPrintable(all.at(i).realPath));
            realPaths.insert(all.at(i).realPath);
            QVERIFY(QFileInfo(all.at(i).path).isAbsolute());
            if (i > 0) {
                QVERIFY2(QVersionNumber::fromString(all.at(i - 1).version) >=
                             QVersionNumber::fromString(all.at(i).version),
                         qPrintable(all.at(i - 1).version + u" before "_s + all.at(i).version));
            }
        }
    }

    // PATH order decides the path shown; a link to a known binary and a shim in PATH add nothing.
    void pathCandidatesAreDedupedAndShimsSkipped()
    {
        if (!QFileInfo::exists(u"/usr/bin/python3"_s))
            QSKIP("this machine has no /usr/bin/python3");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString links = dir.filePath(u"links"_s);
        const QString shims = dir.filePath(u"fakeroot/shims"_s);
        QVERIFY(QDir().mkpath(links));
        QVERIFY(QFile::link(u"/usr/bin/python3"_s, links + u"/python3"_s));
        QVERIFY(test::writeFile(
            shims + u"/python3.99"_s,
            "#!/usr/bin/env bash\nset -e\nexec \"/opt/pyenv/libexec/pyenv\" exec \"$program\" \"$@\"\n"));
        QVERIFY(
            QFile::setPermissions(shims + u"/python3.99"_s, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

        const QByteArray savedPath = qgetenv("PATH");
        qputenv("PATH", (shims + u':' + links + u':').toLocal8Bit() + savedPath);
        const QStringList candidates = pythonInterpreterCandidates();
        qputenv("PATH", savedPath);

        QVERIFY2(candidates.contains(links + u"/python3"_s), qPrintable(candidates.join(u'\n')));
        QVERIFY(!candidates.contains(shims + u"/python3.99"_s));
        const QString real = QFileInfo(u"/usr/bin/python3"_s).canonicalFilePath();
        QCOMPARE(std::count_if(candidates.cbegin(), candidates.cend(),
                               [&](const QString &path) { return QFileInfo(path).canonicalFilePath() == real; }),
                 1);
    }

    void probeRefusesWhatIsNotAPython()
    {
        QString error;
        QVERIFY(!probePythonInterpreter(u"/nonexistent/python3"_s, &error));
        QVERIFY2(error.contains(u"/nonexistent/python3"_s), qPrintable(error));
        if (QFileInfo::exists(u"/bin/true"_s)) {
            error.clear();
            QVERIFY(!probePythonInterpreter(u"/bin/true"_s, &error));
            QVERIFY2(error.contains(u"/bin/true"_s), qPrintable(error));
        }
    }

    void chooseByMajorMinorExactAndPath()
    {
        const QList<PythonInterpreter> all = findPythonInterpreters();
        QVERIFY(!all.isEmpty());

        // "3": the newest Python 3 that can make venvs.
        const PythonInterpreter *three = choosePythonInterpreter(all, u"3"_s);
        const auto newestThree = std::find_if(all.cbegin(), all.cend(), [](const PythonInterpreter &python) {
            return python.major() == 3 && python.canMakeVenvs();
        });
        if (newestThree == all.cend()) {
            QVERIFY(!three);
        } else {
            QVERIFY(three);
            QCOMPARE(three->realPath, newestThree->realPath);
        }

        // "2": only a Python 2 that can make environments (venv or virtualenv).
        const PythonInterpreter *two = choosePythonInterpreter(all, u"2"_s);
        const bool anyTwo = std::any_of(all.cbegin(), all.cend(), [](const PythonInterpreter &python) {
            return python.major() == 2 && python.canMakeVenvs();
        });
        QCOMPARE(two != nullptr, anyTwo);

        // Each listed one by its exact version and by its path; X.Y gives the newest of that X.Y.
        for (const PythonInterpreter &python : all) {
            const PythonInterpreter *byPath = choosePythonInterpreter(all, python.path);
            QVERIFY(byPath);
            QCOMPARE(byPath->realPath, python.realPath);
            const PythonInterpreter *exact = choosePythonInterpreter(all, python.version);
            QVERIFY(exact);
            QCOMPARE(exact->version, python.version);
            const PythonInterpreter *minor = choosePythonInterpreter(all, python.majorMinor());
            QVERIFY(minor);
            QCOMPARE(minor->majorMinor(), python.majorMinor());
            QVERIFY(QVersionNumber::fromString(minor->version) >= QVersionNumber::fromString(python.version) ||
                    !python.canMakeVenvs() || !minor->canMakeVenvs());
        }
        QVERIFY(!choosePythonInterpreter(all, u"9.9"_s));
        QVERIFY(!choosePythonInterpreter(all, u"three"_s));
        QVERIFY(!choosePythonInterpreter(all, QString()));
    }

    void processEnvironmentIsClean()
    {
        qputenv("PYTHONPATH", "/somewhere");
        qputenv("VIRTUAL_ENV", "/some/venv");
        const QProcessEnvironment environment = pythonProcessEnvironment();
        qunsetenv("PYTHONPATH");
        qunsetenv("VIRTUAL_ENV");
        QVERIFY(!environment.contains(u"PYTHONPATH"_s));
        QVERIFY(!environment.contains(u"VIRTUAL_ENV"_s));
        QCOMPARE(environment.value(u"PIP_DISABLE_PIP_VERSION_CHECK"_s), u"1"_s);
        QCOMPARE(environment.value(u"PIP_NO_INPUT"_s), u"1"_s);
    }
};

QTEST_GUILESS_MAIN(TestPythonInterpreters)
#include "tst_pythoninterpreters.moc"
