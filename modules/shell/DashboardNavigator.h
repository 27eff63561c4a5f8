#pragma once

#include "shell/shell_export.h"

#include <QIcon>
#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QModelIndex;
class QSortFilterProxyModel;
class QStandardItemModel;

// Lists the dashboards the current workspace offers (icon, name, description) with a filter
// field; double-click or Enter opens one.
class CITYDECK_SHELL_EXPORT DashboardNavigator : public QWidget
{
    Q_OBJECT

public:
    struct Entry
    {
        QString id;
        QString name;
        QString description;
        QString category;
        QIcon icon;
    };

    explicit DashboardNavigator(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    // Shown when there is no entry at all (why, and what to do).
    void setEmptyText(const QString &text);
    int entryCount() const;
    QStringList visibleIds() const;
    void setFilterText(const QString &text);

signals:
    void openRequested(const QString &id);

private:
    void activate(const QModelIndex &index);
    void updateEmptyState();

    QLineEdit *m_filter;
    QListView *m_list;
    QLabel *m_empty;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QString m_emptyText;
};
