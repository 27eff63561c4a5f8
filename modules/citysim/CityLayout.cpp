#include "citysim/CityLayout.h"

#include "citysim/SimNoise.h"

#include <cmath>

namespace {
constexpr double kHalfWidth = 3000;   // metres east/west of the centre
constexpr double kHalfHeight = 2400;  // metres north/south
constexpr double kBlock = 110;        // street pitch
constexpr double kStreet = 15;        // street width
constexpr int kDistrictColumns = 4;
constexpr int kDistrictRows = 3;

const char *const kDistrictNames[] = {"Faubourg d'Isle", "Remicourt",   "Saint-Jean",   "Vermandois",
                                      "Europe",          "Centre-ville", "Saint-Martin", "Champs-Élysées",
                                      "Neuville",        "La Vallée",    "Le Préau",     "Saint-Éloi"};
const char *const kFieldNames[] = {"Stade Paul Debrésie", "Terrain des Chaudières", "Stade Marcel Bienfait",
                                   "Complexe sportif Europe", "Terrain de Remicourt", "Stade de la Vallée",
                                   "Terrain Saint-Martin", "Stade du Préau", "Terrain de Neuville"};
// Every fifth street of the grid is a named avenue; the others stay unnamed on the map.
const char *const kAvenueNames[] = {"Boulevard Gambetta", "Rue d'Isle", "Rue de la Sellerie", "Avenue Faidherbe",
                                    "Rue Saint-Martin", "Boulevard Victor Hugo", "Rue Émile Zola", "Rue de Guise",
                                    "Rue Raspail", "Rue du Général Leclerc", "Avenue de Remicourt", "Rue de Paris",
                                    "Rue Jean Jaurès", "Boulevard Richelieu", "Rue des Canonniers", "Rue Croix-Belle-Porte",
                                    "Rue de Lyon", "Avenue Léo Lagrange", "Rue de Cambrai", "Rue d'Ham", "Rue de Fayet",
                                    "Boulevard Henri Martin", "Rue de la Chaussée Romaine"};
const char *const kCarParkNames[] = {"Parking Hôtel de Ville", "Parking Basilique", "Parking Gare",
                                     "Parking Théâtre", "Parking Champs-Élysées", "Parking Isle",
                                     "Parking Médiathèque", "Parking Marché couvert"};

QString numbered(const char *prefix, int n)
{
    return QStringLiteral("urn:ngsi-ld:%1:sq-%2").arg(QLatin1String(prefix)).arg(n, 4, 10, QLatin1Char('0'));
}

bool contains(const QPolygonF &ring, QPointF p)
{
    return ring.containsPoint(p, Qt::OddEvenFill);
}
} // namespace

QString CityLayout::useName(Use use)
{
    switch (use) {
    case Use::Residential: return QStringLiteral("residential");
    case Use::Office: return QStringLiteral("office");
    case Use::School: return QStringLiteral("school");
    case Use::Sports: return QStringLiteral("sports");
    case Use::Retail: return QStringLiteral("retail");
    }
    return {};
}

double CityLayout::centrality(QPointF lonLat) const
{
    const QPointF m = geo.toMetres(lonLat);
    return std::exp(-std::hypot(m.x(), m.y() * 1.2) / 1100.0);
}

int CityLayout::districtAt(QPointF lonLat) const
{
    for (int i = 0; i < districts.size(); ++i) {
        if (contains(districts.at(i).area, lonLat))
            return i;
    }
    return 0;
}

CityLayout CityLayout::generate(quint64 seed, QPointF centreLonLat)
{
    const SimNoise noise(seed);
    CityLayout city;
    city.geo = SimGeo(centreLonLat);
    const SimGeo &geo = city.geo;
    auto rnd = [&](quint64 a, quint64 b = 0) { return noise.unit(SimNoise::Layout, a, b); };

    // Districts: a 4 × 3 partition whose inner corners are shifted, so that the areas look drawn.
    QList<QPointF> corners;
    for (int r = 0; r <= kDistrictRows; ++r) {
        for (int c = 0; c <= kDistrictColumns; ++c) {
            QPointF p(-kHalfWidth + c * 2 * kHalfWidth / kDistrictColumns, -kHalfHeight + r * 2 * kHalfHeight / kDistrictRows);
            if (r > 0 && r < kDistrictRows && c > 0 && c < kDistrictColumns)
                p += QPointF(rnd(100 + r, c) * 400 - 200, rnd(200 + r, c) * 300 - 150);
            corners << p;
        }
    }
    auto corner = [&](int r, int c) { return corners.at(r * (kDistrictColumns + 1) + c); };
    for (int r = 0; r < kDistrictRows; ++r) {
        for (int c = 0; c < kDistrictColumns; ++c) {
            const int i = r * kDistrictColumns + c;
            QPolygonF ring{corner(r, c), corner(r, c + 1), corner(r + 1, c + 1), corner(r + 1, c), corner(r, c)};
            District d;
            d.id = numbered("AdministrativeArea", i + 1);
            d.name = QString::fromUtf8(kDistrictNames[i]);
            d.area = geo.toLonLat(ring);
            city.districts << d;
        }
    }
    for (District &d : city.districts)
        d.centrality = city.centrality(d.area.boundingRect().center());

    city.marketPlace = geo.toLonLat({-60, 40});
    city.eventVenue = geo.toLonLat({650, -420});
    city.weatherStation = geo.toLonLat({-1400, 900});

    // Sports fields first: their blocks stay free of buildings.
    QList<QPointF> fieldBlocks;
    for (int i = 0; i < 9; ++i) {
        const double angle = i * 2 * M_PI / 9 + rnd(300, i) * 0.5;
        const double radius = 1200 + rnd(301, i) * 1300;
        const QPointF raw(radius * std::cos(angle), radius * std::sin(angle) * 0.8);
        const QPointF m(std::round(raw.x() / kBlock) * kBlock + (kBlock - kStreet) / 2,
                        std::round(raw.y() / kBlock) * kBlock + (kBlock - kStreet) / 2);
        fieldBlocks << m;
        Site field;
        field.id = numbered("Garden", i + 1);
        field.name = QString::fromUtf8(kFieldNames[i]);
        field.position = geo.toLonLat(m);
        field.weight = 0.8 + rnd(302, i) * 0.5; // area factor: bigger fields need more water
        field.shape = geo.rectangle(m, 100, 64 * field.weight);
        city.fields << field;
    }

    for (Site &field : city.fields)
        field.district = city.districtAt(field.position);

    // Buildings block by block: denser, taller and more mixed towards the centre.
    int index = 0;
    for (double bx = -kHalfWidth; bx < kHalfWidth; bx += kBlock) {
        for (double by = -kHalfHeight; by < kHalfHeight; by += kBlock) {
            const QPointF blockCentre(bx + (kBlock - kStreet) / 2, by + (kBlock - kStreet) / 2);
            bool isField = false;
            for (QPointF f : fieldBlocks)
                isField |= std::hypot(f.x() - blockCentre.x(), f.y() - blockCentre.y()) < kBlock * 0.9;
            if (isField)
                continue;
            const quint64 key = quint64(qint64(bx + kHalfWidth)) * 7919 + quint64(qint64(by + kHalfHeight));
            const double central = std::exp(-std::hypot(blockCentre.x(), blockCentre.y() * 1.2) / 1100.0);
            const double keep = 0.56 + 0.44 * central;
            if (rnd(400, key) > keep)
                continue; // parks, yards, empty lots
            const int count = central > 0.2 ? 2 : 1;
            for (int k = 0; k < count; ++k) {
                const quint64 bk = key * 4 + quint64(k);
                Building b;
                b.id = numbered("Building", ++index);
                const double w = 14 + rnd(401, bk) * (18 + 22 * central);
                const double h = 12 + rnd(402, bk) * (14 + 20 * central);
                const double ox = (k == 0 ? -1 : 1) * (count == 2 ? 22 : 0) + (rnd(403, bk) - 0.5) * 10;
                const double oy = (rnd(404, bk) - 0.5) * 30;
                const QPointF c(blockCentre.x() + ox, blockCentre.y() + oy);
                b.footprint = geo.rectangle(c, w, h, (rnd(405, bk) - 0.5) * 8);
                b.centre = geo.toLonLat(c);
                const double u = rnd(406, bk);
                if (u < 0.03)
                    b.use = Use::School;
                else if (u < 0.05)
                    b.use = Use::Sports;
                else if (u < 0.05 + 0.22 * central)
                    b.use = Use::Retail;
                else if (u < 0.05 + 0.22 * central + 0.08 + 0.25 * central)
                    b.use = Use::Office;
                else
                    b.use = Use::Residential;
                b.floors = 1 + int(rnd(407, bk) * (2 + 6 * central));
                if (b.use == Use::Sports)
                    b.floors = 1;
                b.height = b.floors * 3.1 + 1.2 + rnd(408, bk) * 1.5;
                b.floorArea = w * h * b.floors;
                b.district = city.districtAt(b.centre);
                city.buildings << b;
            }
        }
    }

    // Street centre lines between the blocks (x = bx + kBlock − kStreet / 2), the whole grid.
    int avenue = 0, line = 0;
    auto street = [&](QPointF a, QPointF b) {
        Street s;
        s.main = line++ % 5 == 2;
        if (s.main)
            s.name = QString::fromUtf8(kAvenueNames[avenue++ % std::size(kAvenueNames)]);
        s.line = QPolygonF{geo.toLonLat(a), geo.toLonLat(b)};
        city.streets << s;
    };
    for (double x = -kHalfWidth + kBlock - kStreet / 2; x < kHalfWidth; x += kBlock)
        street({x, -kHalfHeight}, {x, kHalfHeight});
    line = 0;
    for (double y = -kHalfHeight + kBlock - kStreet / 2; y < kHalfHeight; y += kBlock)
        street({-kHalfWidth, y}, {kHalfWidth, y});

    // Pedestrian counters across the streets, mostly in the centre, a few on the way to the event.
    for (int i = 0; i < 40; ++i) {
        const double angle = rnd(500, i) * 2 * M_PI;
        const double radius = (i < 30 ? 80 + rnd(501, i) * 900 : 400 + rnd(501, i) * 2000);
        const double sx = std::floor(radius * std::cos(angle) / kBlock) * kBlock + kBlock - kStreet / 2;
        const double sy = radius * std::sin(angle) * 0.8;
        Site s;
        s.id = numbered("CrowdFlowObserved", i + 1);
        s.shape = QPolygonF{geo.toLonLat({sx - kStreet / 2 - 3, sy}), geo.toLonLat({sx + kStreet / 2 + 3, sy})};
        s.position = geo.toLonLat({sx, sy});
        s.district = city.districtAt(s.position);
        s.name = QStringLiteral("%1 — counter %2").arg(city.districts.at(s.district).name).arg(i + 1);
        s.weight = 0.35 + 1.6 * city.centrality(s.position) + rnd(502, i) * 0.3;
        city.counters << s;
    }

    for (int i = 0; i < 8; ++i) {
        const double angle = i * 2 * M_PI / 8 + rnd(600, i) * 0.6;
        const double radius = 250 + rnd(601, i) * 1100;
        Site s;
        s.id = numbered("OffStreetParking", i + 1);
        s.name = QString::fromUtf8(kCarParkNames[i]);
        s.position = geo.toLonLat({radius * std::cos(angle), radius * std::sin(angle)});
        s.district = city.districtAt(s.position);
        s.weight = i == 0 ? 120 : std::round(150 + rnd(602, i) * 450); // capacity; the first is the one with bay sensors
        city.carParks << s;
    }

    // Kerb-side parking along the north–south streets near the centre: a strip 2.5 m deep on one
    // side of the street, starting past a crossing, one bay every 5.5 m.
    QList<QPointF> nearStreets;
    for (const Street &st : std::as_const(city.streets)) {
        const QPointF a = geo.toMetres(st.line.first()), b = geo.toMetres(st.line.last());
        if (std::abs(a.x() - b.x()) < 1 && std::abs(a.x()) < 700)
            nearStreets << a;
    }
    for (int i = 0; i < 10 && !nearStreets.isEmpty(); ++i) {
        const double x = nearStreets.at(int(rnd(700, i) * nearStreets.size()) % nearStreets.size()).x();
        const double y = std::floor((rnd(701, i) - 0.5) * 1400 / kBlock) * kBlock + 12;
        const double length = 44 + 11 * std::floor(rnd(702, i) * 4);
        const double side = i % 2 == 0 ? 1 : -1;
        const QPointF centre(x + side * (kStreet / 2 - 1.25), y + length / 2);
        Site s;
        s.id = numbered("OnStreetParking", i + 1);
        s.shape = geo.rectangle(centre, 2.5, length);
        s.position = geo.toLonLat(centre);
        s.district = city.districtAt(s.position);
        s.name = QStringLiteral("%1 — stationnement sur voirie %2").arg(city.districts.at(s.district).name).arg(i + 1);
        s.weight = std::floor(length / 5.5);
        city.kerbs << s;
    }
    return city;
}
