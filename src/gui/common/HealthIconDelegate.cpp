#include "common/HealthIconDelegate.h"

#include "common/Icons.h"
#include "model/EnvironmentTableModel.h"

namespace venvdeck {

void HealthIconDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant health = index.data(EnvironmentTableModel::HealthRole);
    if (!health.isValid())
        return;
    option->icon = icons::health(Health(health.toInt()));
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationAlignment = Qt::AlignCenter;
    option->decorationPosition = QStyleOptionViewItem::Top; // with no text, Top centres the icon horizontally
    option->text.clear();
}

} // namespace venvdeck
