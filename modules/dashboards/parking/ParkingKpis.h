#pragma once

#include "parking/OccupancyHistory.h"

#include "core/Kpi.h"

// The parking pilot's KPIs for the council's review: the city's mean occupancy, the hours sites
// spent at saturation and the share of sensors gone silent, over the week before the cursor.
class ParkingKpis
{
public:
    static constexpr qint64 kPeriodMs = 7LL * 24 * 3600 * 1000;

    // source: the dashboard's id; sites: at time t (their stale flags).
    static QList<Kpi> compute(const OccupancyHistory &history, const QList<ParkingSite> &sites, qint64 t, const QString &source);
};
