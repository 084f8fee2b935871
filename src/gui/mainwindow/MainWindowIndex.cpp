// The window's package-index parts: Check for Updates, the updates column and filter, the Latest column of the
// Packages tab, and the package server's health in the status bar. The rules (which packages are outdated, the
// counts, the wording of health) are core's: IndexService, OutdatedCheck, IndexHealthReport.
#include "mainwindow/MainWindow.h"

#include "ui_mainwindow.h"

#include "common/UpdatesBadgeDelegate.h"
#include "config/Settings.h"
#include "index/IndexConfiguration.h"
#include "model/EnvironmentFilterProxy.h"
#include "model/EnvironmentTableModel.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QProgressBar>
#include <QStatusBar>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace venvdeck {

void MainWindow::setUpIndex()
{
    m_index = new IndexService(this);
    m_index->setHealthInterval(0); // until applyIndexSettings(): nothing goes to the network before

    m_ui->actionCheckUpdates->setIcon(
        QIcon::fromTheme(u"software-update-available"_s, style()->standardIcon(QStyle::SP_ArrowUp)));
    m_ui->actionCancelUpdates->setIcon(
        QIcon::fromTheme(u"process-stop"_s, style()->standardIcon(QStyle::SP_BrowserStop)));
    connect(m_ui->actionCheckUpdates, &QAction::triggered, this, [this] { checkForUpdates(false); });
    connect(m_ui->actionCheckSelectedUpdates, &QAction::triggered, this, [this] { checkForUpdates(true); });
    connect(m_ui->actionCancelUpdates, &QAction::triggered, this, &MainWindow::cancelUpdateCheck);

    // The updates column: a badge, placed after the packages column (a saved header state may move it).
    for (QAbstractItemView *view : {static_cast<QAbstractItemView *>(m_ui->environmentView),
                                    static_cast<QAbstractItemView *>(m_ui->groupedView)})
        view->setItemDelegateForColumn(EnvironmentTableModel::UpdatesColumn, new UpdatesBadgeDelegate(view));
    QHeaderView *header = m_ui->environmentView->horizontalHeader();
    header->moveSection(header->visualIndex(EnvironmentTableModel::UpdatesColumn),
                        header->visualIndex(EnvironmentTableModel::PackagesColumn) + 1);
    header->resizeSection(EnvironmentTableModel::UpdatesColumn,
                          m_ui->environmentView->fontMetrics().horizontalAdvance(tr("12 updates")) + 36);

    m_updatesLabel = new QLabel(this);
    m_updatesLabel->setObjectName(u"updatesLabel"_s);
    m_updatesBar = new QProgressBar(this);
    m_updatesBar->setObjectName(u"updatesProgress"_s);
    m_updatesBar->setMaximumWidth(160);
    m_updatesBar->setFormat(u"%v / %m"_s);
    m_cancelUpdatesButton = new QToolButton(this);
    m_cancelUpdatesButton->setObjectName(u"cancelUpdatesButton"_s);
    m_cancelUpdatesButton->setDefaultAction(m_ui->actionCancelUpdates);
    m_cancelUpdatesButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_cancelUpdatesButton->setAutoRaise(true);
    m_indexHealthLabel = new QLabel(this);
    m_indexHealthLabel->setObjectName(u"indexHealthLabel"_s);
    m_indexHealthLabel->setAccessibleName(tr("Package server health"));
    m_indexHealthLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_updatesLabel);
    statusBar()->addPermanentWidget(m_updatesBar);
    statusBar()->addPermanentWidget(m_cancelUpdatesButton);
    statusBar()->addPermanentWidget(m_indexHealthLabel);
    for (QWidget *widget : {static_cast<QWidget *>(m_updatesLabel), static_cast<QWidget *>(m_updatesBar),
                            static_cast<QWidget *>(m_cancelUpdatesButton)})
        widget->setVisible(false);

    connect(m_index, &IndexService::healthChanged, this, &MainWindow::showIndexHealth);
    connect(m_index, &IndexService::updatesStarted, this, [this](int total) {
        m_updatesBar->setRange(0, std::max(total, 1));
        m_updatesBar->setValue(0);
        m_updatesLabel->setText(tr("Checking for updates…"));
        updateActions();
    });
    connect(m_index, &IndexService::updatesProgress, this, [this](int done, int) { m_updatesBar->setValue(done); });
    connect(m_index, &IndexService::environmentsChecked, this, &MainWindow::onEnvironmentsChecked);
    connect(m_index, &IndexService::updatesFinished, this, &MainWindow::onUpdatesFinished);

    // The configuration now (no network), so that a check for updates knows where to ask.
    m_index->setConfiguration(resolveIndexConfiguration({}, m_settings));
    showIndexHealth(m_index->health());
}

void MainWindow::applyIndexSettings()
{
    m_index->setConfiguration(resolveIndexConfiguration({}, m_settings));
    m_index->setHealthInterval(IndexService::defaultHealthIntervalMs);
    m_index->checkHealth(); // in the background; the status bar shows the answer when it comes
}

bool MainWindow::isCheckingUpdates() const
{
    return m_index->isCheckingUpdates();
}

void MainWindow::checkForUpdates(bool selectedOnly)
{
    Environments environments;
    if (selectedOnly) {
        environments = selectedEnvironments();
    } else {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            environments.append(m_model->environmentAt(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    }
    if (environments.isEmpty())
        return;
    QStringList names;
    for (const Environment &environment : std::as_const(environments)) {
        if (environment.health != Health::NotAVenv)
            names.append(environment.name);
    }
    m_model->setUpdatesChecking(names);
    m_index->checkUpdates(environments);
    updateActions();
}

void MainWindow::cancelUpdateCheck()
{
    m_index->cancelUpdates();
}

void MainWindow::onEnvironmentsChecked(const QList<EnvironmentStatus> &statuses)
{
    const bool hadStatus = m_model->hasUpdateStatus();
    m_model->setUpdateStatuses(statuses);
    m_updatesLabel->setText(tr("Checking for updates: %1 of %2…").arg(m_index->updatesDone()).arg(m_index->updatesTotal()));
    if (!hadStatus)
        populateQuickFilters(); // the "Updates available" filter appears with the first result
    showCurrentUpdateStatus();
}

void MainWindow::onUpdatesFinished(const OutdatedReport &report, bool cancelled, const QString &error)
{
    m_model->clearUpdatesChecking();
    populateQuickFilters(); // the count of "Updates available"
    showCurrentUpdateStatus();
    updateActions();
    if (cancelled)
        statusBar()->showMessage(tr("Update check cancelled: the table keeps what was checked so far."), 10000);
    else if (!error.isEmpty())
        statusBar()->showMessage(tr("Cannot check for updates: %1. Set the package index in Settings.").arg(error), 15000);
    else
        statusBar()->showMessage(describeReport(report), 15000);
    if (report.anyUnreachable() || m_index->health().state == IndexHealthReport::State::NotChecked)
        m_index->checkHealth(); // the status bar should say so too
    emit updatesChecked();
}

void MainWindow::showCurrentUpdateStatus()
{
    const QModelIndex current = toModelIndex(activeView()->currentIndex());
    if (current.isValid())
        m_ui->detailsWidget->setUpdateStatus(m_model->updateStatusOf(m_model->environmentAt(current.row())));
}

void MainWindow::updateIndexActions(bool busy)
{
    const bool checking = m_index && m_index->isCheckingUpdates();
    m_ui->actionCheckUpdates->setEnabled(!busy && !checking && m_proxy->rowCount() > 0);
    m_ui->actionCheckSelectedUpdates->setEnabled(!busy && !checking && !selectedModelRows().isEmpty());
    m_ui->actionCancelUpdates->setEnabled(checking);
    for (QWidget *widget : {static_cast<QWidget *>(m_updatesLabel), static_cast<QWidget *>(m_updatesBar),
                            static_cast<QWidget *>(m_cancelUpdatesButton)}) {
        if (widget)
            widget->setVisible(checking);
    }
}

void MainWindow::showIndexHealth(const IndexHealthReport &health)
{
    if (!m_indexHealthLabel)
        return;
    m_indexHealthLabel->setText(health.statusText());
    m_indexHealthLabel->setToolTip(health.toolTip());
    QPalette palette = m_indexHealthLabel->palette();
    palette.setColor(QPalette::WindowText, health.state == IndexHealthReport::State::Unhealthy
                                               ? QColor(0xb9, 0x1c, 0x1c)
                                               : this->palette().color(QPalette::WindowText));
    m_indexHealthLabel->setPalette(palette);
}

} // namespace venvdeck
