#pragma once

#include <QStyledItemDelegate>

namespace venvdeck {

// Draws the size text with a bar to its left, as long as EnvironmentTableModel::SizeFractionRole says (0..1).
class SizeBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace venvdeck
