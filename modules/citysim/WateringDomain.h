#pragma once

#include "citysim/SimDomain.h"

#include <vector>

// The sports-field watering pilot: 9 fields (Garden) with a soil probe each (GreenspaceRecord),
// a water meter on all but the last (WaterConsumptionObserved), a booking and mowing calendar
// (SportsFieldSchedule, CityDeck's type), the weather station (WeatherObserved), the day's
// forecast (WeatherForecast sq-next24h) and 24 hourly forecasts (sq-hour-01 … 24). Soil moisture
// falls with sun and heat and rises after rain and watering. Every day at 05:00 the controller
// applies the rule of docs/WATERING.md to the values published then — the rule the dashboard
// replays — while the analogue scenario would give every field 5 mm every morning.
class CITYDECK_CITYSIM_EXPORT WateringDomain : public SimDomain
{
public:
    using SimDomain::SimDomain;

    QStringList types() const override;
    QStringList ids(const QString &type, qint64 t) override;
    QJsonObject entity(const QString &id, qint64 t) override;
    qint64 period(const QString &) const override { return kHour; }
    int historyDays() const override { return 35; }

    struct Weather
    {
        double temperature = 0;   // °C
        double precipitation = 0; // mm in the hour
        double humidity = 0;      // 0–1
        double solar = 0;         // W/m²
    };
    Weather weather(qint64 t) const;
    // Chance of rain in the 24 hours after t, and the amount, as the day's forecast says.
    std::pair<double, double> forecast(qint64 t) const;
    // Hour k (1–24) of the forecast issued at the hour `issued`: its chance of rain and its mm,
    // as published (rounded).
    std::pair<double, double> forecastHour(qint64 issued, int k) const;
    double moisture(int field, qint64 t);

    enum class Action { Water, Shifted, Skip };
    struct Watering
    {
        qint64 decidedAt = 0;
        Action action = Action::Skip;
        qint64 start = -1; // -1 when skipped
        double depthMm = 0;
        double volume = 0; // m³
    };
    // The day's decisions taken in [from, to) for a field (every day has one).
    QList<Watering> decisions(int field, qint64 from, qint64 to);
    // The waterings that started in [from, to).
    QList<Watering> waterings(int field, qint64 from, qint64 to);
    // Water used (m³) by the smart rule and by the analogue scenario, by waterings started in [from, to).
    double waterUsed(qint64 from, qint64 to, bool baseline);
    // The watered area (m²) of a field: its ring as published, on the projection WATERING.md names.
    double area(int field) const;
    static bool hasMeter(int field) { return field != kUnmeteredField; }

    static constexpr int kUnmeteredField = 8;   // the last field has no meter: the dashboard computes its water
    static constexpr double kDryThreshold = 0.27; // m³/m³
    static constexpr double kTarget = 0.34;
    static constexpr double kRootDepthMm = 150;
    static constexpr double kRateMmPerHour = 6;
    static constexpr double kRainProbability = 0.6;
    static constexpr double kRainAmountMm = 2;
    static constexpr int kHorizonHours = 16;
    static constexpr double kMowingGapHours = 12;
    static constexpr double kFixedDepthMm = 5;

private:
    struct FieldState
    {
        double moisture = 0.3;
        double smartVolume = 0;    // cumulative m³ since the origin
        double baselineVolume = 0;
        qint64 lastWatering = -1;
        qint64 plannedStart = -1;  // today's watering, once decided
        double plannedDepth = 0;
        double plannedVolume = 0;
    };
    const std::vector<FieldState> &stateAt(qint64 t);
    Watering decide(int field, double moisture, qint64 decisionTime) const;
    double meterStart(int field) const { return 1200 + 350 * field; }

    std::vector<std::vector<FieldState>> m_hours; // hour since origin → the fields at its start
    std::vector<QList<Watering>> m_decisions;      // per field, in time order
    mutable std::vector<double> m_areas;
};
