#include "citysim/CitySimulation.h"

#include "citysim/CrimeDomain.h"
#include "citysim/CrowdDomain.h"
#include "citysim/EnergyDomain.h"
#include "citysim/KpiDomain.h"
#include "citysim/ParkingDomain.h"
#include "citysim/WateringDomain.h"

#include <QDateTime>

CitySimulation::CitySimulation(const Options &options)
    : m_options(options)
    , m_layout(CityLayout::generate(options.seed, options.centre))
    , m_noise(options.seed)
{
    if (m_options.start < 0) {
        const qint64 wall = QDateTime::currentMSecsSinceEpoch();
        m_options.start = wall - wall % SimDomain::kMinute;
    }
    // Integrated states (soil, meters, incident clusters) start a day before the history kept.
    const qint64 origin = m_options.start - m_options.start % SimDomain::kDay - kHistory - SimDomain::kDay;
    m_crowd = std::make_unique<CrowdDomain>(m_layout, m_noise, origin);
    m_parking = std::make_unique<ParkingDomain>(m_layout, m_noise, origin);
    // Soil and meters from further back: the watering dashboard re-runs the last 30 days.
    m_watering = std::make_unique<WateringDomain>(m_layout, m_noise, origin - 30 * SimDomain::kDay);
    m_crime = std::make_unique<CrimeDomain>(m_layout, m_noise, origin);
    m_energy = std::make_unique<EnergyDomain>(m_layout, m_noise, origin);
    m_kpis = std::make_unique<KpiDomain>(m_layout, m_noise, origin,
                                         KpiDomain::Sources{m_crowd.get(), m_parking.get(), m_watering.get(),
                                                            m_crime.get(), m_energy.get()});
    for (SimDomain *d : std::initializer_list<SimDomain *>{m_crowd.get(), m_parking.get(), m_watering.get(), m_crime.get(),
                                                            m_energy.get(), m_kpis.get()}) {
        for (const QString &type : d->types())
            m_byType.insert(type, d);
    }
    m_wall.start();
}

CitySimulation::~CitySimulation() = default;

qint64 CitySimulation::historyStart(const QStringList &types) const
{
    int days = types.isEmpty() ? 7 : 400;
    for (const QString &type : types) {
        const SimDomain *d = m_byType.value(type);
        days = std::min(days, d ? d->historyDays() : 7);
    }
    return now() - days * SimDomain::kDay;
}

qint64 CitySimulation::now() const
{
    return m_options.start + qint64(double(m_wall.elapsed()) * m_options.speed) + m_offset;
}

QStringList CitySimulation::types() const
{
    return m_byType.keys(); // QMap: sorted
}

SimDomain *CitySimulation::domainOf(const QString &type) const
{
    return m_byType.value(type);
}

QStringList CitySimulation::ids(const QString &type, qint64 t)
{
    SimDomain *d = domainOf(type);
    return d ? d->ids(type, t) : QStringList();
}

QJsonObject CitySimulation::entity(const QString &id, qint64 t)
{
    SimDomain *d = domainOf(SimDomain::typeOf(id));
    return d ? d->entity(id, t) : QJsonObject();
}

qint64 CitySimulation::period(const QString &type) const
{
    const SimDomain *d = domainOf(type);
    return d ? d->period(type) : 0;
}

int CitySimulation::entityCount(qint64 t)
{
    int n = 0;
    for (const QString &type : types())
        n += int(ids(type, t).size());
    return n;
}
