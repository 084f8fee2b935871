#include "settings/SettingsDialog.h"
#include "ui_settingsdialog.h"

#include "config/CustomerConfig.h"
#include "config/Settings.h"
#include "config/Translations.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QThread>

using namespace Qt::StringLiterals;

namespace venvdeck {

SettingsDialog::SettingsDialog(Settings &settings, const QString &currentRoot, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->environmentsLayout->setAlignment(m_ui->browseRootButton, Qt::AlignLeft); // as wide as its text
    m_loaded = AdminSettings::load(settings);
    if (!currentRoot.isEmpty())
        m_loaded.root = currentRoot;
    retranslate();
    setValues(m_loaded);

    connect(m_ui->browseRootButton, &QPushButton::clicked, this, &SettingsDialog::chooseRoot);
    connect(m_ui->browseCustomerConfigButton, &QPushButton::clicked, this, &SettingsDialog::chooseCustomerConfig);
    connect(m_ui->browseOfflineButton, &QPushButton::clicked, this, &SettingsDialog::chooseOfflineFolder);
    connect(m_ui->importButton, &QPushButton::clicked, this, &SettingsDialog::importCustomerConfig);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    for (QLineEdit *edit : {m_ui->rootEdit, m_ui->customerConfigEdit, m_ui->indexUrlEdit, m_ui->trustedHostsEdit,
                            m_ui->extraIndexEdit, m_ui->offlineFolderEdit})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    for (QSpinBox *spin : {m_ui->validitySpin, m_ui->unusedDaysSpin, m_ui->keepNewestSpin, m_ui->parallelBuildsSpin,
                           m_ui->buildTimeoutSpin})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::validate);
    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::validate);
    validate();
    resize(std::max(width(), sizeHint().width()), sizeHint().height()); // no empty band above the buttons
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    // uic's texts, then the ones set here; the values in the fields stay as they are.
    const int language = m_ui->languageCombo->currentIndex();
    m_ui->retranslateUi(this);
    m_ui->parallelBuildsSpin->setSpecialValueText(
        tr("One per core (%n)", nullptr, std::max(1, QThread::idealThreadCount())));
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("System language"), QString());
    for (const QString &code : availableLanguages())
        m_ui->languageCombo->addItem(languageName(code), code);
    m_ui->languageCombo->setCurrentIndex(std::max(0, language));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_ui->importLabel->setText(m_importText.isEmpty()
                                   ? tr("Import takes the package sources and the validity period from the "
                                        "execution server's customer.config.")
                                   : m_importText);
    updateHints();
    m_ui->customerConfigEdit->setPlaceholderText(QDir::toNativeSeparators(defaultCustomerConfigPath()));
    validate();
}

AdminSettings SettingsDialog::values() const
{
    AdminSettings values;
    values.root = QDir::fromNativeSeparators(m_ui->rootEdit->text().trimmed());
    values.customerConfigPath = QDir::fromNativeSeparators(m_ui->customerConfigEdit->text().trimmed());
    values.indexUrl = m_ui->indexUrlEdit->text().trimmed();
    values.trustedHosts = splitTrustedHosts(m_ui->trustedHostsEdit->text());
    values.extraIndexUrl = m_ui->extraIndexEdit->text().trimmed();
    values.offlineFolder = QDir::fromNativeSeparators(m_ui->offlineFolderEdit->text().trimmed());
    values.validityMinutes = m_ui->validitySpin->value();
    values.unusedDays = m_ui->unusedDaysSpin->value();
    values.keepNewest = m_ui->keepNewestSpin->value();
    values.maxConcurrentBuilds = m_ui->parallelBuildsSpin->value();
    values.buildTimeoutMinutes = m_ui->buildTimeoutSpin->value();
    values.language = m_ui->languageCombo->currentData().toString();
    return values;
}

void SettingsDialog::setValues(const AdminSettings &values)
{
    m_ui->rootEdit->setText(QDir::toNativeSeparators(values.root));
    m_ui->customerConfigEdit->setText(QDir::toNativeSeparators(values.customerConfigPath));
    m_ui->indexUrlEdit->setText(values.indexUrl);
    m_ui->trustedHostsEdit->setText(values.trustedHosts.join(u", "_s));
    m_ui->extraIndexEdit->setText(values.extraIndexUrl);
    m_ui->offlineFolderEdit->setText(QDir::toNativeSeparators(values.offlineFolder));
    m_ui->validitySpin->setValue(values.validityMinutes);
    m_ui->unusedDaysSpin->setValue(values.unusedDays);
    m_ui->keepNewestSpin->setValue(values.keepNewest);
    m_ui->parallelBuildsSpin->setValue(values.maxConcurrentBuilds);
    m_ui->buildTimeoutSpin->setValue(values.buildTimeoutMinutes);
    const int language = m_ui->languageCombo->findData(values.language);
    m_ui->languageCombo->setCurrentIndex(std::max(0, language));
    validate();
}

void SettingsDialog::updateHints()
{
    const int minutes = m_ui->validitySpin->value();
    m_ui->validityHint->setText(minutes % 60 == 0 ? tr("%n hour(s)", nullptr, minutes / 60)
                                                  : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60));
}

void SettingsDialog::validate()
{
    updateHints();
    const QStringList problems = values().problems();
    m_reason = problems.join(u'\n');
    m_ui->reasonLabel->setText(m_reason);
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(problems.isEmpty());
    ok->setToolTip(m_reason);
}

QString SettingsDialog::importCustomerConfig()
{
    QString path = QDir::fromNativeSeparators(m_ui->customerConfigEdit->text().trimmed());
    if (path.isEmpty())
        path = defaultCustomerConfigPath();
    const Read<CustomerConfig> read = readCustomerConfig(path);
    QString text;
    if (!read.value) {
        QStringList problems;
        for (const Problem &problem : read.problems)
            problems.append(problem.message);
        text = tr("Nothing imported from %1: %2").arg(QDir::toNativeSeparators(path), problems.join(u"; "_s));
    } else {
        AdminSettings current = values();
        const QStringList taken = current.importFrom(*read.value);
        if (taken.isEmpty()) {
            text = tr("%1 sets none of RequirementsRepository, RequirementsTrustedHost, RequirementsExtraRepository "
                      "and VirtualEnvironmentLifetimeDurationInMinutes: nothing changed.")
                       .arg(QDir::toNativeSeparators(path));
        } else {
            current.offlineFolder.clear(); // the server's index wins over an offline folder chosen before
            setValues(current);
            text = tr("Imported from %1:").arg(QDir::toNativeSeparators(path)) + u"\n  "_s + taken.join(u"\n  "_s);
        }
        if (m_ui->customerConfigEdit->text().trimmed().isEmpty())
            m_ui->customerConfigEdit->setText(QDir::toNativeSeparators(path));
    }
    m_importText = text;
    m_ui->importLabel->setText(text);
    validate();
    return text;
}

void SettingsDialog::chooseRoot()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the Venv Root"), m_ui->rootEdit->text());
    if (!folder.isEmpty())
        m_ui->rootEdit->setText(QDir::toNativeSeparators(folder));
}

void SettingsDialog::chooseCustomerConfig()
{
    QString start = m_ui->customerConfigEdit->text().trimmed();
    if (start.isEmpty())
        start = QFileInfo(defaultCustomerConfigPath()).path();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the Execution Server's customer.config"), start,
                                                      tr("customer.config (*.config);;All files (*)"));
    if (!file.isEmpty())
        m_ui->customerConfigEdit->setText(QDir::toNativeSeparators(file));
}

void SettingsDialog::chooseOfflineFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the Folder of Wheels and Sdists"),
                                                             m_ui->offlineFolderEdit->text());
    if (!folder.isEmpty())
        m_ui->offlineFolderEdit->setText(QDir::toNativeSeparators(folder));
}

void SettingsDialog::accept()
{
    validate();
    if (!m_reason.isEmpty())
        return;
    const AdminSettings chosen = values();
    m_changes = settingsChanges(m_loaded, chosen);
    AdminSettings stored = chosen;
    // The root shown may come from --root or VENVDECK_ROOT: only a root chosen here becomes the saved one.
    if (!m_changes.testFlag(SettingsChange::Root))
        stored.root = m_settings.value(SettingKeys::root);
    stored.save(m_settings);
    QDialog::accept();
}

} // namespace venvdeck
