// Faults: the disk fills up while venvdeck-cli builds. The root is a small tmpfs mounted for this test alone (a
// private mount namespace: it vanishes with the test, however the test ends); without mounts, a file-size limit
// (prlimit --fsize) on the CLI stands in. Real python -m venv, real pip, real wheels.
#include "build/VenvFiles.h"
#include "scan/RootLayout.h"
#include "support/Faults.h"
#include "support/RealVenv.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

namespace {

// A wheel `fat-1.0` holding `bytes` of random (incompressible) data: installing it needs that much disk.
constexpr char fatWheelScript[] = R"(import base64, hashlib, os, sys, zipfile
out, size = sys.argv[1], int(sys.argv[2])
files = {"fat/__init__.py": b"", "fat/blob.bin": os.urandom(size),
         "fat-1.0.dist-info/METADATA": b"Metadata-Version: 2.1\nName: fat\nVersion: 1.0\n",
         "fat-1.0.dist-info/WHEEL": b"Wheel-Version: 1.0\nGenerator: venvdeck-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"}
digest = lambda d: base64.urlsafe_b64encode(hashlib.sha256(d).digest()).rstrip(b"=").decode()
record = "".join(f"{n},sha256={digest(d)},{len(d)}\n" for n, d in files.items()) + "fat-1.0.dist-info/RECORD,,\n"
with zipfile.ZipFile(out + "/fat-1.0-py3-none-any.whl", "w", zipfile.ZIP_STORED) as z:
    for n, d in files.items():
        z.writestr(n, d)
    z.writestr("fat-1.0.dist-info/RECORD", record)
)";

} // namespace

class TestFaultsDisk final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<PythonInterpreter> m_python;
    QString m_wheels;
    QString m_config;
    QString m_mountError; // why no tmpfs: the file-size limit stands in

    QStringList entries(const QString &root) const
    {
        return QDir(root).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name);
    }

    QStringList buildArguments(const QString &root, const QString &name, const QString &requirements) const
    {
        return {u"build"_s,  requirements, u"--root"_s,    root,     u"--name"_s,     name,
                u"--owner"_s, name,        u"--python"_s, m_python->path, u"--offline"_s, m_wheels,
                u"--format"_s, u"json"_s};
    }

    // A root holding one other environment; `root` is a fresh tmpfs of `bytes` when mounts work.
    bool prepareRoot(const QString &root, qint64 bytes)
    {
        if (!QDir().mkpath(root))
            return false;
        if (m_mountError.isEmpty()) {
            if (const QString error = test::mountTmpfs(root, bytes); !error.isEmpty()) {
                qWarning("%s", qPrintable(error));
                return false;
            }
        }
        return test::writeVenvTree(root + u"/Other_Driver_1_2"_s, u"3.11.2"_s, u"/usr/bin"_s,
                                   {u"cloudshell-core==1.0"_s});
    }

    // The CLI as `build` runs it, either plainly or under a file-size limit (no tmpfs): prlimit runs it with the
    // limit; Python ignores SIGXFSZ and sees EFBIG where a full disk gives ENOSPC.
    test::CliRun build(const QStringList &arguments, qint64 fileSizeLimit) const
    {
        QStringList launcher;
        if (!m_mountError.isEmpty())
            launcher = {QStandardPaths::findExecutable(u"prlimit"_s), u"--fsize=%1"_s.arg(fileSizeLimit)};
        return test::runCli(arguments, m_config, 600000, {}, launcher);
    }

    // What every disk-full build must leave: a failure that says so, no partial sibling, no half-built venv
    // under the name, the other environment byte for byte as it was.
    void verifyCleanFailure(const test::CliRun &run, const QString &root, const QString &name,
                            const QMap<QString, QString> &otherBefore, const char *injected)
    {
        const QString what = QString::fromLatin1(injected);
        QVERIFY2(run.finished && !run.crashed, qPrintable(what + u": the CLI must end by itself\n"_s + run.describe()));
        QVERIFY2(run.exitCode == 1, qPrintable(what + u": a failed build exits 1\n"_s + run.describe()));
        const QString error = run.json().value(u"error"_s).toString();
        const QString expected = m_mountError.isEmpty() ? u"the disk holding %1 is full"_s.arg(root)
                                                        : u"a file-size limit (ulimit -f) stopped the build"_s;
        QVERIFY2(error.startsWith(expected),
                 qPrintable(what + u": the error must say the disk is full and where; it says: "_s + error + u"\n"_s +
                            run.describe()));
        QVERIFY2(!QFileInfo::exists(root + u'/' + name),
                 qPrintable(what + u": no venv may exist under the name; the root holds "_s + entries(root).join(u", "_s)));
        for (const QString &entry : entries(root)) {
            QVERIFY2(!rootlayout::isPartialBuildName(entry),
                     qPrintable(what + u": the temporary folder must be gone, found "_s + entry));
        }
        const QStringList changed = test::fingerprintDifferences(otherBefore, test::treeFingerprint(root + u"/Other_Driver_1_2"_s));
        QVERIFY2(changed.isEmpty(), qPrintable(what + u": the other venv changed: "_s + changed.join(u", "_s)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::makePipHermetic();
        m_python = test::systemPython3();
        if (!m_python)
            QSKIP("Debian's /usr/bin/python3 with the venv module is needed (apt install python3-venv)");
        m_config = m_dir.filePath(u"config"_s);
        m_wheels = m_dir.filePath(u"wheels"_s);
        QVERIFY(QDir().mkpath(m_wheels));
        m_mountError = test::enterPrivateMountNamespace();
        if (m_mountError.isEmpty()) {
            // Does tmpfs itself mount here (a container may allow namespaces and still refuse it)?
            const QString probe = m_dir.filePath(u"probe"_s);
            QVERIFY(QDir().mkpath(probe));
            m_mountError = test::mountTmpfs(probe, 1024 * 1024);
            if (m_mountError.isEmpty())
                QVERIFY(test::unmount(probe).isEmpty());
        }
        if (!m_mountError.isEmpty()) {
            if (QStandardPaths::findExecutable(u"prlimit"_s).isEmpty())
                QSKIP(qPrintable(u"no tmpfs ("_s + m_mountError + u") and no prlimit: the disk cannot be filled"_s));
            qInfo("no tmpfs here (%s): a file-size limit stands in for the full disk", qPrintable(m_mountError));
        }
        const test::ProcessRun made =
            test::runProcess(m_python->path, {u"-c"_s, QString::fromLatin1(fatWheelScript), m_wheels,
                                              QString::number(32 * 1024 * 1024)});
        QVERIFY2(made.ok(), qPrintable(made.describe()));
    }

    void cleanupTestCase()
    {
        // The mounts die with this process's namespace, but the temporary folder can only go once they are gone.
        if (m_mountError.isEmpty()) {
            for (const QString &root : {m_dir.filePath(u"small"_s), m_dir.filePath(u"medium"_s)})
                test::unmount(root);
        }
    }

    // Injected: a 4 MiB tmpfs root, so that python -m venv runs out of space
    // while ensurepip installs pip. Verified: exit 1, the error says the disk holding the root is full, the
    // partial folder is gone, nothing exists under the name, the other venv is byte for byte the same.
    void diskFullWhileCreatingTheVenv()
    {
        if (!m_mountError.isEmpty())
            QSKIP("a file-size limit stops one large file, and pip's own files are small: needs a tmpfs");
        const QString root = m_dir.filePath(u"small"_s);
        QVERIFY(prepareRoot(root, 4 * 1024 * 1024));
        const QMap<QString, QString> other = test::treeFingerprint(root + u"/Other_Driver_1_2"_s);
        const QString requirements = m_dir.filePath(u"small.txt"_s);
        QVERIFY(test::writeFile(requirements, "fat\n"));
        const test::CliRun run = build(buildArguments(root, u"Small_Disk_1_0"_s, requirements), 0);
        verifyCleanFailure(run, root, u"Small_Disk_1_0"_s, other,
                           "injected: the disk fills while python -m venv installs pip");
    }

    // Injected: a root with room for the venv but not for the 32 MiB package pip installs into it (a 40 MiB
    // tmpfs; or a 16 MiB file-size limit). Verified: pip's ENOSPC becomes "the disk holding <root> is full",
    // the partial folder is gone, nothing exists under the name, the other venv is untouched, and a build
    // that fits still succeeds on the same disk afterwards (the failure left nothing that takes room).
    void diskFullWhilePipInstalls()
    {
        const QString root = m_dir.filePath(u"medium"_s);
        QVERIFY(prepareRoot(root, 40 * 1024 * 1024));
        const QMap<QString, QString> other = test::treeFingerprint(root + u"/Other_Driver_1_2"_s);
        const QString requirements = m_dir.filePath(u"fat.txt"_s);
        QVERIFY(test::writeFile(requirements, "fat\n"));
        const test::CliRun run = build(buildArguments(root, u"Fat_Driver_1_0"_s, requirements), 16 * 1024 * 1024);
        verifyCleanFailure(run, root, u"Fat_Driver_1_0"_s, other,
                           "injected: the disk fills while pip installs a 32 MiB package");
        const QString details = run.json().value(u"details"_s).toVariant().toStringList().join(u'\n');
        QVERIFY2(details.contains(u"No space left on device"_s) || details.contains(u"File too large"_s) ||
                     details.contains(u"KiB free"_s),
                 qPrintable(u"the details name what pip met: "_s + details));

        if (!m_mountError.isEmpty())
            return; // a file-size limit has nothing to free
        const QString small = m_dir.filePath(u"fits.txt"_s);
        QVERIFY(test::writeFile(small, "setuptools\n"));
        const test::CliRun fits = test::runCli(buildArguments(root, u"Fits_Driver_1_0"_s, small), m_config, 600000);
        QVERIFY2(fits.exitCode == 0,
                 qPrintable(u"after the failure, a build that fits must succeed on the same disk\n"_s + fits.describe()));
    }
};

QTEST_GUILESS_MAIN(TestFaultsDisk)
#include "tst_faults_disk.moc"
