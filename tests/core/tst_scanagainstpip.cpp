// THE integration test of the scanner: real venvs made with the real Pythons of this machine, real wheels
// installed offline by real pip, and the scan compared with `pip list --format=json` in the same venv.
#include "model/Environment.h"
#include "scan/Scanner.h"
#include "support/RealVenv.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace venvdeck;

namespace {

struct VenvCase
{
    QString name; // named the way an execution server names driver venvs
    PythonInterpreter python;
    QString role;            // why this Python: "Debian", "old", "new", "oldest"
    bool modernTools = true; // pip >= 21 with setuptools >= 64 (PEP 660 editables, URL installs recorded)
    QString error;           // what went wrong while making it
};

QString describeDifference(const QMap<QString, QString> &scanned, const QMap<QString, QString> &pip)
{
    QStringList lines;
    for (auto it = pip.cbegin(); it != pip.cend(); ++it) {
        if (!scanned.contains(it.key()))
            lines << u"  pip lists %1 %2, the scan does not"_s.arg(it.key(), it.value());
        else if (scanned.value(it.key()) != it.value())
            lines << u"  %1: pip says %2, the scan %3"_s.arg(it.key(), it.value(), scanned.value(it.key()));
    }
    for (auto it = scanned.cbegin(); it != scanned.cend(); ++it) {
        if (!pip.contains(it.key()))
            lines << u"  the scan lists %1 %2, pip does not"_s.arg(it.key(), it.value());
    }
    return lines.join(u'\n');
}

} // namespace

class TestScanAgainstPip : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    QString m_wheels;
    QList<VenvCase> m_cases;
    ScanResult m_scan;
    QHash<QString, QMap<QString, QString>> m_pipLists;

    const VenvCase *findCase(const QString &name) const
    {
        for (const VenvCase &venvCase : m_cases) {
            if (venvCase.name == name)
                return &venvCase;
        }
        return nullptr;
    }

    const Environment *scanned(const QString &name) const
    {
        for (const Environment &environment : m_scan.environments) {
            if (environment.name == name)
                return &environment;
        }
        return nullptr;
    }

    // Everything one venv gets; runs on a worker thread (blocking processes only).
    QString makeVenv(const VenvCase &venvCase)
    {
        const QString venv = m_root + u'/' + venvCase.name;
        test::ProcessRun run = test::createVenv(venvCase.python, venv);
        if (!run.ok())
            return run.describe();
        const QStringList links = {m_wheels, test::systemWheelDir(), venvCase.python.ensurepipBundledDir};
        QStringList requirements = {u"VenvDeck-Probe==1.0.0"_s};
        if (venvCase.modernTools)
            requirements << u"setuptools"_s << u"wheel"_s; // Debian's wheels need Python >= 3.7
        run = test::pipInstall(venv, requirements, links);
        if (!run.ok())
            return run.describe();
        if (venvCase.role == u"Debian") {
            // A URL install (direct_url.json) and a PEP 660 editable install of a setuptools project.
            run = test::pipInstall(
                venv, {QUrl::fromLocalFile(m_wheels + u"/VenvDeck_Url-2.0-py2.py3-none-any.whl"_s).toString()}, links);
            if (!run.ok())
                return run.describe();
            const QString project = m_dir.filePath(u"projects/modern"_s);
            if (!test::writeSetuptoolsProject(project, u"VenvDeck-Editable"_s, u"0.1"_s, true))
                return u"cannot write "_s + project;
            run = test::pipInstall(venv, {u"-e"_s, project}, links, {u"--no-build-isolation"_s});
            if (!run.ok())
                return run.describe();
        } else if (venvCase.role == u"oldest") {
            // The old way: setup.py develop, an .egg-link pointing at the project's egg-info.
            const QString project = m_dir.filePath(u"projects/legacy"_s);
            if (!test::writeSetuptoolsProject(project, u"VenvDeck-Legacy"_s, u"0.2"_s, false))
                return u"cannot write "_s + project;
            run = test::pipInstall(venv, {u"-e"_s, project}, links, {u"--no-build-isolation"_s});
            if (!run.ok())
                return run.describe();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(u"venv"_s);
        m_wheels = m_dir.filePath(u"wheels"_s);
        QVERIFY(QDir().mkpath(m_root));

        const std::optional<PythonInterpreter> debian = test::systemPython3();
        if (!debian)
            QSKIP("this machine has no /usr/bin/python3 that can make venvs (Debian: apt install python3-venv)");
        for (const QString &project : {u"setuptools"_s, u"wheel"_s}) {
            if (test::findWheel(test::systemWheelDir(), project).isEmpty())
                QSKIP(qPrintable(u"no %1 wheel in %2 (Debian: python3-%1-whl)"_s.arg(project, test::systemWheelDir())));
        }
        m_cases.append({u"Debian_Python3_Driver_1_4"_s, *debian, u"Debian"_s, true, {}});

        // pyenv's (or any other) Pythons, old and new, and the oldest one that still makes venvs.
        const QString debianMinor = debian->majorMinor();
        const auto other = [&](const QStringList &preferred, bool newest) -> std::optional<PythonInterpreter> {
            for (const QString &minor : preferred) {
                if (minor == debianMinor)
                    continue;
                if (auto python = test::venvInterpreter(minor))
                    return python;
            }
            QList<PythonInterpreter> candidates = test::venvInterpreters();
            if (!newest)
                std::reverse(candidates.begin(), candidates.end());
            for (const PythonInterpreter &python : std::as_const(candidates)) {
                if (python.majorMinor() != debianMinor && python.major() == 3 && python.minor() >= 7)
                    return python;
            }
            return std::nullopt;
        };
        const std::optional<PythonInterpreter> old = other({u"3.8"_s, u"3.9"_s, u"3.7"_s}, false);
        const std::optional<PythonInterpreter> recent = other({u"3.12"_s, u"3.13"_s, u"3.10"_s}, true);
        const std::optional<PythonInterpreter> oldest = test::venvInterpreter(u"3.6"_s);
        if (old)
            m_cases.append({u"Old_Python_Driver_2_7"_s, *old, u"old"_s, true, {}});
        else
            qWarning("SKIPPED: no Python 3.7-3.9 besides Debian's here; the old-Python venv is not tested");
        if (recent && (!old || recent->majorMinor() != old->majorMinor()))
            m_cases.append({u"New_Python_Script_1_0123456789ABCDEF0123456789ABCDEF"_s, *recent, u"new"_s, true, {}});
        else
            qWarning("SKIPPED: no newer Python besides Debian's here; the new-Python venv is not tested");
        if (oldest)
            m_cases.append({u"Oldest_Python_Driver_1_3"_s, *oldest, u"oldest"_s, false, {}});
        else
            qInfo("no Python 3.6 here; the legacy develop-install (egg-link) venv is not tested");

        // Wheels of our own: one with a dependency on another, and one installed by URL.
        QString error;
        QVERIFY2(!test::buildWheel(*debian, m_wheels, u"VenvDeck-Probe"_s, u"1.0.0"_s, {u"venvdeck-dep>=0.3"_s}, &error)
                      .isEmpty(),
                 qPrintable(error));
        QVERIFY2(!test::buildWheel(*debian, m_wheels, u"venvdeck-dep"_s, u"0.3.1"_s, {}, &error).isEmpty(),
                 qPrintable(error));
        QVERIFY2(!test::buildWheel(*debian, m_wheels, u"VenvDeck-Url"_s, u"2.0"_s, {}, &error).isEmpty(),
                 qPrintable(error));

        QThreadPool pool;
        pool.setMaxThreadCount(2);
        QtConcurrent::blockingMap(&pool, m_cases, [this](VenvCase &venvCase) { venvCase.error = makeVenv(venvCase); });
        for (const VenvCase &venvCase : std::as_const(m_cases)) {
            QVERIFY2(venvCase.error.isEmpty(),
                     qPrintable(u"%1 (Python %2): %3"_s.arg(venvCase.name, venvCase.python.version, venvCase.error)));
            QString pipError;
            const std::optional<QMap<QString, QString>> list = test::pipList(m_root + u'/' + venvCase.name, &pipError);
            QVERIFY2(list, qPrintable(pipError));
            m_pipLists.insert(venvCase.name, *list);
            qInfo("%s: Python %s (%s), pip lists %d distributions", qPrintable(venvCase.name),
                  qPrintable(venvCase.python.version), qPrintable(venvCase.python.path), int(list->size()));
        }

        const QString logs = m_dir.filePath(u"logs"_s);
        QVERIFY(QDir().mkpath(logs));
        m_scan = scanRoot(ScanOptions{m_root, true, logs});
    }

    void scanFindsEveryVenvWithoutErrors()
    {
        QVERIFY2(m_scan.errors.isEmpty(), qPrintable(describeProblems(m_scan.errors)));
        QCOMPARE(m_scan.environments.size(), m_cases.size());
        QVERIFY(!m_scan.cancelled);
    }

    void perVenv_data()
    {
        QTest::addColumn<QString>("name");
        for (const VenvCase &venvCase : std::as_const(m_cases))
            QTest::newRow(qPrintable(venvCase.python.version)) << venvCase.name;
    }

    void perVenv()
    {
        QFETCH(QString, name);
        const VenvCase *venvCase = findCase(name);
        QVERIFY(venvCase);
        const Environment *environment = scanned(name);
        QVERIFY2(environment, qPrintable(name + u" is not in the scan"_s));

        // Name for name and version for version what pip list prints.
        QMap<QString, QString> packages;
        for (const Distribution &distribution : environment->packages)
            packages.insert(distribution.name, distribution.version);
        const QMap<QString, QString> pip = m_pipLists.value(name);
        QVERIFY2(packages == pip, qPrintable(name + u":\n"_s + describeDifference(packages, pip)));
        QVERIFY(pip.contains(u"VenvDeck-Probe"_s));

        QCOMPARE(environment->pythonVersion, venvCase->python.version);
        QCOMPARE(environment->pythonImplementation, u"CPython"_s);
        QCOMPARE(environment->layout, Layout::Posix);
        QCOMPARE(environment->health, Health::Ok);
        QVERIFY2(environment->healthReasons.isEmpty(), qPrintable(environment->healthReasons.join(u'\n')));
        QVERIFY(environment->baseInterpreterExists.has_value());
        QVERIFY(*environment->baseInterpreterExists);
        QCOMPARE(QFileInfo(environment->baseInterpreter).canonicalFilePath(), venvCase->python.realPath);
        QCOMPARE(QFileInfo(environment->interpreter).canonicalFilePath(), venvCase->python.realPath);
        QVERIFY(environment->usage.has_value());
        QVERIFY(environment->usage->apparentBytes > 0);
        QVERIFY(environment->usage->allocatedBytes > 0);
        QVERIFY(environment->usage->fileCount > 0);
        QVERIFY(environment->problems.isEmpty());
        QCOMPARE(environment->sitePackages, QStringList{QFileInfo(m_root + u'/' + name + u"/lib/python"_s +
                                                                  venvCase->python.majorMinor() + u"/site-packages"_s)
                                                            .absoluteFilePath()});

        // What pip recorded about how each arrived.
        const Distribution *probe = environment->findPackage(u"venvdeck-probe"_s);
        QVERIFY(probe);
        QCOMPARE(probe->installer, u"pip"_s);
        QVERIFY(probe->requiresDist.contains(u"venvdeck-dep>=0.3"_s));
        const Distribution *dependency = environment->findPackage(u"venvdeck-dep"_s);
        QVERIFY(dependency);
        QCOMPARE(dependency->version, u"0.3.1"_s);
        if (venvCase->modernTools) {
            // pip >= 20.2 writes REQUESTED for what was asked for, not for dependencies.
            QVERIFY(probe->requested);
            QVERIFY(!dependency->requested);
        }
    }

    void urlAndEditableInstalls()
    {
        const VenvCase *debian = m_cases.isEmpty() ? nullptr : &m_cases.first();
        QVERIFY(debian && debian->role == u"Debian");
        const Environment *environment = scanned(debian->name);
        QVERIFY(environment);
        const Distribution *url = environment->findPackage(u"VenvDeck-Url"_s);
        QVERIFY(url);
        QVERIFY2(url->directUrl.startsWith(u"file://"_s) && url->directUrl.endsWith(u".whl"_s),
                 qPrintable(url->directUrl));
        QVERIFY(!url->editable);
        const Distribution *editable = environment->findPackage(u"venvdeck-editable"_s);
        QVERIFY(editable);
        QCOMPARE(editable->name, u"VenvDeck-Editable"_s);
        QVERIFY(editable->editable);
        QCOMPARE(QUrl(editable->directUrl).toLocalFile(), m_dir.filePath(u"projects/modern"_s));
        const Distribution *setuptools = environment->findPackage(u"setuptools"_s);
        QVERIFY(setuptools);
        QVERIFY(setuptools->directUrl.isEmpty());
        QVERIFY(!setuptools->editable);
    }

    void legacyDevelopInstall()
    {
        const VenvCase *oldest = nullptr;
        for (const VenvCase &venvCase : std::as_const(m_cases)) {
            if (venvCase.role == u"oldest")
                oldest = &venvCase;
        }
        if (!oldest)
            QSKIP("no Python 3.6 here: its pip 18.1 makes .egg-link develop installs");
        const Environment *environment = scanned(oldest->name);
        QVERIFY(environment);
        const Distribution *legacy = environment->findPackage(u"venvdeck-legacy"_s);
        QVERIFY(legacy);
        QCOMPARE(legacy->version, u"0.2"_s);
        QVERIFY(legacy->editable);
        QCOMPARE(m_pipLists.value(oldest->name).value(legacy->name), u"0.2"_s);
    }
};

QTEST_GUILESS_MAIN(TestScanAgainstPip)
#include "tst_scanagainstpip.moc"
