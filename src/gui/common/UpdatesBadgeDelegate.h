#pragma once

#include <QStyledItemDelegate>

namespace venvdeck {

// Draws the updates column: a badge ("3 updates") when EnvironmentTableModel::UpdatesRole is above 0, the plain
// text ("up to date", "checking…", "not known") otherwise.
class UpdatesBadgeDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace venvdeck
