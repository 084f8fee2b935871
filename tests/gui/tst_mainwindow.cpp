#include "config/Settings.h"
#include "mainwindow/MainWindow.h"
#include "model/EnvironmentFilterProxy.h"
#include "model/EnvironmentGroupModel.h"
#include "model/EnvironmentTableModel.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolTip>
#include <QTreeView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace venvdeck;

namespace {

// A POSIX venv as `python -m venv` lays it out, with one installed distribution.
bool makeVenv(const QString &folder, const QString &home, const QString &package, const QString &version)
{
    const QByteArray config = "home = " + home.toUtf8() +
                              "\ninclude-system-site-packages = false\nversion = 3.11.2\nimplementation = CPython\n";
    const QString sitePackages = folder + u"/lib/python3.11/site-packages/"_s;
    const QByteArray metadata = "Metadata-Version: 2.1\nName: " + package.toUtf8() + "\nVersion: " + version.toUtf8() +
                                "\nSummary: A test distribution\n\n";
    return test::writeFile(folder + u"/pyvenv.cfg"_s, config) &&
           test::writeFile(folder + u"/bin/python"_s, "#!/bin/sh\n") &&
           test::writeFile(sitePackages + u"%1-%2.dist-info/METADATA"_s.arg(package, version), metadata) &&
           test::writeFile(sitePackages + u"%1-%2.dist-info/INSTALLER"_s.arg(package, version), "pip\n") &&
           test::writeFile(sitePackages + u"%1/__init__.py"_s.arg(package), "") &&
           test::writeFile(sitePackages + u"%1/big.bin"_s.arg(package), QByteArray(64 * 1024, 'x'));
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_root;
    QString m_pythonHome;

    QString path(const QString &name) const { return m_root + u'/' + name; }

    static QLabel *label(const MainWindow &window, const QString &name)
    {
        auto *found = window.findChild<QLabel *>(name);
        if (!found)
            qWarning("no label %s", qPrintable(name));
        return found;
    }

    static bool openAndWait(MainWindow &window, const QString &root)
    {
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openRoot(root);
        return ready.size() > 0 || ready.wait(30000);
    }

    void selectName(MainWindow &window, const QString &name)
    {
        auto *view = window.findChild<QTableView *>(u"environmentView"_s);
        const int row = window.environmentModel()->rowOfPath(path(name));
        view->setCurrentIndex(window.filterProxy()->mapFromSource(window.environmentModel()->index(row, 1)));
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_dir.filePath(u"cache"_s))); // never the user's rescan cache
        m_root = m_dir.filePath(u"venv"_s);
        // A base interpreter that exists, so that only the Juniper venv (whose home is gone) is broken.
        m_pythonHome = m_dir.filePath(u"python/bin"_s);
        QVERIFY(test::writeFile(m_pythonHome + u"/python3"_s, "#!/bin/sh\n"));
        QVERIFY(makeVenv(path(u"VCenter_Shell_Driver_4_10"_s), m_pythonHome, u"paramiko"_s, u"2.7.2"_s));
        QVERIFY(makeVenv(path(u"Cisco_IOS_Router_2_3"_s), m_pythonHome, u"paramiko"_s, u"2.11.0"_s));
        QVERIFY(
            makeVenv(path(u"Juniper_JunOS_Switch_2G_1_21"_s), m_dir.filePath(u"gone/bin"_s), u"PyYAML"_s, u"6.0"_s));
        QVERIFY(test::writeFile(path(u"stray/readme.txt"_s), "not a venv\n"));
        QVERIFY(test::makePath(m_dir.filePath(u"empty"_s)));
    }

    void listsTheEnvironmentsOfARoot()
    {
        Settings settings(m_dir.filePath(u"list.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(openAndWait(window, m_root));
        QVERIFY(!window.isScanning());

        QCOMPARE(window.windowTitle(), u"VenvDeck — %1"_s.arg(QDir::toNativeSeparators(m_root)));
        const auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
        QCOMPARE(pages->currentWidget()->objectName(), u"tablePage"_s);
        QCOMPARE(shownNames(window), (QStringList{u"Cisco_IOS_Router_2_3"_s, u"Juniper_JunOS_Switch_2G_1_21"_s,
                                                  u"VCenter_Shell_Driver_4_10"_s, u"stray"_s}));

        const EnvironmentTableModel *model = window.environmentModel();
        const auto health = [model](const QString &name) {
            const int row = model->rowOfPath(QDir::cleanPath(name));
            return row < 0 ? -1 : int(model->environmentAt(row).health);
        };
        QCOMPARE(health(path(u"VCenter_Shell_Driver_4_10"_s)), int(Health::Ok));
        QCOMPARE(health(path(u"Juniper_JunOS_Switch_2G_1_21"_s)), int(Health::Broken));
        QCOMPARE(health(path(u"stray"_s)), int(Health::NotAVenv));

        const QString summary = label(window, u"summaryLabel"_s)->text();
        QVERIFY2(summary.contains(u"4 environment"), qPrintable(summary));
        QVERIFY2(summary.contains(u"1 broken"), qPrintable(summary));
        QVERIFY2(summary.contains(u"1 not a venv"), qPrintable(summary));
        QVERIFY(!window.findChild<QWidget *>(u"scanProgress"_s)->isVisible());

        // The root is remembered among the recent ones; nothing else is changed in the settings.
        QCOMPARE(settings.value(SettingKeys::recentRoots).value(0), QDir::cleanPath(m_root));
        QVERIFY(settings.value(SettingKeys::root).isEmpty());
    }

    void aCutFlagsCellShowsAllItsFlagsInItsTooltip()
    {
        Settings settings(m_dir.filePath(u"flags.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(openAndWait(window, m_root));
        auto *view = window.findChild<QTableView *>(u"environmentView"_s);
        const int row = window.environmentModel()->rowOfPath(path(u"Juniper_JunOS_Switch_2G_1_21"_s));
        const QModelIndex flags =
            window.filterProxy()->mapFromSource(window.environmentModel()->index(row, EnvironmentTableModel::FlagsColumn));
        const QString list = flags.data().toString();
        QVERIFY2(list.startsWith(u"broken"_s), qPrintable(list));
        const QString reasons = flags.data(Qt::ToolTipRole).toString();
        QVERIFY(!reasons.isEmpty()); // why it is broken
        // What hovering the cell shows.
        const auto tooltip = [view, &flags]() -> QString {
            view->scrollTo(flags);
            const QPoint at = view->visualRect(flags).center();
            QHelpEvent event(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
            QApplication::sendEvent(view->viewport(), &event);
            const QString text = QToolTip::isVisible() ? QToolTip::text() : QString();
            QToolTip::hideText();
            return text;
        };
        // The flags column made narrow (as when the others take the room): the list, then the reasons.
        QHeaderView *header = view->horizontalHeader();
        header->setStretchLastSection(false);
        header->resizeSection(EnvironmentTableModel::FlagsColumn, view->fontMetrics().horizontalAdvance(u"broken"_s));
        QCOMPARE(tooltip(), list + u"\n\n"_s + reasons);
        // Wide enough, the cell's tooltip is the reasons alone.
        header->resizeSection(EnvironmentTableModel::FlagsColumn, 3 * view->fontMetrics().horizontalAdvance(list));
        QCOMPARE(tooltip(), reasons);
    }

    // What an admin checks: once the scan is done, the size in the status bar is what `du -sbc` says of the venvs,
    // a file hard-linked into two of them (uv's link mode, `cp -al`) counted once, not the sum of their own sizes.
    void theStatusBarTotalCountsAHardLinkedFileOnce()
    {
        const QString root = m_dir.filePath(u"hard-linked"_s);
        const QStringList venvs{root + u"/Alpha_Driver_1_1"_s, root + u"/Beta_Driver_1_1"_s};
        for (const QString &venv : venvs)
            QVERIFY(makeVenv(venv, m_pythonHome, u"paramiko"_s, u"2.7.2"_s));
        const QString shared = u"/lib/python3.11/site-packages/paramiko/shared.bin"_s;
        QVERIFY(test::writeHardLinkedFile(venvs.at(0) + shared, venvs.at(1) + shared, 3 * 1024 * 1024));
        const qint64 du = test::duTotal(venvs);
        QVERIFY(du > 3 * 1024 * 1024);

        Settings settings(m_dir.filePath(u"hard-linked.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(openAndWait(window, root));
        qint64 sum = 0;
        for (const Environment &environment : window.environmentModel()->environments())
            sum += environment.usage->apparentBytes;
        QCOMPARE(sum, du + 3 * 1024 * 1024); // each venv's own size counts the shared file
        const QString summary = label(window, u"summaryLabel"_s)->text();
        QVERIFY2(summary.contains(QLocale().formattedDataSize(du)), qPrintable(summary));
        QVERIFY2(!summary.contains(QLocale().formattedDataSize(sum)), qPrintable(summary));
    }

    void selectingARowFillsTheDetailsPane()
    {
        Settings settings(m_dir.filePath(u"details.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(openAndWait(window, m_root));

        // After a scan, the first row is selected so that the pane is never blank.
        QVERIFY(!label(window, u"pathValue"_s)->text().isEmpty());

        auto *view = window.findChild<QTableView *>(u"environmentView"_s);
        const int sourceRow = window.environmentModel()->rowOfPath(path(u"VCenter_Shell_Driver_4_10"_s));
        QVERIFY(sourceRow >= 0);
        const QModelIndex index = window.filterProxy()->mapFromSource(window.environmentModel()->index(sourceRow, 1));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(view->currentIndex().row(), index.row());

        QCOMPARE(label(window, u"detailsName"_s)->text(), u"VCenter_Shell_Driver_4_10"_s);
        QCOMPARE(label(window, u"pathValue"_s)->text().remove(QChar(0x200b)),
                 QDir::toNativeSeparators(path(u"VCenter_Shell_Driver_4_10"_s)));
        QCOMPARE(label(window, u"pythonVersionValue"_s)->text(), u"3.11.2"_s);
        QCOMPARE(label(window, u"ownerSourceValue"_s)->text(), u"inferred from the folder name"_s);
        QVERIFY(label(window, u"baseInterpreterValue"_s)->text().contains(u"(exists)"));
        auto *packages = window.findChild<QTableView *>(u"packageView"_s);
        QCOMPARE(packages->model()->rowCount(), 1);
        QCOMPARE(packages->model()->index(0, 0).data().toString(), u"paramiko"_s);
        QCOMPARE(packages->model()->index(0, 1).data().toString(), u"2.7.2"_s);

        // A broken environment says why.
        const int brokenRow = window.environmentModel()->rowOfPath(path(u"Juniper_JunOS_Switch_2G_1_21"_s));
        view->setCurrentIndex(window.filterProxy()->mapFromSource(window.environmentModel()->index(brokenRow, 1)));
        QCOMPARE(label(window, u"healthValue"_s)->text(), u"Broken"_s);
        QVERIFY(label(window, u"healthReasonsValue"_s)->isVisible());
        QVERIFY(!label(window, u"healthReasonsValue"_s)->text().isEmpty());
        QVERIFY(label(window, u"baseInterpreterValue"_s)->text().contains(u"(missing)"));
    }

    void searchAndQuickFiltersNarrowTheTable()
    {
        Settings settings(m_dir.filePath(u"filter.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(openAndWait(window, m_root));

        auto *search = window.findChild<QLineEdit *>(u"searchEdit"_s);
        QTest::keyClicks(search, u"paramiko<2.8"_s);
        QCOMPARE(shownNames(window), QStringList{u"VCenter_Shell_Driver_4_10"_s});
        // The summary follows once the filtered rows are in (one per pass of the event loop).
        QTRY_VERIFY(label(window, u"summaryLabel"_s)->text().contains(u"Showing 1 of 4"));
        search->clear();
        QCOMPARE(shownNames(window).size(), 4);

        auto *combo = window.findChild<QComboBox *>(u"quickFilterCombo"_s);
        const int broken = combo->findData(QStringList{u"broken"_s});
        QVERIFY(broken > 0);
        QCOMPARE(combo->itemText(broken), u"Broken (1)"_s);
        combo->setCurrentIndex(broken);
        emit combo->activated(broken);
        QCOMPARE(shownNames(window), QStringList{u"Juniper_JunOS_Switch_2G_1_21"_s});
        const int python = combo->findData(QStringList{u"python"_s, u"3.11"_s});
        QVERIFY(python > 0);
        combo->setCurrentIndex(python);
        emit combo->activated(python);
        QCOMPARE(shownNames(window), (QStringList{u"Cisco_IOS_Router_2_3"_s, u"Juniper_JunOS_Switch_2G_1_21"_s,
                                                  u"VCenter_Shell_Driver_4_10"_s}));
    }

    void exportWritesWhatIsShownAndSelectionDrivesTheActions()
    {
        Settings settings(m_dir.filePath(u"export.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(openAndWait(window, m_root));
        QVERIFY(window.findChild<QAction *>(u"actionExport"_s)->isEnabled());

        window.findChild<QLineEdit *>(u"searchEdit"_s)->setText(u"paramiko"_s);
        const QString csvPath = m_dir.filePath(u"shown.csv"_s);
        QCOMPARE(window.exportShown(csvPath), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // the header, two environments, and the empty rest after the last CRLF
        QVERIFY(lines.at(0).startsWith("name,path,"));
        QVERIFY(lines.at(1).startsWith("Cisco_IOS_Router_2_3,") || lines.at(2).startsWith("Cisco_IOS_Router_2_3,"));

        const QString jsonPath = m_dir.filePath(u"shown.json"_s);
        QCOMPARE(window.exportShown(jsonPath), QString());
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject object = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(object.value(u"root"_s).toString(), m_root);
        QCOMPARE(object.value(u"environments"_s).toArray().size(), 2);

        // A folder that cannot be written to gets an error naming the file; nothing is half-written.
        const QString unwritable = m_dir.filePath(u"no-such-folder/shown.csv"_s);
        QVERIFY(window.exportShown(unwritable).contains(QDir::toNativeSeparators(unwritable)));
        QVERIFY(!QFileInfo::exists(unwritable));

        // Several rows selected: Copy Path copies them all, in the order shown.
        auto *view = window.findChild<QTableView *>(u"environmentView"_s);
        view->selectAll();
        QCOMPARE(window.selectedEnvironments().size(), 2);
        window.findChild<QAction *>(u"actionCopyPath"_s)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text().split(u'\n').size(), 2);
        view->clearSelection();
        view->setCurrentIndex({});
        QVERIFY(!window.findChild<QAction *>(u"actionCopyPath"_s)->isEnabled());
    }

    void groupByOwnerShowsATreeAndKeepsTheCurrentEnvironment()
    {
        Settings settings(m_dir.filePath(u"group.ini"_s));
        {
            MainWindow window(settings);
            window.show();
            QVERIFY(openAndWait(window, m_root));
            selectName(window, u"VCenter_Shell_Driver_4_10"_s);

            window.findChild<QAction *>(u"actionGroupByOwner"_s)->trigger();
            QVERIFY(window.isGroupedByOwner());
            auto *tree = window.findChild<QTreeView *>(u"groupedView"_s);
            QVERIFY(tree->isVisible());
            QCOMPARE(tree->model()->rowCount(), 4); // one owner each
            // The environment that was current is still current, and the details pane still shows it.
            QCOMPARE(tree->currentIndex().data(EnvironmentTableModel::PathRole).toString(),
                     path(u"VCenter_Shell_Driver_4_10"_s));
            QCOMPARE(label(window, u"detailsName"_s)->text(), u"VCenter_Shell_Driver_4_10"_s);

            // An owner row is no environment: the environment actions do not apply to it.
            tree->setCurrentIndex(window.groupModel()->index(0, EnvironmentTableModel::NameColumn));
            tree->selectionModel()->select(tree->currentIndex(),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            QVERIFY(window.selectedEnvironments().isEmpty());
            QVERIFY(!window.findChild<QAction *>(u"actionCopyPath"_s)->isEnabled());

            // The search box narrows the tree as it does the table; a rescan keeps the grouping.
            window.findChild<QLineEdit *>(u"searchEdit"_s)->setText(u"paramiko"_s);
            QCOMPARE(tree->model()->rowCount(), 2);
        }
        // The choice is remembered.
        MainWindow again(settings);
        QVERIFY(again.isGroupedByOwner());
        again.setGroupedByOwner(false);
        QVERIFY(!again.isGroupedByOwner());
    }

    void staleEnvironmentsAreShownFlaggedAndUnflaggedFromTheWindow()
    {
        // Two builds of one driver: the older is superseded.
        const QString root = m_dir.filePath(u"stale-root"_s);
        QVERIFY(makeVenv(root + u"/Cisco_IOS_Switch_2G_1_7"_s, m_pythonHome, u"paramiko"_s, u"2.7.2"_s));
        QVERIFY(makeVenv(root + u"/Cisco_IOS_Switch_2G_1_9"_s, m_pythonHome, u"paramiko"_s, u"2.11.0"_s));
        Settings settings(m_dir.filePath(u"stale.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(openAndWait(window, root));
        QVERIFY(window.environmentModel()->hasCleanupStatus());
        QVERIFY2(label(window, u"summaryLabel"_s)->text().contains(u"1 stale"),
                 qPrintable(label(window, u"summaryLabel"_s)->text()));

        auto *combo = window.findChild<QComboBox *>(u"quickFilterCombo"_s);
        const int stale = combo->findData(QStringList{u"stale"_s});
        QVERIFY(stale > 0);
        combo->setCurrentIndex(stale);
        emit combo->activated(stale);
        QCOMPARE(shownNames(window), QStringList{u"Cisco_IOS_Switch_2G_1_7"_s});
        const QModelIndex first = window.filterProxy()->index(0, EnvironmentTableModel::FlagsColumn);
        QVERIFY(first.data().toString().contains(u"superseded"_s));

        // Flag it: the manifest names it, and after the rescan the window shows it pending removal.
        auto *view = window.findChild<QTableView *>(u"environmentView"_s);
        view->setCurrentIndex(window.filterProxy()->index(0, EnvironmentTableModel::NameColumn));
        QSignalSpy ready(&window, &MainWindow::ready);
        window.findChild<QAction *>(u"actionFlag"_s)->trigger();
        QVERIFY(ready.wait(30000));
        QFile manifest(root + u"/.venvdeck/pending-removals.json"_s);
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        QVERIFY(manifest.readAll().contains("Cisco_IOS_Switch_2G_1_7"));
        const int pending = combo->findData(QStringList{u"pending-removal"_s});
        combo->setCurrentIndex(pending);
        emit combo->activated(pending);
        QCOMPARE(shownNames(window), QStringList{u"Cisco_IOS_Switch_2G_1_7"_s});
        QVERIFY(label(window, u"pendingRemovalValue"_s)->text().contains(u"next restart"_s));
        QVERIFY(QFileInfo::exists(root + u"/Cisco_IOS_Switch_2G_1_7"_s)); // nothing is deleted now

        // Unflag it again.
        view->setCurrentIndex(window.filterProxy()->index(0, EnvironmentTableModel::NameColumn));
        window.findChild<QAction *>(u"actionUnflag"_s)->trigger();
        QVERIFY(ready.wait(30000));
        QVERIFY(!window.environmentModel()
                     ->index(window.environmentModel()->rowOfPath(root + u"/Cisco_IOS_Switch_2G_1_7"_s),
                             EnvironmentTableModel::FlagsColumn)
                     .data(EnvironmentTableModel::FlagsRole)
                     .toStringList()
                     .contains(u"pending-removal"_s));
    }

    void rescanKeepsTheSelection()
    {
        Settings settings(m_dir.filePath(u"rescan.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(openAndWait(window, m_root));
        auto *view = window.findChild<QTableView *>(u"environmentView"_s);
        const int sourceRow = window.environmentModel()->rowOfPath(path(u"stray"_s));
        view->setCurrentIndex(window.filterProxy()->mapFromSource(window.environmentModel()->index(sourceRow, 1)));
        QCOMPARE(label(window, u"detailsName"_s)->text(), u"stray"_s);

        QSignalSpy ready(&window, &MainWindow::ready);
        auto *rescan = window.findChild<QAction *>(u"actionRescan"_s);
        QVERIFY(rescan->isEnabled());
        QCOMPARE(rescan->shortcut(), QKeySequence(Qt::Key_F5));
        rescan->trigger();
        QVERIFY(ready.wait(30000));
        QCOMPARE(window.environmentModel()->rowCount(), 4);
        QCOMPARE(label(window, u"detailsName"_s)->text(), u"stray"_s);
        QCOMPARE(view->currentIndex().data(EnvironmentTableModel::PathRole).toString(), path(u"stray"_s));
    }

    // Opening a root again reuses what the last scan read, and says so; Rescan Everything (Shift+F5) reads and
    // measures every environment again, and so sees a file appended to in place, which the cache cannot see.
    void reopeningReusesTheLastScanAndRescanEverythingReadsAll()
    {
        const QString root = m_dir.filePath(u"reopened"_s);
        QVERIFY(test::copyTree(m_root, root));
        Settings settings(m_dir.filePath(u"reopened.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(openAndWait(window, root));
        QLabel *summary = label(window, u"summaryLabel"_s);
        const int rows = window.environmentModel()->rowCount();
        QCOMPARE(rows, 4);
        const QString reused = u"%1 unchanged since the last scan"_s.arg(rows);
        QVERIFY2(!summary->text().contains(u"unchanged"_s), qPrintable(summary->text()));

        QVERIFY(openAndWait(window, root));
        QCOMPARE(window.environmentModel()->rowCount(), rows);
        QVERIFY2(summary->text().contains(reused), qPrintable(summary->text()));

        const QString module = root + u"/Cisco_IOS_Router_2_3/lib/python3.11/site-packages/paramiko/big.bin"_s;
        const auto sizeOf = [&window](const QString &name) -> qint64 {
            for (const Environment &environment : window.environmentModel()->environments()) {
                if (environment.name == name && environment.usage)
                    return environment.usage->apparentBytes;
            }
            return -1;
        };
        const qint64 before = sizeOf(u"Cisco_IOS_Router_2_3"_s);
        QFile file(module); // appended to in place: same inode, its folder unchanged
        QVERIFY(file.open(QIODevice::Append));
        QCOMPARE(file.write(QByteArray(10000, 'y')), qint64(10000));
        file.close();

        auto *everything = window.findChild<QAction *>(u"actionRescanEverything"_s);
        QVERIFY(everything && everything->isEnabled());
        QCOMPARE(everything->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F5));
        QVERIFY(!everything->toolTip().isEmpty());
        QSignalSpy ready(&window, &MainWindow::ready);
        everything->trigger();
        QVERIFY(ready.wait(30000));
        QCOMPARE(window.environmentModel()->rowCount(), rows);
        QCOMPARE(sizeOf(u"Cisco_IOS_Router_2_3"_s), before + 10000);
        QVERIFY2(!summary->text().contains(u"unchanged"_s), qPrintable(summary->text()));

        // It kept what it read: the next opening reuses all of it again, with the new size.
        QVERIFY(openAndWait(window, root));
        QVERIFY2(summary->text().contains(reused), qPrintable(summary->text()));
        QCOMPARE(sizeOf(u"Cisco_IOS_Router_2_3"_s), before + 10000);
    }

    void missingRootOffersAnotherRootOrTheDemo()
    {
        Settings settings(m_dir.filePath(u"missing.ini"_s));
        MainWindow window(settings);
        window.show();
        const QString missing = m_dir.filePath(u"does/not/exist"_s);
        QSignalSpy ready(&window, &MainWindow::ready);
        window.openRoot(missing, u"the VENVDECK_ROOT environment variable"_s);
        QCOMPARE(ready.size(), 1);

        const auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
        QCOMPARE(pages->currentWidget()->objectName(), u"emptyPage"_s);
        QVERIFY(label(window, u"emptyTitle"_s)->text().contains(QDir::toNativeSeparators(missing)));
        QVERIFY(label(window, u"emptyTitle"_s)->text().contains(u"does not exist"));
        QVERIFY(label(window, u"emptyText"_s)->text().contains(u"VENVDECK_ROOT"));
        auto *choose = window.findChild<QPushButton *>(u"chooseRootButton"_s);
        auto *demo = window.findChild<QPushButton *>(u"demoRootButton"_s);
        QVERIFY(choose->isVisible() && choose->isEnabled());
        QVERIFY(demo->isVisible() && demo->isEnabled());
        QVERIFY(!window.findChild<QPushButton *>(u"rescanButton"_s)->isVisible());
        QVERIFY(window.windowTitle().contains(QDir::toNativeSeparators(missing)));
        QVERIFY(settings.value(SettingKeys::recentRoots).isEmpty()); // a missing root is not remembered

        // Once the folder appears, a rescan shows it.
        QVERIFY(makeVenv(missing + u"/Ansible_Driver_1_2"_s, m_pythonHome, u"ansible-core"_s, u"2.15.0"_s));
        window.findChild<QAction *>(u"actionRescan"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(window.environmentModel()->rowCount(), 1, 30000);
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"tablePage"_s);
    }

    void emptyRootSaysWhatWillAppear()
    {
        Settings settings(m_dir.filePath(u"empty.ini"_s));
        MainWindow window(settings);
        window.show();
        QVERIFY(openAndWait(window, m_dir.filePath(u"empty"_s)));
        const auto *pages = window.findChild<QStackedWidget *>(u"pages"_s);
        QCOMPARE(pages->currentWidget()->objectName(), u"emptyPage"_s);
        QVERIFY(label(window, u"emptyTitle"_s)->text().startsWith(u"No environments"));
        QVERIFY(label(window, u"emptyText"_s)->text().contains(u"driver or script"));
        QVERIFY(window.findChild<QPushButton *>(u"rescanButton"_s)->isVisible());
        QVERIFY(label(window, u"summaryLabel"_s)->text().contains(u"0 environment"));
    }

    void remembersGeometryAndColumns()
    {
        const QString ini = m_dir.filePath(u"geometry.ini"_s);
        {
            Settings settings(ini);
            MainWindow window(settings);
            window.show();
            window.resize(1111, 666);
            window.findChild<QTableView *>(u"environmentView"_s)
                ->sortByColumn(EnvironmentTableModel::SizeColumn, Qt::DescendingOrder);
            QVERIFY(window.close());
        }
        Settings settings(ini);
        QVERIFY(!settings.value(SettingKeys::windowGeometry).isEmpty());
        MainWindow window(settings);
        auto *view = window.findChild<QTableView *>(u"environmentView"_s);
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(EnvironmentTableModel::SizeColumn));
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
