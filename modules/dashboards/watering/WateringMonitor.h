#pragma once

#include "watering/WateringSettings.h"

#include <QHash>
#include <QObject>

#include <memory>

class DashboardContext;
class QTimer;
class WateringPlanner;

// What the watering plug-in does whether its dashboard is open or not: raises and clears the
// pilot's alarms while live, and publishes the council's KPIs (water used, water saved against
// the fixed schedule, saving %) over the 7 days before the cursor's hour.
class WateringMonitor : public QObject
{
    Q_OBJECT
public:
    WateringMonitor(DashboardContext *context, const QString &source, QObject *parent = nullptr);
    ~WateringMonitor() override;

    // Checks now (normally coalesced after new data or a cursor move).
    void update();
    QStringList activeConditions() const { return m_active.keys(); }

private:
    void updateAlarms(qint64 t, const WateringSettings &settings);
    void updateKpis(qint64 t, const WateringSettings &settings);

    DashboardContext *m_context;
    QString m_source;
    QTimer *m_coalesce;
    std::unique_ptr<WateringPlanner> m_planner;
    QHash<QString, quint64> m_active; // condition key → alarm id
    QString m_kpiKey;
};
