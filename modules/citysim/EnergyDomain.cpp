#include "citysim/EnergyDomain.h"

#include <cmath>

namespace {
using Use = CityLayout::Use;

// W per m² of floor by use, local hour and weekday.
double intensity(Use use, double h, int wd)
{
    auto between = [h](double a, double b) { return h >= a && h < b; };
    const bool weekend = wd >= 6;
    switch (use) {
    case Use::Residential:
        return 2.2 + (between(6.5, 8.5) ? 4.0 : 0.0) + (between(18, 22.5) ? 6.5 : 0.0) + (weekend && between(10, 18) ? 2.0 : 0.0);
    case Use::Office:
        return !weekend && between(7.5, 18.5) ? 11.0 : 2.0;
    case Use::School:
        return !weekend && wd != 3 && between(8, 17) ? 9.0 : (wd == 3 && between(8, 12) ? 9.0 : 1.2);
    case Use::Retail:
        return wd != 7 && between(9, 19.5) ? 15.0 : 3.0;
    case Use::Sports:
        return (between(17, 22.5) || (weekend && between(9, 19))) ? 8.5 : 1.0;
    }
    return 1.0;
}
} // namespace

EnergyDomain::EnergyDomain(const CityLayout &city, const SimNoise &noise, qint64 originMs)
    : SimDomain(city, noise, originMs)
{
    for (int i = 0; i < city.buildings.size(); ++i) {
        m_index.insert(city.buildings.at(i).id, i);
        m_index.insert(meterId(i), i);
    }
}

QString EnergyDomain::meterId(int building)
{
    return QStringLiteral("urn:ngsi-ld:ThreePhaseAcMeasurement:sq-%1").arg(building + 1, 4, 10, QLatin1Char('0'));
}

QStringList EnergyDomain::types() const
{
    return {QStringLiteral("Building"), QStringLiteral("ThreePhaseAcMeasurement")};
}

qint64 EnergyDomain::period(const QString &type) const
{
    return type == QLatin1String("Building") ? 0 : 15 * kMinute;
}

QStringList EnergyDomain::ids(const QString &type, qint64)
{
    QStringList out;
    const bool buildings = type == QLatin1String("Building");
    for (int i = 0; i < m_city.buildings.size(); ++i)
        out << (buildings ? m_city.buildings.at(i).id : meterId(i));
    return out;
}

double EnergyDomain::power(int building, qint64 t) const
{
    const CityLayout::Building &b = m_city.buildings.at(building);
    const double noise = 1.0 + 0.24 * (m_noise.smooth(SimNoise::Energy * 10000 + quint64(building), double(t), 45.0 * kMinute) - 0.5);
    // Electric heating and lighting: winter days use about 60 % more than summer ones.
    const double doy = double((t / kDay) % 365);
    const double season = 1.0 + 0.3 * std::cos(2 * M_PI * (doy - 15) / 365.0);
    return b.floorArea * intensity(b.use, localHour(t), weekday(t)) * noise * season;
}

void EnergyDomain::ensure(qint64 hour)
{
    const size_t n = size_t(m_city.buildings.size());
    if (m_cumulative.empty()) {
        std::vector<double> start(n);
        for (size_t b = 0; b < n; ++b) // meters were installed years ago
            start[b] = std::round(m_noise.range(2000, 20000, SimNoise::Energy, b) * m_city.buildings.at(int(b)).floorArea / 500.0);
        m_cumulative.push_back(std::move(start));
    }
    while (qint64(m_cumulative.size()) <= hour) {
        const qint64 start = m_origin + qint64(m_cumulative.size() - 1) * kHour;
        std::vector<double> next = m_cumulative.back();
        for (size_t b = 0; b < n; ++b) {
            double wh = 0; // four quarter-hour readings of the power
            for (int q = 0; q < 4; ++q)
                wh += power(int(b), start + q * 15 * kMinute) * 0.25;
            next[b] += wh / 1000.0;
        }
        m_cumulative.push_back(std::move(next));
    }
}

double EnergyDomain::energy(int building, qint64 t)
{
    const qint64 hour = std::max<qint64>(0, hourIndex(t));
    ensure(hour);
    double kwh = m_cumulative[size_t(hour)][size_t(building)];
    const qint64 hourStart = m_origin + hour * kHour;
    for (qint64 q = hourStart; q + 15 * kMinute <= t; q += 15 * kMinute)
        kwh += power(building, q) * 0.25 / 1000.0;
    return kwh;
}

QJsonObject EnergyDomain::entity(const QString &id, qint64 t)
{
    const auto it = m_index.constFind(id);
    if (it == m_index.cend())
        return {};
    const int i = *it;
    const CityLayout::Building &b = m_city.buildings.at(i);
    if (id == b.id) {
        QJsonObject e = newEntity(id, QStringLiteral("Building"));
        e.insert(QStringLiteral("name"), property(QStringLiteral("%1 %2").arg(m_city.districts.at(b.district).name).arg(i + 1)));
        e.insert(QStringLiteral("category"), property(QJsonArray{CityLayout::useName(b.use)}));
        e.insert(QStringLiteral("floorsAboveGround"), property(b.floors));
        e.insert(QStringLiteral("height"), property(std::round(b.height * 10) / 10, -1, QStringLiteral("MTR")));
        e.insert(QStringLiteral("location"), geoProperty(polygon(b.footprint)));
        e.insert(QStringLiteral("address"), property(QJsonObject{{QStringLiteral("addressLocality"), QStringLiteral("Saint-Quentin")},
                                                                 {QStringLiteral("addressRegion"), m_city.districts.at(b.district).name},
                                                                 {QStringLiteral("addressCountry"), QStringLiteral("FR")}}));
        return e;
    }
    const qint64 slot = align(t, period(QStringLiteral("ThreePhaseAcMeasurement")));
    QJsonObject e = newEntity(id, QStringLiteral("ThreePhaseAcMeasurement"));
    e.insert(QStringLiteral("name"), property(QStringLiteral("Meter of building %1").arg(i + 1)));
    e.insert(QStringLiteral("location"), geoProperty(point(b.centre)));
    e.insert(QStringLiteral("totalActivePower"), property(std::round(power(i, slot)), slot, QStringLiteral("WTT")));
    e.insert(QStringLiteral("totalActiveEnergyImport"), property(std::round(energy(i, slot) * 100) / 100, slot, QStringLiteral("KWH")));
    e.insert(QStringLiteral("refBuilding"), relationship(b.id)); // the twin the meter belongs to
    return e;
}
