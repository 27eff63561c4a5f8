#pragma once

#include "watering/WateringInputs.h"
#include "watering/WateringRule.h"

#include <QCoreApplication>
#include <QDate>
#include <QPolygonF>
#include <QTimeZone>

// The watering rule of docs/WATERING.md: for one field and one day, from what was known at the
// day's decision time, water now, water later (shifted) or skip — with the reason in words.
// Pure: no store, no clock; the same inputs give the same decision, live, in review, in a replay
// and in a what-if.
class DecisionEngine
{
    Q_DECLARE_TR_FUNCTIONS(DecisionEngine)
public:
    // The start of the day's first window (local time): when the day's decision is taken.
    static qint64 decisionTime(const QDate &day, const WateringRule &rule, const QTimeZone &zone);
    static qint64 at(const QDate &day, int minutes, const QTimeZone &zone);
    static QDate localDay(qint64 t, const QTimeZone &zone);

    // knownAt: when the inputs were read (the decision time itself, or earlier for a provisional
    // plan before it); the soil reading and the forecast must be fresh then.
    static WateringDecision decide(const WateringRule &rule, const FieldInput &field, const QList<ForecastHour> &forecast,
                                   qint64 decisionTime, const QTimeZone &zone, qint64 knownAt = IsoTime::invalid);

    // The hours of the forecast that count: issued in [knownAt − 3 h, knownAt], starting in [T, T + horizon).
    static QList<ForecastHour> usableForecast(const QList<ForecastHour> &forecast, qint64 decisionTime, int horizonHours,
                                              qint64 knownAt);
    // A watering's volume (m³) for a depth over an area.
    static double volume(double depthMm, double areaM2) { return depthMm / 1000.0 * areaM2; }
    // A lon/lat ring's area in m² on a local equirectangular projection (docs/WATERING.md).
    static double ringArea(const QPolygonF &lonLat);

    static constexpr qint64 kHourMs = 3600LL * 1000;
    static constexpr qint64 kSoilFreshMs = 3 * kHourMs;
    static constexpr qint64 kForecastFreshMs = 3 * kHourMs;
    static constexpr qint64 kForecastSpanMs = 6 * kHourMs; // hourly, or the 6-hour periods some services publish

private:
    static QString clock(qint64 t, const QTimeZone &zone);
    static QString dayWord(qint64 t, qint64 decisionTime, const QTimeZone &zone);
    static QString span(const TimeSpan &s, const QTimeZone &zone);
};
