// The window and the package index, offscreen, against the real loopback index of tests/data/index/fake_index.py:
// Check for Updates fills the updates column and its badges, the "Updates available" filter selects what it
// should, the Packages tab shows Latest, and the status bar tells the package server's health in words.
#include "config/Settings.h"
#include "details/PackageTableModel.h"
#include "mainwindow/MainWindow.h"
#include "model/EnvironmentFilterProxy.h"
#include "model/EnvironmentTableModel.h"
#include "support/FakeIndex.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace venvdeck;

class TestMainWindowIndex final : public QObject
{
    Q_OBJECT

private:
    test::FakeIndex m_index;
    QTemporaryDir m_dir;
    QString m_root;
    int m_ini = 0;

    static constexpr auto vcenter = "VCenter_Shell_Driver_4_10"_L1;
    static constexpr auto cisco = "Cisco_IOS_Switch_2G_1_7"_L1;
    static constexpr auto juniper = "Juniper_JunOS_Switch_2G_1_21"_L1;

    QString freshIni() { return m_dir.filePath(u"settings-%1.ini"_s.arg(++m_ini)); }

    static bool openAndWait(MainWindow &window, const QString &root)
    {
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openRoot(root);
        return ready.size() > 0 || ready.wait(30000);
    }

    static QModelIndex cell(const MainWindow &window, const QString &name, int column)
    {
        EnvironmentTableModel *model = window.environmentModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->environmentAt(row).name == name)
                return model->index(row, column);
        }
        return {};
    }

    static QStringList shownNames(const MainWindow &window)
    {
        const QAbstractItemModel *model = window.findChild<QTableView *>(u"environmentView"_s)->model();
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(model->index(row, EnvironmentTableModel::NameColumn).data().toString());
        names.sort();
        return names;
    }

    // English plurals read as users read them ("1 update", "2 updates") and as the source spells them before the
    // translations are regenerated ("1 update(s)"): `source` in the source's spelling, matched in full.
    static bool reads(const QString &text, const QString &source)
    {
        QString pattern = QRegularExpression::escape(source);
        pattern.replace(u"\\(s\\)"_s, u"(?:\\(s\\)|s)?"_s);
        const bool ok = QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
        if (!ok)
            qWarning("'%s' does not read as '%s'", qPrintable(text), qPrintable(source));
        return ok;
    }

    static QString healthText(const MainWindow &window)
    {
        return window.findChild<QLabel *>(u"indexHealthLabel"_s)->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the HTTP cache goes to a test location
        for (const char *proxy : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"})
            qunsetenv(proxy); // loopback only
        if (!m_index.start())
            QSKIP("python3 could not serve the loopback index; skipped");
        m_root = m_dir.filePath(u"venv"_s);
        const QString home = m_dir.filePath(u"python/bin"_s);
        QVERIFY(test::writeFile(home + u"/python3"_s, "#!/bin/sh\n"));
        QVERIFY(test::writeVenvTree(m_root + u'/' + vcenter, u"3.9.18"_s, home,
                                    {u"cloudshell-core==2.2.180"_s, u"requests==2.32.3"_s}));
        // VenvDeck built this one: its owner pins cloudshell-core exactly.
        QVERIFY(test::writeFile(m_root + u'/' + vcenter + u"/venvdeck-requirements.txt"_s,
                                "cloudshell-core==2.2.180\nrequests\n"));
        QVERIFY(test::writeVenvTree(m_root + u'/' + cisco, u"3.9.18"_s, home,
                                    {u"cloudshell-core==2.2.180"_s, u"requests==2.31.0"_s}));
        QVERIFY(test::writeVenvTree(m_root + u'/' + juniper, u"3.9.18"_s, home, {u"requests==2.32.3"_s}));
    }

    void checkForUpdatesFillsTheTableAndTheFilter()
    {
        Settings settings(freshIni());
        settings.setValue(SettingKeys::indexUrl, m_index.url(u"/simple/"_s).toString());
        MainWindow window(settings);
        window.resize(1400, 800);
        window.show();
        QVERIFY(openAndWait(window, m_root));
        QCOMPARE(cell(window, vcenter, EnvironmentTableModel::UpdatesColumn).data().toString(), QString());

        auto *check = window.findChild<QAction *>(u"actionCheckUpdates"_s);
        QVERIFY(check && check->isEnabled());
        QSignalSpy checked(&window, &MainWindow::updatesChecked);
        check->trigger();
        QVERIFY(window.isCheckingUpdates());
        QVERIFY(!check->isEnabled());
        QVERIFY(window.findChild<QAction *>(u"actionCancelUpdates"_s)->isEnabled());
        QVERIFY(checked.wait(30000));
        QVERIFY(!window.isCheckingUpdates());

        // Python 3.9: cloudshell-core 2.2.180 -> 2.3.15 (3.0.0 wants 3.10); requests 2.31.0 -> 2.32.3.
        QCOMPARE(cell(window, vcenter, 0).data(EnvironmentTableModel::UpdatesRole).toInt(), 1);
        QCOMPARE(cell(window, cisco, 0).data(EnvironmentTableModel::UpdatesRole).toInt(), 2);
        QCOMPARE(cell(window, juniper, 0).data(EnvironmentTableModel::UpdatesRole).toInt(), 0);
        QVERIFY(reads(cell(window, vcenter, EnvironmentTableModel::UpdatesColumn).data().toString(), u"1 update(s)"_s));
        QVERIFY(reads(cell(window, cisco, EnvironmentTableModel::UpdatesColumn).data().toString(), u"2 update(s)"_s));
        QCOMPARE(cell(window, juniper, EnvironmentTableModel::UpdatesColumn).data().toString(), u"up to date"_s);
        QVERIFY(cell(window, cisco, EnvironmentTableModel::UpdatesColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"requests 2.31.0 \u2192 2.32.3"_s));
        QVERIFY(reads(window.statusBar()->currentMessage(), u"3 update(s) in 2 of 3 environment(s) checked"_s));

        // The badge is drawn: amber pixels in the Cisco row's updates cell, none in Juniper's.
        auto *view = window.findChild<QTableView *>(u"environmentView"_s);
        const auto amberIn = [&](const QString &name) {
            const QModelIndex index =
                window.filterProxy()->mapFromSource(cell(window, name, EnvironmentTableModel::UpdatesColumn));
            view->scrollTo(index);
            const QRect rect = view->visualRect(index);
            const QImage image = view->viewport()->grab(rect).toImage();
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.red() > 200 && c.green() > 100 && c.green() < 140 && c.blue() < 40)
                        return true;
                }
            }
            return false;
        };
        QVERIFY(amberIn(cisco));
        QVERIFY(!amberIn(juniper));

        // Show → Updates available: the two with updates.
        auto *combo = window.findChild<QComboBox *>(u"quickFilterCombo"_s);
        const int item = combo->findData(QStringList{u"updates"_s});
        QVERIFY(item >= 0);
        QCOMPARE(combo->itemText(item), u"Updates available (2)"_s);
        combo->setCurrentIndex(item);
        emit combo->activated(item);
        QCOMPARE(window.filterProxy()->quickFilter(), EnvironmentFilterProxy::QuickFilter::UpdatesAvailable);
        QCOMPARE(shownNames(window), QStringList({QString(cisco), QString(vcenter)}));

        // The Packages tab: Latest, with the newer version another Python gets and the owner's pin.
        view->setCurrentIndex(window.filterProxy()->mapFromSource(cell(window, vcenter, 1)));
        auto *packages = window.findChild<QTableView *>(u"packageView"_s);
        QVERIFY(packages);
        QString core;
        QString requests;
        for (int row = 0; row < packages->model()->rowCount(); ++row) {
            const QString name = packages->model()->index(row, PackageTableModel::NameColumn).data().toString();
            const QString latest = packages->model()->index(row, PackageTableModel::LatestColumn).data().toString();
            (name == u"cloudshell-core" ? core : requests) = latest;
        }
        QCOMPARE(core, u"2.3.15 \u00b7 3.0.0 needs another Python \u00b7 pin refuses"_s);
        QCOMPARE(requests, u"up to date"_s);
        QCOMPARE(packages->model()->headerData(PackageTableModel::LatestColumn, Qt::Horizontal).toString(),
                 u"Latest"_s);
        QVERIFY(reads(window.findChild<QLabel *>(u"packageCount"_s)->text(), u"2 package(s) \u00b7 1 update(s)"_s));

        // A rescan keeps what was checked: the packages did not change.
        QSignalSpy ready(&window, &MainWindow::ready);
        window.rescan();
        QVERIFY(ready.wait(30000));
        QCOMPARE(cell(window, cisco, 0).data(EnvironmentTableModel::UpdatesRole).toInt(), 2);
    }

    void aStalledCheckCanBeCancelled()
    {
        Settings settings(freshIni());
        settings.setValue(SettingKeys::indexUrl, m_index.url(u"/stall/"_s).toString());
        MainWindow window(settings);
        window.show();
        QVERIFY(openAndWait(window, m_root));
        QSignalSpy checked(&window, &MainWindow::updatesChecked);
        window.checkForUpdates();
        QVERIFY(window.isCheckingUpdates());
        QCOMPARE(cell(window, cisco, EnvironmentTableModel::UpdatesColumn).data().toString(), u"checking…"_s);
        QVERIFY(window.findChild<QWidget *>(u"cancelUpdatesButton"_s)->isVisible());
        QTest::qWait(50); // requests in flight, never answered
        window.findChild<QAction *>(u"actionCancelUpdates"_s)->trigger();
        QCOMPARE(checked.size(), 1);
        QVERIFY(!window.isCheckingUpdates());
        QCOMPARE(cell(window, cisco, EnvironmentTableModel::UpdatesColumn).data().toString(), QString());
        QVERIFY(window.statusBar()->currentMessage().contains(u"cancelled"_s));
        QVERIFY(!window.findChild<QWidget *>(u"cancelUpdatesButton"_s)->isVisible());
    }

    void theStatusBarTellsThePackageServersHealth()
    {
        Settings settings(freshIni());
        settings.setValue(SettingKeys::indexUrl, m_index.url(u"/simple/"_s).toString());
        MainWindow window(settings);
        window.show();
        QCOMPARE(healthText(window), u"Package server: not checked yet"_s);

        window.applyIndexSettings();
        QTRY_VERIFY_WITH_TIMEOUT(healthText(window).startsWith(u"Package server: OK, "_s), 20000);
        QVERIFY(healthText(window).endsWith(u" ms"_s));
        const QString tip = window.findChild<QLabel *>(u"indexHealthLabel"_s)->toolTip();
        QVERIFY2(tip.contains(m_index.url(u"/simple/"_s).toString()) && tip.contains(u"Checked at"_s), qPrintable(tip));

        // A port nothing listens on, with credentials: the error in words, the password nowhere.
        const int port = test::closedPort();
        settings.setValue(SettingKeys::indexUrl, u"http://admin:s3cret@127.0.0.1:%1/simple/"_s.arg(port));
        window.applyIndexSettings();
        QTRY_COMPARE_WITH_TIMEOUT(healthText(window),
                                  u"Package server: connection refused on 127.0.0.1:%1"_s.arg(port), 20000);
        const QString refusedTip = window.findChild<QLabel *>(u"indexHealthLabel"_s)->toolTip();
        QVERIFY2(refusedTip.contains(u"http://***@127.0.0.1:%1/simple/"_s.arg(port)), qPrintable(refusedTip));
        QVERIFY(!refusedTip.contains(u"s3cret"_s) && !refusedTip.contains(u"admin"_s));

        // An offline folder of wheels, then nothing at all.
        const QString wheels = m_dir.filePath(u"wheels"_s);
        QVERIFY(test::writeFile(wheels + u"/requests-2.32.3-py3-none-any.whl"_s, "PK"));
        settings.setValue(SettingKeys::indexOfflineFolder, wheels);
        window.applyIndexSettings();
        QTRY_VERIFY_WITH_TIMEOUT(reads(healthText(window), u"Package server: offline folder, 1 file(s)"_s), 20000);
        settings.setValue(SettingKeys::indexOfflineFolder, QString());
        settings.setValue(SettingKeys::indexUrl, QString());
        window.applyIndexSettings();
        QTRY_COMPARE_WITH_TIMEOUT(healthText(window), u"Package server: none configured"_s, 20000);
    }
};

QTEST_MAIN(TestMainWindowIndex)
#include "tst_mainwindowindex.moc"
