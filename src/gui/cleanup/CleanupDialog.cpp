#include "cleanup/CleanupDialog.h"
#include "ui_cleanupdialog.h"

#include "config/Settings.h"

#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

QString reasonsText(const QList<StaleReason> &reasons, bool withRefreshDue)
{
    QStringList parts;
    for (const StaleReason &reason : reasons) {
        if (withRefreshDue || reason.rule != StaleRule::RefreshDue)
            parts.append(reason.reason);
    }
    return parts.join(u"; "_s);
}

bool hasRemovableReason(const Staleness &staleness)
{
    return std::any_of(staleness.reasons.cbegin(), staleness.reasons.cend(),
                       [](const StaleReason &reason) { return reason.rule != StaleRule::RefreshDue; });
}

QString processesText(const QList<ProcessUse> &processes)
{
    QStringList parts;
    for (const ProcessUse &use : processes)
        parts.append(CleanupDialog::tr("%1 (pid %2)").arg(use.command.section(u' ', 0, 0), QString::number(use.pid)));
    return parts.join(u", "_s);
}

} // namespace

CleanupDialog::CleanupDialog(const ScanResult &scan, Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CleanupDialog>())
    , m_settings(settings)
    , m_scan(scan)
{
    m_ui->setupUi(this);
    m_ui->previewTree->header()->setStretchLastSection(true);
    m_ui->previewTree->setColumnWidth(NameColumn, 270);
    m_ui->previewTree->setColumnWidth(SizeColumn, 90);
    m_ui->previewTree->setColumnWidth(DecisionColumn, 190);
    m_ui->previewTree->sortByColumn(NameColumn, Qt::AscendingOrder);
    m_ui->previewTree->setSortingEnabled(true);
    m_baseOptions = stalenessOptions(settings, scan.root, &m_problems);
    loadPolicy(m_baseOptions);
    retranslate();

    for (QCheckBox *check :
         {m_ui->supersededCheck, m_ui->pythonMismatchCheck, m_ui->brokenCheck, m_ui->unusedCheck})
        connect(check, &QCheckBox::toggled, this, &CleanupDialog::recompute);
    for (QSpinBox *spin : {m_ui->unusedDaysSpin, m_ui->keepNewestSpin})
        connect(spin, &QSpinBox::valueChanged, this, &CleanupDialog::recompute);
    connect(m_ui->unusedCheck, &QCheckBox::toggled, m_ui->unusedDaysSpin, &QWidget::setEnabled);
    connect(m_ui->saveDefaultButton, &QPushButton::clicked, this, &CleanupDialog::saveAsDefault);
    connect(m_ui->flagButton, &QPushButton::clicked, this, &CleanupDialog::flagSelected);
    connect(m_ui->removeNowButton, &QPushButton::clicked, this, &CleanupDialog::confirmAndRemoveNow);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &CleanupDialog::reject);
    connect(&m_previewWatcher, &QFutureWatcher<CleanupView>::finished, this, &CleanupDialog::onPreviewComputed);
    connect(&m_removeWatcher, &QFutureWatcher<ApplyReport>::finished, this, &CleanupDialog::onRemoved);
    recompute();
}

CleanupDialog::~CleanupDialog()
{
    m_previewWatcher.waitForFinished();
    m_removeWatcher.waitForFinished();
}

void CleanupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CleanupDialog::retranslate()
{
    m_ui->retranslateUi(this);
    setWindowTitle(tr("Cleanup — %1").arg(QDir::toNativeSeparators(m_scan.root)));
    m_ui->defaultNote->setText(tr("The default policy is what the window marks as stale and what venvdeck-cli prune "
                                  "(and the daily venvdeck-prune timer) flags."));
    showPreview();
}

void CleanupDialog::loadPolicy(const StalenessOptions &options)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_ui->supersededCheck), QSignalBlocker(m_ui->pythonMismatchCheck),
                                       QSignalBlocker(m_ui->brokenCheck), QSignalBlocker(m_ui->unusedCheck),
                                       QSignalBlocker(m_ui->unusedDaysSpin), QSignalBlocker(m_ui->keepNewestSpin)};
    m_ui->supersededCheck->setChecked(options.policy.contains(StaleRule::Superseded));
    m_ui->pythonMismatchCheck->setChecked(options.policy.contains(StaleRule::PythonMismatch));
    m_ui->brokenCheck->setChecked(options.policy.contains(StaleRule::Broken));
    m_ui->unusedCheck->setChecked(options.policy.contains(StaleRule::Unused) && options.unusedDays > 0);
    m_ui->unusedDaysSpin->setValue(options.unusedDays > 0 ? options.unusedDays : 30);
    m_ui->unusedDaysSpin->setEnabled(m_ui->unusedCheck->isChecked());
    m_ui->keepNewestSpin->setValue(std::max(1, options.keepNewest));
}

StalenessOptions CleanupDialog::options() const
{
    StalenessOptions options = m_baseOptions;
    options.now = QDateTime::currentDateTimeUtc();
    options.policy.clear();
    if (m_ui->supersededCheck->isChecked())
        options.policy.append(StaleRule::Superseded);
    if (m_ui->pythonMismatchCheck->isChecked())
        options.policy.append(StaleRule::PythonMismatch);
    if (m_ui->brokenCheck->isChecked())
        options.policy.append(StaleRule::Broken);
    if (m_ui->unusedCheck->isChecked())
        options.policy.append(StaleRule::Unused);
    options.unusedDays = m_ui->unusedCheck->isChecked() ? m_ui->unusedDaysSpin->value() : 0;
    options.keepNewest = m_ui->keepNewestSpin->value();
    return options;
}

void CleanupDialog::setScan(const ScanResult &scan)
{
    m_scan = scan;
    Problems problems;
    const StalenessOptions fresh = stalenessOptions(m_settings, scan.root, &problems);
    m_baseOptions.pinned = fresh.pinned; // pins may have changed; the policy on screen stays
    m_baseOptions.validityMinutes = fresh.validityMinutes;
    m_problems = problems;
    recompute();
}

void CleanupDialog::recompute()
{
    if (m_previewWatcher.isRunning()) {
        m_recompute = true; // the newest policy is computed when this one is done
        updateButtons();
        return;
    }
    m_recompute = false;
    m_computing = true;
    m_ui->statusLabel->setText(tr("Checking the rules and the processes that use each environment…"));
    const ScanResult scan = m_scan;
    const StalenessOptions options = this->options();
    m_previewWatcher.setFuture(QtConcurrent::run([scan, options] { return cleanupView(scan, options, true); }));
    updateButtons();
}

void CleanupDialog::onPreviewComputed()
{
    if (m_recompute) {
        recompute();
        return;
    }
    m_computing = false;
    m_preview = m_previewWatcher.result();
    m_preview.problems.append(m_problems);
    showPreview();
    Q_EMIT previewUpdated();
}

qint64 CleanupDialog::sizeOf(const QString &name) const
{
    for (const Environment &environment : m_scan.environments) {
        if (environment.name == name)
            return environment.usage ? environment.usage->apparentBytes : -1;
    }
    return -1;
}

QStringList CleanupDialog::selectedNames() const
{
    QStringList names;
    for (auto it = m_preview.byName.cbegin(); it != m_preview.byName.cend(); ++it) {
        if (it->staleness.proposed)
            names.append(it.key());
    }
    names.sort();
    return names;
}

QStringList CleanupDialog::removableNames() const
{
    QStringList names;
    for (const QString &name : selectedNames()) {
        const CleanupStatus &status = m_preview.byName[name];
        if (status.inUse && status.inUse->isEmpty()) // not checked is not the same as not in use
            names.append(name);
    }
    return names;
}

qint64 CleanupDialog::reclaimableBytes() const
{
    qint64 total = 0;
    for (const QString &name : selectedNames())
        total += std::max<qint64>(0, sizeOf(name));
    return total;
}

void CleanupDialog::showPreview()
{
    const int validity = m_baseOptions.validityMinutes;
    int refreshDue = 0;
    for (const CleanupStatus &status : m_preview.byName) {
        if (status.staleness.hasReason(StaleRule::RefreshDue))
            ++refreshDue;
    }
    m_ui->validityLabel->setText(
        tr("Validity period: %n minute(s) (VirtualEnvironmentLifetimeDurationInMinutes, in Settings).", nullptr,
           validity) +
        u' ' +
        tr("%n environment(s) are older and due for a refresh: that is shown, never a reason to remove.", nullptr,
           refreshDue));

    QTreeWidget *tree = m_ui->previewTree;
    tree->setSortingEnabled(false);
    tree->clear();
    int kept = 0;
    for (auto it = m_preview.byName.cbegin(); it != m_preview.byName.cend(); ++it) {
        const CleanupStatus &status = it.value();
        const Staleness &staleness = status.staleness;
        if (!hasRemovableReason(staleness) && !staleness.pinned)
            continue; // nothing to say: no rule applies
        QString decision;
        QString why = reasonsText(staleness.reasons, false);
        const bool inUse = status.inUse && !status.inUse->isEmpty();
        if (staleness.proposed) {
            if (status.pendingRemoval)
                decision = tr("Already flagged");
            else if (inUse)
                decision = tr("Flag only: in use");
            else
                decision = tr("Remove");
            if (inUse)
                why += u"; "_s + tr("in use by %1: removed at the next restart, not now").arg(processesText(*status.inUse));
            else if (!status.inUse)
                why += u"; "_s + tr("whether a process uses it cannot be told here: flag only");
        } else {
            ++kept;
            if (staleness.pinned)
                decision = tr("Kept: pinned");
            else if (!staleness.keptBecause.isEmpty())
                decision = tr("Kept: %1").arg(staleness.keptBecause);
            else
                decision = tr("Kept: its rules are not in the policy");
            if (inUse)
                why += u"; "_s + tr("in use by %1").arg(processesText(*status.inUse));
        }
        const qint64 bytes = sizeOf(it.key());
        auto *item = new QTreeWidgetItem(tree);
        item->setText(NameColumn, it.key());
        item->setText(SizeColumn, bytes >= 0 ? QLocale().formattedDataSize(bytes) : tr("not known"));
        item->setData(SizeColumn, Qt::UserRole, bytes);
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(DecisionColumn, decision);
        item->setText(WhyColumn, why);
        item->setToolTip(DecisionColumn, decision);
        item->setToolTip(WhyColumn, reasonsText(staleness.reasons, true).replace(u"; "_s, u"\n"_s));
        const QStyle::StandardPixmap icon = !staleness.proposed ? QStyle::SP_DialogApplyButton
                                            : inUse             ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_TrashIcon;
        item->setIcon(NameColumn, style()->standardIcon(icon));
    }
    tree->setSortingEnabled(true);

    const QStringList selected = selectedNames();
    QString summary;
    if (m_preview.byName.isEmpty() && isComputing())
        summary = tr("Computing what the policy selects…");
    else if (selected.isEmpty())
        summary = tr("The policy selects nothing in %1.").arg(QDir::toNativeSeparators(m_scan.root));
    else
        summary = tr("Selects %n environment(s): %1 reclaimable.", nullptr, int(selected.size()))
                      .arg(QLocale().formattedDataSize(reclaimableBytes()));
    if (kept > 0)
        summary += u' ' + tr("%n more with a stale reason are kept, with why.", nullptr, kept);
    QStringList problems;
    for (const Problem &problem : std::as_const(m_preview.problems))
        problems.append(tr("%1: %2").arg(QDir::toNativeSeparators(problem.path), problem.message));
    if (!problems.isEmpty())
        summary += u'\n' + problems.join(u'\n');
    m_ui->summaryLabel->setText(summary);
    m_ui->statusLabel->setText(isComputing() ? m_ui->statusLabel->text() : m_outcome);
    updateButtons();
}

void CleanupDialog::updateButtons()
{
    const bool busy = isComputing() || isRemoving();
    QStringList toFlag;
    for (const QString &name : selectedNames()) {
        if (!m_preview.byName[name].pendingRemoval)
            toFlag.append(name);
    }
    const int removable = int(removableNames().size());
    m_ui->flagButton->setEnabled(!busy && !toFlag.isEmpty());
    m_ui->removeNowButton->setEnabled(!busy && removable > 0);
    m_ui->removeNowButton->setText(removable > 0 ? tr("&Remove %n Now…", nullptr, removable) : tr("&Remove Now…"));
    for (QWidget *widget : std::initializer_list<QWidget *>{m_ui->policyGroup})
        widget->setEnabled(!isRemoving());
}

void CleanupDialog::flagSelected()
{
    if (isComputing() || isRemoving())
        return;
    const PruneReport report = prune(m_scan, options(), false);
    QStringList failures;
    int flagged = 0;
    if (!report.refusal.isEmpty())
        failures.append(report.refusal);
    for (const PruneResult &result : report.results) {
        if (result.flagged)
            ++flagged;
        else if (!result.message.isEmpty() && !m_preview.byName.value(result.name).pendingRemoval)
            failures.append(tr("%1: %2").arg(result.name, result.message));
    }
    m_outcome = tr("%n environment(s) flagged for removal at the next restart.", nullptr, flagged);
    if (!failures.isEmpty())
        QMessageBox::warning(this, tr("Flag for Removal"), m_outcome + u"\n\n"_s + failures.join(u'\n'));
    Q_EMIT environmentsChanged();
    recompute();
}

void CleanupDialog::confirmAndRemoveNow()
{
    const QStringList names = removableNames();
    if (names.isEmpty() || isComputing() || isRemoving())
        return;
    QStringList lines;
    for (const QString &name : names) {
        const qint64 bytes = sizeOf(name);
        lines.append(bytes >= 0 ? tr("%1 (%2)").arg(name, QLocale().formattedDataSize(bytes)) : name);
    }
    QMessageBox box(QMessageBox::Warning, tr("Remove Now"),
                    tr("Remove these %n environment(s) now? This cannot be undone.", nullptr, int(names.size())),
                    QMessageBox::Cancel, this);
    box.setObjectName(u"removeNowConfirmation"_s);
    box.setInformativeText(lines.join(u'\n') + u"\n\n"_s +
                           tr("An environment that a process starts using meanwhile, or that a build holds, is not "
                              "removed: it stays flagged for the next restart."));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmRemoveButton"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    const QString root = m_scan.root;
    const QString reason = tr("removed now from the VenvDeck Cleanup dialog");
    m_ui->statusLabel->setText(tr("Removing %n environment(s)…", nullptr, int(names.size())));
    m_removing = true;
    m_removeWatcher.setFuture(QtConcurrent::run([root, names, reason] { return removeNow(root, names, reason); }));
    updateButtons();
}

void CleanupDialog::onRemoved()
{
    m_removing = false;
    const ApplyReport report = m_removeWatcher.result();
    QStringList failures;
    QStringList removed;
    if (!report.refusal.isEmpty())
        failures.append(report.refusal);
    for (const RemovalResult &result : report.results) {
        if (result.outcome == RemovalOutcome::Removed || result.outcome == RemovalOutcome::AlreadyGone)
            removed.append(result.name);
        else
            failures.append(tr("%1: %2").arg(result.name, result.message));
    }
    m_scan.environments.erase(std::remove_if(m_scan.environments.begin(), m_scan.environments.end(),
                                             [&removed](const Environment &e) { return removed.contains(e.name); }),
                              m_scan.environments.end());
    m_outcome = tr("%n environment(s) removed.", nullptr, int(removed.size()));
    if (!failures.isEmpty())
        QMessageBox::warning(this, tr("Remove Now"), m_outcome + u"\n\n"_s + failures.join(u'\n'));
    Q_EMIT environmentsChanged();
    recompute();
}

void CleanupDialog::saveAsDefault()
{
    saveStalenessDefaults(m_settings, options());
    m_outcome = tr("Saved as the default policy.");
    m_ui->statusLabel->setText(m_outcome);
    Q_EMIT defaultsSaved();
}

} // namespace venvdeck
