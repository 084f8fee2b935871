#pragma once

#include <QStyledItemDelegate>

namespace venvdeck {

// Shows EnvironmentTableModel::HealthRole as an icon, centred in the cell.
class HealthIconDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace venvdeck
