#include "energy/TypicalProfile.h"

#include "sdk/EntityStore.h"
#include "sdk/HourlySeries.h"

#include <QDateTime>

TypicalProfile::Day TypicalProfile::empty()
{
    Day d;
    d.fill(std::nan(""));
    return d;
}

bool TypicalProfile::update(const EntityStore &store, const std::vector<EnergyBuilding> &buildings, qint64 t, const QTimeZone &zone,
                            int days)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(t, zone).date();
    const qint64 dayStart = HourlySeries::dayStart(today, zone);
    if (dayStart == m_dayStart && buildings.size() == m_buildings)
        return false;
    m_dayStart = dayStart;
    m_buildings = buildings.size();
    m_zone = zone;
    m_profiles.clear();
    const qint64 from = HourlySeries::dayStart(today.addDays(-days), zone);
    for (const EnergyBuilding &b : buildings) {
        if (b.meterId.isEmpty())
            continue;
        // Power is a level: each reading counts for the hour it was taken in.
        const QList<HourlySeries::Hour> hours = HourlySeries::fold(store.series(b.meterId, QStringLiteral("totalActivePower"), from, dayStart - 1),
                                                                   HourlySeries::Fold::Mean, zone, false);
        std::array<double, 24> sum{};
        std::array<int, 24> n{};
        for (const HourlySeries::Hour &h : hours) {
            const size_t hour = size_t(QDateTime::fromMSecsSinceEpoch(h.start, zone).time().hour());
            sum[hour] += h.value;
            ++n[hour];
        }
        Day d = empty();
        for (size_t h = 0; h < 24; ++h) {
            if (n[h] > 0)
                d[h] = sum[h] / n[h];
        }
        m_profiles.insert(b.meterId, d);
    }
    return true;
}

double TypicalProfile::at(const QString &meterId, qint64 t) const
{
    const auto it = m_profiles.constFind(meterId);
    if (it == m_profiles.cend())
        return std::nan("");
    return it.value()[size_t(QDateTime::fromMSecsSinceEpoch(t, m_zone).time().hour())];
}
