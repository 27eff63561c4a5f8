#pragma once

#include "parking/OccupancyHistory.h"

#include "sdk/ThresholdMonitor.h"

class QSettings;

// What the operator chose in the parking dashboard, kept in the app's settings under
// dashboards/org.citydeck.parking.
struct ParkingSettings
{
    QList<ThresholdRule> rules;
    OccupancyHistory::Resolution resolution = OccupancyHistory::Resolution::Hour;

    static QString group() { return QStringLiteral("dashboards/org.citydeck.parking"); }
    // Every site 95 % full; every sensor silent for more than 30 minutes.
    static QList<ThresholdRule> defaultRules();
    static ParkingSettings load(QSettings *settings);
    void save(QSettings *settings) const;
};
