// The Builds panel with real builds: two offline pip builds from two Build dialogs run at once and are listed
// with their state; one is cancelled from the panel, the other goes on after its dialog is closed, finishes, and
// the window rescans. About 10 s: one real offline build of a one-wheel requirements file with Debian's python3.
#include "build/BuildDialog.h"
#include "build/Builder.h"
#include "builds/BuildQueue.h"
#include "builds/BuildsPanel.h"
#include "config/Settings.h"
#include "mainwindow/MainWindow.h"
#include "model/EnvironmentTableModel.h"
#include "support/RealVenv.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace venvdeck;

class TestBuildsPanel final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<PythonInterpreter> m_python;

    // A Build dialog of the window, set to build `owner` from a requirements file with Debian's python3.
    BuildDialog *startBuild(MainWindow &window, const QString &requirements, const QString &owner)
    {
        BuildDialog *dialog = window.openBuildDialog();
        dialog->setSource(requirements);
        if (!QTest::qWaitFor([dialog] { return dialog->interpretersKnown() && !dialog->isReading(); }, 60000))
            return nullptr;
        dialog->findChild<QLineEdit *>(u"ownerNameEdit"_s)->setText(owner);
        dialog->findChild<QLineEdit *>(u"ownerVersionEdit"_s)->setText(u"1.0"_s);
        auto *pythons = dialog->findChild<QComboBox *>(u"pythonCombo"_s);
        for (int row = 0; row < pythons->count(); ++row) {
            if (QFileInfo(pythons->itemData(row).toString()).canonicalFilePath() ==
                QFileInfo(m_python->path).canonicalFilePath()) {
                pythons->setCurrentIndex(row);
                Q_EMIT pythons->activated(row);
            }
        }
        if (!dialog->canBuild()) {
            qWarning("cannot build: %s", qPrintable(dialog->reason()));
            return nullptr;
        }
        dialog->build();
        return dialog;
    }

    static QString stateOf(const BuildsPanel *panel, const QString &name)
    {
        const QTreeWidget *list = panel->list();
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            if (list->topLevelItem(row)->text(0) == name)
                return list->topLevelItem(row)->text(1);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        test::makePipHermetic();
        m_python = test::systemPython3();
    }

    void viewMenuOpensThePanelAFewRowsHigh()
    {
        Settings settings(m_dir.filePath(u"view-menu.ini"_s));
        MainWindow window(settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *showBuilds = window.findChild<QAction *>(u"actionShowBuilds"_s);
        QVERIFY(showBuilds);
        showBuilds->trigger();
        QTRY_VERIFY(window.buildsDock()->isVisible());
        QVERIFY(showBuilds->isChecked());
        // The table keeps most of the window: the panel is a few rows high, not half of it.
        QTRY_VERIFY(window.buildsDock()->height() < window.height() / 3);
        showBuilds->trigger();
        QTRY_VERIFY(!window.buildsDock()->isVisible());
    }

    void listsConcurrentBuildsAndKeepsOneRunningAfterItsDialogCloses()
    {
        if (!m_python)
            QSKIP("Debian's /usr/bin/python3 with the venv module is needed (apt install python3-venv)");
        const QString root = m_dir.filePath(u"root"_s);
        const QString wheels = m_dir.filePath(u"wheels"_s);
        QVERIFY(QDir().mkpath(root));
        QVERIFY(QDir().mkpath(wheels));
        QString error;
        QVERIFY2(!test::buildWheel(*m_python, wheels, u"alpha"_s, u"1.0"_s, {}, &error).isEmpty(), qPrintable(error));
        const QString requirements = m_dir.filePath(u"requirements.txt"_s);
        QVERIFY(test::writeFile(requirements, "alpha\n"));

        Settings settings(m_dir.filePath(u"builds.ini"_s));
        settings.setValue(SettingKeys::maxConcurrentBuilds, 2);
        settings.setValue(SettingKeys::indexOfflineFolder, wheels);
        MainWindow window(settings);
        window.resize(1280, 800);
        window.show();
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openRoot(root);
        QVERIFY(ready.size() > 0 || ready.wait(30000));
        QVERIFY(!window.buildsDock()->isVisible()); // nothing to show yet

        QPointer<BuildDialog> first = startBuild(window, requirements, u"First Script"_s);
        QVERIFY(first);
        QPointer<BuildDialog> second = startBuild(window, requirements, u"Second Script"_s);
        QVERIFY(second);

        // Both are listed while they run, side by side (two build slots).
        const BuildsPanel *panel = window.buildsPanel();
        QVERIFY(window.buildsDock()->isVisible());
        QCOMPARE(panel->list()->topLevelItemCount(), 2);
        QCOMPARE(window.buildQueue()->runningCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(window.buildQueue()->jobs().at(0).progress.stage != BuildStage::Queued &&
                                     window.buildQueue()->jobs().at(1).progress.stage != BuildStage::Queued,
                                 30000);
        QVERIFY(!stateOf(panel, u"First_Script_1_0"_s).isEmpty());
        QVERIFY(!stateOf(panel, u"Second_Script_1_0"_s).startsWith(u"Waiting"_s));
        if (const QByteArray folder = qgetenv("VENVDECK_SCREENSHOT_DIR"); !folder.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(window.grab().save(QString::fromLocal8Bit(folder) + u"/builds-panel.png"_s));
        }

        // The first dialog is closed while its build runs: the build goes on in the panel.
        first->close();
        QTRY_VERIFY(!first);
        // The second is cancelled from the panel.
        const QTreeWidget *list = panel->list();
        QPushButton *cancel = nullptr;
        for (int row = 0; row < list->topLevelItemCount(); ++row) {
            if (list->topLevelItem(row)->text(0) == u"Second_Script_1_0")
                cancel = list->itemWidget(list->topLevelItem(row), 3)->findChild<QPushButton *>(u"cancelBuildButton"_s);
        }
        QVERIFY(cancel && cancel->isEnabled());
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, u"Second_Script_1_0"_s), u"Cancelled"_s, 30000);
        QVERIFY(!cancel->isEnabled());

        QTRY_VERIFY_WITH_TIMEOUT(stateOf(panel, u"First_Script_1_0"_s).startsWith(u"Built in"_s), 120000);
        QVERIFY(QFileInfo(root + u"/First_Script_1_0/venvdeck.json"_s).isFile());
        QVERIFY(!QFileInfo::exists(root + u"/Second_Script_1_0"_s));
        // The window rescans when a build succeeds: the new environment is in the table.
        QTRY_VERIFY_WITH_TIMEOUT(window.environmentModel()->rowOfPath(root + u"/First_Script_1_0"_s) >= 0, 30000);

        // Its log is kept, and opens from the panel.
        const int id = window.buildQueue()->jobs().at(0).id;
        window.buildsPanel()->openLog(id);
        auto *log = window.buildsPanel()->findChild<QPlainTextEdit *>(u"buildLogText"_s);
        QVERIFY(log);
        QVERIFY2(log->toPlainText().contains(u"Successfully installed"_s), qPrintable(log->toPlainText()));
        window.buildQueue()->clearFinished();
        QCOMPARE(panel->list()->topLevelItemCount(), 0);
        if (second)
            second->close();
    }
};

QTEST_MAIN(TestBuildsPanel)
#include "tst_buildspanel.moc"
