#pragma once

#include "index/OutdatedCheck.h"
#include "model/Distribution.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace venvdeck {

// The installed distributions of one environment, for the details pane's Packages tab. QtCore only.
class PackageTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        VersionColumn,
        RequestedColumn,
        InstallerColumn,
        LatestColumn, // what the last check for updates found (OutdatedCheck's PackageStatus)
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    }; // version column: a VersionSortKey

    explicit PackageTableModel(QObject *parent = nullptr);

    void setPackages(const QList<Distribution> &packages);
    // The last check for updates of these packages; nullptr when not checked (the Latest column stays empty).
    void setUpdateStatus(const EnvironmentStatus *status);
    int updatesShown() const; // packages with an update
    const QList<Distribution> &packages() const { return m_packages; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const PackageStatus *statusOf(const Distribution &package) const;

    QList<Distribution> m_packages;
    QHash<QString, PackageStatus> m_status; // by name as installed
};

} // namespace venvdeck
