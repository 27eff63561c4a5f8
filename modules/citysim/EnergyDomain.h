#pragma once

#include "citysim/SimDomain.h"

#include <QHash>

#include <vector>

// The building energy twin: every building (Building: footprint polygon, floors, use) and its
// electricity meter (ThreePhaseAcMeasurement: totalActivePower in W, cumulative
// totalActiveEnergyImport in kWh), with daily profiles that depend on the use: homes peak in
// the evening, offices and schools in working hours, shops in opening hours, sports halls at
// night and weekends. Meters read every 15 minutes.
class CITYDECK_CITYSIM_EXPORT EnergyDomain : public SimDomain
{
public:
    EnergyDomain(const CityLayout &city, const SimNoise &noise, qint64 originMs);

    QStringList types() const override;
    QStringList ids(const QString &type, qint64 t) override;
    QJsonObject entity(const QString &id, qint64 t) override;
    qint64 period(const QString &type) const override;

    double power(int building, qint64 t) const;    // W
    double energy(int building, qint64 t);         // kWh, cumulative
    static QString meterId(int building);

private:
    void ensure(qint64 hour);

    QHash<QString, int> m_index; // building or meter id → building
    std::vector<std::vector<double>> m_cumulative; // hour since origin → kWh per building at its start
};
