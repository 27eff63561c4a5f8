#pragma once

#include "citysim/SimDomain.h"

class CrowdDomain;
class ParkingDomain;
class WateringDomain;
class CrimeDomain;
class EnergyDomain;

// The pilots' KeyPerformanceIndicator entities, computed every hour from the other domains
// over the last 7 days (or today): parking occupancy, water used against the every-day
// baseline and the water saved, pedestrians counted, security incidents, building energy.
class CITYDECK_CITYSIM_EXPORT KpiDomain : public SimDomain
{
public:
    struct Sources
    {
        CrowdDomain *crowd;
        ParkingDomain *parking;
        WateringDomain *watering;
        CrimeDomain *crime;
        EnergyDomain *energy;
    };
    KpiDomain(const CityLayout &city, const SimNoise &noise, qint64 originMs, Sources sources);

    QStringList types() const override { return {QStringLiteral("KeyPerformanceIndicator")}; }
    QStringList ids(const QString &type, qint64 t) override;
    QJsonObject entity(const QString &id, qint64 t) override;
    qint64 period(const QString &) const override { return kHour; }

    struct Definition
    {
        QString id;
        QString name;
        QString description;
        QString process;   // the pilot
        QString unitCode;
        double target;
        bool higherIsBetter;
        qint64 window;     // calculation period length
    };
    static QList<Definition> definitions();
    double value(int kpi, qint64 t);
    // The calculation period [from, to) of a KPI at t.
    static std::pair<qint64, qint64> calculationPeriod(const Definition &d, qint64 t);

private:
    Sources m_sources;
};
