#pragma once

#include <QStyledItemDelegate>

// Paints a navigator entry as icon + bold name + muted description, like a launcher card.
class DashboardItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { DescriptionRole = Qt::UserRole + 10, IdRole, CategoryRole };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
