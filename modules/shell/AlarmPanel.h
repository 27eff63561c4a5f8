#pragma once

#include "shell/shell_export.h"

#include <QWidget>

class AlarmBoard;
class QLabel;
class QPushButton;
class QTableView;

// The operator's alarm area: every alarm the dashboards raise, newest first, to acknowledge; above
// them, apart, the data source's alarms (the feed not live), shown only when there are some.
class CITYDECK_SHELL_EXPORT AlarmPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AlarmPanel(AlarmBoard *board, QWidget *parent = nullptr);

private:
    void acknowledgeSelected();
    void updateState();

    AlarmBoard *m_board;
    QTableView *m_table;
    QTableView *m_feedTable;
    QLabel *m_feedHeading;
    QLabel *m_summary;
    QPushButton *m_acknowledge;
    QPushButton *m_acknowledgeAll;
};
