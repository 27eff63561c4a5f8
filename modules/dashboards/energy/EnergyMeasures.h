#pragma once

#include "energy/EnergyBuilding.h"

#include <QCoreApplication>
#include <QHash>

#include <vector>

class TypicalProfile;

// What a building is coloured by: its power now, the energy it used over the chosen period, that
// energy per m² of floor (a school against a tower block), or its power against its typical one
// for this hour (1 = as usual, 2 = twice).
class EnergyMeasures
{
    Q_DECLARE_TR_FUNCTIONS(EnergyMeasures)
public:
    enum class Measure { Power, Energy, Intensity, Deviation };
    enum class Period { Day, Week, Month };

    static QList<Measure> all() { return {Measure::Power, Measure::Energy, Measure::Intensity, Measure::Deviation}; }
    static QString name(Measure measure);
    static QString unit(Measure measure);
    static QString periodName(Period period);
    static qint64 periodMs(Period period);

    // One value per building (NaN: unknown). before: cumulative kWh per meter at t − period.
    static std::vector<double> values(Measure measure, const std::vector<EnergyBuilding> &buildings, const QHash<QString, double> &before,
                                      const TypicalProfile &typical, qint64 t);
    // The energy used over the period (kWh); NaN without both readings or when the meter was reset.
    static double energyOver(const EnergyBuilding &b, const QHash<QString, double> &before);
    // A colour range for values: the 2nd–98th percentile (one huge consumer must not wash out the
    // city); the deviation is centred on 1.
    static std::pair<double, double> range(Measure measure, const std::vector<double> &values);
};
