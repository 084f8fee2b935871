#include "build/BuildDialog.h"
#include "ui_builddialog.h"

#include "build/Builder.h"
#include "builds/BuildQueue.h"
#include "config/CustomerConfig.h"
#include "index/IndexConfiguration.h"
#include "config/Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

QString problemText(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(u"%1: %2"_s.arg(QDir::toNativeSeparators(problem.path), problem.message));
    return lines.join(u'\n');
}

QString describePython(const PythonInterpreter &python)
{
    return u"%1 %2  %3"_s.arg(python.implementation, python.version, QDir::toNativeSeparators(python.path));
}

} // namespace

BuildDialogDefaults BuildDialogDefaults::from(const Settings &settings)
{
    BuildDialogDefaults defaults;
    defaults.build.nameTemplate = settings.value(SettingKeys::buildNameTemplate);
    defaults.build.timeoutSeconds = settings.value(SettingKeys::buildTimeoutMinutes) * 60;
    // Where packages come from: core's one rule (settings, then the execution server's customer.config).
    const IndexConfiguration index = resolveIndexConfiguration({}, settings);
    defaults.index = index.pip;
    if (index.customerConfig)
        defaults.build.defaultPythonVersion = index.customerConfig->defaultPythonVersion();
    return defaults;
}

BuildDialog::BuildDialog(const QString &root, const BuildDialogDefaults &defaults, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BuildDialog>()), m_root(root), m_defaults(defaults)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Build from Package — %1").arg(QDir::toNativeSeparators(root)));
    m_ui->logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->readTree->header()->setStretchLastSection(true);
    m_ui->readTree->setColumnWidth(0, 180);
    m_ui->buildButton->setDefault(true);
    m_ui->buttonLayout->setStretch(0, 1); // the reason takes the room, the buttons keep their size
    m_ui->stageLabel->setText({});

    m_ui->indexUrlEdit->setText(defaults.index.indexUrl);
    m_ui->trustedHostEdit->setText(defaults.index.trustedHost);
    m_ui->extraIndexEdit->setText(defaults.index.extraIndexUrl);
    m_ui->offlineFolderEdit->setText(defaults.index.offlineFolder);
    m_ui->offlineRadio->setChecked(!defaults.index.offlineFolder.isEmpty());
    m_ui->ownerGroup->setVisible(false);
    m_ui->pythonCombo->addItem(tr("Looking for the Pythons on this machine…"));
    m_ui->pythonCombo->setEnabled(false);

    connect(m_ui->browseFileButton, &QPushButton::clicked, this, &BuildDialog::chooseFile);
    connect(m_ui->browseFolderButton, &QPushButton::clicked, this, &BuildDialog::chooseFolder);
    connect(m_ui->browseOfflineButton, &QPushButton::clicked, this, &BuildDialog::chooseOfflineFolder);
    connect(m_ui->sourceEdit, &QLineEdit::editingFinished, this, [this] {
        if (QDir::cleanPath(m_ui->sourceEdit->text().trimmed()) != m_sourcePath)
            setSource(m_ui->sourceEdit->text().trimmed());
    });
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] {
        m_nameEdited = !m_ui->nameEdit->text().isEmpty();
        updateName();
    });
    connect(m_ui->pythonCombo, &QComboBox::activated, this, [this] {
        m_pythonChosen = true;
        updateName();
    });
    for (QLineEdit *edit : {m_ui->ownerNameEdit, m_ui->ownerVersionEdit})
        connect(edit, &QLineEdit::textChanged, this, &BuildDialog::updateName);
    for (QLineEdit *edit : {m_ui->indexUrlEdit, m_ui->trustedHostEdit, m_ui->extraIndexEdit, m_ui->offlineFolderEdit})
        connect(edit, &QLineEdit::textChanged, this, &BuildDialog::updatePlan);
    for (QRadioButton *radio : {m_ui->onlineRadio, m_ui->offlineRadio})
        connect(radio, &QRadioButton::toggled, this, &BuildDialog::updatePlan);
    connect(m_ui->rebuildCheck, &QCheckBox::toggled, this, &BuildDialog::updatePlan);
    connect(m_ui->buildButton, &QPushButton::clicked, this, &BuildDialog::build);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        if (m_builder)
            m_builder->cancel();
    });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &BuildDialog::reject);
    connect(&m_readWatcher, &QFutureWatcher<Read<BuildSource>>::finished, this, &BuildDialog::onSourceRead);
    connect(&m_pythonWatcher, &QFutureWatcher<void>::finished, this, &BuildDialog::onInterpretersFound);

    showPage(false);
    // Discovery probes each Python once per process (cached); the first time it takes a moment.
    m_pythonWatcher.setFuture(QtConcurrent::run([] { discoverPythonInterpreters(); }));
    showSource(); // nothing chosen yet: what to do
}

BuildDialog::~BuildDialog()
{
    m_readWatcher.waitForFinished();
    m_pythonWatcher.waitForFinished();
}

void BuildDialog::setBuildQueue(BuildQueue *queue)
{
    m_queue = queue;
}

bool BuildDialog::isBuilding() const
{
    return m_builder && m_builder->isRunning();
}

QList<PythonInterpreter> BuildDialog::interpreters() const
{
    return m_interpretersKnown ? findPythonInterpreters() : QList<PythonInterpreter>();
}

void BuildDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a Shell Package, Driver Zip or requirements.txt"), QFileInfo(m_sourcePath).path(),
        tr("Packages and requirements (*.zip *.txt);;All files (*)"));
    if (!file.isEmpty())
        setSource(file);
}

void BuildDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose a Driver Folder"), m_sourcePath);
    if (!folder.isEmpty())
        setSource(folder);
}

void BuildDialog::chooseOfflineFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the Folder of Wheels and Sdists"),
                                                             m_ui->offlineFolderEdit->text());
    if (!folder.isEmpty()) {
        m_ui->offlineFolderEdit->setText(QDir::toNativeSeparators(folder));
        m_ui->offlineRadio->setChecked(true);
    }
}

void BuildDialog::setSource(const QString &path)
{
    m_sourcePath = path.isEmpty() ? QString() : QDir::cleanPath(path);
    m_reading = !m_sourcePath.isEmpty();
    m_ui->sourceEdit->setText(QDir::toNativeSeparators(m_sourcePath));
    m_source.reset();
    m_ui->readTree->clear();
    if (m_sourcePath.isEmpty()) {
        showSource();
        return;
    }
    m_ui->sourceStatusLabel->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(m_sourcePath)));
    // A newer choice replaces a read still running: the watcher reports only the newest future.
    m_readWatcher.setFuture(QtConcurrent::run([path = m_sourcePath] { return readBuildSource(path); }));
    updatePlan();
}

void BuildDialog::onSourceRead()
{
    const QFuture<Read<BuildSource>> future = m_readWatcher.future();
    if (future.isCanceled() || future.resultCount() == 0)
        return;
    m_reading = false;
    m_source = future.result();
    showSource();
    chooseDefaultPython();
    updateName();
    Q_EMIT sourceRead();
}

void BuildDialog::showSource()
{
    m_ui->readTree->clear();
    const bool requirements = m_source && m_source->value && m_source->value->kind == BuildSourceKind::Requirements;
    m_ui->ownerGroup->setVisible(requirements);
    if (!m_source) {
        m_ui->sourceStatusLabel->setText(
            tr("Choose a shell package zip, a driver zip or folder, or a requirements.txt."));
        if (!m_reading) {
            auto *hint = new QTreeWidgetItem(
                m_ui->readTree,
                {tr("Nothing read yet: Choose File… or Choose Folder… above, or type a path and press Enter. "
                    "What is read from it shows here.")});
            hint->setFirstColumnSpanned(true);
            hint->setDisabled(true);
        }
        updatePlan();
        return;
    }
    if (!m_source->value) {
        m_ui->sourceStatusLabel->setText(
            tr("Cannot build from %1:\n%2")
                .arg(QDir::toNativeSeparators(m_sourcePath), problemText(m_source->problems)));
        updatePlan();
        return;
    }
    const BuildSource &source = *m_source->value;
    QString status = tr("Read: %1.").arg(describe(source.kind));
    if (!m_source->problems.isEmpty())
        status += u'\n' + problemText(m_source->problems);
    m_ui->sourceStatusLabel->setText(status);
    const auto add = [this](const QString &field, const QString &value) {
        auto *item = new QTreeWidgetItem(m_ui->readTree, {field, value});
        item->setToolTip(1, value);
    };
    add(tr("Kind"), describe(source.kind));
    if (!source.ownerName.isEmpty())
        add(tr("Owner"), source.ownerName);
    if (!source.ownerVersion.isEmpty())
        add(tr("Version"), source.ownerVersion);
    add(tr("Python"), source.pythonVersion.isEmpty() ? tr("not given (a script: chosen below)") : source.pythonVersion);
    for (const auto &[key, value] : source.values)
        add(key, value);
    add(tr("Requirements"), QDir::toNativeSeparators(source.requirementsPath));
    const QStringList lines = source.requirements.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(u'#'))
            add(QString(), line.trimmed());
    }
    if (requirements)
        m_ui->ownerNameEdit->setFocus();
    updatePlan();
}

void BuildDialog::onInterpretersFound()
{
    m_interpretersKnown = true;
    fillPythons();
    chooseDefaultPython();
    if (m_pendingExisting) {
        const Environment environment = *m_pendingExisting;
        m_pendingExisting.reset();
        startExisting(environment, m_pendingMode);
        return;
    }
    updateName();
}

void BuildDialog::fillPythons()
{
    m_ui->pythonCombo->clear();
    const QList<PythonInterpreter> pythons = interpreters();
    for (const PythonInterpreter &python : pythons) {
        QString text = describePython(python);
        if (!python.canMakeVenvs())
            text += tr("  (cannot make venvs)");
        m_ui->pythonCombo->addItem(text, python.path);
    }
    if (pythons.isEmpty())
        m_ui->pythonCombo->addItem(tr("No Python found on this machine"));
    m_ui->pythonCombo->setEnabled(!pythons.isEmpty());
}

void BuildDialog::chooseDefaultPython()
{
    if (!m_interpretersKnown || m_pythonChosen)
        return;
    const BuildSource source = m_source && m_source->value ? *m_source->value : BuildSource{};
    const QString wanted = wantedPythonVersion(source, {}, m_defaults.build.defaultPythonVersion);
    const QList<PythonInterpreter> pythons = interpreters();
    if (const PythonInterpreter *python = choosePythonInterpreter(pythons, wanted)) {
        const int index = m_ui->pythonCombo->findData(python->path);
        if (index >= 0)
            m_ui->pythonCombo->setCurrentIndex(index);
    }
}

void BuildDialog::updateName()
{
    if (!m_nameEdited) {
        QString name;
        if (m_source && m_source->value && m_interpretersKnown) {
            const BuildSource &source = *m_source->value;
            const QString owner = m_ui->ownerNameEdit->text().trimmed().isEmpty()
                                      ? source.ownerName
                                      : m_ui->ownerNameEdit->text().trimmed();
            const QString version = m_ui->ownerVersionEdit->text().trimmed().isEmpty()
                                        ? source.ownerVersion
                                        : m_ui->ownerVersionEdit->text().trimmed();
            const QList<PythonInterpreter> pythons = interpreters();
            const int index = m_ui->pythonCombo->currentIndex();
            const QString majorMinor =
                index >= 0 && index < pythons.size() ? pythons.at(index).majorMinor() : QString();
            if (!owner.isEmpty())
                name = environmentNameFor(m_defaults.build.nameTemplate, owner, version, majorMinor);
        }
        m_ui->nameEdit->setText(name);
    }
    updatePlan();
}

void BuildDialog::updatePlan()
{
    m_plan = {};
    QString reason;
    const QList<PythonInterpreter> pythons = interpreters();
    const int pythonIndex = m_ui->pythonCombo->currentIndex();
    const PythonInterpreter *python =
        pythonIndex >= 0 && pythonIndex < pythons.size() ? &pythons.at(pythonIndex) : nullptr;
    m_ui->pythonNoteLabel->clear();
    if (python) {
        const bool chosen = m_source && m_source->value;
        const BuildSource source = chosen ? *m_source->value : BuildSource{};
        QString note; // what the chosen package asks for: nothing to say before one is chosen
        if (chosen && source.pythonVersion.isEmpty())
            note = tr("The package names no Python: Python %1 is the default (customer.config's "
                      "DefaultPythonVersion, else 3).")
                       .arg(wantedPythonVersion(source, {}, m_defaults.build.defaultPythonVersion));
        else if (chosen)
            note =
                tr("The package asks for Python %1 (PythonVersion in drivermetadata.xml).").arg(source.pythonVersion);
        if (!python->canMakeVenvs())
            note = tr("Python %1 cannot make venvs: it has no venv module and virtualenv is not installed for it.")
                       .arg(python->version);
        m_ui->pythonNoteLabel->setText(note);
    }

    if (m_root.isEmpty() || !QFileInfo(m_root).isDir())
        reason =
            tr("The root %1 is not a folder: choose an existing root first.").arg(QDir::toNativeSeparators(m_root));
    else if (m_sourcePath.isEmpty())
        reason = tr("Choose what to build.");
    else if (isReading())
        reason = tr("Reading %1…").arg(QDir::toNativeSeparators(m_sourcePath));
    else if (!m_source || !m_source->value)
        reason = tr("%1 cannot be built from (see above).").arg(QDir::toNativeSeparators(m_sourcePath));
    else if (!m_interpretersKnown)
        reason = tr("Looking for the Pythons on this machine…");
    else if (!python)
        reason = tr("No Python was found on this machine.");
    else if (!python->canMakeVenvs())
        reason = tr("Python %1 cannot make venvs: choose another Python.").arg(python->version);
    else if (m_ui->offlineRadio->isChecked() && !QFileInfo(m_ui->offlineFolderEdit->text().trimmed()).isDir())
        reason = m_ui->offlineFolderEdit->text().trimmed().isEmpty()
                     ? tr("Choose the offline folder of wheels and sdists.")
                     : tr("The offline folder %1 is not a folder.").arg(m_ui->offlineFolderEdit->text().trimmed());
    else if (m_ui->onlineRadio->isChecked() && m_ui->indexUrlEdit->text().trimmed().isEmpty() &&
             !m_ui->extraIndexEdit->text().trimmed().isEmpty())
        reason = tr("An extra index needs an index URL too.");

    if (reason.isEmpty()) {
        BuildChoices choices;
        choices.ownerName = m_ui->ownerNameEdit->text().trimmed();
        choices.ownerVersion = m_ui->ownerVersionEdit->text().trimmed();
        choices.python = python->path;
        choices.name = m_ui->nameEdit->text().trimmed();
        if (m_ui->offlineRadio->isChecked()) {
            choices.index.offlineFolder = QFileInfo(m_ui->offlineFolderEdit->text().trimmed()).absoluteFilePath();
        } else {
            choices.index.indexUrl = m_ui->indexUrlEdit->text().trimmed();
            choices.index.trustedHost = m_ui->trustedHostEdit->text().trimmed();
            choices.index.extraIndexUrl = m_ui->extraIndexEdit->text().trimmed();
        }
        choices.rebuild = m_ui->rebuildCheck->isChecked();
        m_plan = planBuild(m_root, *m_source->value, choices, m_defaults.build, pythons);
        reason = m_plan.error;
    }
    m_reason = reason;
    const bool online = m_ui->onlineRadio->isChecked();
    for (QWidget *widget : {static_cast<QWidget *>(m_ui->indexUrlEdit), static_cast<QWidget *>(m_ui->trustedHostEdit),
                            static_cast<QWidget *>(m_ui->extraIndexEdit)})
        widget->setEnabled(online);
    m_ui->offlineFolderEdit->setEnabled(!online);
    m_ui->browseOfflineButton->setEnabled(!online);
    m_ui->buildButton->setEnabled(m_plan.request.has_value());
    m_ui->buildButton->setToolTip(m_reason);
    if (m_ui->pages->currentWidget() == m_ui->sourcePage)
        m_ui->reasonLabel->setText(
            m_plan.request ? tr("Ready: %1 in %2").arg(m_plan.request->name, QDir::toNativeSeparators(m_root))
                           : m_reason);
}

void BuildDialog::build()
{
    updatePlan();
    if (m_plan.request)
        startRequest(*m_plan.request);
}

void BuildDialog::startExisting(const Environment &environment, BuildMode mode)
{
    setWindowTitle(mode == BuildMode::Refresh ? tr("Refresh %1").arg(environment.name)
                                              : tr("Rebuild %1").arg(environment.name));
    showPage(true);
    if (!m_interpretersKnown) {
        m_pendingExisting = environment;
        m_pendingMode = mode;
        m_ui->stageLabel->setText(tr("Looking for the Pythons on this machine…"));
        m_ui->progressBar->setRange(0, 0);
        m_ui->cancelButton->setVisible(false);
        return;
    }
    IndexOptions index = m_defaults.index;
    if (!index.offlineFolder.isEmpty()) {
        index.indexUrl.clear();
        index.trustedHost.clear();
        index.extraIndexUrl.clear();
    }
    const BuildPlan plan = planExisting(m_root, environment, mode, index, m_defaults.build, interpreters());
    if (!plan.request) {
        BuildResult result;
        result.name = environment.name;
        result.error = plan.error;
        onFinished(result);
        return;
    }
    startRequest(*plan.request);
}

void BuildDialog::startRequest(const BuildRequest &request)
{
    showPage(true);
    m_ui->logView->clear();
    m_ui->resultLabel->clear();
    if (request.mode != BuildMode::Refresh) // the Builder logs the target, requirements and package sources itself
        m_ui->logView->appendPlainText(tr("Python: %1").arg(describePython(request.interpreter)));
    m_builder = new Builder(this);
    if (m_queue)
        m_queue->add(m_builder, request); // the queue owns it: the build outlives the dialog
    connect(m_builder, &Builder::progressChanged, this, &BuildDialog::onProgress);
    connect(m_builder, &Builder::logLine, this, [this](const QString &line) { m_ui->logView->appendPlainText(line); });
    connect(m_builder, &Builder::finished, this, &BuildDialog::onFinished);
    m_ui->cancelButton->setVisible(true);
    m_ui->cancelButton->setEnabled(true);
    // With a queue, closing the dialog leaves the build running in the Builds panel.
    m_ui->closeButton->setVisible(m_queue != nullptr);
    m_ui->closeButton->setText(tr("Run in &Background"));
    m_ui->closeButton->setToolTip(tr("Close this dialog; the build goes on and the Builds panel shows it"));
    m_ui->progressBar->setRange(0, 0);
    m_builder->start(request);
    m_ui->cancelButton->setFocus();
}

void BuildDialog::onProgress(const BuildProgress &progress)
{
    m_ui->stageLabel->setText(describeProgress(progress));
    // pip gives no running count of what it has installed: stay honestly indeterminate until it is over.
    if (progress.stage == BuildStage::Finished)
        m_ui->progressBar->setRange(0, 1), m_ui->progressBar->setValue(1);
    else
        m_ui->progressBar->setRange(0, 0);
}

void BuildDialog::onFinished(const BuildResult &result)
{
    m_result = result;
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(result.ok ? 1 : 0);
    m_ui->cancelButton->setVisible(false);
    m_ui->closeButton->setVisible(true);
    m_ui->closeButton->setText(tr("C&lose"));
    m_ui->closeButton->setToolTip(tr("Close"));
    m_ui->closeButton->setFocus();
    QStringList lines;
    if (result.ok) {
        m_ui->stageLabel->setText(tr("Finished"));
        lines << tr("%1 %2 in %3 s.")
                     .arg(result.action == BuildAction::Refreshed ? tr("Refreshed")
                          : result.action == BuildAction::Rebuilt ? tr("Rebuilt")
                                                                  : tr("Built"),
                          result.name, QString::number(double(result.elapsedMs) / 1000.0, 'f', 1))
              << tr("Path: %1").arg(QDir::toNativeSeparators(result.path))
              << (result.installed.isEmpty() ? tr("Nothing new installed.")
                                             : tr("Installed %n package(s): ", nullptr, int(result.installed.size())) +
                                                   result.installed.join(u", "_s));
        if (!result.keptOldPath.isEmpty())
            lines << tr("The previous environment may still be in use, so it was kept as %1.")
                         .arg(QDir::toNativeSeparators(result.keptOldPath));
    } else {
        m_ui->stageLabel->setText(result.cancelled  ? tr("Cancelled")
                                  : result.timedOut ? tr("Timed out")
                                                    : tr("Failed"));
        lines << tr("%1 was not built: %2").arg(result.name, result.error);
        for (const QString &detail : result.details)
            lines << u"    "_s + detail;
    }
    if (!result.logPath.isEmpty())
        lines << tr("Log: %1").arg(QDir::toNativeSeparators(result.logPath));
    m_ui->resultLabel->setText(lines.join(u'\n'));
    Q_EMIT buildFinished(result);
}

void BuildDialog::showPage(bool log)
{
    m_ui->pages->setCurrentWidget(log ? m_ui->logPage : m_ui->sourcePage);
    m_ui->buildButton->setVisible(!log);
    m_ui->cancelButton->setVisible(log);
    if (log)
        m_ui->reasonLabel->clear(); // it keeps its room, so the buttons keep their size
}

void BuildDialog::reject()
{
    if (isBuilding() && !m_queue) {
        m_builder->cancel(); // finished() follows; the dialog stays to show it
        return;
    }
    QDialog::reject();
}

} // namespace venvdeck
