#pragma once

#include "energy/EnergyReader.h"
#include "energy/EnergySettings.h"
#include "energy/TypicalProfile.h"

#include <QSet>
#include <QWidget>

#include <memory>

class BuildingPanel;
class CityScene;
class DashboardAlarmView;
class DashboardContext;
class EntityStateModel;
class QComboBox;
class QLabel;
class QTableWidget;
class QTabWidget;
class ThresholdEditor;
class ThresholdMonitor;
class VtkView;

// The 3D energy dashboard: every building extruded and coloured by the chosen measure at the time
// cursor (the colours follow the cursor when it plays: scalars are rewritten, the geometry is built
// once), a picked building's panel with its consumption chart and its peers, district and city
// totals, the top consumers, alarms when a building draws far more than usual for the hour,
// camera presets and a PNG of the view.
class EnergyDashboard : public QWidget
{
    Q_OBJECT
public:
    static QString sourceId() { return QStringLiteral("org.citydeck.energy"); }
    static constexpr int kTopCount = 10;

    explicit EnergyDashboard(DashboardContext *context, QWidget *parent = nullptr);
    ~EnergyDashboard() override;

    const std::vector<EnergyBuilding> &buildings() const { return m_buildings; }
    const std::vector<double> &values() const { return m_values; }
    CityScene *scene() const { return m_scene; }
    VtkView *view() const { return m_view; }
    BuildingPanel *buildingPanel() const { return m_panel; }
    QTableWidget *districtTable() const { return m_districts; }
    QTableWidget *topTable() const { return m_top; }
    DashboardAlarmView *alarmView() const { return m_alarms; }
    const QSet<QString> &breached() const { return m_breached; }
    ThresholdEditor *thresholdEditor() const { return m_thresholds; }
    void setMeasure(EnergyMeasures::Measure measure);
    void setPeriod(EnergyMeasures::Period period);
    void setRules(const QList<ThresholdRule> &rules);
    // Selects a building (-1: none): outline in 3D, panel filled.
    void selectBuilding(int index);
    int selected() const { return m_selected; }
    int indexOf(const QString &id) const;
    void refresh();

private:
    void rebuildGeometry();
    void recolour();
    void fillTotals();
    void checkAnomalies(qint64 t);
    void showPreset(int preset);
    void saveSettings();

    DashboardContext *m_context;
    EnergySettings m_settings;
    EntityStateModel *m_model;
    ThresholdMonitor *m_monitor;
    VtkView *m_view;
    CityScene *m_scene;
    BuildingPanel *m_panel;
    QComboBox *m_measureBox;
    QComboBox *m_periodBox;
    QComboBox *m_rampBox;
    QComboBox *m_presetBox;
    QLabel *m_status;
    QTabWidget *m_side;
    QTableWidget *m_districts;
    QTableWidget *m_top;
    DashboardAlarmView *m_alarms;
    ThresholdEditor *m_thresholds;
    std::vector<EnergyBuilding> m_buildings;
    std::vector<double> m_values;
    QStringList m_geometryIds;
    EnergyReader::Frame m_frame;
    TypicalProfile m_typical;
    QHash<QString, double> m_before; // cumulative kWh per meter at t − period
    QSet<QString> m_breached;
    int m_selected = -1;
    bool m_buildingsDirty = true; // the cache changed: the buildings are read again
    qint64 m_time = 0;
};
