#include "parking/ParkingReader.h"

#include "parking/ParkingNames.h"

#include "sdk/CityPlan.h"
#include "sdk/EntityGeometry.h"
#include "sdk/EntityStore.h"
#include "sdk/EntityValues.h"


namespace {
QString nameOf(const Entity &e)
{
    const Attribute *name = e.attribute(u"name");
    return name && !name->value().toString().isEmpty() ? name->value().toString() : e.id.section(QLatin1Char(':'), -1);
}

ParkingSite::Kind kindOf(const QString &type)
{
    if (type == ParkingNames::onStreet())
        return ParkingSite::Kind::OnStreet;
    if (type == ParkingNames::group())
        return ParkingSite::Kind::Group;
    return ParkingSite::Kind::OffStreet;
}
} // namespace

ParkingReader::State ParkingReader::read(const std::vector<Entity> &entities, const CityPlan *plan, qint64 t, qint64 staleAfterMs)
{
    State out;
    const QStringList siteTypes = ParkingNames::siteTypes();
    for (const Entity &e : entities) {
        const bool isBay = e.type() == ParkingNames::spot();
        if (!isBay && !siteTypes.contains(e.type()))
            continue;
        const EntityGeometry g = EntityGeometry::project(e.location());
        const Attribute *status = e.attribute(ParkingNames::status());
        const qint64 last = EntityStore::lastObserved(e);
        if (isBay) {
            if (!g.valid)
                continue;
            ParkingBay b;
            b.id = e.id;
            b.name = nameOf(e);
            b.siteId = EntityValues::reference(e, ParkingNames::refSite());
            b.metres = g.anchor;
            b.state = ParkingBay::stateOf(status ? EntityValues::firstText(status->value()) : QString());
            b.observedAt = last;
            b.stale = EntityStore::isStale(last, t, staleAfterMs);
            out.bays << b;
            continue;
        }
        ParkingSite s;
        s.id = e.id;
        s.kind = kindOf(e.type());
        s.name = nameOf(e);
        s.parentId = EntityValues::reference(e, ParkingNames::refSite());
        s.metres = g.anchor;
        s.outline = g.rings;
        s.district = plan && g.valid ? plan->districtAt(s.metres) : QString();
        s.counts = ParkingCounts::resolve(EntityValues::number(e, ParkingNames::total()), EntityValues::number(e, ParkingNames::available()),
                                          EntityValues::number(e, ParkingNames::occupied()), EntityValues::number(e, ParkingNames::occupancy()));
        for (const QString &a : {ParkingNames::total(), ParkingNames::occupied(), ParkingNames::available(), ParkingNames::occupancy()}) {
            if (e.attribute(a)) {
                if (!std::isfinite(EntityValues::number(e, a)))
                    s.counts.flags |= ParkingCounts::NotNumeric;
                else if (s.seriesAttribute.isEmpty() && a != ParkingNames::total())
                    s.seriesAttribute = a;
            }
        }
        s.closed = status && EntityValues::firstText(status->value()).startsWith(QLatin1String("closed"));
        s.observedAt = last;
        s.stale = EntityStore::isStale(last, t, staleAfterMs);
        if (g.valid)
            out.sites << s;
    }

    // Bays count for their site: the whole count when the site sends none.
    QHash<QString, int> index;
    for (int i = 0; i < out.sites.size(); ++i)
        index.insert(out.sites.at(i).id, i);
    QHash<QString, std::array<int, 3>> tally; // free, occupied, known
    for (const ParkingBay &b : std::as_const(out.bays)) {
        std::array<int, 3> &n = tally[b.siteId];
        n[0] += b.state == ParkingBay::State::Free && !b.stale ? 1 : 0;
        n[1] += b.state == ParkingBay::State::Occupied && !b.stale ? 1 : 0;
        n[2] += 1;
    }
    for (auto it = tally.cbegin(); it != tally.cend(); ++it) {
        const int i = index.value(it.key(), -1);
        if (i < 0)
            continue;
        ParkingSite &s = out.sites[i];
        s.bays = it.value()[2];
        if (!s.counts.isKnown() && it.value()[0] + it.value()[1] > 0) {
            const int flags = s.counts.flags;
            s.counts = ParkingCounts::resolve(it.value()[0] + it.value()[1], it.value()[0], it.value()[1], std::nan(""));
            s.counts.flags |= flags;
        }
    }
    return out;
}

QList<TemporalSample> ParkingReader::occupancySeries(const EntityStore &store, const ParkingSite &site, qint64 from, qint64 to)
{
    QList<TemporalSample> out;
    if (site.seriesAttribute.isEmpty())
        return out;
    for (const TemporalSample &s : store.series(site.id, site.seriesAttribute, from, to)) {
        bool ok = false;
        const double v = ParkingCounts::occupancyFrom(site.seriesAttribute, s.value.toDouble(&ok), site.counts.total);
        if (ok && std::isfinite(v))
            out << TemporalSample{v, s.observedAt, s.endAt, s.method};
    }
    return out;
}

void ParkingReader::addTrends(QList<ParkingSite> &sites, const EntityStore &store, qint64 t)
{
    for (ParkingSite &s : sites) {
        if (!s.counts.isKnown() || s.observedAt <= 0 || s.stale)
            continue;
        const qint64 now = std::min(s.observedAt, t);
        const QList<TemporalSample> recent = occupancySeries(store, s, now - kTrendWindowMs, now);
        if (recent.size() >= 2)
            s.trend = recent.last().value.toDouble() - recent.first().value.toDouble();
    }
}
