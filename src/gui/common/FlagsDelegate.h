#pragma once

#include <QStyledItemDelegate>

namespace venvdeck {

// The flags column: the list is cut at its end ("broken, unused, refresh d…"), so the first flags, the weightiest,
// stay readable whatever the view's elide mode; a cell that is cut shows the whole list in its tooltip, above the
// model's own tooltip (the reasons of a broken environment).
class FlagsDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Whether the cell's text does not fit its width (and is cut).
    bool isCut(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace venvdeck
