#include "citysim/ParkingDomain.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace {
const QString kOffStreet = QStringLiteral("OffStreetParking");
const QString kOnStreet = QStringLiteral("OnStreetParking");
const QString kGroup = QStringLiteral("ParkingGroup");
const QString kSpot = QStringLiteral("ParkingSpot");
} // namespace

ParkingDomain::ParkingDomain(const CityLayout &city, const SimNoise &noise, qint64 originMs)
    : SimDomain(city, noise, originMs)
    // The origin is eight days before the start's midnight: dead 2 h 30 before that midnight.
    , m_deadSince(originMs + 8 * kDay - 150 * kMinute)
{
    for (int i = 0; i < capacity(kSpotSite); ++i)
        m_spotIds << QStringLiteral("urn:ngsi-ld:ParkingSpot:sq-0001-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
}

QStringList ParkingDomain::types() const
{
    return {kOffStreet, kOnStreet, kGroup, kSpot};
}

QStringList ParkingDomain::ids(const QString &type, qint64)
{
    if (type == kSpot)
        return m_spotIds;
    QStringList out;
    if (type == kOffStreet) {
        for (const CityLayout::Site &s : m_city.carParks)
            out << s.id;
    } else if (type == kOnStreet) {
        for (const CityLayout::Site &s : m_city.kerbs)
            out << s.id;
    } else if (type == kGroup) {
        for (int i = 0; i < std::min<int>(kGroupKerbs, int(m_city.kerbs.size())); ++i)
            out << groupId(m_city.kerbs.at(i).id);
    }
    out.sort();
    return out;
}

bool ParkingDomain::isOpen(int site, qint64 t) const
{
    // Every fourth car park closes at night (1:00–6:00).
    const double h = localHour(t);
    return site % 4 != 3 || h < 1.0 || h >= 6.0;
}

double ParkingDomain::occupancy(const CityLayout::Site &s, quint64 key, qint64 slot, bool kerb) const
{
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
    // Residents keep the kerbs busy at night; in the day they fill before the car parks do.
    if (kerb)
        occ = 0.28 + 0.8 * occ;
    const auto [eventStart, eventEnd] = eventWindow(slot);
    if (slot >= eventStart - kHour && slot < eventEnd)
        occ += 0.45 * std::exp(-SimGeo::distance(s.position, m_city.eventVenue) / 700.0);
    occ += 0.08 * (m_noise.smooth(SimNoise::Parking * 100 + key, double(slot), 2.0 * kHour) - 0.5);
    return std::clamp(occ, 0.0, kerb ? 1.0 : 0.99);
}

double ParkingDomain::siteOccupancy(int site, qint64 slot) const
{
    return isOpen(site, slot) ? occupancy(m_city.carParks.at(site), quint64(site), slot, false) : 0.02;
}

int ParkingDomain::occupied(int site, qint64 t) const
{
    return int(std::lround(siteOccupancy(site, align(t, period({}))) * capacity(site)));
}

int ParkingDomain::kerbOccupied(int kerb, qint64 t) const
{
    const CityLayout::Site &s = m_city.kerbs.at(kerb);
    return int(std::lround(occupancy(s, 50 + quint64(kerb), align(t, period({})), true) * s.weight));
}

int ParkingDomain::entrances(int site, qint64 t) const
{
    // Little's law backwards: the cars parked over the mean stay give the arrivals, plus the
    // rise since the previous slot (drivers in the city centre stay longer: offices).
    const qint64 slot = align(t, period({}));
    const double stayHours = 1.6 + 2.4 * m_city.centrality(m_city.carParks.at(site).position);
    const double now = occupied(site, slot), before = occupied(site, slot - period({}));
    const double arrivals = now * (double(period({})) / kHour) / stayHours + std::max(0.0, now - before);
    return int(std::lround(arrivals));
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
    if (const qsizetype spotIndex = m_spotIds.indexOf(id); spotIndex >= 0)
        return spot(int(spotIndex), t);
    for (int i = 0; i < m_city.carParks.size(); ++i) {
        if (m_city.carParks.at(i).id == id)
            return carPark(i, t);
    }
    for (int i = 0; i < m_city.kerbs.size(); ++i) {
        if (m_city.kerbs.at(i).id == id)
            return kerb(i, t);
        if (i < kGroupKerbs && groupId(m_city.kerbs.at(i).id) == id)
            return group(i, t);
    }
    return {};
}

QJsonObject ParkingDomain::carPark(int i, qint64 t) const
{
    const qint64 slot = align(t, period({}));
    const CityLayout::Site &site = m_city.carParks.at(i);
    const int total = capacity(i);
    const int taken = occupied(i, t);
    QJsonObject e = newEntity(site.id, kOffStreet);
    e.insert(QStringLiteral("name"), property(site.name));
    e.insert(QStringLiteral("location"), geoProperty(point(site.position)));
    e.insert(QStringLiteral("totalSpotNumber"), property(total, -1, QStringLiteral("C62")));
    e.insert(QStringLiteral("availableSpotNumber"), property(total - taken, slot, QStringLiteral("C62")));
    e.insert(QStringLiteral("occupancy"), property(std::round(1000.0 * taken / total) / 1000, slot, QStringLiteral("C62")));
    e.insert(QStringLiteral("vehicleEntranceCount"), property(entrances(i, t), slot, QStringLiteral("C62")));
    e.insert(QStringLiteral("status"), property(QJsonArray{isOpen(i, t) ? QStringLiteral("open") : QStringLiteral("closed")}, slot));
    e.insert(QStringLiteral("allowedVehicleType"), property(QJsonArray{QStringLiteral("car")}));
    e.insert(QStringLiteral("category"), property(QJsonArray{QStringLiteral("public"), QStringLiteral("feeCharged")}));
    e.insert(QStringLiteral("areaServed"), property(m_city.districts.at(site.district).name));
    if (i == kSpotSite)
        e.insert(QStringLiteral("refParkingSpot"), relationships(m_spotIds));
    return e;
}

QJsonObject ParkingDomain::kerb(int i, qint64 t) const
{
    const CityLayout::Site &site = m_city.kerbs.at(i);
    // A dead sensor: the broker keeps serving its last values with their old observedAt.
    const qint64 at = i == kDeadKerb ? std::min(t, m_deadSince) : t;
    const qint64 slot = align(at, period({}));
    const int total = int(site.weight);
    const int taken = kerbOccupied(i, at);
    QJsonObject e = newEntity(site.id, kOnStreet);
    e.insert(QStringLiteral("name"), property(site.name));
    e.insert(QStringLiteral("location"), geoProperty(polygon(site.shape)));
    e.insert(QStringLiteral("totalSpotNumber"), property(total));
    e.insert(QStringLiteral("availableSpotNumber"), property(total - taken, slot));
    e.insert(QStringLiteral("occupiedSpotNumber"), property(taken, slot));
    e.insert(QStringLiteral("allowedVehicleType"), property(QJsonArray{QStringLiteral("car")}));
    e.insert(QStringLiteral("category"), property(QJsonArray{QStringLiteral("blueZone"), QStringLiteral("shortTerm")}));
    e.insert(QStringLiteral("areaServed"), property(m_city.districts.at(site.district).name));
    if (i < kGroupKerbs)
        e.insert(QStringLiteral("refParkingGroup"), relationship(groupId(site.id)));
    return e;
}

QJsonObject ParkingDomain::group(int i, qint64 t) const
{
    const CityLayout::Site &site = m_city.kerbs.at(i);
    const qint64 slot = align(t, period({}));
    const double busy = 0.2 + 0.5 * kerbOccupied(i, t) / std::max(1.0, site.weight);
    int taken = 0;
    for (quint64 bay = 0; bay < 2; ++bay)
        taken += m_noise.unit(SimNoise::Spot, 1000 + quint64(i) * 2 + bay, quint64(slot / kHour)) < busy ? 1 : 0;
    QJsonObject e = newEntity(groupId(site.id), kGroup);
    e.insert(QStringLiteral("name"), property(QStringLiteral("%1 — places PMR").arg(site.name)));
    e.insert(QStringLiteral("location"), geoProperty(point(site.shape.first())));
    e.insert(QStringLiteral("totalSpotNumber"), property(2));
    e.insert(QStringLiteral("availableSpotNumber"), property(2 - taken, slot));
    e.insert(QStringLiteral("category"), property(QJsonArray{QStringLiteral("onstreet"), QStringLiteral("onlyDisabled")}));
    e.insert(QStringLiteral("requiredPermit"), property(QStringLiteral("disabledPermit")));
    e.insert(QStringLiteral("refParkingSite"), relationship(site.id));
    return e;
}

QJsonObject ParkingDomain::spot(int spot, qint64 t) const
{
    const qint64 slot = align(t, period({}));
    const CityLayout::Site &site = m_city.carParks.at(kSpotSite);
    const QPointF base = m_city.geo.toMetres(site.position);
    const int row = spot / 20, column = spot % 20;
    const QPointF position = m_city.geo.toLonLat(base + QPointF(-47.5 + column * 2.5, -10.0 + row * 5.5));
    QJsonObject e = newEntity(m_spotIds.at(spot), kSpot);
    e.insert(QStringLiteral("name"), property(QStringLiteral("%1 — bay %2").arg(site.name).arg(spot + 1)));
    e.insert(QStringLiteral("location"), geoProperty(point(position)));
    e.insert(QStringLiteral("status"), property(spotOccupied(spot, t) ? QStringLiteral("occupied") : QStringLiteral("free"), slot));
    e.insert(QStringLiteral("category"), property(QJsonArray{QStringLiteral("offStreet")}));
    e.insert(QStringLiteral("refParkingSite"), relationship(site.id));
    return e;
}
