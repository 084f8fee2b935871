#include "common/SizeBarDelegate.h"

#include "model/EnvironmentTableModel.h"

#include <QPainter>

#include <algorithm>

namespace venvdeck {

namespace {
constexpr int barMinimumWidth = 48;
constexpr int gap = 8;
} // namespace

void SizeBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);

    const QVariant fractionData = index.data(EnvironmentTableModel::SizeFractionRole);
    if (!fractionData.isValid())
        return; // a row without a bar (an owner's total in the grouped view, a size not computed)
    const double fraction = std::clamp(fractionData.toDouble(), 0.0, 1.0);
    const QString text = index.data(Qt::DisplayRole).toString();
    const int textWidth = option.fontMetrics.horizontalAdvance(text);
    const QRect cell = option.rect.adjusted(gap / 2, 0, -gap / 2, 0);
    const int barWidth = cell.width() - textWidth - gap;
    if (barWidth < barMinimumWidth / 2)
        return; // the column is too narrow: the number alone says it

    const int barHeight = std::max(4, option.fontMetrics.height() / 2);
    const QRect track(cell.left(), cell.center().y() - barHeight / 2 + 1, barWidth, barHeight);
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        option.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;

    QColor trackColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    trackColor.setAlphaF(0.12f);
    QColor barColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Highlight);
    barColor.setAlphaF(selected ? 0.85f : 0.75f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    const qreal radius = barHeight / 2.0;
    painter->setBrush(trackColor);
    painter->drawRoundedRect(track, radius, radius);
    if (fraction > 0.0) {
        QRect bar = track;
        bar.setWidth(std::max(barHeight, int(track.width() * fraction + 0.5)));
        painter->setBrush(barColor);
        painter->drawRoundedRect(bar, radius, radius);
    }
    painter->restore();
}

QSize SizeBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += barMinimumWidth + gap;
    return size;
}

} // namespace venvdeck
