#include "model/EnvironmentGroupModel.h"

#include "model/Environment.h"
#include "model/EnvironmentSummary.h"
#include "model/EnvironmentTableModel.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace venvdeck {

namespace {

// internalId: 0 for an owner row, group + 1 for an environment row (so its parent is known).
constexpr quintptr ownerId = 0;

int healthRank(Health health)
{
    switch (health) {
    case Health::Ok:
        return 0;
    case Health::NotAVenv:
        return 1;
    case Health::Broken:
        return 2;
    }
    return 0;
}

} // namespace

EnvironmentGroupModel::EnvironmentGroupModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void EnvironmentGroupModel::setSourceModel(QAbstractItemModel *source)
{
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source) {
        for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_source, signal, this, &EnvironmentGroupModel::rebuild);
        connect(m_source, &QAbstractItemModel::rowsMoved, this, &EnvironmentGroupModel::rebuild);
        connect(m_source, &QAbstractItemModel::modelReset, this, &EnvironmentGroupModel::rebuild);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, &EnvironmentGroupModel::rebuild);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &EnvironmentGroupModel::rebuild);
    }
    rebuild();
}

void EnvironmentGroupModel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    rebuild();
}

void EnvironmentGroupModel::rebuild()
{
    if (!m_active) {
        if (m_groups.isEmpty())
            return;
        beginResetModel();
        m_groups.clear();
        m_positionOfSourceRow.clear();
        endResetModel();
        return;
    }
    beginResetModel();
    m_groups.clear();
    m_positionOfSourceRow.clear();
    QHash<QString, int> groupOfOwner;
    const int rows = m_source ? m_source->rowCount() : 0;
    QList<Environment> environments;
    environments.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        environments.append(
            m_source->index(row, 0).data(EnvironmentTableModel::EnvironmentRole).value<Environment>());
        const Environment &environment = environments.last();
        const QString key = environment.owner.name.toCaseFolded();
        auto found = groupOfOwner.find(key);
        if (found == groupOfOwner.end()) {
            found = groupOfOwner.insert(key, int(m_groups.size()));
            m_groups.append({environment.owner.name, {}, 0, false, int(Health::Ok)});
        }
        Group &group = m_groups[*found];
        group.sourceRows.append(row);
        if (environment.usage) {
            group.sized = true;
            group.bytes += environment.usage->apparentBytes;
        }
        if (healthRank(environment.health) > healthRank(Health(group.worstHealth)))
            group.worstHealth = int(environment.health);
    }
    std::sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
        return a.owner.compare(b.owner, Qt::CaseInsensitive) < 0;
    });
    for (int g = 0; g < m_groups.size(); ++g) {
        QList<int> &members = m_groups[g].sourceRows;
        std::stable_sort(members.begin(), members.end(), [&environments](int a, int b) {
            const int order = compareVersions(environments.at(b).owner.version, environments.at(a).owner.version);
            return order != 0 ? order < 0 : environments.at(a).name < environments.at(b).name;
        });
        for (int i = 0; i < members.size(); ++i)
            m_positionOfSourceRow.insert(members.at(i), {g, i});
    }
    endResetModel();
}

bool EnvironmentGroupModel::isOwnerRow(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() == ownerId;
}

QModelIndex EnvironmentGroupModel::mapToSource(const QModelIndex &index) const
{
    if (!index.isValid() || isOwnerRow(index) || !m_source)
        return {};
    const Group &group = m_groups.at(int(index.internalId() - 1));
    return m_source->index(group.sourceRows.at(index.row()), index.column());
}

QModelIndex EnvironmentGroupModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    const auto found = m_positionOfSourceRow.constFind(sourceIndex.row());
    if (!sourceIndex.isValid() || found == m_positionOfSourceRow.constEnd())
        return {};
    return createIndex(found->second, sourceIndex.column(), quintptr(found->first + 1));
}

QModelIndex EnvironmentGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, ownerId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex EnvironmentGroupModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isOwnerRow(child))
        return {};
    return createIndex(int(child.internalId() - 1), 0, ownerId);
}

int EnvironmentGroupModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (isOwnerRow(parent) && parent.column() == 0)
        return int(m_groups.at(parent.row()).sourceRows.size());
    return 0;
}

int EnvironmentGroupModel::columnCount(const QModelIndex &) const
{
    return EnvironmentTableModel::ColumnCount;
}

QVariant EnvironmentGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (isOwnerRow(index))
        return ownerData(m_groups.at(index.row()), index.column(), role);
    return mapToSource(index).data(role);
}

QVariant EnvironmentGroupModel::ownerData(const Group &group, int column, int role) const
{
    const QString owner = group.owner.isEmpty() ? tr("(owner not known)") : group.owner;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (column == EnvironmentTableModel::NameColumn)
            return owner;
        if (column == EnvironmentTableModel::OwnerColumn)
            return tr("%n environment(s)", nullptr, int(group.sourceRows.size()));
        if (column == EnvironmentTableModel::SizeColumn && group.sized)
            return QLocale().formattedDataSize(group.bytes);
        return {};
    case EnvironmentTableModel::HealthRole:
        return group.worstHealth;
    case Qt::TextAlignmentRole:
        return column == EnvironmentTableModel::SizeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant EnvironmentGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}

Qt::ItemFlags EnvironmentGroupModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace venvdeck
