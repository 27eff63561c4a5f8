#include "citysim/ParkingDomain.h"

#include <algorithm>
#include <cmath>
#include <numeric>

ParkingDomain::ParkingDomain(const CityLayout &city, const SimNoise &noise, qint64 originMs)
    : SimDomain(city, noise, originMs)
{
    for (int i = 0; i < capacity(kSpotSite); ++i)
        m_spotIds << QStringLiteral("urn:ngsi-ld:ParkingSpot:sq-0001-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
}

QStringList ParkingDomain::ids(const QString &type, qint64)
{
    if (type == QLatin1String("ParkingSpot"))
        return m_spotIds;
    QStringList out;
    for (const CityLayout::Site &s : m_city.carParks)
        out << s.id;
    return out;
}

bool ParkingDomain::isOpen(int site, qint64 t) const
{
    // Every fourth car park closes at night (1:00–6:00).
    const double h = localHour(t);
    return site % 4 != 3 || h < 1.0 || h >= 6.0;
}

double ParkingDomain::occupancy(int site, qint64 slot) const
{
    const CityLayout::Site &s = m_city.carParks.at(site);
    const double h = localHour(slot);
    const int wd = weekday(slot);
    const double central = m_city.centrality(s.position);
    auto bump = [h](double centre, double width) { return std::exp(-0.5 * std::pow((h - centre) / width, 2)); };
    double occ;
    if (wd <= 5)
        occ = 0.12 + (0.45 + 0.35 * central) * bump(13.0, 3.2) + 0.1 * bump(19.5, 1.5);
    else if (wd == 6)
        occ = 0.1 + (0.55 + 0.3 * central) * bump(15.0, 2.8);
    else
        occ = 0.08 + 0.3 * bump(15.5, 2.5);
    const auto [eventStart, eventEnd] = eventWindow(slot);
    if (slot >= eventStart - kHour && slot < eventEnd)
        occ += 0.45 * std::exp(-SimGeo::distance(s.position, m_city.eventVenue) / 700.0);
    occ += 0.08 * (m_noise.smooth(SimNoise::Parking * 100 + quint64(site), double(slot), 2.0 * kHour) - 0.5);
    if (!isOpen(site, slot))
        occ = 0.02;
    return std::clamp(occ, 0.0, 0.99);
}

int ParkingDomain::occupied(int site, qint64 t) const
{
    const qint64 slot = align(t, period({}));
    return int(std::lround(occupancy(site, slot) * capacity(site)));
}

bool ParkingDomain::spotOccupied(int spot, qint64 t) const
{
    // Bays ordered by a key that changes every hour; the first `occupied` ones are taken. The
    // order is stable within the hour, so bays flip one by one as the count moves.
    const qint64 slot = align(t, period({}));
    const qint64 hour = slot / kHour;
    if (hour != m_rankHour || m_rank.empty()) {
        const int n = capacity(kSpotSite);
        std::vector<int> order(static_cast<size_t>(n));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return m_noise.hash(SimNoise::Spot, quint64(a), quint64(hour)) < m_noise.hash(SimNoise::Spot, quint64(b), quint64(hour));
        });
        m_rank.assign(size_t(n), 0);
        for (int i = 0; i < n; ++i)
            m_rank[size_t(order[size_t(i)])] = i;
        m_rankHour = hour;
    }
    return m_rank[size_t(spot)] < occupied(kSpotSite, slot);
}

QJsonObject ParkingDomain::entity(const QString &id, qint64 t)
{
    const qint64 slot = align(t, period({}));
    if (const qsizetype spot = m_spotIds.indexOf(id); spot >= 0) {
        const CityLayout::Site &site = m_city.carParks.at(kSpotSite);
        const QPointF base = m_city.geo.toMetres(site.position);
        const int row = int(spot) / 20, column = int(spot) % 20;
        const QPointF position = m_city.geo.toLonLat(base + QPointF(-47.5 + column * 2.5, -10.0 + row * 5.5));
        QJsonObject e = newEntity(id, QStringLiteral("ParkingSpot"));
        e.insert(QStringLiteral("name"), property(QStringLiteral("%1 — bay %2").arg(site.name).arg(spot + 1)));
        e.insert(QStringLiteral("location"), geoProperty(point(position)));
        e.insert(QStringLiteral("status"), property(spotOccupied(int(spot), t) ? QStringLiteral("occupied") : QStringLiteral("free"), slot));
        e.insert(QStringLiteral("category"), property(QJsonArray{QStringLiteral("offStreet")}));
        e.insert(QStringLiteral("refParkingSite"), relationship(site.id));
        return e;
    }
    for (int i = 0; i < m_city.carParks.size(); ++i) {
        const CityLayout::Site &site = m_city.carParks.at(i);
        if (site.id != id)
            continue;
        const int total = capacity(i);
        const int taken = occupied(i, t);
        QJsonObject e = newEntity(id, QStringLiteral("OffStreetParking"));
        e.insert(QStringLiteral("name"), property(site.name));
        e.insert(QStringLiteral("location"), geoProperty(point(site.position)));
        e.insert(QStringLiteral("totalSpotNumber"), property(total, -1, QStringLiteral("C62")));
        e.insert(QStringLiteral("availableSpotNumber"), property(total - taken, slot, QStringLiteral("C62")));
        e.insert(QStringLiteral("occupancy"), property(std::round(1000.0 * taken / total) / 1000, slot, QStringLiteral("C62")));
        e.insert(QStringLiteral("status"), property(QJsonArray{isOpen(i, t) ? QStringLiteral("open") : QStringLiteral("closed")}, slot));
        e.insert(QStringLiteral("allowedVehicleType"), property(QJsonArray{QStringLiteral("car")}));
        e.insert(QStringLiteral("category"), property(QJsonArray{QStringLiteral("public"), QStringLiteral("feeCharged")}));
        e.insert(QStringLiteral("areaServed"), property(m_city.districts.at(site.district).name));
        if (i == kSpotSite)
            e.insert(QStringLiteral("refParkingSpot"), relationships(m_spotIds));
        return e;
    }
    return {};
}
