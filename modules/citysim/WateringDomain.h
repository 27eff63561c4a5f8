#pragma once

#include "citysim/SimDomain.h"

#include <vector>

// The sports-field watering pilot: 9 fields (Garden) with a soil probe each (GreenspaceRecord),
// the weather station (WeatherObserved) and the rolling 24-hour forecast (WeatherForecast).
// Soil moisture falls with sun and heat and rises after rain and watering. Every morning at
// 5:00 the smart rule waters a field only when it is dry and rain is unlikely; the non-smart
// baseline would water every field every day. Both volumes are kept for the KPIs.
class CITYDECK_CITYSIM_EXPORT WateringDomain : public SimDomain
{
public:
    using SimDomain::SimDomain;

    QStringList types() const override;
    QStringList ids(const QString &type, qint64 t) override;
    QJsonObject entity(const QString &id, qint64 t) override;
    qint64 period(const QString &) const override { return kHour; }

    struct Weather
    {
        double temperature = 0;   // °C
        double precipitation = 0; // mm in the hour
        double humidity = 0;      // 0–1
        double solar = 0;         // W/m²
    };
    Weather weather(qint64 t) const;
    // Chance of rain in the 24 hours after t, and the amount, as the forecast says.
    std::pair<double, double> forecast(qint64 t) const;
    double moisture(int field, qint64 t);
    // Water used (m³) by the smart rule and by the every-day baseline over [from, to).
    double waterUsed(qint64 from, qint64 to, bool baseline);

    static constexpr double kDryThreshold = 0.27;      // m³/m³: below it a field needs water
    static constexpr double kRainSkipProbability = 0.6;

private:
    struct FieldState
    {
        double moisture = 0.3;
        double smartVolume = 0;    // cumulative m³ since the origin
        double baselineVolume = 0;
        qint64 lastWatering = -1;
    };
    const std::vector<FieldState> &stateAt(qint64 t);

    std::vector<std::vector<FieldState>> m_hours; // hour since origin → the fields at its start
};
