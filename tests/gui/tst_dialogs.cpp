// The window's dialogs on the offscreen platform, over the real core: Settings validates, stores and applies
// without a restart (a new root, new cleanup numbers, a new language); Cleanup previews what its policy selects on
// a generated root, flags through core's manifest and never removes an environment a process uses; About says
// what runs; the environment actions follow the selection.
#include "about/AboutDialog.h"
#include "cleanup/CleanupDialog.h"
#include "config/Settings.h"
#include "mainwindow/MainWindow.h"
#include "model/EnvironmentFilterProxy.h"
#include "model/EnvironmentTableModel.h"
#include "settings/SettingsDialog.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace venvdeck;

namespace {

// A translator that, once switched on, marks every text it is asked for: whether a widget re-set its texts
// after a LanguageChange shows, whatever the German catalogue holds yet.
class MarkingTranslator final : public QTranslator
{
public:
    bool on = false;
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return on && source && *source ? u"\u27e6"_s + QString::fromUtf8(source) + u"\u27e7"_s : QString();
    }
    bool isEmpty() const override { return false; }
};

template<typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no %s", qPrintable(name));
    return found;
}

} // namespace

class TestDialogs final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_home; // a base interpreter that exists, so that only what should be broken is

    bool venv(const QString &root, const QString &name, const QString &home = {})
    {
        return test::writeVenvTree(root + u'/' + name, u"3.11.2"_s, home.isEmpty() ? m_home : home,
                                   {u"paramiko==2.11.0"_s});
    }

    // Three builds of one driver (two superseded), a broken one, and a pinned superseded one.
    QString makeCleanupRoot(const QString &name)
    {
        const QString root = m_dir.filePath(name);
        for (const QString &folder : {u"Cisco_IOS_Switch_2G_1_5"_s, u"Cisco_IOS_Switch_2G_1_7"_s,
                                      u"Cisco_IOS_Switch_2G_1_9"_s, u"VCenter_Shell_Driver_4_9"_s,
                                      u"VCenter_Shell_Driver_4_10"_s}) {
            if (!venv(root, folder))
                return {};
        }
        if (!venv(root, u"Juniper_JunOS_Switch_2G_1_21"_s, m_dir.filePath(u"gone/bin"_s)))
            return {};
        Problems problems;
        if (!changePins(root, {u"VCenter_Shell_Driver_4_9"_s}, {}, &problems).isEmpty())
            return {};
        return root;
    }

    static bool openAndWait(MainWindow &window, const QString &root)
    {
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openRoot(root);
        return ready.size() > 0 || ready.wait(30000);
    }

    static QStringList stale(const MainWindow &window)
    {
        QStringList names;
        const EnvironmentTableModel *model = window.environmentModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            const Environment &environment = model->environmentAt(row);
            if (const CleanupStatus *status = model->cleanupStatusOf(environment); status && status->staleness.proposed)
                names.append(environment.name);
        }
        names.sort();
        return names;
    }

    static bool settle(const CleanupDialog &dialog)
    {
        return QTest::qWaitFor([&dialog] { return !dialog.isComputing() && !dialog.isRemoving(); }, 30000);
    }

    static QString decisionOf(const CleanupDialog &dialog, const QString &name)
    {
        const auto *tree = child<QTreeWidget>(&dialog, u"previewTree"_s);
        for (int row = 0; row < tree->topLevelItemCount(); ++row) {
            if (tree->topLevelItem(row)->text(0) == name)
                return tree->topLevelItem(row)->text(2);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setApplicationVersion(u"9.8.7-test"_s);
        m_home = m_dir.filePath(u"python/bin"_s);
        QVERIFY(test::writeFile(m_home + u"/python3"_s, "#!/bin/sh\n"));
    }

    void settingsDialogValidatesStoresAndOpensTheNewRoot()
    {
        const QString first = m_dir.filePath(u"first"_s);
        const QString second = m_dir.filePath(u"second"_s);
        QVERIFY(venv(first, u"Ansible_Driver_1_2"_s));
        QVERIFY(venv(second, u"Cisco_IOS_Router_2_3"_s));
        Settings settings(m_dir.filePath(u"settings.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(openAndWait(window, first));

        QAction *action = child<QAction>(&window, u"actionSettings"_s);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+,"_s));
        action->trigger();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QPushButton *ok = child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok);
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->reason()));
        QCOMPARE(child<QLineEdit>(dialog, u"rootEdit"_s)->text(), QDir::toNativeSeparators(first));

        // Invalid input disables OK and says why, naming the value.
        auto *index = child<QLineEdit>(dialog, u"indexUrlEdit"_s);
        auto *trusted = child<QLineEdit>(dialog, u"trustedHostsEdit"_s);
        auto *reason = child<QLabel>(dialog, u"reasonLabel"_s);
        index->setText(u"ftp://qs-server/simple/"_s);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(reason->text().contains(u"ftp://qs-server/simple/"_s) && reason->text().contains(u"http(s)"_s),
                 qPrintable(reason->text()));
        index->setText(u"http://qs-server:8036/simple/"_s); // plain HTTP: pip ignores it unless the host is trusted
        QVERIFY(!ok->isEnabled());
        QVERIFY2(reason->text().contains(u"trusted"_s), qPrintable(reason->text()));
        trusted->setText(u"qs-server"_s);
        QVERIFY2(ok->isEnabled(), qPrintable(reason->text()));
        const QString missing = m_dir.filePath(u"no-wheels-here"_s);
        child<QLineEdit>(dialog, u"offlineFolderEdit"_s)->setText(missing);
        QVERIFY(!ok->isEnabled());
        QVERIFY2(reason->text().contains(QDir::toNativeSeparators(missing)), qPrintable(reason->text()));
        child<QLineEdit>(dialog, u"offlineFolderEdit"_s)->clear();
        child<QLineEdit>(dialog, u"rootEdit"_s)->setText(m_dir.filePath(u"nowhere"_s));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(reason->text().contains(u"nowhere"_s), qPrintable(reason->text()));

        // Import reads the execution server's customer.config through core and shows what it took.
        const QString config = m_dir.filePath(u"customer.config"_s);
        const QByteArray xml =
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><appSettings>\n"
            "  <add key=\"RequirementsRepository\" value=\"http://qs.example:8036/simple/\"/>\n"
            "  <add key=\"RequirementsTrustedHost\" value=\"qs.example\"/>\n"
            "  <add key=\"RequirementsExtraRepository\" value=\"https://mirror.example/simple/\"/>\n"
            "  <add key=\"VirtualEnvironmentLifetimeDurationInMinutes\" value=\"720\"/>\n"
            "</appSettings></configuration>\n";
        QVERIFY(test::writeFile(config, xml));
        child<QLineEdit>(dialog, u"customerConfigEdit"_s)->setText(config);
        QTest::mouseClick(child<QPushButton>(dialog, u"importButton"_s), Qt::LeftButton);
        QCOMPARE(index->text(), u"http://qs.example:8036/simple/"_s);
        QCOMPARE(trusted->text(), u"qs.example"_s);
        QCOMPARE(child<QLineEdit>(dialog, u"extraIndexEdit"_s)->text(), u"https://mirror.example/simple/"_s);
        QCOMPARE(child<QSpinBox>(dialog, u"validitySpin"_s)->value(), 720);
        const QString imported = child<QLabel>(dialog, u"importLabel"_s)->text();
        QVERIFY2(imported.contains(u"RequirementsRepository"_s) && imported.contains(u"qs.example"_s),
                 qPrintable(imported));

        child<QLineEdit>(dialog, u"rootEdit"_s)->setText(second);
        child<QSpinBox>(dialog, u"parallelBuildsSpin"_s)->setValue(3);
        QVERIFY2(ok->isEnabled(), qPrintable(reason->text()));
        QSignalSpy ready(&window, &MainWindow::ready);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(ready.wait(30000));

        // Stored under the keys the CLI reads, and applied at once: the window shows the new root.
        QCOMPARE(settings.value(SettingKeys::root), second);
        QCOMPARE(settings.value(SettingKeys::indexUrl), u"http://qs.example:8036/simple/"_s);
        QCOMPARE(settings.value(SettingKeys::indexTrustedHosts), QStringList{u"qs.example"_s});
        QCOMPARE(settings.value(SettingKeys::validityMinutes), 720);
        QCOMPARE(settings.value(SettingKeys::maxConcurrentBuilds), 3);
        QCOMPARE(settings.value(SettingKeys::customerConfigPath), config);
        QCOMPARE(window.root(), second);
        QCOMPARE(window.environmentModel()->rowCount(), 1);
        QCOMPARE(window.environmentModel()->environmentAt(0).name, u"Cisco_IOS_Router_2_3"_s);
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());
    }

    void changedCleanupNumbersTakeEffectWithoutARestart()
    {
        const QString root = makeCleanupRoot(u"keep-root"_s);
        QVERIFY(!root.isEmpty());
        Settings settings(m_dir.filePath(u"keep.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(openAndWait(window, root));
        QCOMPARE(stale(window), (QStringList{u"Cisco_IOS_Switch_2G_1_5"_s, u"Cisco_IOS_Switch_2G_1_7"_s,
                                             u"Juniper_JunOS_Switch_2G_1_21"_s}));

        auto *dialog = window.openSettingsDialog();
        child<QSpinBox>(dialog, u"keepNewestSpin"_s)->setValue(2);
        QSignalSpy ready(&window, &MainWindow::ready);
        dialog->accept();
        QCOMPARE(dialog->appliedChanges(), SettingsChanges(SettingsChange::Cleanup));
        QVERIFY(ready.wait(30000)); // the staleness is checked again, without a rescan
        QCOMPARE(settings.value(SettingKeys::keepNewestPerOwner), 2);
        QCOMPARE(stale(window), (QStringList{u"Cisco_IOS_Switch_2G_1_5"_s, u"Juniper_JunOS_Switch_2G_1_21"_s}));
    }

    void switchingTheLanguageRetranslatesTheWindowLive()
    {
        const QString root = m_dir.filePath(u"language-root"_s);
        QVERIFY(venv(root, u"Ansible_Driver_1_2"_s));
        Settings settings(m_dir.filePath(u"language.ini"_s));
        MarkingTranslator marker;
        QCoreApplication::installTranslator(&marker);
        MainWindow window(settings);
        window.show();
        QVERIFY(openAndWait(window, root));
        auto *rescan = child<QAction>(&window, u"actionRescan"_s);
        auto *menuFile = child<QMenu>(&window, u"menuFile"_s);
        auto *tabs = child<QTabWidget>(&window, u"detailsTabs"_s);
        QCOMPARE(rescan->text(), u"&Rescan"_s);
        QCOMPARE(menuFile->title(), u"&File"_s);
        QCOMPARE(tabs->tabText(0), u"&Overview"_s);

        // Nothing asks again until the language changes: then every text is set anew, menus, actions, the
        // details pane (built in code), the Builds dock and the status bar.
        marker.on = true;
        QCOMPARE(rescan->text(), u"&Rescan"_s);
        auto *dialog = window.openSettingsDialog();
        auto *language = child<QComboBox>(dialog, u"languageCombo"_s);
        const int german = language->findData(u"de"_s);
        QVERIFY(german > 0);
        QCOMPARE(language->itemText(german), u"Deutsch"_s);
        language->setCurrentIndex(german);
        dialog->accept();
        QCOMPARE(dialog->appliedChanges(), SettingsChanges(SettingsChange::Language));
        QCOMPARE(settings.value(SettingKeys::language), u"de"_s);
        QTRY_COMPARE(rescan->text(), u"\u27e6&Rescan\u27e7"_s);
        QCOMPARE(menuFile->title(), u"\u27e6&File\u27e7"_s);
        QCOMPARE(tabs->tabText(0), u"\u27e6&Overview\u27e7"_s);
        QCOMPARE(window.buildsDock()->windowTitle(), u"\u27e6Builds\u27e7"_s);
        QVERIFY(child<QLabel>(&window, u"summaryLabel"_s)->text().contains(u"\u27e6"_s));

        // Back to the system's language.
        marker.on = false;
        dialog = window.openSettingsDialog();
        child<QComboBox>(dialog, u"languageCombo"_s)->setCurrentIndex(0);
        dialog->accept();
        QTRY_COMPARE(rescan->text(), u"&Rescan"_s);
        QCoreApplication::removeTranslator(&marker);
    }

    void cleanupDialogPreviewsFlagsAndNeverRemovesWhatIsInUse()
    {
        const QString root = makeCleanupRoot(u"cleanup-root"_s);
        QVERIFY(!root.isEmpty());
        Settings settings(m_dir.filePath(u"cleanup.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(openAndWait(window, root));
        QAction *action = child<QAction>(&window, u"actionCleanup"_s);
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = window.findChild<CleanupDialog *>();
        QVERIFY(dialog);
        QVERIFY(settle(*dialog));

        // The default policy: the superseded builds and the broken one; the pinned one is kept, with why.
        QCOMPARE(dialog->selectedNames(), (QStringList{u"Cisco_IOS_Switch_2G_1_5"_s, u"Cisco_IOS_Switch_2G_1_7"_s,
                                                       u"Juniper_JunOS_Switch_2G_1_21"_s}));
        QCOMPARE(decisionOf(*dialog, u"VCenter_Shell_Driver_4_9"_s), u"Kept: pinned"_s);
        QCOMPARE(decisionOf(*dialog, u"Cisco_IOS_Switch_2G_1_5"_s), u"Remove"_s);
        QVERIFY(decisionOf(*dialog, u"Cisco_IOS_Switch_2G_1_9"_s).isEmpty()); // no rule applies: not listed
        QVERIFY(dialog->reclaimableBytes() > 0);
        QVERIFY(child<QLabel>(dialog, u"summaryLabel"_s)->text().contains(QLocale().formattedDataSize(
            dialog->reclaimableBytes())));

        // The preview follows the policy.
        child<QCheckBox>(dialog, u"brokenCheck"_s)->setChecked(false);
        QVERIFY(settle(*dialog));
        QCOMPARE(dialog->selectedNames(),
                 (QStringList{u"Cisco_IOS_Switch_2G_1_5"_s, u"Cisco_IOS_Switch_2G_1_7"_s}));
        QVERIFY(decisionOf(*dialog, u"Juniper_JunOS_Switch_2G_1_21"_s).startsWith(u"Kept"_s));
        child<QSpinBox>(dialog, u"keepNewestSpin"_s)->setValue(2);
        QVERIFY(settle(*dialog));
        QCOMPARE(dialog->selectedNames(), QStringList{u"Cisco_IOS_Switch_2G_1_5"_s});
        QVERIFY(decisionOf(*dialog, u"Cisco_IOS_Switch_2G_1_7"_s).startsWith(u"Kept: one of the 2 newest"_s));

        // Saved as the default, the policy is what the window and `venvdeck-cli prune` use.
        QSignalSpy ready(&window, &MainWindow::ready);
        child<QPushButton>(dialog, u"saveDefaultButton"_s)->click();
        QCOMPARE(settings.value(SettingKeys::prunePolicy), u"superseded,python-mismatch,unused"_s);
        QCOMPARE(settings.value(SettingKeys::keepNewestPerOwner), 2);
        Problems problems;
        const StalenessOptions saved = stalenessOptions(settings, root, &problems);
        QCOMPARE(saved.policy, dialog->options().policy);
        QCOMPARE(saved.keepNewest, 2);
        QVERIFY(ready.wait(30000));
        QCOMPARE(stale(window), QStringList{u"Cisco_IOS_Switch_2G_1_5"_s});
        QVERIFY(settle(*dialog)); // the window's new staleness reaches the dialog, which previews again

        // Flag: core's manifest names it; the window rescans and shows it pending; the preview says so.
        QVERIFY(child<QPushButton>(dialog, u"flagButton"_s)->isEnabled());
        child<QPushButton>(dialog, u"flagButton"_s)->click();
        QFile manifest(root + u"/.venvdeck/pending-removals.json"_s);
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QVERIFY(manifest.readAll().contains("Cisco_IOS_Switch_2G_1_5"));
        QVERIFY(ready.wait(30000));
        const EnvironmentTableModel *model = window.environmentModel();
        const int row = model->rowOfPath(root + u"/Cisco_IOS_Switch_2G_1_5"_s);
        QVERIFY(model->index(row, EnvironmentTableModel::FlagsColumn)
                    .data(EnvironmentTableModel::FlagsRole)
                    .toStringList()
                    .contains(u"pending-removal"_s));
        QVERIFY(settle(*dialog));
        QCOMPARE(decisionOf(*dialog, u"Cisco_IOS_Switch_2G_1_5"_s), u"Already flagged"_s);
        QVERIFY(!child<QPushButton>(dialog, u"flagButton"_s)->isEnabled()); // nothing left to flag
        QVERIFY(QFileInfo::exists(root + u"/Cisco_IOS_Switch_2G_1_5"_s)); // flagging deletes nothing

        // Remove Now: a process works in 1_7, so it is left alone; the others go, after a confirmation naming them.
        QProcess user;
        user.setWorkingDirectory(root + u"/Cisco_IOS_Switch_2G_1_7/lib"_s);
        user.start(u"sleep"_s, {u"60"_s});
        QVERIFY(user.waitForStarted());
        child<QSpinBox>(dialog, u"keepNewestSpin"_s)->setValue(1); // previews again, with the processes as they are
        QVERIFY(settle(*dialog));
        QCOMPARE(dialog->selectedNames(), (QStringList{u"Cisco_IOS_Switch_2G_1_5"_s, u"Cisco_IOS_Switch_2G_1_7"_s}));
        QCOMPARE(dialog->removableNames(), QStringList{u"Cisco_IOS_Switch_2G_1_5"_s});
        QCOMPARE(decisionOf(*dialog, u"Cisco_IOS_Switch_2G_1_7"_s), u"Flag only: in use"_s);
        QString confirmation;
        QTimer::singleShot(0, this, [&confirmation] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            confirmation = box->text() + u'\n' + box->informativeText();
            box->findChild<QPushButton *>(u"confirmRemoveButton"_s)->click();
        });
        child<QPushButton>(dialog, u"removeNowButton"_s)->click();
        QVERIFY2(confirmation.contains(u"Cisco_IOS_Switch_2G_1_5"_s), qPrintable(confirmation));
        QVERIFY2(!confirmation.contains(u"Cisco_IOS_Switch_2G_1_7"_s), qPrintable(confirmation));
        QVERIFY(settle(*dialog));
        QVERIFY(!QFileInfo::exists(root + u"/Cisco_IOS_Switch_2G_1_5"_s));
        QVERIFY(QFileInfo::exists(root + u"/Cisco_IOS_Switch_2G_1_7"_s));
        // Asked directly, core refuses it too, and names the process.
        const ApplyReport refused = removeNow(root, {u"Cisco_IOS_Switch_2G_1_7"_s}, u"test"_s);
        QCOMPARE(refused.results.size(), 1);
        QCOMPARE(refused.results.first().outcome, RemovalOutcome::Skipped);
        QVERIFY(!refused.results.first().processes.isEmpty());
        QVERIFY(QFileInfo::exists(root + u"/Cisco_IOS_Switch_2G_1_7"_s));
        user.kill();
        user.waitForFinished();
    }

    void refreshAndRebuildFollowTheSelection()
    {
        const QString root = makeCleanupRoot(u"actions-root"_s);
        QVERIFY(!root.isEmpty());
        Settings settings(m_dir.filePath(u"actions.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(openAndWait(window, root));
        auto *view = child<QTableView>(&window, u"environmentView"_s);
        auto *refresh = child<QAction>(&window, u"actionRefresh"_s);
        auto *rebuild = child<QAction>(&window, u"actionRebuild"_s);
        view->clearSelection();
        view->setCurrentIndex({});
        QVERIFY(!refresh->isEnabled());
        QVERIFY(!rebuild->isEnabled());
        view->selectRow(0);
        QVERIFY(refresh->isEnabled());
        QVERIFY(rebuild->isEnabled());
        view->selectAll(); // one environment at a time
        QVERIFY(!refresh->isEnabled());
        QVERIFY(!rebuild->isEnabled());
    }

    void aboutSaysWhatRuns()
    {
        const QString root = m_dir.filePath(u"about-root"_s);
        QVERIFY(venv(root, u"Ansible_Driver_1_2"_s));
        Settings settings(m_dir.filePath(u"about.ini"_s));
        MainWindow window(settings);
        QVERIFY(openAndWait(window, root));
        child<QAction>(&window, u"actionAbout"_s)->trigger();
        auto *about = window.findChild<AboutDialog *>();
        QVERIFY(about);
        const QString text = about->text();
        QVERIFY2(text.contains(QCoreApplication::applicationVersion()), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(u"MIT"_s), qPrintable(text));
        QVERIFY2(text.contains(QDir::toNativeSeparators(root)), qPrintable(text));
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
