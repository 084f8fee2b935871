#include "details/BuildLogWidget.h"
#include "scan/RootLayout.h"
#include "support/TestSupport.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace venvdeck;

class TestBuildLog final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_root;

private slots:
    void initTestCase()
    {
        m_root = m_dir.filePath(u"venv"_s);
        const QString logs = rootlayout::buildLogFolder(m_root);
        QVERIFY(test::writeFile(logs + u"/Driver_1-20261120-101500.log"_s, "first build\n"));
        QVERIFY(test::writeFile(logs + u"/Driver_1-20261124-090000.log"_s, "refresh\n"));
        QVERIFY(test::writeFile(logs + u"/Driver_1-20261124-090000-2.log"_s, "Successfully installed six-1.16.0\n"));
        // Another environment whose name starts the same way, and a file that is no build log.
        QVERIFY(test::writeFile(logs + u"/Driver_1_2-20261125-080000.log"_s, "not ours\n"));
        QVERIFY(test::writeFile(logs + u"/Driver_1-notes.log"_s, "not a build log\n"));
    }

    void logsOfOneEnvironmentNewestFirst()
    {
        const QStringList logs = rootlayout::buildLogsOf(m_root, u"Driver_1"_s);
        QCOMPARE(logs.size(), 3);
        QVERIFY(logs.at(0).endsWith(u"/Driver_1-20261124-090000-2.log"_s));
        QVERIFY(logs.at(1).endsWith(u"/Driver_1-20261124-090000.log"_s));
        QVERIFY(logs.at(2).endsWith(u"/Driver_1-20261120-101500.log"_s));
        QCOMPARE(rootlayout::buildLogsOf(m_root, u"Driver_1_2"_s).size(), 1);
        QVERIFY(rootlayout::buildLogsOf(m_root, u"Never_Built_3_4"_s).isEmpty());
    }

    void tabShowsTheNewestLogAndLetsTheOthersBeChosen()
    {
        BuildLogWidget widget;
        widget.setEnvironment(m_root, u"Driver_1"_s);
        QCOMPARE(widget.text()->toPlainText(), u"Successfully installed six-1.16.0\n"_s);
        auto *choice = widget.findChild<QComboBox *>(u"buildLogChoice"_s);
        QCOMPARE(choice->count(), 3);
        choice->setCurrentIndex(2);
        QCOMPARE(widget.text()->toPlainText(), u"first build\n"_s);

        widget.setEnvironment(m_root, u"Never_Built_3_4"_s);
        QVERIFY(widget.text()->toPlainText().isEmpty());
        QVERIFY(widget.findChild<QLabel *>(u"buildLogHint"_s)->text().contains(u"no build log"_s));
    }
};

QTEST_MAIN(TestBuildLog)
#include "tst_buildlog.moc"
