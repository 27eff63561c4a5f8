#include "energy/EnergyReader.h"

#include "map/WebMercator.h"
#include "sdk/CityPlan.h"
#include "sdk/CsvExport.h"
#include "sdk/EntityGeometry.h"
#include "sdk/EntityStore.h"
#include "sdk/EntityValues.h"
#include "vtkview/BuildingMesh.h"

namespace {
const QString kPower = QStringLiteral("totalActivePower");
const QString kEnergy = QStringLiteral("totalActiveEnergyImport");
const QString kRefBuilding = QStringLiteral("refBuilding");
} // namespace

QPolygonF EnergyReader::Frame::toLocal(const QPolygonF &mercator) const
{
    QPolygonF out;
    out.reserve(mercator.size());
    for (QPointF p : mercator)
        out << toLocal(p);
    return out;
}

QHash<QString, double> EnergyReader::cumulative(const std::vector<Entity> &meters)
{
    QHash<QString, double> out;
    for (const Entity &m : meters) {
        const double kwh = EntityValues::number(m, kEnergy);
        if (std::isfinite(kwh))
            out.insert(m.id, kwh);
    }
    return out;
}

EnergyReader::Result EnergyReader::read(const std::vector<Entity> &buildings, const std::vector<Entity> &meters, const CityPlan *plan,
                                        qint64 t, qint64 staleAfterMs, const Frame *previous)
{
    Result out;
    if (previous)
        out.frame = *previous;
    out.buildings.reserve(buildings.size());
    for (const Entity &e : buildings) {
        const EntityGeometry g = EntityGeometry::project(e.location());
        if (!g.valid || g.rings.isEmpty()) {
            ++out.skipped;
            continue;
        }
        if (!out.frame.valid) {
            // Mercator stretches by 1 / cos(latitude): scaled back, metres are metres.
            out.frame.origin = g.anchor;
            out.frame.scale = std::cos(WebMercator::unproject(g.anchor).latitude() * M_PI / 180);
            out.frame.valid = true;
        }
        EnergyBuilding b;
        b.id = e.id;
        const Attribute *name = e.attribute(u"name");
        b.name = name && !name->value().toString().isEmpty() ? name->value().toString() : e.id.section(QLatin1Char(':'), -1);
        if (const Attribute *category = e.attribute(u"category"))
            b.use = EntityValues::firstText(category->value());
        b.district = plan ? plan->districtAt(g.anchor) : QString();
        for (const QPolygonF &ring : g.rings)
            b.rings << out.frame.toLocal(ring);
        const double floors = EntityValues::number(e, QStringLiteral("floorsAboveGround"));
        b.floors = std::isfinite(floors) && floors > 0 ? int(floors) : 0;
        const double height = EntityValues::number(e, QStringLiteral("height"));
        b.height = std::isfinite(height) && height > 0 ? height : b.floors > 0 ? b.floors * kStoreyHeight : kDefaultHeight;
        // Everything else the broker says about it (address, year, owner…), shown in the panel.
        for (const AttributeGroup &group : e.attributes()) {
            if (group.instances().empty() || group.name() == QLatin1String("location") || group.name() == QLatin1String("name"))
                continue;
            const Attribute &a = group.instances().front();
            const QString text = a.kind() == Attribute::Kind::Relationship ? a.object() : CsvExport::valueText(a.value());
            if (!text.isEmpty())
                b.details.append({group.name(), text.size() > 120 ? text.left(117) + QStringLiteral("…") : text});
        }
        b.parts = g.polygonStarts.size() > 1 ? g.polygonStarts : QList<int>();
        // Outlines count, courtyards are taken out (each polygon of a MultiPolygon).
        double footprint = 0;
        for (int r = 0; r < b.rings.size(); ++r)
            footprint += (r == 0 || g.polygonStarts.contains(r) ? 1 : -1) * std::abs(BuildingMesh::signedArea(b.rings.at(r)));
        b.floorArea = footprint * std::max(1, b.floors > 0 ? b.floors : int(std::round(b.height / kStoreyHeight)));
        out.buildings.push_back(std::move(b));
    }
    readMeters(out.buildings, meters, t, staleAfterMs);
    return out;
}

void EnergyReader::readMeters(std::vector<EnergyBuilding> &buildings, const std::vector<Entity> &meters, qint64 t, qint64 staleAfterMs)
{
    QHash<QString, const Entity *> byBuilding;
    for (const Entity &m : meters) {
        const QString building = EntityValues::reference(m, kRefBuilding);
        if (!building.isEmpty())
            byBuilding.insert(building, &m);
    }
    for (EnergyBuilding &b : buildings) {
        const Entity *m = byBuilding.value(b.id);
        b.meterId = m ? m->id : QString();
        b.powerW = m ? EntityValues::number(*m, kPower) : std::nan("");
        b.energyKwh = m ? EntityValues::number(*m, kEnergy) : std::nan("");
        b.observedAt = m ? EntityStore::lastObserved(*m) : 0;
        b.stale = m && EntityStore::isStale(b.observedAt, t, staleAfterMs);
    }
}
