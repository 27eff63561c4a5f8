#pragma once

#include "parking/ParkingReader.h"
#include "parking/ParkingSettings.h"

#include <QSet>

#include <memory>
#include <QWidget>

class DashboardAlarmView;
class DashboardContext;
class EntityStateModel;
class OccupancyHistory;
class OccupancyPanel;
class ParkingMapPanel;
class ParkingSiteModel;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class ThresholdEditor;
class ThresholdMonitor;

// The parking dashboard: every site on the map and in a sortable list at the time cursor (live or
// reviewed), its alarms beside them, occupancy over time with the forecast and the peak hours,
// the thresholds the operator sets (the plug-in publishes the pilot's KPIs). It reads
// only the store through the sdk; everything follows the global time cursor.
class ParkingDashboard : public QWidget
{
    Q_OBJECT
public:
    static QString sourceId() { return QStringLiteral("org.citydeck.parking"); }

    explicit ParkingDashboard(DashboardContext *context, QWidget *parent = nullptr);
    ~ParkingDashboard() override;

    const ParkingReader::State &state() const { return m_state; }
    const QSet<QString> &breached() const { return m_breached; }
    ParkingMapPanel *mapPanel() const { return m_map; }
    QTableView *siteView() const { return m_siteView; }
    ParkingSiteModel *siteModel() const { return m_siteModel; }
    OccupancyPanel *occupancyPanel() const { return m_occupancy; }
    DashboardAlarmView *alarmView() const { return m_alarms; }
    QTabWidget *tabs() const { return m_tabs; }
    const ParkingSettings &settings() const { return m_settings; }
    void setRules(const QList<ThresholdRule> &rules);
    // Selects a site everywhere: list, map and occupancy chart.
    void selectSite(const QString &id);
    bool exportSitesCsv(const QString &path, QString *error) const;

    // Reads the sites at the cursor now (normally done when the model refreshes).
    void refresh();

private:
    void checkThresholds(qint64 t);
    void updateScopes();
    void askExportSites();

    DashboardContext *m_context;
    ParkingSettings m_settings;
    EntityStateModel *m_model;
    ThresholdMonitor *m_monitor;
    std::unique_ptr<OccupancyHistory> m_history;
    QTabWidget *m_tabs;
    QLabel *m_status;
    ParkingMapPanel *m_map;
    ParkingSiteModel *m_siteModel;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_siteView;
    DashboardAlarmView *m_alarms;
    OccupancyPanel *m_occupancy;
    ThresholdEditor *m_thresholds;
    ParkingReader::State m_state;
    QSet<QString> m_breached;
};
