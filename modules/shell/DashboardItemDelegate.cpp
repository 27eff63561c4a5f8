#include "shell/DashboardItemDelegate.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>

namespace {
constexpr int kIconSize = 32;
constexpr int kPadding = 10;
} // namespace

void DashboardItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background and selection from the style, text drawn by hand for the two-line layout.
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &pal = opt.palette;
    const QColor textColor = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor mutedColor = pal.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);

    const QRect r = opt.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    const QRect iconRect(r.left(), r.top() + (r.height() - kIconSize) / 2, kIconSize, kIconSize);
    icon.paint(painter, iconRect);

    const int textLeft = iconRect.right() + kPadding;
    QFont nameFont = opt.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    const QRect nameRect(textLeft, r.top() + 2, r.right() - textLeft, nameMetrics.height());
    painter->save();
    painter->setFont(nameFont);
    painter->setPen(textColor);
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameRect.width()));

    const QFontMetrics descMetrics(opt.font);
    const QRect descRect(textLeft, nameRect.bottom() + 2, nameRect.width(), r.bottom() - nameRect.bottom() - 2);
    painter->setFont(opt.font);
    painter->setPen(mutedColor);
    painter->drawText(descRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      index.data(DescriptionRole).toString());
    painter->restore();
}

QSize DashboardItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {240, qMax(kIconSize + kPadding, fm.height() * 3 + 6) + kPadding};
}
