#pragma once

#include "shell/shell_export.h"

#include <QWidget>

class QLabel;
class QPushButton;
class Workspace;

// The central page shown while no dashboard is open: which workspace this is, what is
// available, and the state of the data source, said plainly.
class CITYDECK_SHELL_EXPORT HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(QWidget *parent = nullptr);

    void setWorkspace(const Workspace &workspace);
    void setDashboardCounts(int available, int failed);
    void setDataSourceText(const QString &text);

signals:
    void showPluginsRequested();

private:
    QLabel *m_title;
    QLabel *m_workspaceText;
    QLabel *m_dashboardsText;
    QLabel *m_dataSourceText;
    QPushButton *m_pluginsButton;
};
