#pragma once

#include "build/BuildDialog.h"
#include "build/BuildRequest.h"
#include "cleanup/CleanupStatus.h"
#include "cleanup/SafeRemoval.h"
#include "config/AdminSettings.h"
#include "demo/DemoRoot.h"
#include "index/IndexService.h"
#include "scan/ScanResult.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>

class QAbstractItemView;
class QDockWidget;
class QLabel;
class QTimer;
class QProgressBar;
class QToolButton;

namespace Ui {
class MainWindow;
}

namespace venvdeck {

class AboutDialog;
class BuildQueue;
class BuildsPanel;
class CleanupDialog;
class EnvironmentFilterProxy;
class SettingsDialog;
class EnvironmentGroupModel;
class EnvironmentTableModel;
class Scanner;
class Settings;

// The window admins live in: the environments of one root in a sortable, filterable table with a details pane.
// Scans run on worker threads (Scanner); the demo root is made on a worker thread; nothing blocks the window.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `settings` must outlive the window: recent roots, geometry and the chosen root are stored there.
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `root` and scans it. `origin` says why this root (e.g. "the VENVDECK_ROOT environment variable") and
    // is shown when the root does not exist; empty when the user just chose it.
    void openRoot(const QString &root, const QString &origin = {});
    void openDemoRoot(); // creates it first (in the background) when needed
    void rescan();
    // Rescan Everything: reads and measures every environment again, reusing nothing from the rescan cache (as
    // `list --no-cache`), and keeps what it read for the next scan.
    void rescanEverything();
    void cancel(); // the running scan or demo creation

    QString root() const { return m_root; }
    bool isScanning() const;
    bool isCreatingDemoRoot() const { return m_demoWatcher.isRunning(); }
    bool isCheckingCleanup() const { return m_cleanupWatcher.isRunning(); }
    bool isRemoving() const { return m_removeWatcher.isRunning(); }

    // The environments selected in the table, in the order shown; the current one alone when none is selected.
    Environments selectedEnvironments() const;
    // Writes what the table shows (filters applied, in its order) as CSV or, for a .json name, as JSON.
    // Returns an error in words, empty on success.
    QString exportShown(const QString &fileName) const;

    // The package index (MainWindowIndex.cpp). applyIndexSettings() re-reads the index settings (index/url,
    // index/trustedHosts, index/extraUrl, index/offlineFolder, index/timeoutSeconds, index/maxResponseMegabytes)
    // and the execution server's customer.config through core's one rule (resolveIndexConfiguration), then checks
    // the package server's health in the background, again every 5 minutes. The Settings dialog calls it after
    // saving; main() calls it once at start-up. The constructor only reads the settings: nothing goes to the
    // network until this is called or an update check is asked for.
    void applyIndexSettings();
    void checkForUpdates(bool selectedOnly = false); // the selected environments, or every one shown
    void cancelUpdateCheck();
    bool isCheckingUpdates() const;
    IndexService *indexService() const { return m_index; }

    EnvironmentTableModel *environmentModel() const { return m_model; }
    EnvironmentFilterProxy *filterProxy() const { return m_proxy; }
    EnvironmentGroupModel *groupModel() const { return m_groups; }
    void setGroupedByOwner(bool grouped);
    bool isGroupedByOwner() const;

    // The dialogs, non-modal, as the actions open them (tests and --screenshot-dialog drive them the same way).
    // Settings… applies what changed when it is accepted (applySettingsChanges); Cleanup… rescans after it flags
    // or removes, and recomputes the window's staleness when its policy is saved as the default.
    BuildDialog *openBuildDialog();
    SettingsDialog *openSettingsDialog();
    CleanupDialog *openCleanupDialog();
    AboutDialog *openAboutDialog();
    // Applied without a restart: a new root is opened, cleanup numbers recompute the staleness, the language is
    // switched (every widget retranslates), parallel builds and the package sources apply to the next build.
    void applySettingsChanges(SettingsChanges changes);
    // Every build started from a Build dialog, listed in the Builds panel (a dock, View → Builds Panel).
    BuildQueue *buildQueue() const { return m_buildQueue; }
    QDockWidget *buildsDock() const { return m_buildsDock; }
    void showBuildsPanel(); // shown a few rows high and raised, from the View menu, the status bar or a new build
    BuildsPanel *buildsPanel() const { return m_buildsPanel; }

signals:
    // The window has settled on what it shows: a scan finished (or was cancelled), or the root turned out to be
    // missing, or the demo root could not be made. --screenshot and the tests wait for it.
    void ready();
    // A check for updates has ended (finished, failed or was cancelled); the table shows what it found.
    void updatesChecked();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class EmptyState
    {
        Missing,
        NotAFolder,
        Empty,
        Unreadable,
        DemoFailed
    };

    void setUpActions();
    void setUpTable();
    void setUpStatusBar();
    void restoreState();
    void saveState();
    void retranslate();

    void chooseRoot();
    void populateRecentMenu();
    void populateQuickFilters();
    void applyQuickFilter();
    void updateTitle();
    void updateSummary();
    void updateActions();
    void showEmptyState(EmptyState state, const QString &detail = {});
    void showTable();
    void startScan();
    void onScanStarted(const QString &root, int total);
    void onScanProgress(int done, int total);
    void onEnvironmentsScanned(const Environments &batch);
    void onScanFinished(const ScanResult &result);
    void onDemoRootCreated();
    void onCurrentRowChanged();
    void selectPath(const QString &path);
    // The view the user sees (the flat table, or the tree grouped by owner), and the mapping between its
    // indexes and EnvironmentTableModel's.
    QAbstractItemView *activeView() const;
    QModelIndex toModelIndex(const QModelIndex &viewIndex) const;
    QModelIndex fromModelIndex(const QModelIndex &modelIndex) const;
    QList<QModelIndex> selectedModelRows() const; // EnvironmentTableModel indexes of the selection, unordered
    void selectFirstRow();
    void copyColumnWidthToTree(int section, int oldWidth, int width); // the grouped view keeps the table's widths
    // Refresh, Rebuild: a non-modal BuildDialog each, like Build from Package…; its build goes to the queue.
    void buildSelected(BuildMode mode);
    void chooseExportFile();
    void openCurrentFolder();
    void copySelectedPaths();
    void showTableMenu(const QPoint &position);

    // Cleanup: staleness, pins, pending removals and processes are checked after each scan (off the GUI thread).
    void startCleanupCheck(const ScanResult &result);
    void onCleanupChecked();
    QStringList selectedNames() const;
    void flagSelected();
    void unflagSelected();
    void setSelectedPinned(bool pinned);
    void removeSelectedNow();
    void onRemovedNow();
    // Says how an action on several environments went: a warning listing what did not work, else a status line.
    void reportOutcome(const QString &title, const QString &done, const QStringList &failures);

    // The package index (MainWindowIndex.cpp).
    void setUpIndex();
    void showIndexHealth(const IndexHealthReport &health);
    void onEnvironmentsChecked(const QList<EnvironmentStatus> &statuses);
    void onUpdatesFinished(const OutdatedReport &report, bool cancelled, const QString &error);
    void updateIndexActions(bool busy);
    void showCurrentUpdateStatus();
    IndexService *m_index = nullptr;
    QLabel *m_indexHealthLabel = nullptr;
    QLabel *m_updatesLabel = nullptr;
    QProgressBar *m_updatesBar = nullptr;
    QToolButton *m_cancelUpdatesButton = nullptr;
    // The dialogs, the Builds panel and what settings change while the window runs.
    void setUpBuildsPanel();
    void updateBuildsButton();
    ScanResult shownScan() const; // the root and the environments the model holds
    void recheckCleanup();        // staleness again with the saved policy, without a rescan
    // The package sources (index URL, trusted hosts, extra index, offline folder, customer.config) changed: what
    // uses them re-reads them. Today that is the defaults of the Build dialogs opened from now on.
    void indexSettingsChanged();
    BuildQueue *m_buildQueue = nullptr;
    BuildsPanel *m_buildsPanel = nullptr;
    QDockWidget *m_buildsDock = nullptr;
    QToolButton *m_buildsButton = nullptr;
    BuildDialogDefaults m_buildDefaults;
    QPointer<CleanupDialog> m_cleanupDialog;

    std::unique_ptr<Ui::MainWindow> m_ui;
    Settings &m_settings;
    Scanner *m_scanner = nullptr;
    EnvironmentTableModel *m_model = nullptr;
    EnvironmentFilterProxy *m_proxy = nullptr;
    EnvironmentGroupModel *m_groups = nullptr;
    QString m_pathBeforeRegroup;

    QString m_root;
    QString m_rootOrigin;
    QString m_pathToSelect; // kept across a rescan
    Problems m_lastErrors;
    std::optional<DiskUsage> m_scanTotal; // the finished scan's total, each hard-linked file once (ScanResult::total)
    bool m_lastScanCancelled = false;
    bool m_scanned = false;
    int m_scanFromCache = 0;        // environments the finished scan reused from the last one (ScanResult::fromCache)
    bool m_rescanEverything = false; // the scan being started reuses nothing (ScanOptions::readEverything)

    QLabel *m_summaryLabel = nullptr;
    QTimer *m_summaryTimer = nullptr; // one summary per pass of the event loop while rows arrive
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QToolButton *m_cancelButton = nullptr;

    QFutureWatcher<DemoRootResult> m_demoWatcher;
    QThreadPool m_backgroundPool; // the cleanup check's, at a lower priority; before its watcher: it outlives it
    QFutureWatcher<CleanupView> m_cleanupWatcher;
    QFutureWatcher<ApplyReport> m_removeWatcher;
    int m_scanGeneration = 0;    // counts scans, so that a cleanup check of an earlier scan is dropped
    int m_cleanupGeneration = 0; // the scan the running cleanup check belongs to
    Problems m_cleanupProblems;
    std::atomic_bool m_demoCancel = false;
};

} // namespace venvdeck
