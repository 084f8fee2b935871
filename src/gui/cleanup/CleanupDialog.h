#pragma once

#include "cleanup/CleanupStatus.h"
#include "scan/ScanResult.h"

#include <QDialog>
#include <QFutureWatcher>

#include <memory>

namespace Ui {
class CleanupDialog;
}

namespace venvdeck {

class Settings;

// Cleanup (ui/cleanupdialog.ui): the staleness policy (which rules may propose a removal, unused for N days,
// keep the N newest of each owner; the validity period shown), a preview of what it selects with reasons and
// sizes and of what it keeps and why (pinned, newest, in use), the total reclaimable; then Flag for Removal at
// Next Restart (core prune) or Remove Now (core removeNow, only what no process uses, after a confirmation that
// names them). The preview, with the processes that use each environment, is computed off the GUI thread
// whenever the policy changes; removals run off it too. "Save as Default" stores the policy where the window and
// `venvdeck-cli prune` read it (cleanup/* settings).
class CleanupDialog final : public QDialog
{
    Q_OBJECT

public:
    CleanupDialog(const ScanResult &scan, Settings &settings, QWidget *parent = nullptr);
    ~CleanupDialog() override;

    // The environments shown by the window after a rescan; the preview is computed again.
    void setScan(const ScanResult &scan);

    StalenessOptions options() const; // the policy as the controls say now
    bool isComputing() const { return m_computing; } // until the preview of the policy shown is on screen
    bool isRemoving() const { return m_removing; }
    QStringList selectedNames() const;  // what the policy selects (flagged already or not)
    QStringList removableNames() const; // ... of that, what no process uses (Remove Now)
    qint64 reclaimableBytes() const;    // what removing the selection frees (apparent sizes)
    const CleanupView &preview() const { return m_preview; }

    void flagSelected();   // Flag for Removal at Next Restart
    void confirmAndRemoveNow(); // Remove Now…: asks first, naming each environment
    void saveAsDefault();

Q_SIGNALS:
    void previewUpdated();
    void environmentsChanged(); // flagged or removed something: the window rescans
    void defaultsSaved();       // the window's own cleanup view follows the new default

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Column
    {
        NameColumn,
        SizeColumn,
        DecisionColumn,
        WhyColumn
    };

    void retranslate();
    void loadPolicy(const StalenessOptions &options);
    void recompute();
    void onPreviewComputed();
    void showPreview();
    void updateButtons();
    void onRemoved();
    qint64 sizeOf(const QString &name) const; // -1 when not known

    std::unique_ptr<Ui::CleanupDialog> m_ui;
    Settings &m_settings;
    ScanResult m_scan;
    StalenessOptions m_baseOptions; // pins and the validity period, from the settings
    Problems m_problems;
    CleanupView m_preview;
    QFutureWatcher<CleanupView> m_previewWatcher;
    QFutureWatcher<ApplyReport> m_removeWatcher;
    bool m_recompute = false; // the policy changed while a preview was computed
    bool m_computing = false;
    bool m_removing = false;
    QString m_outcome; // what the last action did, in the status line
};

} // namespace venvdeck
