#include "details/PackageTableModel.h"

#include "model/EnvironmentTableModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace venvdeck {

PackageTableModel::PackageTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PackageTableModel::setPackages(const QList<Distribution> &packages)
{
    beginResetModel();
    m_packages = packages;
    endResetModel();
}

void PackageTableModel::setUpdateStatus(const EnvironmentStatus *status)
{
    m_status.clear();
    if (status) {
        for (const PackageStatus &package : status->packages)
            m_status.insert(package.name, package);
    }
    if (!m_packages.isEmpty())
        emit dataChanged(index(0, LatestColumn), index(rowCount() - 1, LatestColumn));
}

const PackageStatus *PackageTableModel::statusOf(const Distribution &package) const
{
    const auto found = m_status.constFind(package.name);
    return found == m_status.constEnd() || found->installed != package.version ? nullptr : &*found;
}

int PackageTableModel::updatesShown() const
{
    return int(std::count_if(m_packages.cbegin(), m_packages.cend(), [this](const Distribution &package) {
        const PackageStatus *status = statusOf(package);
        return status && status->selection.updateAvailable;
    }));
}

int PackageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_packages.size());
}

int PackageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Distribution &package = m_packages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return package.name;
        case VersionColumn:
            return package.version;
        case RequestedColumn:
            return package.requested ? tr("yes") : QString();
        case InstallerColumn:
            return package.installer;
        case LatestColumn:
            if (const PackageStatus *status = statusOf(package))
                return describeLatest(*status);
            return QString();
        default:
            break;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return package.name;
        case VersionColumn:
            return QVariant::fromValue(VersionSortKey{package.version});
        case RequestedColumn:
            return package.requested ? 1 : 0;
        case InstallerColumn:
            return package.installer;
        case LatestColumn: {
            const PackageStatus *status = statusOf(package);
            return status ? (status->selection.updateAvailable ? 2 : 1) : 0; // updates first when descending
        }
        default:
            break;
        }
        break;
    case Qt::ToolTipRole: {
        if (index.column() == LatestColumn) {
            const PackageStatus *status = statusOf(package);
            return status ? latestToolTip(*status)
                          : tr("Not checked: Environment \u2192 Check for Updates asks the package index");
        }
        QStringList lines;
        if (!package.summary.isEmpty())
            lines.append(package.summary);
        if (!package.requiresPython.isEmpty())
            lines.append(tr("Requires Python %1").arg(package.requiresPython));
        if (package.editable)
            lines.append(tr("Editable install from %1").arg(package.directUrl));
        else if (!package.directUrl.isEmpty())
            lines.append(tr("Installed from %1").arg(package.directUrl));
        if (index.column() == RequestedColumn)
            lines.prepend(package.requested ? tr("Installed on request") : tr("Installed as a dependency"));
        if (!package.metadataPath.isEmpty())
            lines.append(package.metadataPath);
        return lines.join(u'\n');
    }
    default:
        break;
    }
    return {};
}

QVariant PackageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case VersionColumn:
        return tr("Version");
    case RequestedColumn:
        return tr("Requested");
    case InstallerColumn:
        return tr("Installer");
    case LatestColumn:
        return tr("Latest");
    default:
        break;
    }
    return {};
}

} // namespace venvdeck
