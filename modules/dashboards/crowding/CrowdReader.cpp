#include "crowding/CrowdReader.h"

#include "sdk/CityPlan.h"
#include "sdk/EntityGeometry.h"
#include "sdk/EntityStore.h"
#include "sdk/EntityValues.h"


QList<CrowdCounter> CrowdReader::read(const std::vector<Entity> &entities, const QList<CrowdSource> &sources, const CityPlan *plan,
                                      qint64 t, qint64 staleAfterMs)
{
    QList<CrowdCounter> out;
    for (const Entity &e : entities) {
        const CrowdSource *source = CrowdSource::find(sources, e.type());
        const EntityGeometry g = EntityGeometry::project(e.location());
        if (!source || !g.valid)
            continue;
        CrowdCounter c;
        c.id = e.id;
        c.type = e.type();
        const Attribute *name = e.attribute(u"name");
        c.name = name && !name->value().toString().isEmpty() ? name->value().toString() : e.id.section(QLatin1Char(':'), -1);
        c.segment = g.lines.value(0);
        c.metres = g.anchor;
        c.district = plan ? plan->districtAt(c.metres) : QString();
        c.count = EntityValues::number(e, source->count);
        c.occupancy = EntityValues::number(e, source->occupancy);
        c.towards = EntityValues::number(e, source->towards);
        c.away = EntityValues::number(e, source->away);
        const Attribute *congested = source->congested.isEmpty() ? nullptr : e.attribute(source->congested);
        c.congested = congested ? congested->value().toBool() : (std::isfinite(c.occupancy) && c.occupancy >= kCongestedOccupancy);
        if (const Attribute *count = e.attribute(source->count))
            c.observedAt = count->observedAt();
        c.stale = EntityStore::isStale(EntityStore::lastObserved(e), t, staleAfterMs);
        out << c;
    }
    return out;
}

void CrowdReader::addTrends(QList<CrowdCounter> &counters, const QList<CrowdSource> &sources, const EntityStore &store, qint64 t)
{
    for (CrowdCounter &c : counters) {
        const CrowdSource *source = CrowdSource::find(sources, c.type);
        if (!source || !std::isfinite(c.count) || c.observedAt <= 0)
            continue;
        // The two newest values up to the cursor, within the last two hours.
        const QList<TemporalSample> recent = store.series(c.id, source->count, std::min(c.observedAt, t) - 2 * HourlySeries::kHourMs, std::min(c.observedAt, t));
        if (recent.size() < 2)
            continue;
        const double previous = recent.at(recent.size() - 2).value.toDouble();
        const double now = recent.last().value.toDouble();
        if (std::abs(now - previous) >= 0.05 * std::max(1.0, previous))
            c.trend = now > previous ? 1 : -1;
    }
}
