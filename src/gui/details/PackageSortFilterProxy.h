#pragma once

#include <QSortFilterProxyModel>

namespace venvdeck {

// Filters the Packages tab by name (any part, case-insensitive) and sorts versions as versions.
class PackageSortFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PackageSortFilterProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace venvdeck
