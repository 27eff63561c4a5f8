#include "energy/EnergyMeasures.h"

#include "energy/TypicalProfile.h"

#include <algorithm>

QString EnergyMeasures::name(Measure measure)
{
    switch (measure) {
    case Measure::Power:
        return tr("Power now");
    case Measure::Energy:
        return tr("Energy over the period");
    case Measure::Intensity:
        return tr("Energy per m² of floor");
    case Measure::Deviation:
        return tr("Power against its typical hour");
    }
    return {};
}

QString EnergyMeasures::unit(Measure measure)
{
    switch (measure) {
    case Measure::Power:
        return tr("kW");
    case Measure::Energy:
        return tr("kWh");
    case Measure::Intensity:
        return tr("kWh/m²");
    case Measure::Deviation:
        return tr("× typical");
    }
    return {};
}

QString EnergyMeasures::periodName(Period period)
{
    switch (period) {
    case Period::Day:
        return tr("Last 24 hours");
    case Period::Week:
        return tr("Last 7 days");
    case Period::Month:
        return tr("Last 30 days");
    }
    return {};
}

qint64 EnergyMeasures::periodMs(Period period)
{
    constexpr qint64 day = 24LL * 3600 * 1000;
    return period == Period::Day ? day : period == Period::Week ? 7 * day : 30 * day;
}

double EnergyMeasures::energyOver(const EnergyBuilding &b, const QHash<QString, double> &before)
{
    const auto it = before.constFind(b.meterId);
    if (it == before.cend() || !std::isfinite(b.energyKwh))
        return std::nan("");
    const double used = b.energyKwh - it.value();
    return used >= 0 ? used : std::nan(""); // a meter replaced or reset counts from zero again
}

std::vector<double> EnergyMeasures::values(Measure measure, const std::vector<EnergyBuilding> &buildings, const QHash<QString, double> &before,
                                           const TypicalProfile &typical, qint64 t)
{
    std::vector<double> out;
    out.reserve(buildings.size());
    for (const EnergyBuilding &b : buildings) {
        double v = std::nan("");
        switch (measure) {
        case Measure::Power:
            v = b.powerW / 1000;
            break;
        case Measure::Energy:
            v = energyOver(b, before);
            break;
        case Measure::Intensity:
            v = b.floorArea > 0 ? energyOver(b, before) / b.floorArea : std::nan("");
            break;
        case Measure::Deviation: {
            const double usual = typical.at(b.meterId, t);
            // Under 50 W "usual" is standby: a ratio of it says nothing.
            v = std::isfinite(usual) && usual >= 50 ? b.powerW / usual : std::nan("");
            break;
        }
        }
        out.push_back(b.stale ? std::nan("") : v);
    }
    return out;
}

std::pair<double, double> EnergyMeasures::range(Measure measure, const std::vector<double> &values)
{
    if (measure == Measure::Deviation)
        return {0, 2};
    std::vector<double> known;
    known.reserve(values.size());
    for (double v : values) {
        if (std::isfinite(v))
            known.push_back(v);
    }
    if (known.empty())
        return {0, 1};
    std::sort(known.begin(), known.end());
    const double low = known[size_t(double(known.size() - 1) * 0.02)];
    const double high = known[size_t(double(known.size() - 1) * 0.98)];
    return {std::min(0.0, low), high > low ? high : low + 1};
}
