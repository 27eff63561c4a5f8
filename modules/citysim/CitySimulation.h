#pragma once

#include "citysim/citysim_export.h"

#include "citysim/CityLayout.h"
#include "citysim/SimNoise.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <memory>

class SimDomain;
class CrowdDomain;
class ParkingDomain;
class WateringDomain;
class CrimeDomain;
class EnergyDomain;
class KpiDomain;

// The whole simulated city: its layout, its six domains and its clock. The clock starts at
// `start` and runs `speed` times faster than real time (0 = frozen, advanced by hand); the
// city keeps the 7 days before the current instant for the temporal API. Not thread-safe: one
// thread (the server's) owns it.
class CITYDECK_CITYSIM_EXPORT CitySimulation
{
public:
    struct Options
    {
        quint64 seed = 20260314;
        QPointF centre{3.2876, 49.8489}; // Saint-Quentin, Hôtel de Ville
        qint64 start = -1;               // ms since the epoch; -1 = now, to the minute
        double speed = 1.0;
        bool concise = false; // the broker answers and notifies in the concise representation
    };
    explicit CitySimulation(const Options &options);
    ~CitySimulation();

    const Options &options() const { return m_options; }
    const CityLayout &layout() const { return m_layout; }

    qint64 now() const;
    void advance(qint64 ms) { m_offset += ms; }
    // The oldest instant the temporal API serves for these types (the shortest of their domains').
    qint64 historyStart(const QStringList &types) const;
    static constexpr qint64 kHistory = 7LL * 24 * 3600 * 1000;

    QStringList types() const;
    QStringList ids(const QString &type, qint64 t);
    QJsonObject entity(const QString &id, qint64 t);
    // Milliseconds between observations of that type (0: static or event entities).
    qint64 period(const QString &type) const;
    int entityCount(qint64 t);

    CrowdDomain &crowd() { return *m_crowd; }
    ParkingDomain &parking() { return *m_parking; }
    WateringDomain &watering() { return *m_watering; }
    CrimeDomain &crime() { return *m_crime; }
    EnergyDomain &energy() { return *m_energy; }
    KpiDomain &kpis() { return *m_kpis; }

private:
    SimDomain *domainOf(const QString &type) const;

    Options m_options;
    CityLayout m_layout;
    SimNoise m_noise;
    QElapsedTimer m_wall;
    qint64 m_offset = 0;
    std::unique_ptr<CrowdDomain> m_crowd;
    std::unique_ptr<ParkingDomain> m_parking;
    std::unique_ptr<WateringDomain> m_watering;
    std::unique_ptr<CrimeDomain> m_crime;
    std::unique_ptr<EnergyDomain> m_energy;
    std::unique_ptr<KpiDomain> m_kpis;
    QMap<QString, SimDomain *> m_byType; // every entity type → the domain that simulates it
};
