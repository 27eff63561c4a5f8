#include "citysim/KpiDomain.h"

#include "citysim/CrimeDomain.h"
#include "citysim/CrowdDomain.h"
#include "citysim/EnergyDomain.h"
#include "citysim/ParkingDomain.h"
#include "citysim/WateringDomain.h"

#include <cmath>

namespace {
QString kpiId(const char *name)
{
    return QStringLiteral("urn:ngsi-ld:KeyPerformanceIndicator:sq-%1").arg(QLatin1String(name));
}
} // namespace

KpiDomain::KpiDomain(const CityLayout &city, const SimNoise &noise, qint64 originMs, Sources sources)
    : SimDomain(city, noise, originMs)
    , m_sources(sources)
{
}

QList<KpiDomain::Definition> KpiDomain::definitions()
{
    const qint64 week = 7 * kDay;
    return {
        {kpiId("parking-occupancy"), QStringLiteral("Average car park occupancy"),
         QStringLiteral("Mean share of occupied bays over all car parks, hourly samples over the last 7 days"),
         QStringLiteral("Smart parking"), QStringLiteral("P1"), 85, false, week},
        {kpiId("water-vs-baseline"), QStringLiteral("Watering water used against the fixed schedule"),
         QStringLiteral("Water used by smart watering as a share of the former fixed schedule, 5 mm every morning (last 7 days)"),
         QStringLiteral("Sports-field watering"), QStringLiteral("P1"), 60, false, week},
        {kpiId("water-saved"), QStringLiteral("Watering water saved"),
         QStringLiteral("Water not used against the fixed schedule because fields were moist enough, rain was forecast, or a booking or a mowing deferred it (last 7 days)"),
         QStringLiteral("Sports-field watering"), QStringLiteral("MTQ"), 1000, true, week},
        {kpiId("water-used"), QStringLiteral("Watering water used"),
         QStringLiteral("Water used by the smart watering rule on the nine fields (last 7 days)"),
         QStringLiteral("Sports-field watering"), QStringLiteral("MTQ"), 1400, false, week},
        {kpiId("pedestrians-today"), QStringLiteral("Pedestrians counted today"),
         QStringLiteral("People counted by all pedestrian counters since midnight"),
         QStringLiteral("Pedestrian flows"), QStringLiteral("C62"), 60000, true, kDay},
        {kpiId("security-incidents"), QStringLiteral("Security incidents"),
         QStringLiteral("Alerts of category security over the last 7 days"),
         QStringLiteral("Crime risk mapping"), QStringLiteral("C62"), 40, false, week},
        {kpiId("building-energy"), QStringLiteral("Building electricity use"),
         QStringLiteral("Electricity imported by all metered buildings over the last 7 days"),
         QStringLiteral("Building energy twin"), QStringLiteral("MWH"), 2000, false, week},
    };
}

QStringList KpiDomain::ids(const QString &, qint64)
{
    QStringList out;
    for (const Definition &d : definitions())
        out << d.id;
    out.sort();
    return out;
}

std::pair<qint64, qint64> KpiDomain::calculationPeriod(const Definition &d, qint64 t)
{
    // "Today" starts at local midnight; the other windows end at the hour.
    const qint64 to = align(t, kHour);
    return {d.window == kDay ? to - qint64(localHour(to) * kHour + 0.5) : to - d.window, to};
}

double KpiDomain::value(int kpi, qint64 t)
{
    const auto [from, to] = calculationPeriod(definitions().at(kpi), t);
    switch (kpi) {
    case 0: {
        double sum = 0;
        int samples = 0;
        for (qint64 h = from; h < to; h += kHour) {
            for (int s = 0; s < m_city.carParks.size(); ++s, ++samples)
                sum += double(m_sources.parking->occupied(s, h)) / m_sources.parking->capacity(s);
        }
        return samples ? std::round(1000.0 * sum / samples) / 10.0 : 0.0;
    }
    case 1: {
        const double baseline = m_sources.watering->waterUsed(from, to, true);
        return baseline > 0 ? std::round(1000.0 * m_sources.watering->waterUsed(from, to, false) / baseline) / 10.0 : 0.0;
    }
    case 2:
        return std::round(m_sources.watering->waterUsed(from, to, true) - m_sources.watering->waterUsed(from, to, false));
    case 3:
        return std::round(m_sources.watering->waterUsed(from, to, false));
    case 4: {
        double people = 0;
        for (qint64 q = from + 15 * kMinute; q <= to; q += 15 * kMinute) {
            for (int c = 0; c < m_city.counters.size(); ++c)
                people += m_sources.crowd->peopleCount(c, q);
        }
        return people;
    }
    case 5:
        return double(m_sources.crime->incidents(from, to).size());
    case 6: {
        double kwh = 0;
        for (int b = 0; b < m_city.buildings.size(); ++b)
            kwh += m_sources.energy->energy(b, to) - m_sources.energy->energy(b, from);
        return std::round(kwh / 100.0) / 10.0;
    }
    }
    return 0;
}

QJsonObject KpiDomain::entity(const QString &id, qint64 t)
{
    const QList<Definition> all = definitions();
    for (int k = 0; k < all.size(); ++k) {
        const Definition &d = all.at(k);
        if (d.id != id)
            continue;
        const auto [from, to] = calculationPeriod(d, t);
        const double v = value(k, t);
        const double ratio = d.higherIsBetter ? v / d.target : (v > 0 ? d.target / v : 2.0);
        const QString standing = ratio >= 1.1 ? QStringLiteral("very good") : ratio >= 1.0 ? QStringLiteral("good")
            : ratio >= 0.9 ? QStringLiteral("fair") : ratio >= 0.75 ? QStringLiteral("bad") : QStringLiteral("very bad");
        QJsonObject e = newEntity(id, QStringLiteral("KeyPerformanceIndicator"));
        e.insert(QStringLiteral("name"), property(d.name));
        e.insert(QStringLiteral("description"), property(d.description));
        e.insert(QStringLiteral("category"), property(QJsonArray{QStringLiteral("quantitative")}));
        e.insert(QStringLiteral("process"), property(d.process));
        e.insert(QStringLiteral("organization"), property(QStringLiteral("Ville de Saint-Quentin")));
        e.insert(QStringLiteral("calculationFrequency"), property(QStringLiteral("hourly")));
        e.insert(QStringLiteral("calculationPeriod"), property(QJsonObject{{QStringLiteral("from"), iso(from)}, {QStringLiteral("to"), iso(to)}}));
        e.insert(QStringLiteral("kpiValue"), property(v, to, d.unitCode));
        e.insert(QStringLiteral("target"), property(d.target, -1, d.unitCode)); // not in the model: CityDeck's
        e.insert(QStringLiteral("currentStanding"), property(standing, to));
        e.insert(QStringLiteral("dateNextCalculation"), property(dateTime(to + kHour)));
        return e;
    }
    return {};
}
