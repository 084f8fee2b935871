#include "details/PackageSortFilterProxy.h"

#include "details/PackageTableModel.h"
#include "model/EnvironmentSummary.h"
#include "model/EnvironmentTableModel.h"

namespace venvdeck {

PackageSortFilterProxy::PackageSortFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PackageTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(PackageTableModel::NameColumn);
}

bool PackageSortFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    if (leftValue.metaType() == QMetaType::fromType<VersionSortKey>() &&
        rightValue.metaType() == QMetaType::fromType<VersionSortKey>()) {
        return compareVersions(leftValue.value<VersionSortKey>().version, rightValue.value<VersionSortKey>().version) <
               0;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace venvdeck
