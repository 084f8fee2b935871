// Faults in what an admin hands to `venvdeck-cli build`: shell packages with `..` paths, absolute paths and
// links inside the nested driver zip, a nested zip bomb, and a package of many large entries that together
// would fill memory. tst_buildsource checks the archive rules on the reader; these go through the real CLI, as
// an admin would meet them: each package is refused before anything is built, with a message that names the
// package and the reason, and the root is left exactly as it was.
#include "support/Faults.h"
#include "support/RealVenv.h"
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

namespace {

const QByteArray shellDefinition = "tosca_definitions_version: tosca_simple_yaml_1_0\nmetadata:\n"
                                   "  template_name: Evil Shell 2G\n  template_author: Nobody\n"
                                   "  template_version: 6.6.6\n  template_icon: shell-icon.png\n";
const QByteArray driverMetadata = "<Driver Name=\"Evil Shell 2G Driver\" Version=\"6.6.6\" MainClass=\"driver.Evil\" "
                                  "PythonVersion=\"3\"/>\n";

} // namespace

class TestFaultsPackage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;

    QByteArray zipBytes(const QString &name, const QList<test::ZipEntry> &entries)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!test::writeZip(path, entries, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_root = m_dir.filePath(u"venv"_s);
        QVERIFY(test::writeVenvTree(m_root + u"/Good_Driver_1_1"_s, u"3.11.2"_s, u"/usr/bin"_s, {u"paramiko==2.7.2"_s}));
    }

    void refusedPackages_data()
    {
        QTest::addColumn<QList<test::ZipEntry>>("driverZip"); // the nested driver zip; empty: `outer` alone
        QTest::addColumn<QList<test::ZipEntry>>("outer");     // besides shell-definition.yaml
        QTest::addColumn<QString>("reason");
        const QList<test::ZipEntry> none;
        QTest::newRow("nested-dot-dot") << QList<test::ZipEntry>{{u"drivermetadata.xml"_s, driverMetadata},
                                                                 {u"requirements.txt"_s, "alpha\n"},
                                                                 {u"../../../../tmp/venvdeck-evil.py"_s, "x"}}
                                        << none << u"climbs out with '..'"_s;
        QTest::newRow("nested-absolute") << QList<test::ZipEntry>{{u"drivermetadata.xml"_s, driverMetadata},
                                                                  {u"requirements.txt"_s, "alpha\n"},
                                                                  {u"/etc/cron.d/venvdeck-evil"_s, "x"}}
                                         << none << u"an absolute path"_s;
        QTest::newRow("nested-link-out")
            << QList<test::ZipEntry>{{u"drivermetadata.xml"_s, driverMetadata},
                                     test::ZipEntry::symlink(u"requirements.txt"_s, u"/etc/shadow"_s)}
            << none << u"a link to an absolute path"_s;
        QTest::newRow("nested-link-climbs")
            << QList<test::ZipEntry>{{u"drivermetadata.xml"_s, driverMetadata},
                                     {u"requirements.txt"_s, "alpha\n"},
                                     test::ZipEntry::symlink(u"lib/escape"_s, u"../../.."_s)}
            << none << u"a link that leads out of the archive"_s;
        // 200 MiB of NULs as the driver's requirements.txt: a few hundred kB inside a zip inside the package.
        QTest::newRow("nested-zip-bomb")
            << QList<test::ZipEntry>{{u"drivermetadata.xml"_s, driverMetadata},
                                     test::ZipEntry::ofZeros(u"requirements.txt"_s, qint64(200) * 1024 * 1024)}
            << none << u"zip bomb"_s;
        // Five "driver zips" of 60 MiB each: every one under the per-entry limit, 300 MiB in memory together.
        QList<test::ZipEntry> many;
        for (int i = 1; i <= 5; ++i)
            many.append(test::ZipEntry::ofZeros(u"Driver%1.zip"_s.arg(i), qint64(60) * 1024 * 1024));
        QTest::newRow("many-large-entries") << none << many << u"together; refused (a zip bomb?)"_s;
        QTest::newRow("outer-dot-dot") << none
                                       << QList<test::ZipEntry>{{u"Driver.zip"_s, "x"}, {u"icons/../../evil.png"_s, "x"}}
                                       << u"climbs out with '..'"_s;
    }

    // Injected: each package above, given to `venvdeck-cli build` as an admin would. Verified: exit 1; stderr
    // names the package and the reason; the root holds exactly what it held before (no partial folder, no log,
    // no lock); nothing was written where the entries point (/tmp/venvdeck-evil.py, /etc/cron.d).
    void refusedPackages()
    {
        QFETCH(QList<test::ZipEntry>, driverZip);
        QFETCH(QList<test::ZipEntry>, outer);
        QFETCH(QString, reason);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        QList<test::ZipEntry> entries{{u"shell-definition.yaml"_s, shellDefinition}};
        if (!driverZip.isEmpty()) {
            const QByteArray inner = zipBytes(tag + u"-driver.zip"_s, driverZip);
            QVERIFY(!inner.isEmpty());
            entries.append({u"EvilShell2GDriver.zip"_s, inner});
        }
        entries.append(outer);
        const QString package = m_dir.filePath(tag + u" package.zip"_s);
        QString error;
        QVERIFY2(test::writeZip(package, entries, &error), qPrintable(error));

        const QMap<QString, QString> before = test::treeFingerprint(m_root);
        const test::CliRun run = test::runCli({u"build"_s, package, u"--root"_s, m_root, u"--python"_s,
                                               u"/usr/bin/python3"_s, u"--offline"_s, m_dir.path()},
                                              m_dir.filePath(u"config"_s), 120000);
        const QString context = u"injected: a shell package with "_s + tag + u"; verified"_s;
        QVERIFY2(run.finished && !run.crashed && run.exitCode == 1, qPrintable(context + u": exit 1\n"_s + run.describe()));
        QVERIFY2(run.err.contains(package) && run.err.contains(reason),
                 qPrintable(context + u": stderr names the package and '"_s + reason + u"'\n"_s + run.describe()));
        const QStringList changed = test::fingerprintDifferences(before, test::treeFingerprint(m_root));
        QVERIFY2(changed.isEmpty(), qPrintable(context + u": the root is as it was, but "_s + changed.join(u", "_s)));
        QVERIFY2(!QFileInfo::exists(u"/tmp/venvdeck-evil.py"_s) && !QFileInfo::exists(u"/etc/cron.d/venvdeck-evil"_s),
                 qPrintable(context + u": nothing was written outside"_s));
    }
};

QTEST_GUILESS_MAIN(TestFaultsPackage)
#include "tst_faults_package.moc"
