#pragma once

#include "config/AdminSettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace venvdeck {

class Settings;

// Settings (ui/settingsdialog.ui): the root, the execution server's customer.config (Import fills the package
// sources and the validity period from it), the package sources, the cleanup numbers, parallel builds, the build
// timeout and the language. OK stays disabled, with the reason shown, while a value is invalid (AdminSettings::
// problems). Accepting stores the values in Settings; the window applies what changed (appliedChanges()).
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    // `currentRoot` is the root the window shows (it may come from --root rather than the saved setting).
    SettingsDialog(Settings &settings, const QString &currentRoot, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    AdminSettings values() const; // as the fields say now
    void setValues(const AdminSettings &values);
    QString reason() const { return m_reason; } // why OK is disabled; empty when it is not
    // Reads the customer.config named in its field and fills the fields; returns what it took (or the problem).
    QString importCustomerConfig();
    SettingsChanges appliedChanges() const { return m_changes; } // what accepting changed

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void validate();
    void chooseRoot();
    void chooseCustomerConfig();
    void chooseOfflineFolder();
    void updateHints();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    Settings &m_settings;
    AdminSettings m_loaded;
    QString m_reason;
    QString m_importText;
    SettingsChanges m_changes;
};

} // namespace venvdeck
