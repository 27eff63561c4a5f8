#pragma once

#include "shell/shell_export.h"

#include "shell/Workspace.h"
#include "shell/WorkspaceStore.h"

#include <QMainWindow>
#include <QMap>

class DashboardContext;
class DashboardNavigator;
class HomePage;
class PluginCatalog;
class Preferences;
class QActionGroup;
class QDockWidget;
class QMenu;
class ShellStatusBar;
class CityMapPanel;
class DataBrowser;
class TimeBar;
class QToolBar;

// CityDeck's main window: the dashboard navigator, dashboards as dock widgets (tabbed, split,
// floated onto other screens), the role's side areas (alarms, KPIs), a status bar with the
// connection and time-cursor state, per-workspace layouts and a kiosk mode for video walls.
class CITYDECK_SHELL_EXPORT MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(PluginCatalog *catalog, DashboardContext *context, Preferences *preferences,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace workspace() const { return m_workspace; }
    // Saves the current workspace, then restores (or lays out by default) the new one.
    void activateWorkspace(const Workspace &workspace);
    void saveWorkspace();
    // Closes the dashboards and forgets the saved layout of the current workspace.
    void resetLayout();

    bool openDashboard(const QString &id, QString *error = nullptr);
    void closeAllDashboards();
    QStringList openDashboards() const { return m_dashboardOrder; }
    QDockWidget *dashboardDock(const QString &id) const { return m_docks.value(id); }
    // Dashboards this workspace offers (running plug-ins that suit it).
    QStringList availableDashboards() const;

    bool isKiosk() const { return m_kiosk; }
    void setKioskMode(bool on);

    QMenu *fileMenu() const { return m_fileMenu; }
    HomePage *homePage() const { return m_home; }
    ShellStatusBar *shellStatusBar() const { return m_statusBar; }
    DashboardNavigator *navigator() const { return m_navigator; }
    QDockWidget *alarmDock() const { return m_alarmDock; }
    QDockWidget *kpiDock() const { return m_kpiDock; }
    QDockWidget *dataDock() const { return m_dataDock; }
    DataBrowser *dataBrowser() const { return m_dataBrowser; }
    QDockWidget *mapDock() const { return m_mapDock; }
    CityMapPanel *cityMap() const { return m_cityMap; }
    // Shows the city map beside the home page, taking most of the width.
    void showCityMap();
    TimeBar *timeBar() const { return m_timeBar; }

public slots:
    void showSettings();
    void showAbout();
    void showPlugins();

signals:
    void workspaceChanged(const Workspace &workspace);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void createMenus();
    void rebuildDashboardMenu();
    void applyDefaultLayout();
    void refreshNavigator();
    void updateHome();
    void dashboardDockDestroyed(const QString &id);

    PluginCatalog *m_catalog;
    DashboardContext *m_context;
    Preferences *m_preferences;
    WorkspaceStore m_store;
    Workspace m_workspace = Workspace::forRole(Workspace::Role::Operator);
    bool m_workspaceActive = false;

    HomePage *m_home = nullptr;
    DashboardNavigator *m_navigator = nullptr;
    QDockWidget *m_navigatorDock = nullptr;
    QDockWidget *m_alarmDock = nullptr;
    QDockWidget *m_kpiDock = nullptr;
    QDockWidget *m_dataDock = nullptr;
    DataBrowser *m_dataBrowser = nullptr;
    QDockWidget *m_mapDock = nullptr;
    CityMapPanel *m_cityMap = nullptr;
    QToolBar *m_timeToolBar = nullptr;
    TimeBar *m_timeBar = nullptr;
    ShellStatusBar *m_statusBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_dashboardMenu = nullptr;
    QActionGroup *m_workspaceGroup = nullptr;
    QAction *m_kioskAction = nullptr;

    QMap<QString, QDockWidget *> m_docks;
    QStringList m_dashboardOrder;
    bool m_kiosk = false;
    bool m_wasMaximized = false;
    QByteArray m_preKioskGeometry;
    QByteArray m_preKioskState;
};
