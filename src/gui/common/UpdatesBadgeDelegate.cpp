#include "common/UpdatesBadgeDelegate.h"

#include "model/EnvironmentTableModel.h"

#include <QApplication>
#include <QPainter>

namespace venvdeck {

namespace {
constexpr int padding = 7;
} // namespace

void UpdatesBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant updates = index.data(EnvironmentTableModel::UpdatesRole);
    if (!updates.isValid() || updates.toInt() <= 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The background (selection, alternate rows) as any cell, then the badge instead of the text.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QString text = index.data(Qt::DisplayRole).toString();
    QFont font = option.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int height = std::min(option.rect.height() - 4, metrics.height() + 4);
    const int width = std::min(option.rect.width() - 6, metrics.horizontalAdvance(text) + 2 * padding);
    const QRect badge(option.rect.left() + 3, option.rect.center().y() - height / 2 + 1, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xd9, 0x77, 0x06)); // amber: something to look at, not an error
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, badge.width() - 2 * padding + 4));
    painter->restore();
}

QSize UpdatesBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += 2 * padding + 6;
    return size;
}

} // namespace venvdeck
