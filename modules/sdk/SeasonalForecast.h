#pragma once

#include "sdk/sdk_export.h"

#include "sdk/HourlySeries.h"

#include <QHash>
#include <QTimeZone>

#include <cmath>

// A short-term forecast of an hourly series (people counted, car-park occupancy) from its own
// history: a seasonal baseline — the mean of the same local hour on the same weekday over the
// past weeks (the same hour of the previous days when weeks are missing) — scaled by how the last
// hours ran against their baseline, a correction that fades with the horizon. Every forecast,
// including the back-test that measures its error, uses only values before the hour it starts.
class CITYDECK_SDK_EXPORT SeasonalForecast
{
public:
    struct Options
    {
        int weeks = 4;            // weekly lags averaged
        int correctionHours = 3;  // recent hours compared with their baseline
        double decay = 0.6;       // the correction's weight: 1, decay, decay², … per hour ahead
        double minFactor = 0.5;   // the correction is bounded: one odd hour must not run away
        double maxFactor = 2.0;
    };

    struct Point
    {
        qint64 start = 0;
        double value = std::nan("");
    };

    struct Accuracy
    {
        double mae = std::nan("");        // mean absolute error
        double meanActual = std::nan(""); // mean of the actual values compared
        int points = 0;
        double relative() const { return meanActual > 0 ? mae / meanActual : std::nan(""); }
    };

    SeasonalForecast(const QList<HourlySeries::Hour> &history, const QTimeZone &zone, const Options &options);
    SeasonalForecast(const QList<HourlySeries::Hour> &history, const QTimeZone &zone)
        : SeasonalForecast(history, zone, Options())
    {
    }

    // The seasonal baseline of an hour from values before cutoff; NaN without any.
    double baseline(qint64 hourStart, qint64 cutoff) const;
    // `hours` hours from `from` (an hour start), knowing only the values before it. Values are
    // NaN where there is no baseline.
    QList<Point> forecast(qint64 from, int hours) const;
    // Forecasts made `horizon` hours ahead for every hour of [end − days, end) that has a value,
    // compared with what happened.
    Accuracy backtest(qint64 end, int days = 7, int horizon = 1) const;

    bool isEmpty() const { return m_values.isEmpty(); }

private:
    double value(qint64 start) const { return m_values.value(start, std::nan("")); }
    qint64 shifted(qint64 start, int days) const;

    QHash<qint64, double> m_values;
    QTimeZone m_zone;
    Options m_options;
};
