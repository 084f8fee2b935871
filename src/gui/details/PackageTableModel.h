#pragma once

#include "model/Distribution.h"

#include <QAbstractTableModel>
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
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1
    }; // version column: a VersionSortKey

    explicit PackageTableModel(QObject *parent = nullptr);

    void setPackages(const QList<Distribution> &packages);
    const QList<Distribution> &packages() const { return m_packages; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Distribution> m_packages;
};

} // namespace venvdeck
