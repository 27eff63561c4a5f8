#pragma once

#include "sdk/sdk_export.h"

#include <QWidget>

class AlarmBoard;
class QTableView;

// The alarms one dashboard raised, newest first, with acknowledge buttons: the dashboard's own
// alarm panel (the shell's console lists every dashboard's).
class CITYDECK_SDK_EXPORT DashboardAlarmView : public QWidget
{
    Q_OBJECT
public:
    DashboardAlarmView(AlarmBoard *board, const QString &source, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    int rowCount() const;

signals:
    // An alarm's entity was double-clicked (to show it on the dashboard's map).
    void entityActivated(const QString &entityId);

private:
    AlarmBoard *m_board;
    QTableView *m_table;
};
