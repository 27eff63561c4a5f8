#pragma once

#include "crowding/CrowdCounter.h"
#include "crowding/CrowdingSettings.h"

#include <QSet>
#include <QWidget>

class CrowdMapPanel;
class DashboardAlarmView;
class DashboardContext;
class EntityStateModel;
class FlowPanel;
class QLabel;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class SourceMappingEditor;
class ThresholdEditor;
class ThresholdMonitor;

// The crowding dashboard: the crowd on the map at the time cursor (live or reviewed), the
// busiest counters and this dashboard's alarms beside it, the pedestrian-flow view for tourism
// offices, and the thresholds, privacy and data mapping the operator sets. It reads only the
// store through the sdk; everything follows the global time cursor.
class CrowdingDashboard : public QWidget
{
    Q_OBJECT
public:
    static QString sourceId() { return QStringLiteral("org.citydeck.crowding"); }

    explicit CrowdingDashboard(DashboardContext *context, QWidget *parent = nullptr);
    ~CrowdingDashboard() override;

    const QList<CrowdCounter> &counters() const { return m_counters; }
    const QSet<QString> &breached() const { return m_breached; }
    CrowdMapPanel *mapPanel() const { return m_map; }
    FlowPanel *flowPanel() const { return m_flows; }
    DashboardAlarmView *alarmView() const { return m_alarms; }
    ThresholdEditor *thresholdEditor() const { return m_thresholds; }
    QTabWidget *tabs() const { return m_tabs; }
    const CrowdingSettings &settings() const { return m_settings; }
    void setPrivacyK(int k);
    void setRules(const QList<ThresholdRule> &rules);

    // Reads the counters at the cursor now (normally done when the model refreshes).
    void refresh();

private:
    void applySettings();
    void saveSettings();
    void checkThresholds();
    void fillBusiest();
    void updateScopes();

    DashboardContext *m_context;
    CrowdingSettings m_settings;
    EntityStateModel *m_model;
    ThresholdMonitor *m_monitor;
    QTabWidget *m_tabs;
    QLabel *m_status;
    CrowdMapPanel *m_map;
    QTableWidget *m_busiest;
    DashboardAlarmView *m_alarms;
    FlowPanel *m_flows;
    ThresholdEditor *m_thresholds;
    QSpinBox *m_privacy;
    SourceMappingEditor *m_mapping;
    QList<CrowdCounter> m_counters;
    QSet<QString> m_breached;
};
