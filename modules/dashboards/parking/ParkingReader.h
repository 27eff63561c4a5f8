#pragma once

#include "parking/ParkingBay.h"
#include "parking/ParkingSite.h"

#include "core/Entity.h"

#include <vector>

class CityPlan;
class EntityStore;

// Turns the parking entities at the cursor into sites and bays: the counts completed and checked
// (ParkingCounts), the location projected, the district looked up in the city plan. A site that
// reports no counts but whose bays report their status is counted from its bays.
class ParkingReader
{
public:
    struct State
    {
        QList<ParkingSite> sites;
        QList<ParkingBay> bays;
    };

    static State read(const std::vector<Entity> &entities, const CityPlan *plan, qint64 t, qint64 staleAfterMs);
    // Occupancy now against 30 minutes before, from the store (live and review alike).
    static void addTrends(QList<ParkingSite> &sites, const EntityStore &store, qint64 t);
    // Occupancy samples (0–1) of a site from its history attribute, oldest first.
    static QList<TemporalSample> occupancySeries(const EntityStore &store, const ParkingSite &site, qint64 from, qint64 to);
    static constexpr qint64 kTrendWindowMs = 30LL * 60 * 1000;
};
