#pragma once

#include "cleanup/CleanupStatus.h"
#include "index/OutdatedCheck.h"
#include "model/Environment.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace venvdeck {

class BuildLogWidget;
class DependencyTreeWidget;
class PackageSortFilterProxy;
class PackageTableModel;

// The details pane: everything the scanner knows about one environment, in tabs (Overview, Packages,
// Dependencies, Log). Shows a hint while nothing is selected.
class EnvironmentDetailsWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit EnvironmentDetailsWidget(QWidget *parent = nullptr);
    ~EnvironmentDetailsWidget() override;

    void setEnvironment(const Environment &environment);
    // What cleanup knows about the environment shown; nullptr hides the Cleanup group (not known yet).
    void setCleanupStatus(const CleanupStatus *status);
    // What the last check for updates found for the environment shown; nullptr when not checked.
    void setUpdateStatus(const EnvironmentStatus *status);
    void clear();
    bool hasEnvironment() const { return m_hasEnvironment; }
    const Environment &environment() const { return m_environment; }

    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override; // LanguageChange: every text again, in the new language

private:
    struct Row
    {
        QLabel *label = nullptr;
        QLabel *value = nullptr;
    };

    QWidget *createOverviewTab();
    QWidget *createPackagesTab();
    // Sets a text now and again on every LanguageChange (texts given as QT_TR_NOOP sources).
    void translated(std::function<void()> apply);
    QGridLayout *addGroup(QLayout *into, const char *title);
    Row addRow(QGridLayout *grid, const char *label, const QString &objectName);
    static void setRow(const Row &row, const QString &text, bool visible = true);
    void openFolder();
    void copyPath();

    Environment m_environment;
    bool m_hasEnvironment = false;
    std::optional<CleanupStatus> m_cleanupStatus;
    std::vector<std::function<void()>> m_retranslators;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_headerIcon = nullptr;
    QLabel *m_headerName = nullptr;
    QLabel *m_headerSummary = nullptr;
    QTabWidget *m_tabs = nullptr;

    Row m_path, m_layout, m_sitePackages;
    QPushButton *m_openFolderButton = nullptr;
    QPushButton *m_copyPathButton = nullptr;
    Row m_owner, m_ownerKind, m_ownerVersion, m_ownerSource, m_ownerUid, m_builtAt, m_builtBy, m_requirementsHash;
    Row m_pythonVersion, m_pythonImplementation, m_baseInterpreter, m_interpreter, m_systemSitePackages;
    Row m_apparentSize, m_allocatedSize, m_fileCount;
    Row m_created, m_modified, m_lastUsed;
    Row m_health, m_reasons, m_problems;
    QGroupBox *m_cleanupGroup = nullptr;
    Row m_staleReasons, m_keptBecause, m_pendingRemoval, m_inUse;

    PackageTableModel *m_packageModel = nullptr;
    PackageSortFilterProxy *m_packageProxy = nullptr;
    QLineEdit *m_packageFilter = nullptr;
    QTableView *m_packageView = nullptr;
    QLabel *m_packageCount = nullptr;

    DependencyTreeWidget *m_dependencies = nullptr;
    BuildLogWidget *m_buildLog = nullptr;
};

} // namespace venvdeck
