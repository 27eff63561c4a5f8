#pragma once

#include "shell/shell_export.h"

#include <QWidget>

class KpiBoard;
class QLabel;
class QTableView;

// The council officer's review area: pilot KPIs against their targets.
class CITYDECK_SHELL_EXPORT KpiPanel : public QWidget
{
    Q_OBJECT

public:
    explicit KpiPanel(KpiBoard *board, QWidget *parent = nullptr);

private:
    void updateState();

    KpiBoard *m_board;
    QTableView *m_table;
    QLabel *m_summary;
};
