#include "details/EnvironmentDetailsWidget.h"

#include "common/Icons.h"
#include "details/BuildLogWidget.h"
#include "details/DependencyTreeWidget.h"
#include "details/PackageSortFilterProxy.h"
#include "details/PackageTableModel.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

QString formatTime(const QDateTime &time)
{
    if (!time.isValid())
        return EnvironmentDetailsWidget::tr("not known");
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString bulletList(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped.append(u"\u2022 "_s + line.toHtmlEscaped());
    return escaped.join(u"<br>"_s);
}

QString describeLayout(Layout layout)
{
    switch (layout) {
    case Layout::Posix:
        return EnvironmentDetailsWidget::tr("POSIX (bin/, lib/pythonX.Y/site-packages)");
    case Layout::Windows:
        return EnvironmentDetailsWidget::tr("Windows (Scripts\\, Lib\\site-packages)");
    case Layout::Unknown:
        break;
    }
    return EnvironmentDetailsWidget::tr("not recognised");
}

QString describeKind(OwnerKind kind)
{
    switch (kind) {
    case OwnerKind::Driver:
        return EnvironmentDetailsWidget::tr("Shell driver");
    case OwnerKind::Script:
        return EnvironmentDetailsWidget::tr("Script");
    case OwnerKind::Unknown:
        break;
    }
    return EnvironmentDetailsWidget::tr("not known");
}

QString describeHealth(Health health)
{
    switch (health) {
    case Health::Ok:
        return EnvironmentDetailsWidget::tr("OK");
    case Health::Broken:
        return EnvironmentDetailsWidget::tr("Broken");
    case Health::NotAVenv:
        break;
    }
    return EnvironmentDetailsWidget::tr("Not a virtual environment");
}

// Paths have no spaces to wrap at: allow a break after every separator (zero-width spaces; the label is then not
// selectable, so nobody copies them: Copy Path gives the real text).
QString breakablePath(const QString &path)
{
    QString native = QDir::toNativeSeparators(path);
    native.replace(u'/', u"/\u200b"_s).replace(u'\\', u"\\\u200b"_s).replace(u'_', u"_\u200b"_s);
    return native;
}

void makePathLabel(QLabel *label)
{
    label->setTextInteractionFlags(Qt::NoTextInteraction);
}

QString formatSize(qint64 bytes)
{
    return EnvironmentDetailsWidget::tr("%1 (%2 bytes)")
        .arg(QLocale().formattedDataSize(bytes), QLocale().toString(bytes));
}

} // namespace

EnvironmentDetailsWidget::EnvironmentDetailsWidget(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    auto *placeholder = new QLabel(m_stack);
    translated([placeholder] { placeholder->setText(tr("Select an environment to see its details.")); });
    placeholder->setObjectName(u"detailsPlaceholder"_s);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setEnabled(false);
    m_stack->addWidget(placeholder);

    auto *page = new QWidget(m_stack);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 6, 0);
    m_headerIcon = new QLabel(page);
    m_headerIcon->setFixedSize(24, 24);
    header->addWidget(m_headerIcon);
    m_headerName = new QLabel(page);
    m_headerName->setObjectName(u"detailsName"_s);
    m_headerName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont nameFont = m_headerName->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_headerName->setFont(nameFont);
    m_headerName->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_headerSummary = new QLabel(page);
    m_headerSummary->setObjectName(u"detailsSummary"_s);
    header->addWidget(m_headerName, 3);
    header->addSpacing(12);
    header->addWidget(m_headerSummary, 0);
    header->addStretch(1);
    pageLayout->addLayout(header);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(u"detailsTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createOverviewTab(), QString());
    m_tabs->addTab(createPackagesTab(), QString());
    m_dependencies = new DependencyTreeWidget(this);
    m_dependencies->setObjectName(u"dependenciesTab"_s);
    m_tabs->addTab(m_dependencies, QString());
    m_buildLog = new BuildLogWidget(this);
    m_buildLog->setObjectName(u"logTab"_s);
    m_tabs->addTab(m_buildLog, QString());
    translated([this] {
        m_tabs->setTabText(0, tr("&Overview"));
        m_tabs->setTabText(1, tr("&Packages"));
        m_tabs->setTabText(2, tr("&Dependencies"));
        m_tabs->setTabText(3, tr("&Log"));
    });
    pageLayout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);

    clear();
}

EnvironmentDetailsWidget::~EnvironmentDetailsWidget() = default;

// A grid of label and value columns (not a QFormLayout: Qt 6.4.2's writes past its arrays in setGeometry with
// word-wrapped fields, which valgrind shows and which crashed the window).
void EnvironmentDetailsWidget::translated(std::function<void()> apply)
{
    apply();
    m_retranslators.push_back(std::move(apply));
}

QGridLayout *EnvironmentDetailsWidget::addGroup(QLayout *into, const char *title)
{
    auto *group = new QGroupBox;
    translated([group, title] { group->setTitle(tr(title)); });
    auto *grid = new QGridLayout(group);
    grid->setColumnStretch(1, 1);
    into->addWidget(group);
    return grid;
}

EnvironmentDetailsWidget::Row EnvironmentDetailsWidget::addRow(QGridLayout *grid, const char *label,
                                                               const QString &objectName)
{
    Row row;
    row.label = new QLabel;
    translated([text = row.label, label] { text->setText(tr(label)); });
    row.label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    row.value = new QLabel;
    row.value->setObjectName(objectName);
    row.value->setWordWrap(true);
    row.value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    row.value->setTextFormat(Qt::PlainText);
    row.value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long paths wrap, never widen the pane
    row.label->setBuddy(row.value);
    const int line = grid->rowCount();
    grid->addWidget(row.label, line, 0);
    grid->addWidget(row.value, line, 1);
    return row;
}

void EnvironmentDetailsWidget::setRow(const Row &row, const QString &text, bool visible)
{
    row.value->setText(text);
    row.label->setVisible(visible);
    row.value->setVisible(visible);
}

QWidget *EnvironmentDetailsWidget::createOverviewTab()
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"overviewTab"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget;
    // Three columns of groups, so that the pane under the table shows everything at a glance.
    auto *columns = new QHBoxLayout(content);
    QVBoxLayout *column[3];
    for (auto &each : column) {
        each = new QVBoxLayout;
        columns->addLayout(each, 1);
    }

    QVBoxLayout *layout = column[0];
    QGridLayout *location = addGroup(layout, QT_TR_NOOP("Location"));
    m_path = addRow(location, QT_TR_NOOP("Path:"), u"pathValue"_s);
    auto *buttons = new QHBoxLayout;
    m_openFolderButton = new QPushButton;
    m_openFolderButton->setObjectName(u"openFolderButton"_s);
    m_openFolderButton->setIcon(QIcon::fromTheme(u"folder-open"_s, style()->standardIcon(QStyle::SP_DirOpenIcon)));
    m_copyPathButton = new QPushButton;
    translated([this] {
        m_openFolderButton->setText(tr("Open &Folder"));
        m_copyPathButton->setText(tr("&Copy Path"));
    });
    m_copyPathButton->setObjectName(u"copyPathButton"_s);
    m_copyPathButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    buttons->addWidget(m_openFolderButton);
    buttons->addWidget(m_copyPathButton);
    buttons->addStretch();
    location->addLayout(buttons, location->rowCount(), 1);
    makePathLabel(m_path.value);
    m_layout = addRow(location, QT_TR_NOOP("Layout:"), u"layoutValue"_s);
    m_sitePackages = addRow(location, QT_TR_NOOP("Site-packages:"), u"sitePackagesValue"_s);
    makePathLabel(m_sitePackages.value);
    connect(m_openFolderButton, &QPushButton::clicked, this, &EnvironmentDetailsWidget::openFolder);
    connect(m_copyPathButton, &QPushButton::clicked, this, &EnvironmentDetailsWidget::copyPath);

    QGridLayout *size = addGroup(layout, QT_TR_NOOP("Size"));
    m_apparentSize = addRow(size, QT_TR_NOOP("Apparent:"), u"apparentSizeValue"_s);
    m_allocatedSize = addRow(size, QT_TR_NOOP("Allocated on disk:"), u"allocatedSizeValue"_s);
    m_fileCount = addRow(size, QT_TR_NOOP("Files:"), u"fileCountValue"_s);
    layout->addStretch();

    layout = column[1];
    QGridLayout *owner = addGroup(layout, QT_TR_NOOP("Owner"));
    m_owner = addRow(owner, QT_TR_NOOP("Name:"), u"ownerValue"_s);
    m_ownerKind = addRow(owner, QT_TR_NOOP("Kind:"), u"ownerKindValue"_s);
    m_ownerVersion = addRow(owner, QT_TR_NOOP("Version:"), u"ownerVersionValue"_s);
    m_ownerSource = addRow(owner, QT_TR_NOOP("Source:"), u"ownerSourceValue"_s);
    m_ownerUid = addRow(owner, QT_TR_NOOP("Unique id:"), u"ownerUidValue"_s);
    m_builtAt = addRow(owner, QT_TR_NOOP("Built at:"), u"builtAtValue"_s);
    m_builtBy = addRow(owner, QT_TR_NOOP("Built by:"), u"builtByValue"_s);
    m_requirementsHash = addRow(owner, QT_TR_NOOP("Requirements SHA-256:"), u"requirementsHashValue"_s);

    QGridLayout *times = addGroup(layout, QT_TR_NOOP("Times"));
    m_created = addRow(times, QT_TR_NOOP("Created:"), u"createdValue"_s);
    m_modified = addRow(times, QT_TR_NOOP("Modified:"), u"modifiedValue"_s);
    m_lastUsed = addRow(times, QT_TR_NOOP("Last used:"), u"lastUsedValue"_s);
    layout->addStretch();

    layout = column[2];
    QGridLayout *python = addGroup(layout, QT_TR_NOOP("Python"));
    m_pythonVersion = addRow(python, QT_TR_NOOP("Version:"), u"pythonVersionValue"_s);
    m_pythonImplementation = addRow(python, QT_TR_NOOP("Implementation:"), u"pythonImplementationValue"_s);
    m_baseInterpreter = addRow(python, QT_TR_NOOP("Base interpreter:"), u"baseInterpreterValue"_s);
    m_interpreter = addRow(python, QT_TR_NOOP("Venv interpreter:"), u"interpreterValue"_s);
    makePathLabel(m_baseInterpreter.value);
    makePathLabel(m_interpreter.value);
    m_systemSitePackages = addRow(python, QT_TR_NOOP("System site-packages:"), u"systemSitePackagesValue"_s);

    QGridLayout *health = addGroup(layout, QT_TR_NOOP("Health"));
    m_health = addRow(health, QT_TR_NOOP("Health:"), u"healthValue"_s);
    m_reasons = addRow(health, QT_TR_NOOP("Reasons:"), u"healthReasonsValue"_s);
    m_reasons.value->setTextFormat(Qt::RichText);
    m_problems = addRow(health, QT_TR_NOOP("Problems:"), u"problemsValue"_s);
    m_problems.value->setTextFormat(Qt::RichText);

    QGridLayout *cleanup = addGroup(layout, QT_TR_NOOP("Cleanup"));
    m_cleanupGroup = qobject_cast<QGroupBox *>(cleanup->parentWidget());
    m_staleReasons = addRow(cleanup, QT_TR_NOOP("Stale:"), u"staleReasonsValue"_s);
    m_staleReasons.value->setTextFormat(Qt::RichText);
    m_keptBecause = addRow(cleanup, QT_TR_NOOP("Kept:"), u"keptBecauseValue"_s);
    m_pendingRemoval = addRow(cleanup, QT_TR_NOOP("Removal:"), u"pendingRemovalValue"_s);
    m_inUse = addRow(cleanup, QT_TR_NOOP("In use by:"), u"inUseValue"_s);
    m_inUse.value->setTextFormat(Qt::RichText);
    m_cleanupGroup->hide();

    layout->addStretch();
    scroll->setWidget(content);
    return scroll;
}

QWidget *EnvironmentDetailsWidget::createPackagesTab()
{
    auto *page = new QWidget;
    page->setObjectName(u"packagesTab"_s);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_packageFilter = new QLineEdit(page);
    m_packageFilter->setObjectName(u"packageFilter"_s);
    m_packageFilter->setClearButtonEnabled(true);
    translated([this] {
        m_packageFilter->setPlaceholderText(tr("Filter packages by name"));
        m_packageFilter->setAccessibleName(tr("Filter packages"));
    });
    m_packageCount = new QLabel(page);
    m_packageCount->setObjectName(u"packageCount"_s);
    bar->addWidget(m_packageFilter, 1);
    bar->addWidget(m_packageCount);
    layout->addLayout(bar);

    m_packageModel = new PackageTableModel(this);
    m_packageProxy = new PackageSortFilterProxy(this);
    m_packageProxy->setSourceModel(m_packageModel);
    m_packageView = new QTableView(page);
    m_packageView->setObjectName(u"packageView"_s);
    translated([this] { m_packageView->setAccessibleName(tr("Installed packages")); });
    m_packageView->setModel(m_packageProxy);
    m_packageView->setSortingEnabled(true);
    m_packageView->sortByColumn(PackageTableModel::NameColumn, Qt::AscendingOrder);
    m_packageView->setAlternatingRowColors(true);
    m_packageView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_packageView->setWordWrap(false);
    m_packageView->verticalHeader()->hide();
    m_packageView->verticalHeader()->setDefaultSectionSize(m_packageView->fontMetrics().height() + 8);
    m_packageView->horizontalHeader()->setSectionResizeMode(PackageTableModel::NameColumn, QHeaderView::Stretch);
    m_packageView->horizontalHeader()->setSectionResizeMode(PackageTableModel::VersionColumn,
                                                            QHeaderView::ResizeToContents);
    m_packageView->horizontalHeader()->setSectionResizeMode(PackageTableModel::RequestedColumn,
                                                            QHeaderView::ResizeToContents);
    m_packageView->horizontalHeader()->setSectionResizeMode(PackageTableModel::InstallerColumn,
                                                            QHeaderView::ResizeToContents);
    m_packageView->horizontalHeader()->setSectionResizeMode(PackageTableModel::LatestColumn,
                                                            QHeaderView::ResizeToContents);
    layout->addWidget(m_packageView, 1);

    const auto updateCount = [this] {
        const int shown = m_packageProxy->rowCount();
        const int total = m_packageModel->rowCount();
        QString text = shown == total ? tr("%n package(s)", nullptr, total)
                                      : tr("%1 of %n package(s)", nullptr, total).arg(shown);
        if (const int updates = m_packageModel->updatesShown(); updates > 0)
            text += u" \u00b7 "_s + tr("%n update(s)", nullptr, updates);
        m_packageCount->setText(text);
    };
    connect(m_packageFilter, &QLineEdit::textChanged, this, [this, updateCount](const QString &text) {
        m_packageProxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_packageModel, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_packageModel, &QAbstractItemModel::dataChanged, this, updateCount);
    translated([this, updateCount] {
        updateCount();
        Q_EMIT m_packageModel->headerDataChanged(Qt::Horizontal, 0, m_packageModel->columnCount() - 1);
    });
    return page;
}

void EnvironmentDetailsWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_retranslators.empty()) {
        for (const auto &apply : m_retranslators)
            apply();
        // The values are composed in setEnvironment() and setCleanupStatus(): compose them again.
        if (m_hasEnvironment) {
            const std::optional<CleanupStatus> status = m_cleanupStatus;
            setEnvironment(m_environment);
            setCleanupStatus(status ? &*status : nullptr);
        }
    }
    QWidget::changeEvent(event);
}

void EnvironmentDetailsWidget::setCleanupStatus(const CleanupStatus *status)
{
    m_cleanupGroup->setVisible(status != nullptr);
    m_cleanupStatus = status ? std::optional<CleanupStatus>(*status) : std::nullopt;
    if (!status)
        return;
    QStringList reasons;
    for (const StaleReason &reason : status->staleness.reasons)
        reasons.append(reason.reason);
    setRow(m_staleReasons, reasons.isEmpty() ? tr("no rule applies") : bulletList(reasons));
    QString kept = status->staleness.keptBecause;
    if (status->staleness.pinned)
        kept = tr("pinned: never proposed for removal");
    setRow(m_keptBecause, kept, !kept.isEmpty());
    setRow(m_pendingRemoval, status->pendingRemoval ? tr("flagged: removed at the next restart")
                             : status->staleness.proposed ? tr("proposed by the staleness rules, not flagged")
                                                          : tr("not flagged"));
    QStringList processes;
    for (const ProcessUse &use : status->inUse.value_or(QList<ProcessUse>()))
        processes.append(tr("%1 (pid %2)").arg(use.command, QString::number(use.pid)));
    setRow(m_inUse, !status->inUse ? tr("not checked") : processes.isEmpty() ? tr("no process") : bulletList(processes));
}

void EnvironmentDetailsWidget::setUpdateStatus(const EnvironmentStatus *status)
{
    m_packageModel->setUpdateStatus(status);
}

void EnvironmentDetailsWidget::clear()
{
    m_hasEnvironment = false;
    m_environment = {};
    m_packageModel->setPackages({});
    m_packageModel->setUpdateStatus(nullptr);
    m_dependencies->clear();
    m_buildLog->clear();
    setCleanupStatus(nullptr);
    m_stack->setCurrentIndex(0);
}

void EnvironmentDetailsWidget::setEnvironment(const Environment &environment)
{
    m_environment = environment;
    m_hasEnvironment = true;
    const Environment &e = m_environment;

    m_headerIcon->setPixmap(icons::health(e.health).pixmap(24, 24));
    m_headerName->setToolTip(e.name);
    m_headerName->setText(e.name);
    QStringList summary;
    summary.append(describeHealth(e.health));
    if (!e.pythonVersion.isEmpty())
        summary.append(tr("Python %1").arg(e.pythonVersion));
    summary.append(tr("%n package(s)", nullptr, int(e.packages.size())));
    if (e.usage)
        summary.append(QLocale().formattedDataSize(e.usage->apparentBytes));
    m_headerSummary->setText(summary.join(u" \u00b7 "_s));

    const QString notKnown = tr("not known");
    setRow(m_path, breakablePath(e.path));
    m_path.value->setToolTip(QDir::toNativeSeparators(e.path));
    setRow(m_layout, describeLayout(e.layout));
    QStringList sitePackages;
    for (const QString &path : e.sitePackages)
        sitePackages.append(breakablePath(path));
    setRow(m_sitePackages, sitePackages.isEmpty() ? tr("none found") : sitePackages.join(u'\n'));
    m_openFolderButton->setEnabled(!e.path.isEmpty());
    m_copyPathButton->setEnabled(!e.path.isEmpty());

    setRow(m_owner, e.owner.name.isEmpty() ? notKnown : e.owner.name);
    setRow(m_ownerKind, describeKind(e.owner.kind));
    if (e.owner.source == OwnerSource::Record) {
        setRow(m_ownerVersion, e.owner.version.isEmpty() ? notKnown : e.owner.version);
        setRow(m_ownerSource, tr("from venvdeck.json (the ownership record)"));
    } else {
        setRow(m_ownerVersion, e.owner.version.isEmpty() ? notKnown : tr("build %1").arg(e.owner.version));
        setRow(m_ownerSource, tr("inferred from the folder name"));
    }
    setRow(m_ownerUid, e.owner.uid, !e.owner.uid.isEmpty());
    const bool hasRecord = e.record.has_value();
    setRow(m_builtAt, hasRecord ? formatTime(e.record->builtAt) : QString(), hasRecord);
    setRow(m_builtBy, hasRecord ? e.record->builtBy : QString(), hasRecord && !e.record->builtBy.isEmpty());
    setRow(m_requirementsHash, hasRecord ? e.record->requirementsSha256 : QString(),
           hasRecord && !e.record->requirementsSha256.isEmpty());

    setRow(m_pythonVersion, e.pythonVersion.isEmpty() ? notKnown : e.pythonVersion);
    setRow(m_pythonImplementation, e.pythonImplementation.isEmpty() ? notKnown : e.pythonImplementation);
    QString base = e.baseInterpreter.isEmpty() ? notKnown : breakablePath(e.baseInterpreter);
    if (!e.baseInterpreter.isEmpty()) {
        if (!e.baseInterpreterExists.has_value())
            base = tr("%1 (cannot be checked on this system)").arg(base);
        else if (*e.baseInterpreterExists)
            base = tr("%1 (exists)").arg(base);
        else
            base = tr("%1 (missing)").arg(base);
    }
    setRow(m_baseInterpreter, base);
    setRow(m_interpreter, e.interpreter.isEmpty() ? tr("none") : breakablePath(e.interpreter));
    setRow(m_systemSitePackages, e.includeSystemSitePackages ? tr("included") : tr("not included"));

    if (e.usage) {
        setRow(m_apparentSize, formatSize(e.usage->apparentBytes));
        setRow(m_allocatedSize, formatSize(e.usage->allocatedBytes));
        setRow(m_fileCount, QLocale().toString(e.usage->fileCount));
    } else {
        setRow(m_apparentSize, tr("not computed"));
        setRow(m_allocatedSize, tr("not computed"));
        setRow(m_fileCount, tr("not computed"));
    }

    setRow(m_created, formatTime(e.createdAt));
    setRow(m_modified, formatTime(e.modifiedAt));
    setRow(m_lastUsed, e.lastUsedAt.isValid()
                           ? tr("%1 (source: %2)").arg(formatTime(e.lastUsedAt), describe(e.lastUsedSource))
                           : notKnown);

    setRow(m_health, describeHealth(e.health));
    setRow(m_reasons, bulletList(e.healthReasons), !e.healthReasons.isEmpty());
    QStringList problems;
    for (const Problem &problem : e.problems)
        problems.append(tr("%1: %2").arg(QDir::toNativeSeparators(problem.path), problem.message));
    setRow(m_problems, bulletList(problems), !problems.isEmpty());

    m_packageModel->setPackages(e.packages);
    m_dependencies->setEnvironment(e);
    m_buildLog->setEnvironment(QFileInfo(e.path).path(), e.name);
    m_stack->setCurrentIndex(1);
}

void EnvironmentDetailsWidget::openFolder()
{
    if (m_hasEnvironment)
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_environment.path));
}

void EnvironmentDetailsWidget::copyPath()
{
    if (m_hasEnvironment)
        QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(m_environment.path));
}

} // namespace venvdeck
