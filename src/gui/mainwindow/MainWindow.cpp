#include "mainwindow/MainWindow.h"

#include "ui_mainwindow.h"

#include "about/AboutDialog.h"
#include "build/BuildDialog.h"
#include "build/Builder.h"
#include "builds/BuildQueue.h"
#include "builds/BuildsPanel.h"
#include "cleanup/CleanupDialog.h"
#include "config/Translations.h"
#include "settings/SettingsDialog.h"

#include "common/FlagsDelegate.h"
#include "common/HealthIconDelegate.h"
#include "common/Icons.h"
#include "common/SizeBarDelegate.h"
#include "config/Settings.h"
#include "model/EnvironmentCsv.h"
#include "model/EnvironmentFilterProxy.h"
#include "model/EnvironmentGroupModel.h"
#include "model/EnvironmentJson.h"
#include "model/EnvironmentSummary.h"
#include "model/EnvironmentTableModel.h"
#include "scan/Scanner.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QSaveFile>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

constexpr int maxProblemsInToolTip = 20;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString problemLines(const Problems &problems, int limit)
{
    QStringList lines;
    for (const Problem &problem : problems) {
        if (lines.size() == limit) {
            lines.append(MainWindow::tr("… and %n more", nullptr, int(problems.size()) - limit));
            break;
        }
        lines.append(MainWindow::tr("%1: %2").arg(nativePath(problem.path), problem.message));
    }
    return lines.join(u'\n');
}

} // namespace

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_settings(settings)
{
    m_ui->setupUi(this);
    setWindowIcon(icons::application());

    Builder::setMaxConcurrentBuilds(m_settings.value(SettingKeys::maxConcurrentBuilds)); // 0: the number of cores
    m_scanner = new Scanner(this);
    m_model = new EnvironmentTableModel(this);
    m_proxy = new EnvironmentFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_groups = new EnvironmentGroupModel(this);
    m_groups->setActive(false); // until the grouped view is shown (setGroupedByOwner)
    m_groups->setSourceModel(m_proxy);

    setUpActions();
    setUpTable();
    setUpStatusBar();
    setUpIndex();
    setUpBuildsPanel();
    populateQuickFilters();

    connect(m_scanner, &Scanner::started, this, &MainWindow::onScanStarted);
    connect(m_scanner, &Scanner::progress, this, &MainWindow::onScanProgress);
    connect(m_scanner, &Scanner::environmentsScanned, this, &MainWindow::onEnvironmentsScanned);
    connect(m_scanner, &Scanner::finished, this, &MainWindow::onScanFinished);
    connect(&m_demoWatcher, &QFutureWatcher<DemoRootResult>::finished, this, &MainWindow::onDemoRootCreated);
    connect(&m_cleanupWatcher, &QFutureWatcher<CleanupView>::finished, this, &MainWindow::onCleanupChecked);
    connect(&m_removeWatcher, &QFutureWatcher<ApplyReport>::finished, this, &MainWindow::onRemovedNow);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &EnvironmentFilterProxy::setSearchText);
    connect(m_ui->quickFilterCombo, &QComboBox::activated, this, &MainWindow::applyQuickFilter);
    connect(m_ui->chooseRootButton, &QPushButton::clicked, this, &MainWindow::chooseRoot);
    connect(m_ui->demoRootButton, &QPushButton::clicked, this, &MainWindow::openDemoRoot);
    connect(m_ui->rescanButton, &QPushButton::clicked, this, &MainWindow::rescan);

    QFont titleFont = m_ui->emptyTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_ui->emptyTitle->setFont(titleFont);

    restoreState();
    updateTitle();
    updateSummary();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The demo root's worker reports to this window: let it stop before the window goes.
    m_demoCancel = true;
    m_demoWatcher.waitForFinished();
    m_scanner->cancel();
}

void MainWindow::setUpActions()
{
    m_ui->actionOpenRoot->setShortcut(QKeySequence::Open);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionOpenRoot->setIcon(QIcon::fromTheme(u"document-open"_s, style()->standardIcon(QStyle::SP_DirOpenIcon)));
    m_ui->actionRescan->setIcon(QIcon::fromTheme(u"view-refresh"_s, style()->standardIcon(QStyle::SP_BrowserReload)));
    m_ui->actionCancelScan->setIcon(QIcon::fromTheme(u"process-stop"_s, style()->standardIcon(QStyle::SP_BrowserStop)));
    m_ui->actionOpenDemoRoot->setIcon(icons::application());
    m_ui->actionQuit->setIcon(QIcon::fromTheme(u"application-exit"_s));
    m_ui->actionAbout->setIcon(icons::application());

    connect(m_ui->actionOpenRoot, &QAction::triggered, this, &MainWindow::chooseRoot);
    connect(m_ui->actionOpenDemoRoot, &QAction::triggered, this, &MainWindow::openDemoRoot);
    connect(m_ui->actionQuit, &QAction::triggered, this, &MainWindow::close);
    connect(m_ui->actionRescan, &QAction::triggered, this, &MainWindow::rescan);
    connect(m_ui->actionRescanEverything, &QAction::triggered, this, &MainWindow::rescanEverything);
    connect(m_ui->actionCancelScan, &QAction::triggered, this, &MainWindow::cancel);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::openAboutDialog);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettingsDialog);
    connect(m_ui->actionCleanup, &QAction::triggered, this, &MainWindow::openCleanupDialog);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::chooseExportFile);
    connect(m_ui->actionOpenFolder, &QAction::triggered, this, &MainWindow::openCurrentFolder);
    connect(m_ui->actionCopyPath, &QAction::triggered, this, &MainWindow::copySelectedPaths);
    connect(m_ui->actionFlag, &QAction::triggered, this, &MainWindow::flagSelected);
    connect(m_ui->actionUnflag, &QAction::triggered, this, &MainWindow::unflagSelected);
    connect(m_ui->actionPin, &QAction::triggered, this, [this] { setSelectedPinned(true); });
    connect(m_ui->actionUnpin, &QAction::triggered, this, [this] { setSelectedPinned(false); });
    connect(m_ui->actionRemoveNow, &QAction::triggered, this, &MainWindow::removeSelectedNow);
    connect(m_ui->actionBuild, &QAction::triggered, this, &MainWindow::openBuildDialog);
    connect(m_ui->actionRefresh, &QAction::triggered, this, [this] { buildSelected(BuildMode::Refresh); });
    connect(m_ui->actionRebuild, &QAction::triggered, this, [this] { buildSelected(BuildMode::Rebuild); });
    m_ui->actionBuild->setIcon(QIcon::fromTheme(u"document-new"_s, style()->standardIcon(QStyle::SP_FileDialogNewFolder)));
    m_ui->actionRefresh->setIcon(QIcon::fromTheme(u"view-refresh"_s, style()->standardIcon(QStyle::SP_BrowserReload)));
    m_ui->actionFlag->setIcon(QIcon::fromTheme(u"user-trash"_s, style()->standardIcon(QStyle::SP_TrashIcon)));
    m_ui->actionCleanup->setIcon(QIcon::fromTheme(u"edit-clear"_s, style()->standardIcon(QStyle::SP_TrashIcon)));
    m_ui->actionSettings->setIcon(QIcon::fromTheme(u"preferences-system"_s));
    m_ui->actionRemoveNow->setIcon(QIcon::fromTheme(u"edit-delete"_s, style()->standardIcon(QStyle::SP_DialogDiscardButton)));
    m_ui->actionExport->setIcon(QIcon::fromTheme(u"document-save-as"_s, style()->standardIcon(QStyle::SP_DialogSaveButton)));
    m_ui->actionOpenFolder->setIcon(QIcon::fromTheme(u"folder-open"_s, style()->standardIcon(QStyle::SP_DirOpenIcon)));
    m_ui->actionCopyPath->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        showTable();
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, &MainWindow::populateRecentMenu);
    populateRecentMenu(); // so the submenu is never an empty stub, even before it is first opened
}

void MainWindow::setUpTable()
{
    QTableView *view = m_ui->environmentView;
    view->setModel(m_proxy);
    view->setItemDelegateForColumn(EnvironmentTableModel::StatusColumn, new HealthIconDelegate(view));
    view->setItemDelegateForColumn(EnvironmentTableModel::SizeColumn, new SizeBarDelegate(view));
    // The flags keep their first words when cut, and a cut cell shows them all in its tooltip (flat and grouped).
    for (QAbstractItemView *flagged : std::initializer_list<QAbstractItemView *>{view, m_ui->groupedView})
        flagged->setItemDelegateForColumn(EnvironmentTableModel::FlagsColumn, new FlagsDelegate(flagged));
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);

    QHeaderView *header = view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setMinimumSectionSize(24);
    header->setSectionResizeMode(EnvironmentTableModel::StatusColumn, QHeaderView::Fixed);
    header->resizeSection(EnvironmentTableModel::StatusColumn, 28);
    const QFontMetrics metrics = view->fontMetrics();
    const auto chars = [&metrics](int count) { return metrics.horizontalAdvance(u'M') * count / 2 + 16; };
    // At the default size (1280 wide) the flags column, last and stretched, gets what is left: the others are as
    // wide as their usual text, so that "superseded, refresh due, stale, demo" fits.
    header->resizeSection(EnvironmentTableModel::NameColumn, chars(42));
    header->resizeSection(EnvironmentTableModel::OwnerColumn, chars(32));
    header->resizeSection(EnvironmentTableModel::OwnerVersionColumn, chars(10));
    header->resizeSection(EnvironmentTableModel::PythonColumn, chars(21));
    header->resizeSection(EnvironmentTableModel::PackagesColumn, chars(11));
    header->resizeSection(EnvironmentTableModel::SizeColumn, chars(24));
    header->resizeSection(EnvironmentTableModel::LastUsedColumn, chars(21));
    view->sortByColumn(EnvironmentTableModel::NameColumn, Qt::AscendingOrder);

    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    connect(header, &QHeaderView::sectionResized, this, &MainWindow::copyColumnWidthToTree);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::onCurrentRowChanged);
    // A batch of rows reaches the sorted proxy as one rowsInserted per run of adjacent rows, dozens per batch, and
    // each summary reads every environment: the summary follows once the batch is in (the 2,000-venv benchmark).
    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(0);
    connect(m_summaryTimer, &QTimer::timeout, this, &MainWindow::updateSummary);
    const auto scheduleSummary = [this] { m_summaryTimer->start(); };
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, scheduleSummary);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, scheduleSummary);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, scheduleSummary);

    QTreeView *tree = m_ui->groupedView;
    tree->setModel(m_groups);
    tree->setTreePosition(EnvironmentTableModel::NameColumn); // the arrows next to the names, not the icons
    tree->setItemDelegateForColumn(EnvironmentTableModel::StatusColumn, new HealthIconDelegate(tree));
    tree->setItemDelegateForColumn(EnvironmentTableModel::SizeColumn, new SizeBarDelegate(tree));
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    tree->header()->setSectionsMovable(false);
    connect(tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTableMenu);
    // Regrouping resets the tree: keep what was current, and show every group open.
    connect(m_groups, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (isGroupedByOwner())
            m_pathBeforeRegroup = m_ui->groupedView->currentIndex().data(EnvironmentTableModel::PathRole).toString();
    });
    connect(m_groups, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->groupedView->expandAll();
        if (isGroupedByOwner() && !m_pathBeforeRegroup.isEmpty())
            selectPath(m_pathBeforeRegroup);
    });
    connect(m_ui->actionGroupByOwner, &QAction::toggled, this, &MainWindow::setGroupedByOwner);

    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({420, 300});
}

void MainWindow::setUpStatusBar()
{
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(u"progressLabel"_s);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(u"scanProgress"_s);
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setTextVisible(true);
    m_progressBar->setFormat(u"%v / %m"_s);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setObjectName(u"cancelScanButton"_s);
    m_cancelButton->setDefaultAction(m_ui->actionCancelScan);
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelButton->setAutoRaise(true);
    statusBar()->addWidget(m_summaryLabel, 1);
    statusBar()->addPermanentWidget(m_progressLabel);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings.value(SettingKeys::windowGeometry);
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        if (const QScreen *screen = this->screen()) {
            const QRect available = screen->availableGeometry();
            resize(std::min(1280, available.width() * 9 / 10), std::min(780, available.height() * 9 / 10));
        }
    }
    QMainWindow::restoreState(m_settings.value(SettingKeys::windowState));
    QHeaderView *header = m_ui->environmentView->horizontalHeader();
    if (header->restoreState(m_settings.value(SettingKeys::tableHeaderState)))
        m_ui->environmentView->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    for (int section = 0; section < header->count(); ++section)
        copyColumnWidthToTree(section, 0, header->sectionSize(section));
    m_ui->splitter->restoreState(m_settings.value(SettingKeys::splitterState));
    m_ui->actionGroupByOwner->setChecked(m_settings.value(SettingKeys::groupByOwner));
}

void MainWindow::saveState()
{
    m_settings.setValue(SettingKeys::windowGeometry, saveGeometry());
    m_settings.setValue(SettingKeys::windowState, QMainWindow::saveState());
    m_settings.setValue(SettingKeys::tableHeaderState, m_ui->environmentView->horizontalHeader()->saveState());
    m_settings.setValue(SettingKeys::splitterState, m_ui->splitter->saveState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (const int running = m_buildQueue->runningCount(); running > 0 &&
        QMessageBox::question(this, tr("Builds Are Running"),
                              tr("%n build(s) are still running. Quit and cancel them? A cancelled build leaves "
                                 "nothing under its name.",
                                 nullptr, running),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    // The .ui's texts (menus, actions, labels), then every text set in code: they are all set in these methods.
    m_ui->retranslateUi(this);
    updateTitle();
    populateQuickFilters();
    updateSummary();
    showIndexHealth(m_index->health());
    updateActions();
    updateBuildsButton();
    m_buildsDock->setWindowTitle(tr("Builds"));
    // The models translate their headers and cells as they are asked: ask again.
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    m_ui->environmentView->viewport()->update();
    m_ui->groupedView->viewport()->update();
    if (m_ui->pages->currentWidget() == m_ui->emptyPage)
        rescan(); // the empty state's texts are composed in showEmptyState(); the root is read again
}

// --- roots -----------------------------------------------------------------------------------------------------

void MainWindow::openRoot(const QString &root, const QString &origin)
{
    cancel();
    m_root = QDir::cleanPath(QFileInfo(root).absoluteFilePath());
    m_rootOrigin = origin;
    m_pathToSelect.clear();
    cancelUpdateCheck();
    m_model->clearUpdateStatus(); // another root: what was checked is not about it
    m_ui->searchEdit->clear();
    m_ui->quickFilterCombo->setCurrentIndex(0);
    applyQuickFilter();
    rescan();
}

void MainWindow::rescan()
{
    if (m_root.isEmpty() || isCreatingDemoRoot())
        return;
    if (const QModelIndex current = activeView()->currentIndex(); current.isValid())
        m_pathToSelect = current.data(EnvironmentTableModel::PathRole).toString();
    ++m_scanGeneration;
    m_cleanupProblems.clear();
    m_model->clear();
    m_model->setDemoRoot(isDemoRoot(m_root));
    m_lastErrors.clear();
    m_scanTotal.reset();
    m_scanFromCache = 0;
    m_scanned = false;
    updateTitle();

    const QFileInfo info(m_root);
    if (!info.exists()) {
        m_scanner->cancel();
        showEmptyState(EmptyState::Missing);
        updateSummary();
        updateActions();
        emit ready();
        return;
    }
    if (!info.isDir()) {
        m_scanner->cancel();
        showEmptyState(EmptyState::NotAFolder);
        updateSummary();
        updateActions();
        emit ready();
        return;
    }
    m_settings.addRecentRoot(m_root);
    showTable();
    startScan();
}

void MainWindow::rescanEverything()
{
    m_rescanEverything = true;
    rescan();
    m_rescanEverything = false;
}

void MainWindow::chooseRoot()
{
    QString start = m_root;
    while (!start.isEmpty() && !QFileInfo(start).isDir() && QFileInfo(start).dir().path() != start)
        start = QFileInfo(start).dir().path();
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Open Root"), start.isEmpty() ? QDir::homePath() : start);
    if (chosen.isEmpty())
        return;
    m_settings.setValue(SettingKeys::root, QDir::cleanPath(chosen));
    openRoot(chosen);
}

void MainWindow::populateRecentMenu()
{
    QMenu *menu = m_ui->menuRecent;
    menu->clear();
    const QStringList recent = m_settings.value(SettingKeys::recentRoots);
    for (const QString &root : recent) {
        QString text = nativePath(root);
        text.replace(u'&', u"&&"_s);
        if (isDemoRoot(root))
            text = tr("%1 (demo)").arg(text);
        QAction *action = menu->addAction(text);
        connect(action, &QAction::triggered, this, [this, root] {
            if (!isDemoRoot(root))
                m_settings.setValue(SettingKeys::root, root);
            openRoot(root);
        });
    }
    if (recent.isEmpty()) {
        menu->addAction(tr("No recent roots"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    connect(menu->addAction(tr("&Clear Menu")), &QAction::triggered, this,
            [this] { m_settings.setValue(SettingKeys::recentRoots, QStringList()); });
}

void MainWindow::openDemoRoot()
{
    if (isCreatingDemoRoot())
        return;
    m_scanner->cancel();
    const QString root = defaultDemoRoot();
    m_demoCancel = false;
    m_progressLabel->setText(tr("Preparing the demo root in %1…").arg(nativePath(root)));
    m_progressBar->setRange(0, 0);
    m_progressBar->setTextVisible(false);
    m_demoWatcher.setFuture(QtConcurrent::run([this, root] {
        const auto progress = [this](const QString &message) {
            // Called on the worker thread; the destructor waits for the worker, so `this` is alive here.
            QMetaObject::invokeMethod(
                this, [this, message] { m_progressLabel->setText(message); }, Qt::QueuedConnection);
        };
        return createDemoRoot(root, progress, &m_demoCancel);
    }));
    updateActions();
}

void MainWindow::onDemoRootCreated()
{
    const DemoRootResult result = m_demoWatcher.result();
    m_progressBar->setTextVisible(true);
    updateActions();
    if (result.ok()) {
        if (!result.notes.isEmpty())
            statusBar()->showMessage(result.notes.join(u' '), 15000);
        openRoot(result.root);
        return;
    }
    m_root = QDir::cleanPath(result.root.isEmpty() ? defaultDemoRoot() : result.root);
    m_model->clear();
    updateTitle();
    showEmptyState(EmptyState::DemoFailed, problemLines(result.problems, 8));
    updateSummary();
    emit ready();
}

void MainWindow::cancel()
{
    if (isCreatingDemoRoot())
        m_demoCancel = true;
    if (isScanning())
        m_scanner->cancel();
}

// --- scanning --------------------------------------------------------------------------------------------------

bool MainWindow::isScanning() const
{
    return m_scanner->isRunning();
}

void MainWindow::startScan()
{
    ScanOptions options;
    options.root = m_root;
    options.logsRoot = m_settings.value(SettingKeys::logsRoot);
    // What did not change since the last scan (the window's or venvdeck-cli's) is reused; Rescan Everything reads
    // and measures every venv, and keeps that for the next scan.
    options.useCache = true;
    options.readEverything = m_rescanEverything;
    m_progressLabel->setText(tr("Scanning…"));
    m_progressBar->setRange(0, 0);
    m_scanner->start(options);
    updateActions();
}

void MainWindow::onScanStarted(const QString &root, int total)
{
    m_progressLabel->setText(tr("Scanning %1…").arg(nativePath(root)));
    m_progressBar->setRange(0, std::max(total, 0));
    m_progressBar->setValue(0);
    updateActions();
}

void MainWindow::onScanProgress(int done, int total)
{
    if (m_progressBar->maximum() != total)
        m_progressBar->setRange(0, std::max(total, 0));
    m_progressBar->setValue(done);
}

void MainWindow::onEnvironmentsScanned(const Environments &batch)
{
    m_model->appendEnvironments(batch);
    if (!m_pathToSelect.isEmpty() && !activeView()->currentIndex().isValid())
        selectPath(m_pathToSelect);
}

void MainWindow::onScanFinished(const ScanResult &result)
{
    if (QDir::cleanPath(result.root) != m_root && !result.root.isEmpty()) {
        updateActions(); // a scan of a root we have left
        return;
    }
    m_scanned = true;
    m_lastErrors = result.errors;
    m_scanTotal = result.total;
    m_scanFromCache = result.fromCache;
    m_lastScanCancelled = result.cancelled;
    // Batches and the final result describe the same environments; should the scanner have handed over fewer
    // rows than it found, the result wins.
    if (!result.cancelled && result.environments.size() != m_model->rowCount())
        m_model->setEnvironments(result.environments);
    populateQuickFilters();
    updateActions();

    if (m_model->rowCount() == 0) {
        const bool rootUnreadable = std::any_of(result.errors.cbegin(), result.errors.cend(),
                                                [this](const Problem &p) { return QDir::cleanPath(p.path) == m_root; });
        if (rootUnreadable)
            showEmptyState(EmptyState::Unreadable, problemLines(result.errors, 8));
        else if (!result.cancelled)
            showEmptyState(EmptyState::Empty);
    } else {
        showTable();
        if (!activeView()->currentIndex().isValid()) {
            if (!m_pathToSelect.isEmpty())
                selectPath(m_pathToSelect);
            if (!activeView()->currentIndex().isValid())
                selectFirstRow();
        }
    }
    m_pathToSelect.clear();
    if (result.cancelled)
        statusBar()->showMessage(tr("Scan cancelled: the table shows what was read so far."), 10000);
    updateSummary();
    if (!result.cancelled && m_model->rowCount() > 0)
        startCleanupCheck(result); // ready() once staleness, pins and processes are known
    else
        emit ready();
}

void MainWindow::selectPath(const QString &path)
{
    const int row = m_model->rowOfPath(path);
    if (row < 0)
        return;
    const QModelIndex index = fromModelIndex(m_model->index(row, EnvironmentTableModel::NameColumn));
    if (index.isValid()) {
        activeView()->setCurrentIndex(index);
        activeView()->scrollTo(index);
    }
}

void MainWindow::selectFirstRow()
{
    QModelIndex first = activeView()->model()->index(0, EnvironmentTableModel::NameColumn);
    if (isGroupedByOwner())
        first = m_groups->index(0, EnvironmentTableModel::NameColumn, m_groups->index(0, 0));
    if (first.isValid())
        activeView()->setCurrentIndex(first);
}

void MainWindow::copyColumnWidthToTree(int section, int, int width)
{
    // The tree indents the name column (its tree position) two levels deep: give the names that room.
    const int extra = section == EnvironmentTableModel::NameColumn ? 2 * m_ui->groupedView->indentation() : 0;
    m_ui->groupedView->header()->resizeSection(section, width + extra);
}

QAbstractItemView *MainWindow::activeView() const
{
    return isGroupedByOwner() ? static_cast<QAbstractItemView *>(m_ui->groupedView) : m_ui->environmentView;
}

QModelIndex MainWindow::toModelIndex(const QModelIndex &viewIndex) const
{
    const QModelIndex proxyIndex = viewIndex.model() == m_groups ? m_groups->mapToSource(viewIndex) : viewIndex;
    return m_proxy->mapToSource(proxyIndex);
}

QModelIndex MainWindow::fromModelIndex(const QModelIndex &modelIndex) const
{
    const QModelIndex proxyIndex = m_proxy->mapFromSource(modelIndex);
    return isGroupedByOwner() ? m_groups->mapFromSource(proxyIndex) : proxyIndex;
}

bool MainWindow::isGroupedByOwner() const
{
    return m_ui->viewStack->currentWidget() == m_ui->groupedPage;
}

void MainWindow::setGroupedByOwner(bool grouped)
{
    if (grouped == isGroupedByOwner())
        return;
    const QString path = activeView()->currentIndex().data(EnvironmentTableModel::PathRole).toString();
    m_groups->setActive(grouped); // hidden, the tree follows no change (a scan's batches would rebuild it)
    m_ui->viewStack->setCurrentWidget(grouped ? m_ui->groupedPage : m_ui->flatPage);
    m_ui->actionGroupByOwner->setChecked(grouped);
    m_settings.setValue(SettingKeys::groupByOwner, grouped);
    if (!path.isEmpty())
        selectPath(path);
    onCurrentRowChanged();
}

void MainWindow::onCurrentRowChanged()
{
    updateActions();
    const QModelIndex current = toModelIndex(activeView()->currentIndex());
    if (!current.isValid()) {
        m_ui->detailsWidget->clear();
        return;
    }
    const Environment &environment = m_model->environmentAt(current.row());
    m_ui->detailsWidget->setEnvironment(environment);
    static const CleanupStatus nothingApplies;
    const CleanupStatus *status = m_model->cleanupStatusOf(environment);
    m_ui->detailsWidget->setCleanupStatus(status ? status : m_model->hasCleanupStatus() ? &nothingApplies : nullptr);
    m_ui->detailsWidget->setUpdateStatus(m_model->updateStatusOf(environment));
}

// --- what the window shows -------------------------------------------------------------------------------------

void MainWindow::populateQuickFilters()
{
    QComboBox *combo = m_ui->quickFilterCombo;
    const QVariant previous = combo->currentData();
    const EnvironmentSummary summary = summarize(m_model->environments(), &m_model->cleanupStatus());
    combo->clear();
    combo->addItem(tr("All environments"), QStringList{u"all"_s});
    if (m_model->hasCleanupStatus()) {
        combo->addItem(tr("Stale (%1)").arg(summary.proposed), QStringList{u"stale"_s});
        combo->addItem(tr("Pending removal (%1)").arg(summary.pendingRemoval), QStringList{u"pending-removal"_s});
        combo->addItem(tr("In use (%1)").arg(summary.inUse), QStringList{u"in-use"_s});
    }
    if (m_model->hasUpdateStatus())
        combo->addItem(tr("Updates available (%1)").arg(m_model->environmentsWithUpdates()), QStringList{u"updates"_s});
    combo->addItem(tr("Broken (%1)").arg(summary.broken), QStringList{u"broken"_s});
    combo->addItem(tr("Not a venv (%1)").arg(summary.notAVenv), QStringList{u"not-a-venv"_s});
    for (const QString &python : pythonMajorMinors(m_model->environments()))
        combo->addItem(tr("Python %1").arg(python), QStringList{u"python"_s, python});
    const int index = combo->findData(previous);
    combo->setCurrentIndex(index >= 0 ? index : 0);
    if (index < 0)
        applyQuickFilter();
}

void MainWindow::applyQuickFilter()
{
    const QStringList filter = m_ui->quickFilterCombo->currentData().toStringList();
    const QString kind = filter.value(0);
    if (kind == u"broken")
        m_proxy->setQuickFilter(EnvironmentFilterProxy::QuickFilter::Broken);
    else if (kind == u"not-a-venv")
        m_proxy->setQuickFilter(EnvironmentFilterProxy::QuickFilter::NotAVenv);
    else if (kind == u"python")
        m_proxy->setQuickFilter(EnvironmentFilterProxy::QuickFilter::Python, filter.value(1));
    else if (kind == u"stale")
        m_proxy->setQuickFilter(EnvironmentFilterProxy::QuickFilter::Stale);
    else if (kind == u"pending-removal")
        m_proxy->setQuickFilter(EnvironmentFilterProxy::QuickFilter::PendingRemoval);
    else if (kind == u"in-use")
        m_proxy->setQuickFilter(EnvironmentFilterProxy::QuickFilter::InUse);
    else if (kind == u"updates")
        m_proxy->setQuickFilter(EnvironmentFilterProxy::QuickFilter::UpdatesAvailable);
    else
        m_proxy->setQuickFilter(EnvironmentFilterProxy::QuickFilter::All);
}

void MainWindow::updateTitle()
{
    if (m_root.isEmpty())
        setWindowTitle(tr("VenvDeck"));
    else if (isDemoRoot(m_root))
        setWindowTitle(tr("VenvDeck — %1 (demo)").arg(nativePath(m_root)));
    else
        setWindowTitle(tr("VenvDeck — %1").arg(nativePath(m_root)));
}

void MainWindow::updateSummary()
{
    const EnvironmentSummary summary = summarize(m_model->environments(), &m_model->cleanupStatus());
    QStringList parts;
    const int shown = m_proxy->rowCount();
    if (shown != summary.count)
        parts.append(tr("Showing %1 of %n environment(s)", nullptr, summary.count).arg(shown));
    else
        parts.append(tr("%n environment(s)", nullptr, summary.count));
    // While rows arrive, the sum of their sizes; once the scan is done, its total, which counts a file hard-linked
    // into several venvs once (as `du -sbc` over them does).
    if (summary.sizesKnown) {
        const qint64 bytes = m_scanTotal ? m_scanTotal->apparentBytes : summary.totalApparentBytes;
        parts.append(QLocale().formattedDataSize(bytes));
    }
    if (m_scanned && m_scanFromCache > 0)
        parts.append(tr("%n unchanged since the last scan", nullptr, m_scanFromCache));
    if (summary.count > 0 || summary.broken > 0)
        parts.append(tr("%n broken", nullptr, summary.broken));
    if (summary.notAVenv > 0)
        parts.append(tr("%n not a venv", nullptr, summary.notAVenv));
    if (m_model->hasCleanupStatus()) {
        parts.append(summary.proposed == 0 ? tr("nothing stale")
                                           : tr("%n stale (%1 reclaimable)", nullptr, summary.proposed)
                                                 .arg(QLocale().formattedDataSize(summary.reclaimableBytes)));
        if (summary.pendingRemoval > 0)
            parts.append(tr("%n pending removal", nullptr, summary.pendingRemoval));
        if (summary.inUse > 0)
            parts.append(tr("%n in use", nullptr, summary.inUse));
    } else if (isCheckingCleanup()) {
        parts.append(tr("checking staleness and processes…"));
    }
    if (!m_lastErrors.isEmpty())
        parts.append(tr("%n problem(s) while scanning", nullptr, int(m_lastErrors.size())));
    if (m_model->isDemoRoot())
        parts.append(tr("demo root"));
    m_summaryLabel->setText(parts.join(u"  \u00b7  "_s));
    m_summaryLabel->setToolTip(m_lastErrors.isEmpty() ? QString() : problemLines(m_lastErrors, maxProblemsInToolTip));
}

void MainWindow::updateActions()
{
    const bool demoBusy = isCreatingDemoRoot();
    const bool busy = demoBusy || isScanning();
    m_ui->actionCancelScan->setEnabled(busy);
    m_ui->actionCancelScan->setText(demoBusy ? tr("&Cancel") : tr("&Cancel Scan"));
    m_ui->actionRescan->setEnabled(!m_root.isEmpty() && !demoBusy);
    m_ui->actionRescanEverything->setEnabled(m_ui->actionRescan->isEnabled());
    m_ui->actionOpenDemoRoot->setEnabled(!demoBusy);
    m_ui->actionOpenRoot->setEnabled(!demoBusy);
    m_ui->menuRecent->setEnabled(!demoBusy);
    m_ui->demoRootButton->setEnabled(!demoBusy);
    m_ui->chooseRootButton->setEnabled(!demoBusy);
    m_ui->rescanButton->setEnabled(!demoBusy && !m_root.isEmpty());
    // Counted, not copied: this runs on every change of the selection.
    const qsizetype selectedCount = selectedModelRows().size();
    const bool hasSelection = selectedCount > 0;
    m_ui->actionOpenFolder->setEnabled(hasSelection);
    m_ui->actionBuild->setEnabled(!m_root.isEmpty() && !demoBusy);
    const bool oneSelected = selectedCount == 1;
    m_ui->actionRefresh->setEnabled(oneSelected && !busy);
    m_ui->actionRebuild->setEnabled(oneSelected && !busy);
    m_ui->actionCopyPath->setEnabled(hasSelection);
    const bool canChange = hasSelection && !busy && !isRemoving();
    for (QAction *action : {m_ui->actionFlag, m_ui->actionUnflag, m_ui->actionPin, m_ui->actionUnpin,
                            m_ui->actionRemoveNow})
        action->setEnabled(canChange);
    m_ui->actionCleanup->setEnabled(!busy && !isRemoving() && m_model->hasCleanupStatus());
    m_ui->actionExport->setEnabled(m_proxy->rowCount() > 0);
    updateIndexActions(busy);
    m_progressLabel->setVisible(busy);
    m_progressBar->setVisible(busy);
    m_cancelButton->setVisible(busy);
}

void MainWindow::showTable()
{
    m_ui->pages->setCurrentWidget(m_ui->tablePage);
}

void MainWindow::showEmptyState(EmptyState state, const QString &detail)
{
    const QString root = nativePath(m_root);
    QString title;
    QString text;
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    bool offerRescan = false;
    const QString why =
        m_rootOrigin.isEmpty() ? QString() : tr("VenvDeck looked there because of %1.").arg(m_rootOrigin);
    switch (state) {
    case EmptyState::Missing:
        title = tr("The venv root %1 does not exist").arg(root);
        text = tr("VenvDeck shows the Python virtual environments a CloudShell execution server keeps in one folder, "
                  "one folder per driver or script version. %1\n\nChoose the folder where this server keeps them, "
                  "or open a demo root of real environments to look around.")
                   .arg(why);
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case EmptyState::NotAFolder:
        title = tr("%1 is a file, not a folder").arg(root);
        text = tr("The venv root must be a folder that holds one folder per environment. %1\n\nChoose another root, "
                  "or open a demo root of real environments to look around.")
                   .arg(why);
        pixmap = QStyle::SP_MessageBoxWarning;
        break;
    case EmptyState::Empty:
        title = tr("No environments in %1 yet").arg(root);
        text = tr("When the execution server first runs a Python shell driver or script, it creates a virtual "
                  "environment for it in this folder: one folder per driver or script version and Python version. "
                  "They will appear here. Press F5 to read the folder again.");
        offerRescan = true;
        break;
    case EmptyState::Unreadable:
        title = tr("%1 cannot be read").arg(root);
        text = detail + u"\n\n"_s + tr("Check the folder's permissions, or choose another root.");
        pixmap = QStyle::SP_MessageBoxCritical;
        offerRescan = true;
        break;
    case EmptyState::DemoFailed:
        title = tr("The demo root could not be made");
        text = detail;
        pixmap = QStyle::SP_MessageBoxCritical;
        break;
    }
    m_ui->emptyIcon->setPixmap(style()->standardIcon(pixmap).pixmap(64, 64));
    m_ui->emptyTitle->setText(title);
    m_ui->emptyText->setText(text.trimmed());
    // A word-wrapped label centred in a box layout is not asked for its height for the width it gets.
    for (QLabel *label : {m_ui->emptyTitle, m_ui->emptyText})
        label->setMinimumHeight(label->heightForWidth(label->maximumWidth()));
    m_ui->rescanButton->setVisible(offerRescan);
    m_ui->detailsWidget->clear();
    m_ui->pages->setCurrentWidget(m_ui->emptyPage);
}

BuildDialog *MainWindow::openBuildDialog()
{
    auto *dialog = new BuildDialog(m_root, m_buildDefaults, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(false);
    dialog->setBuildQueue(m_buildQueue); // a build that succeeds rescans the root, whether the dialog is open or not
    dialog->show();
    return dialog;
}

void MainWindow::buildSelected(BuildMode mode)
{
    const Environments selected = selectedEnvironments();
    if (selected.size() != 1)
        return;
    if (mode == BuildMode::Rebuild &&
        QMessageBox::question(this, tr("Rebuild %1").arg(selected.first().name),
                              tr("Build %1 afresh from the requirements VenvDeck kept and swap it in? The old "
                                 "environment is kept aside while it may be in use.")
                                  .arg(selected.first().name)) != QMessageBox::Yes)
        return;
    openBuildDialog()->startExisting(selected.first(), mode);
}

QList<QModelIndex> MainWindow::selectedModelRows() const
{
    // Owner rows of the grouped view stand for no environment: acting on one never reaches its members.
    const QAbstractItemView *view = activeView();
    QModelIndexList rows = view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() && view->currentIndex().isValid())
        rows.append(view->currentIndex());
    QList<QModelIndex> modelRows;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const QModelIndex modelIndex = toModelIndex(index); modelIndex.isValid())
            modelRows.append(modelIndex);
    }
    return modelRows;
}

Environments MainWindow::selectedEnvironments() const
{
    QList<QModelIndex> modelRows = selectedModelRows();
    // In the order shown: the flat table's order (the grouped view maps onto the same proxy).
    std::sort(modelRows.begin(), modelRows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return m_proxy->mapFromSource(a).row() < m_proxy->mapFromSource(b).row();
    });
    Environments environments;
    for (const QModelIndex &index : std::as_const(modelRows))
        environments.append(m_model->environmentAt(index.row()));
    return environments;
}

QString MainWindow::exportShown(const QString &fileName) const
{
    ScanResult shown;
    shown.root = m_root;
    shown.scannedAt = QDateTime::currentDateTimeUtc();
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.environments.append(m_model->environmentAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    const QByteArray content = fileName.endsWith(u".json"_s, Qt::CaseInsensitive)
                                   ? QJsonDocument(scanResultToJson(shown)).toJson(QJsonDocument::Indented)
                                   : environmentsToCsv(shown.environments).toUtf8();
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(fileName), file.errorString());
    return {};
}

void MainWindow::chooseExportFile()
{
    QString selectedFilter;
    const QString csvFilter = tr("CSV (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    QString fileName = QFileDialog::getSaveFileName(this, tr("Export the Environments Shown"),
                                                    QDir::home().filePath(u"venvdeck-environments.csv"_s),
                                                    csvFilter + u";;"_s + jsonFilter, &selectedFilter);
    if (fileName.isEmpty())
        return;
    const QString suffix = selectedFilter == jsonFilter ? u".json"_s : u".csv"_s;
    if (QFileInfo(fileName).suffix().isEmpty())
        fileName += suffix;
    const QString error = exportShown(fileName);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Failed"), error + u"\n\n"_s + tr("Choose another folder and try again."));
        return;
    }
    statusBar()->showMessage(tr("Exported %n environment(s) to %1", nullptr, m_proxy->rowCount())
                                 .arg(QDir::toNativeSeparators(fileName)),
                             8000);
}

void MainWindow::openCurrentFolder()
{
    const Environments selected = selectedEnvironments();
    if (!selected.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(selected.first().path));
}

void MainWindow::copySelectedPaths()
{
    QStringList paths;
    for (const Environment &environment : selectedEnvironments())
        paths.append(QDir::toNativeSeparators(environment.path));
    if (!paths.isEmpty())
        QGuiApplication::clipboard()->setText(paths.join(u'\n'));
}

void MainWindow::showTableMenu(const QPoint &position)
{
    if (activeView()->indexAt(position).isValid())
        m_ui->menuEnvironment->exec(activeView()->viewport()->mapToGlobal(position));
}

void MainWindow::startCleanupCheck(const ScanResult &result)
{
    const StalenessOptions options = stalenessOptions(m_settings, m_root, &m_cleanupProblems);
    m_cleanupGeneration = m_scanGeneration;
    m_cleanupWatcher.setFuture(QtConcurrent::run(&m_backgroundPool, [result, options] {
        yieldToTheWindow();
        return cleanupView(result, options, true);
    }));
    updateSummary();
    updateActions();
}

void MainWindow::onCleanupChecked()
{
    if (m_cleanupGeneration != m_scanGeneration)
        return; // a rescan started meanwhile: its own check follows
    const CleanupView view = m_cleanupWatcher.result();
    m_cleanupProblems.append(view.problems);
    m_model->setCleanupStatus(view.byName);
    populateQuickFilters();
    updateSummary();
    updateActions();
    onCurrentRowChanged();
    if (!m_cleanupProblems.isEmpty())
        statusBar()->showMessage(problemLines(m_cleanupProblems, 3), 15000);
    emit ready();
}

QStringList MainWindow::selectedNames() const
{
    QStringList names;
    for (const Environment &environment : selectedEnvironments())
        names.append(environment.name);
    return names;
}

void MainWindow::reportOutcome(const QString &title, const QString &done, const QStringList &failures)
{
    if (failures.isEmpty()) {
        statusBar()->showMessage(done, 10000);
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, done.isEmpty() ? tr("Nothing was changed.") : done,
                    QMessageBox::Ok, this);
    box.setInformativeText(failures.join(u'\n'));
    box.exec();
}

namespace {

// The refusal and every name that did not change, in words; `changed` counts the others.
QStringList failuresOf(const FlagReport &report, int *changed)
{
    QStringList failures;
    if (!report.refusal.isEmpty())
        failures.append(report.refusal);
    for (const FlagResult &result : report.results) {
        if (result.flagged)
            ++*changed;
        else
            failures.append(MainWindow::tr("%1: %2").arg(result.name, result.message));
    }
    return failures;
}

} // namespace

void MainWindow::flagSelected()
{
    const QStringList names = selectedNames();
    if (names.isEmpty())
        return;
    int flagged = 0;
    const QStringList failures =
        failuresOf(flagForRemoval(m_root, names, tr("flagged in the VenvDeck window")), &flagged);
    reportOutcome(tr("Flag for Removal"),
                  tr("%n environment(s) flagged for removal at the next restart.", nullptr, flagged), failures);
    rescan();
}

void MainWindow::unflagSelected()
{
    const QStringList names = selectedNames();
    if (names.isEmpty())
        return;
    int unflagged = 0;
    const QStringList failures = failuresOf(unflag(m_root, names), &unflagged);
    reportOutcome(tr("Unflag"), tr("%n environment(s) will stay.", nullptr, unflagged), failures);
    rescan();
}

void MainWindow::setSelectedPinned(bool pinned)
{
    const QStringList names = selectedNames();
    if (names.isEmpty())
        return;
    Problems problems;
    const QString error = changePins(m_root, pinned ? names : QStringList(), pinned ? QStringList() : names, &problems);
    QStringList failures = error.isEmpty() ? QStringList() : QStringList{error};
    for (const Problem &problem : std::as_const(problems))
        failures.append(tr("%1: %2").arg(QDir::toNativeSeparators(problem.path), problem.message));
    reportOutcome(pinned ? tr("Pin") : tr("Unpin"),
                  pinned ? tr("%n environment(s) pinned: never proposed for removal.", nullptr, int(names.size()))
                         : tr("%n environment(s) unpinned.", nullptr, int(names.size())),
                  failures);
    rescan();
}

void MainWindow::removeSelectedNow()
{
    const QStringList names = selectedNames();
    if (names.isEmpty() || isRemoving())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Remove Now"),
                    tr("Remove %n environment(s) now? This cannot be undone.", nullptr, int(names.size())),
                    QMessageBox::Cancel, this);
    box.setInformativeText(tr("An environment that a process uses, or that a build holds, is not removed: it stays "
                              "flagged for removal at the next restart.") +
                           u"\n\n"_s + names.join(u'\n'));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    const QString root = m_root;
    const QString reason = tr("removed now from the VenvDeck window");
    m_removeWatcher.setFuture(QtConcurrent::run([root, names, reason] { return removeNow(root, names, reason); }));
    statusBar()->showMessage(tr("Removing %n environment(s)…", nullptr, int(names.size())));
    updateActions();
}

void MainWindow::onRemovedNow()
{
    const ApplyReport report = m_removeWatcher.result();
    QStringList failures;
    int removed = 0;
    if (!report.refusal.isEmpty())
        failures.append(report.refusal);
    for (const RemovalResult &result : report.results) {
        if (result.outcome == RemovalOutcome::Removed || result.outcome == RemovalOutcome::AlreadyGone)
            ++removed;
        else
            failures.append(tr("%1: %2").arg(result.name, result.message));
    }
    reportOutcome(tr("Remove Now"), tr("%n environment(s) removed.", nullptr, removed), failures);
    rescan();
}

// --- dialogs, the Builds panel, settings applied while the window runs ------------------------------------------

void MainWindow::showBuildsPanel()
{
    if (!m_buildsDock->isVisible()) {
        m_buildsDock->show();
        if (!m_buildsDock->isFloating()) // a few rows high, however it is opened; the table keeps the room
            resizeDocks({m_buildsDock}, {m_buildsPanel->fontMetrics().height() * 9}, Qt::Vertical);
    }
    m_buildsDock->raise();
}

void MainWindow::setUpBuildsPanel()
{
    m_buildDefaults = BuildDialogDefaults::from(m_settings);
    m_buildQueue = new BuildQueue(this);
    m_buildsPanel = new BuildsPanel(m_buildQueue, this);
    m_buildsPanel->setObjectName(u"buildsPanel"_s);
    m_buildsDock = new QDockWidget(tr("Builds"), this);
    m_buildsDock->setObjectName(u"buildsDock"_s); // saveState() needs the name
    m_buildsDock->setWidget(m_buildsPanel);
    m_buildsDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_buildsDock);
    m_buildsDock->hide();
    connect(m_ui->actionShowBuilds, &QAction::toggled, this, [this](bool show) {
        if (show)
            showBuildsPanel();
        else
            m_buildsDock->hide();
    });
    // The action is the context, not the window: the dock hides while the window is destroyed, after m_ui is gone
    // (ASan found the read), and the action, an older child, is deleted before the dock.
    QAction *showBuilds = m_ui->actionShowBuilds;
    connect(m_buildsDock, &QDockWidget::visibilityChanged, showBuilds, [showBuilds, dock = m_buildsDock] {
        const QSignalBlocker blocker(showBuilds);
        showBuilds->setChecked(dock->isVisible());
    });
    m_buildsButton = new QToolButton(this);
    m_buildsButton->setObjectName(u"buildsButton"_s);
    m_buildsButton->setAutoRaise(true);
    m_buildsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_buildsButton->setIcon(m_ui->actionBuild->icon());
    connect(m_buildsButton, &QToolButton::clicked, this, &MainWindow::showBuildsPanel);
    statusBar()->addPermanentWidget(m_buildsButton);
    connect(m_buildQueue, &BuildQueue::jobAdded, this, [this] {
        showBuildsPanel(); // a build started: the panel shows it, whatever becomes of its dialog
        updateBuildsButton();
    });
    connect(m_buildQueue, &BuildQueue::jobsCleared, this, &MainWindow::updateBuildsButton);
    connect(m_buildQueue, &BuildQueue::jobFinished, this, [this](int, const BuildResult &result) {
        updateBuildsButton();
        if (result.ok)
            rescan();
    });
    updateBuildsButton();
}

void MainWindow::updateBuildsButton()
{
    if (!m_buildsButton)
        return;
    const int running = m_buildQueue->runningCount();
    m_buildsButton->setVisible(!m_buildQueue->jobs().isEmpty());
    m_buildsButton->setText(running > 0 ? tr("%n build(s) running", nullptr, running) : tr("Builds"));
    m_buildsButton->setToolTip(tr("Show the Builds panel"));
}

SettingsDialog *MainWindow::openSettingsDialog()
{
    auto *dialog = new SettingsDialog(m_settings, m_root, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { applySettingsChanges(dialog->appliedChanges()); });
    dialog->show();
    return dialog;
}

void MainWindow::applySettingsChanges(SettingsChanges changes)
{
    if (changes.testFlag(SettingsChange::Language))
        installTranslators(QCoreApplication::instance(), m_settings.value(SettingKeys::language));
    if (changes.testFlag(SettingsChange::Builds)) {
        Builder::setMaxConcurrentBuilds(m_settings.value(SettingKeys::maxConcurrentBuilds));
        m_buildDefaults = BuildDialogDefaults::from(m_settings);
    }
    if (changes.testFlag(SettingsChange::Index))
        indexSettingsChanged();
    if (changes.testFlag(SettingsChange::Root))
        openRoot(m_settings.value(SettingKeys::root)); // its scan checks staleness with the new numbers too
    else if (changes.testFlag(SettingsChange::Cleanup))
        recheckCleanup();
}

void MainWindow::indexSettingsChanged()
{
    m_buildDefaults = BuildDialogDefaults::from(m_settings);
    applyIndexSettings(); // the package server's health, and the next update check, use the new sources
}

ScanResult MainWindow::shownScan() const
{
    ScanResult scan;
    scan.root = m_root;
    scan.scannedAt = QDateTime::currentDateTimeUtc();
    scan.environments = m_model->environments();
    scan.total = m_scanTotal;
    return scan;
}

void MainWindow::recheckCleanup()
{
    if (isScanning() || m_model->rowCount() == 0)
        return; // the scan running (or the next) checks with the saved policy
    startCleanupCheck(shownScan());
}

CleanupDialog *MainWindow::openCleanupDialog()
{
    if (m_cleanupDialog) {
        m_cleanupDialog->raise();
        m_cleanupDialog->activateWindow();
        return m_cleanupDialog;
    }
    auto *dialog = new CleanupDialog(shownScan(), m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_cleanupDialog = dialog;
    connect(dialog, &CleanupDialog::environmentsChanged, this, &MainWindow::rescan);
    connect(dialog, &CleanupDialog::defaultsSaved, this, &MainWindow::recheckCleanup);
    // After the rescan, the dialog previews the environments as they are now.
    connect(this, &MainWindow::ready, dialog, [this, dialog] {
        if (m_scanned && !m_lastScanCancelled)
            dialog->setScan(shownScan());
    });
    dialog->show();
    return dialog;
}

AboutDialog *MainWindow::openAboutDialog()
{
    auto *dialog = new AboutDialog(m_root, m_settings.fileName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace venvdeck
