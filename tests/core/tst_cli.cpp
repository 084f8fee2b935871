// venvdeck-cli as an admin runs it: the built executable, its exit codes, stdout for data, stderr for errors.
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace venvdeck;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(test::cliPath(), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// RFC 4180: fields separated by commas, quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    const QString m_longName = u"A_Very_Long_Shell_Driver_Name_That_Goes_On_And_On_For_Ever_And_Ever_Again_12_345"_s;
    const QString m_commaName = u"Weird, \"quoted\" Driver_1_2"_s;

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo(test::cliPath()).isExecutable());
        m_root = m_dir.filePath(u"venv"_s);
        QVERIFY(test::writeVenvTree(m_root + u"/Cisco_IOS_Switch_2G_1_7"_s, u"3.11.2"_s, u"/usr/bin"_s,
                                    {u"cloudshell-shell-core==7.0.1"_s, u"paramiko==2.7.2"_s}));
        QVERIFY(test::writeVenvTree(m_root + u'/' + m_longName, u"3.9.18"_s, u"/usr/bin"_s, {}));
        QVERIFY(test::writeVenvTree(m_root + u'/' + m_commaName, u"3.11.2"_s, u"/usr/bin"_s, {}));
        QVERIFY(test::writeFile(m_root + u"/stray.txt"_s, "x"));
    }

    void versionAndHelp()
    {
        const Run version = runCli({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(u"venvdeck-cli "_s), qPrintable(version.out));
        const Run help = runCli({u"list"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(u"Usage: venvdeck-cli list"_s));
        QVERIFY(help.out.contains(u"--no-sizes"_s));
    }

    void badUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList{} << u"Usage"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
        QTest::newRow("unknown option") << QStringList{u"list"_s, u"--bogus"_s} << u"bogus"_s;
        QTest::newRow("unknown format") << QStringList{u"list"_s, u"--format"_s, u"xml"_s} << u"xml"_s;
        QTest::newRow("show needs a name") << QStringList{u"show"_s} << u"NAME"_s;
    }

    void badUsageExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runCli(QStringList(arguments) << u"--root"_s << m_root);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void missingRootNamesThePathAndTheWayOut()
    {
        const QString missing = m_dir.filePath(u"nowhere"_s);
        const Run run = runCli({u"list"_s, u"--root"_s, missing});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(missing));
        QVERIFY(run.err.contains(u"--root"_s));
        QVERIFY(run.out.isEmpty());
    }

    void listJson()
    {
        const Run run = runCli({u"list"_s, u"--root"_s, m_root, u"--format"_s, u"json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(u"root"_s).toString(), m_root);
        const QJsonArray environments = json.value(u"environments"_s).toArray();
        QCOMPARE(environments.size(), 3);
        const QJsonObject cisco = environments.at(1).toObject();
        QCOMPARE(cisco.value(u"name"_s).toString(), u"Cisco_IOS_Switch_2G_1_7"_s);
        QCOMPARE(cisco.value(u"owner"_s).toString(), u"Cisco_IOS_Switch_2G"_s);
        QCOMPARE(cisco.value(u"ownerKind"_s).toString(), u"driver"_s);
        QCOMPARE(cisco.value(u"pythonVersion"_s).toString(), u"3.11.2"_s);
        QCOMPARE(cisco.value(u"packages"_s).toArray().size(), 2);
        QVERIFY(cisco.value(u"sizeBytes"_s).toInteger() > 0);
        // The stray file is reported, on stderr and in the JSON, naming its path.
        QVERIFY(run.err.contains(m_root + u"/stray.txt"_s));
        QCOMPARE(json.value(u"errors"_s).toArray().first().toObject().value(u"path"_s).toString(),
                 m_root + u"/stray.txt"_s);
    }

    void listWithoutSizesLeavesThemNull()
    {
        const Run run = runCli({u"list"_s, u"--root"_s, m_root, u"--format"_s, u"json"_s, u"--no-sizes"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray environments =
            QJsonDocument::fromJson(run.out.toUtf8()).object().value(u"environments"_s).toArray();
        for (const QJsonValue &environment : environments)
            QVERIFY(environment.toObject().value(u"sizeBytes"_s).isNull());
    }

    void tableFitsOneHundredColumns()
    {
        const Run run = runCli({u"list"_s, u"--root"_s, m_root});
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 3 + 1); // header, three environments, summary
        for (const QString &line : lines)
            QVERIFY2(line.size() <= 100, qPrintable(line));
        QVERIFY(lines.at(0).startsWith(u"NAME"_s));
        QVERIFY(run.out.contains(u"Cisco_IOS_Switch_2G_1_7"_s));
        QVERIFY(run.out.contains(m_longName.left(20))); // cut with an ellipsis, not dropped
        QVERIFY(run.out.contains(QChar(0x2026)));
        QVERIFY(run.out.contains(u"KiB"_s)); // sizes human-readable
    }

    void csvIsRfc4180()
    {
        const Run run = runCli({u"list"_s, u"--root"_s, m_root, u"--format"_s, u"csv"_s});
        QCOMPARE(run.exitCode, 0);
        const QList<QStringList> records = parseCsv(run.out);
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.first().first(), u"name"_s);
        for (const QStringList &record : records)
            QCOMPARE(record.size(), records.first().size());
        QCOMPARE(records.at(3).first(), m_commaName);
    }

    void rootFromTheEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"VENVDECK_ROOT"_s, m_root);
        const Run root = runCli({u"root"_s}, environment);
        QCOMPARE(root.exitCode, 0);
        QCOMPARE(root.out.trimmed(), m_root);
        QVERIFY(root.err.contains(u"VENVDECK_ROOT"_s));
        const Run list = runCli({u"list"_s, u"--no-sizes"_s}, environment);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(u"Cisco_IOS_Switch_2G_1_7"_s));
    }

    void savedRootIsSharedAndRefusesMissingFolders()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"VENVDECK_ROOT"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));

        const Run missing = runCli({u"root"_s, u"--set"_s, m_dir.filePath(u"nowhere"_s)}, environment);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(m_dir.filePath(u"nowhere"_s)), qPrintable(missing.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"config/VenvDeck/VenvDeck.conf"_s)));

        const Run set = runCli({u"root"_s, u"--set"_s, m_root}, environment);
        QCOMPARE(set.exitCode, 0);
        QCOMPARE(set.out.trimmed(), m_root);
        QVERIFY(set.err.contains(u"saved setting"_s));
        // The window reads the same file.
        QVERIFY(QFileInfo::exists(m_dir.filePath(u"config/VenvDeck/VenvDeck.conf"_s)));
        const Run list = runCli({u"list"_s, u"--no-sizes"_s}, environment);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.contains(u"Cisco_IOS_Switch_2G_1_7"_s));

        const Run unset = runCli({u"root"_s, u"--unset"_s}, environment);
        QCOMPARE(unset.exitCode, 0);
        QVERIFY(unset.out.trimmed() != m_root);
        QVERIFY(unset.err.contains(u"platform default"_s));
    }

    void showOne()
    {
        const Run json = runCli({u"show"_s, u"Cisco_IOS_Switch_2G_1_7"_s, u"--root"_s, m_root, u"--format"_s, u"json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject environment = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(environment.value(u"name"_s).toString(), u"Cisco_IOS_Switch_2G_1_7"_s);
        QCOMPARE(environment.value(u"health"_s).toString(), u"ok"_s);
        QCOMPARE(environment.value(u"packages"_s).toArray().at(1).toObject().value(u"name"_s).toString(),
                 u"paramiko"_s);

        const Run table = runCli({u"show"_s, u"Cisco_IOS_Switch_2G_1_7"_s, u"--root"_s, m_root});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(u"paramiko"_s));
        QVERIFY(table.out.contains(u"inferred from the folder name"_s));
    }

    void showRefusesNamesOutsideTheRoot_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("missing") << u"No_Such_Driver_1_1"_s;
        QTest::newRow("parent") << u".."_s;
        QTest::newRow("traversal") << u"../venv/Cisco_IOS_Switch_2G_1_7"_s;
        QTest::newRow("nested") << u"Cisco_IOS_Switch_2G_1_7/lib"_s;
        QTest::newRow("absolute") << u"/usr"_s;
    }

    void showRefusesNamesOutsideTheRoot()
    {
        QFETCH(QString, name);
        const Run run = runCli({u"show"_s, name, u"--root"_s, m_root});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(name), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
