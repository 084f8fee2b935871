#include "model/EnvironmentTableModel.h"

#include "model/EnvironmentFilterProxy.h"
#include "model/EnvironmentSummary.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace venvdeck {

bool operator<(const VersionSortKey &a, const VersionSortKey &b)
{
    return compareVersions(a.version, b.version) < 0;
}

bool operator==(const VersionSortKey &a, const VersionSortKey &b)
{
    return compareVersions(a.version, b.version) == 0;
}

namespace {

constexpr auto flagBroken = "broken"_L1;
constexpr auto flagNotAVenv = "not-a-venv"_L1;
constexpr auto flagDemo = "demo"_L1;
constexpr auto flagProposed = "proposed"_L1;
constexpr auto flagPinned = "pinned"_L1;
constexpr auto flagPendingRemoval = "pending-removal"_L1;
constexpr auto flagInUse = "in-use"_L1;
const QString unknownText = u"\u2014"_s; // an em dash for "not known"

qint64 apparentSize(const Environment &environment)
{
    return environment.usage ? environment.usage->apparentBytes : -1;
}

QString formatTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString describeHealth(Health health)
{
    switch (health) {
    case Health::Ok:
        return EnvironmentTableModel::tr("OK");
    case Health::Broken:
        return EnvironmentTableModel::tr("Broken");
    case Health::NotAVenv:
        break;
    }
    return EnvironmentTableModel::tr("Not a virtual environment");
}

QString describeOwnerKind(OwnerKind kind)
{
    switch (kind) {
    case OwnerKind::Driver:
        return EnvironmentTableModel::tr("Driver");
    case OwnerKind::Script:
        return EnvironmentTableModel::tr("Script");
    case OwnerKind::Unknown:
        break;
    }
    return EnvironmentTableModel::tr("Unknown kind");
}

} // namespace

EnvironmentTableModel::EnvironmentTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int EnvironmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_environments.size());
}

int EnvironmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvironmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Environment &environment = m_environments.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(environment, column);
    case Qt::ToolTipRole:
        return toolTipData(environment, column);
    case Qt::AccessibleTextRole:
        if (column == StatusColumn)
            return describeHealth(environment.health);
        return displayData(environment, column);
    case Qt::TextAlignmentRole:
        if (column == PackagesColumn || column == SizeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case SortRole:
        return sortData(environment, column);
    case EnvironmentRole:
        return QVariant::fromValue(environment);
    case HealthRole:
        return int(environment.health);
    case SizeFractionRole: {
        const qint64 size = apparentSize(environment);
        if (size < 0 || m_largestSize <= 0)
            return 0.0;
        return double(size) / double(m_largestSize);
    }
    case FlagsRole:
        return flagKeys(environment);
    case PathRole:
        return environment.path;
    case UpdatesRole:
        return updatesOf(environment);
    default:
        break;
    }
    return {};
}

QVariant EnvironmentTableModel::displayData(const Environment &environment, int column) const
{
    switch (column) {
    case StatusColumn:
        return {}; // the view draws an icon from HealthRole
    case NameColumn:
        return environment.name;
    case OwnerColumn:
        return environment.owner.name;
    case OwnerVersionColumn:
        return environment.owner.version;
    case PythonColumn:
        if (environment.pythonVersion.isEmpty())
            return environment.pythonImplementation;
        if (environment.pythonImplementation.isEmpty())
            return environment.pythonVersion;
        return tr("%1 (%2)", "Python version (implementation)")
            .arg(environment.pythonVersion, environment.pythonImplementation);
    case PackagesColumn:
        return int(environment.packages.size());
    case SizeColumn:
        return environment.usage ? QLocale().formattedDataSize(environment.usage->apparentBytes) : unknownText;
    case LastUsedColumn:
        return environment.lastUsedAt.isValid() ? formatTime(environment.lastUsedAt) : unknownText;
    case FlagsColumn: {
        QStringList words;
        for (const QString &key : flagKeys(environment))
            words.append(describeFlag(key));
        return words.join(tr(", ", "separator between flags"));
    }
    case UpdatesColumn:
        if (const EnvironmentStatus *status = updateStatusOf(environment))
            return describeUpdates(*status);
        return m_updatesChecking.contains(environment.name) ? tr("checking…") : QString();
    default:
        break;
    }
    return {};
}

QVariant EnvironmentTableModel::sortData(const Environment &environment, int column) const
{
    switch (column) {
    case StatusColumn:
        return int(environment.health);
    case NameColumn:
        return environment.name;
    case OwnerColumn:
        return environment.owner.name;
    case OwnerVersionColumn:
        return QVariant::fromValue(VersionSortKey{environment.owner.version});
    case PythonColumn:
        return QVariant::fromValue(VersionSortKey{environment.pythonVersion});
    case PackagesColumn:
        return int(environment.packages.size());
    case SizeColumn:
        return apparentSize(environment);
    case LastUsedColumn:
        return environment.lastUsedAt;
    case FlagsColumn:
        return int(flagKeys(environment).size());
    case UpdatesColumn:
        return updatesOf(environment);
    default:
        break;
    }
    return {};
}

QVariant EnvironmentTableModel::toolTipData(const Environment &environment, int column) const
{
    switch (column) {
    case StatusColumn: {
        QString text = describeHealth(environment.health);
        for (const QString &reason : environment.healthReasons)
            text += u"\n\u2022 "_s + reason;
        return text;
    }
    case NameColumn:
        return environment.path;
    case OwnerColumn:
    case OwnerVersionColumn: {
        const QString source = environment.owner.source == OwnerSource::Record
                                   ? tr("from its ownership record (venvdeck.json)")
                                   : tr("inferred from the folder name");
        if (column == OwnerVersionColumn) {
            return environment.owner.source == OwnerSource::Record ? tr("Owner version, %1").arg(source)
                                                                   : tr("Build numbers, %1").arg(source);
        }
        return tr("%1 \u201c%2\u201d, %3")
            .arg(describeOwnerKind(environment.owner.kind), environment.owner.name, source);
    }
    case PythonColumn:
        if (environment.baseInterpreter.isEmpty())
            return {};
        return tr("Made from %1").arg(environment.baseInterpreter);
    case PackagesColumn:
        return tr("%n installed distribution(s)", nullptr, int(environment.packages.size()));
    case SizeColumn:
        if (!environment.usage)
            return tr("Sizes were not computed");
        return tr("Apparent size %1, allocated on disk %2, %n file(s)", nullptr, int(environment.usage->fileCount))
            .arg(QLocale().formattedDataSize(environment.usage->apparentBytes),
                 QLocale().formattedDataSize(environment.usage->allocatedBytes));
    case LastUsedColumn:
        if (!environment.lastUsedAt.isValid())
            return tr("Last use not known");
        return tr("Last used %1\nSource: %2")
            .arg(formatTime(environment.lastUsedAt), describe(environment.lastUsedSource));
    case FlagsColumn: {
        QStringList lines;
        const QStringList keys = flagKeys(environment);
        if (keys.contains(flagBroken) || keys.contains(flagNotAVenv)) {
            for (const QString &reason : environment.healthReasons)
                lines.append(reason);
        }
        if (keys.contains(flagDemo))
            lines.append(tr("Part of VenvDeck's demo root, not a real execution server"));
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case UpdatesColumn:
        if (const EnvironmentStatus *status = updateStatusOf(environment))
            return updatesToolTip(*status);
        return tr("Not checked: Environment \u2192 Check for Updates asks the package index");
    default:
        break;
    }
    return {};
}

QVariant EnvironmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == PackagesColumn || section == SizeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case StatusColumn:
        return role == Qt::DisplayRole ? QString() : tr("Health");
    case NameColumn:
        return tr("Name");
    case OwnerColumn:
        return tr("Owner");
    case OwnerVersionColumn:
        return role == Qt::DisplayRole ? tr("Version") : tr("Owner version or build numbers");
    case PythonColumn:
        return tr("Python");
    case PackagesColumn:
        return role == Qt::DisplayRole ? tr("Packages") : tr("Installed distributions");
    case SizeColumn:
        return role == Qt::DisplayRole ? tr("Size") : tr("Apparent size, with a bar relative to the largest");
    case LastUsedColumn:
        return tr("Last used");
    case FlagsColumn:
        return tr("Flags");
    case UpdatesColumn:
        return role == Qt::DisplayRole ? tr("Updates") : tr("Packages with a newer version on the package index");
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> EnvironmentTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(EnvironmentRole, "environment");
    names.insert(HealthRole, "health");
    names.insert(SizeFractionRole, "sizeFraction");
    names.insert(FlagsRole, "flags");
    names.insert(PathRole, "path");
    names.insert(UpdatesRole, "updates");
    return names;
}

void EnvironmentTableModel::setEnvironments(const Environments &environments)
{
    beginResetModel();
    m_environments = environments;
    m_packageSearchText.clear();
    m_largestSize = 0;
    for (const Environment &environment : m_environments) {
        m_packageSearchText.append(packageSearchText(environment));
        m_largestSize = std::max(m_largestSize, apparentSize(environment));
    }
    endResetModel();
}

void EnvironmentTableModel::appendEnvironments(const Environments &batch)
{
    if (batch.isEmpty())
        return;
    const qint64 previousLargest = m_largestSize;
    const int first = int(m_environments.size());
    beginInsertRows({}, first, first + int(batch.size()) - 1);
    m_environments.append(batch);
    for (const Environment &environment : batch) {
        m_packageSearchText.append(packageSearchText(environment));
        m_largestSize = std::max(m_largestSize, apparentSize(environment));
    }
    endInsertRows();
    if (first > 0 && m_largestSize != previousLargest)
        notifySizeFractionsChanged();
}

void EnvironmentTableModel::notifySizeFractionsChanged()
{
    // Every earlier row's bar is now relative to a new largest size.
    emit dataChanged(index(0, SizeColumn), index(rowCount() - 1, SizeColumn), {SizeFractionRole});
}

void EnvironmentTableModel::clear()
{
    if (m_environments.isEmpty())
        return;
    beginResetModel();
    m_environments.clear();
    m_packageSearchText.clear();
    m_largestSize = 0;
    m_cleanup.clear();
    m_hasCleanupStatus = false;
    endResetModel();
}

void EnvironmentTableModel::setDemoRoot(bool demo)
{
    if (m_demoRoot == demo)
        return;
    m_demoRoot = demo;
    if (!m_environments.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int EnvironmentTableModel::rowOfPath(const QString &path) const
{
    for (int row = 0; row < m_environments.size(); ++row) {
        if (m_environments.at(row).path == path)
            return row;
    }
    return -1;
}

QStringList EnvironmentTableModel::flagKeys(const Environment &environment) const
{
    QStringList keys;
    if (environment.health == Health::Broken)
        keys.append(flagBroken);
    else if (environment.health == Health::NotAVenv)
        keys.append(flagNotAVenv);
    if (const CleanupStatus *status = cleanupStatusOf(environment)) {
        for (const StaleReason &reason : status->staleness.reasons) {
            if (reason.rule != StaleRule::Broken) // already there, from the health
                keys.append(keyword(reason.rule));
        }
        if (status->staleness.proposed)
            keys.append(flagProposed);
        if (status->staleness.pinned)
            keys.append(flagPinned);
        if (status->pendingRemoval)
            keys.append(flagPendingRemoval);
        if (status->inUse && !status->inUse->isEmpty())
            keys.append(flagInUse);
    }
    if (m_demoRoot)
        keys.append(flagDemo);
    return keys;
}

void EnvironmentTableModel::setCleanupStatus(const QHash<QString, CleanupStatus> &byName)
{
    m_cleanup = byName;
    m_hasCleanupStatus = true;
    if (!m_environments.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const CleanupStatus *EnvironmentTableModel::cleanupStatusOf(const Environment &environment) const
{
    const auto found = m_cleanup.constFind(environment.name);
    return found == m_cleanup.constEnd() ? nullptr : &*found;
}

void EnvironmentTableModel::setUpdateStatuses(const QList<EnvironmentStatus> &statuses)
{
    for (const EnvironmentStatus &status : statuses) {
        m_updates.insert(status.name, status);
        m_updatesChecking.remove(status.name);
    }
    notifyUpdatesChanged();
}

void EnvironmentTableModel::setUpdatesChecking(const QStringList &names)
{
    m_updatesChecking = QSet<QString>(names.cbegin(), names.cend());
    notifyUpdatesChanged();
}

void EnvironmentTableModel::clearUpdatesChecking()
{
    if (m_updatesChecking.isEmpty())
        return;
    m_updatesChecking.clear();
    notifyUpdatesChanged();
}

void EnvironmentTableModel::clearUpdateStatus()
{
    m_updates.clear();
    m_updatesChecking.clear();
    notifyUpdatesChanged();
}

void EnvironmentTableModel::notifyUpdatesChanged()
{
    if (!m_environments.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1)); // the filter proxy looks again
}

const EnvironmentStatus *EnvironmentTableModel::updateStatusOf(const Environment &environment) const
{
    const auto found = m_updates.constFind(environment.name);
    if (found == m_updates.constEnd() || found->path != environment.path || !describesInstalled(*found, environment))
        return nullptr;
    return &*found;
}

int EnvironmentTableModel::updatesOf(const Environment &environment) const
{
    const EnvironmentStatus *status = updateStatusOf(environment);
    return status ? status->updates : -1;
}

int EnvironmentTableModel::environmentsWithUpdates() const
{
    return int(std::count_if(m_environments.cbegin(), m_environments.cend(),
                             [this](const Environment &environment) { return updatesOf(environment) > 0; }));
}

QString EnvironmentTableModel::describeFlag(const QString &key)
{
    if (key == flagBroken)
        return tr("broken");
    if (key == flagNotAVenv)
        return tr("not a venv");
    if (key == flagDemo)
        return tr("demo");
    if (key == flagProposed)
        return tr("stale"); // proposed for removal by the rules: what the Stale filter shows
    if (key == flagPinned)
        return tr("pinned");
    if (key == flagPendingRemoval)
        return tr("pending removal");
    if (key == flagInUse)
        return tr("in use");
    if (key == u"superseded")
        return tr("superseded");
    if (key == u"python-mismatch")
        return tr("Python mismatch");
    if (key == u"unused")
        return tr("unused");
    if (key == u"refresh-due")
        return tr("refresh due");
    return key;
}

} // namespace venvdeck
