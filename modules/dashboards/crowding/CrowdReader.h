#pragma once

#include "crowding/CrowdCounter.h"
#include "crowding/CrowdSource.h"

#include "core/Entity.h"

#include <vector>

class CityPlan;
class EntityStore;

// Turns the entities at the cursor into counters: the mapped attributes read, the location
// projected, the district looked up in the city plan, the trend taken from the store.
class CrowdReader
{
public:
    static QList<CrowdCounter> read(const std::vector<Entity> &entities, const QList<CrowdSource> &sources, const CityPlan *plan,
                                    qint64 t, qint64 staleAfterMs);
    // Compares each counter's count with its previous value in the store (a change under 5 %
    // is flat), so that a rising crowd shows before it crosses a threshold.
    static void addTrends(QList<CrowdCounter> &counters, const QList<CrowdSource> &sources, const EntityStore &store, qint64 t);
    // Congested: the entity says so, or its occupancy reaches this share.
    static constexpr double kCongestedOccupancy = 0.8;
};
