#include "citysim/CrowdDomain.h"

#include <cmath>

namespace {
// Share of the day's peak by local hour: morning commute, lunch, afternoon shopping, evening.
double dailyCurve(double h, int weekday)
{
    auto bump = [h](double centre, double width, double height) {
        return height * std::exp(-0.5 * std::pow((h - centre) / width, 2));
    };
    if (weekday <= 5)
        return 0.04 + bump(8.3, 0.9, 0.55) + bump(12.6, 1.2, 0.75) + bump(17.4, 1.5, 0.9) + bump(20.5, 1.5, 0.25);
    if (weekday == 6)
        return 0.05 + bump(11.0, 1.8, 0.7) + bump(15.5, 2.2, 1.0) + bump(21.0, 1.6, 0.35);
    return 0.04 + bump(11.5, 1.5, 0.45) + bump(16.0, 2.0, 0.5);
}
} // namespace

QStringList CrowdDomain::ids(const QString &, qint64)
{
    QStringList out;
    for (const CityLayout::Site &s : m_city.counters)
        out << s.id;
    return out;
}

double CrowdDomain::activity(int counter, qint64 start) const
{
    const CityLayout::Site &site = m_city.counters.at(counter);
    const double h = localHour(start) + 7.5 / 60.0;
    const int wd = weekday(start);
    double a = dailyCurve(h, wd);
    // Market mornings: Wednesday and Saturday, 7:30–13:00, strongest close to the market place.
    if ((wd == 3 || wd == 6) && h >= 7.5 && h < 13.0) {
        const double d = SimGeo::distance(site.position, m_city.marketPlace);
        a *= 1.0 + 1.4 * std::exp(-d / 350.0);
    }
    const auto [eventStart, eventEnd] = eventWindow(start);
    if (start >= eventStart - kHour && start < eventEnd) {
        const double d = SimGeo::distance(site.position, m_city.eventVenue);
        const double ramp = start < eventStart ? double(start - (eventStart - kHour)) / kHour
                                               : (start > eventEnd - kHour ? 1.6 : 0.6);
        a += 2.2 * ramp * std::exp(-d / 450.0);
    }
    return a;
}

int CrowdDomain::peopleCount(int counter, qint64 t) const
{
    const qint64 start = align(t, period({})) - period({});
    const CityLayout::Site &site = m_city.counters.at(counter);
    const double noise = 1.0 + 0.12 * m_noise.gauss(SimNoise::Crowd, quint64(counter), quint64(start / period({})));
    return std::max(0, int(std::lround(site.weight * 170.0 * activity(counter, start) * noise)));
}

QJsonObject CrowdDomain::entity(const QString &id, qint64 t)
{
    int index = -1;
    for (int i = 0; i < m_city.counters.size() && index < 0; ++i) {
        if (m_city.counters.at(i).id == id)
            index = i;
    }
    if (index < 0)
        return {};
    const CityLayout::Site &site = m_city.counters.at(index);
    const qint64 to = align(t, period({}));
    const qint64 from = to - period({});
    const int count = peopleCount(index, t);
    const double capacity = site.weight * 260.0;
    const double occupancy = std::min(1.0, count / capacity);
    // Inbound in the morning, outbound in the evening.
    const double h = localHour(from);
    const double towardsShare = std::clamp(0.5 + 0.2 * std::sin((h - 3.0) / 24.0 * 2 * M_PI)
                                               + 0.05 * m_noise.gauss(SimNoise::Crowd * 16 + 7, quint64(index), quint64(from)),
                                           0.05, 0.95);
    const int towards = int(std::lround(count * towardsShare));
    const double speed = std::max(0.3, 1.45 - 0.95 * occupancy + 0.05 * m_noise.gauss(SimNoise::Crowd * 16 + 9, quint64(index), quint64(from)));

    QJsonObject e = newEntity(site.id, QStringLiteral("CrowdFlowObserved"));
    e.insert(QStringLiteral("name"), property(site.name));
    e.insert(QStringLiteral("location"), geoProperty(lineString(site.shape)));
    e.insert(QStringLiteral("peopleCount"), property(count, to, QStringLiteral("C62")));
    e.insert(QStringLiteral("peopleCountTowards"), property(towards, to, QStringLiteral("C62")));
    e.insert(QStringLiteral("peopleCountAway"), property(count - towards, to, QStringLiteral("C62")));
    e.insert(QStringLiteral("occupancy"), property(std::round(occupancy * 1000) / 1000, to, QStringLiteral("C62")));
    e.insert(QStringLiteral("averageCrowdSpeed"), property(std::round(speed * 100) / 100, to, QStringLiteral("MTS")));
    e.insert(QStringLiteral("congested"), property(occupancy > 0.8, to));
    e.insert(QStringLiteral("dateObservedFrom"), property(dateTime(from)));
    e.insert(QStringLiteral("dateObservedTo"), property(dateTime(to)));
    e.insert(QStringLiteral("refRoadSegment"),
             relationship(QStringLiteral("urn:ngsi-ld:RoadSegment:sq-%1").arg(index + 1, 4, 10, QLatin1Char('0'))));
    return e;
}
