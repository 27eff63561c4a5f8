#pragma once

#include "core/IsoTime.h"

#include <QList>
#include <QString>

#include <cmath>
#include <limits>

// What the watering rule decides from, as the cache held it at the decision time.

// One hour of the weather forecast.
struct ForecastHour
{
    qint64 start = 0;
    qint64 end = 0;
    double probability = 0; // 0–1
    double mm = 0;          // precipitation in the hour
    qint64 issued = IsoTime::invalid;
};

// A reservation or a mowing, [start, end).
struct TimeSpan
{
    qint64 start = 0;
    qint64 end = 0;
    QString title = {};
    bool overlaps(qint64 from, qint64 to) const { return start < to && end > from; }
    bool operator==(const TimeSpan &) const = default;
};

// One field at the decision time.
struct FieldInput
{
    QString id;
    QString name;
    double areaM2 = 0;
    double moisture = std::numeric_limits<double>::quiet_NaN(); // m³/m³
    qint64 moistureAt = IsoTime::invalid;
    QList<TimeSpan> reservations;
    QList<TimeSpan> mowings; // the next one (and any other known)
};

// What the rule decided for one field on one day, and why.
struct WateringDecision
{
    enum class Action { Water, Shifted, Skip, NoData };
    enum class Reason { None, Moist, Rain, Reserved, Mowing, NoSoilReading };

    Action action = Action::NoData;
    Reason reason = Reason::None;  // why skipped, or why shifted
    qint64 decidedAt = 0;          // the decision time T
    qint64 start = IsoTime::invalid; // when the sprinklers start (Water, Shifted)
    qint64 end = IsoTime::invalid;
    double depthMm = 0;
    double volume = 0;             // m³
    double moisture = std::numeric_limits<double>::quiet_NaN();
    bool noForecast = false;       // decided on the soil alone
    // The rain that made it skip: first and last rainy hour, highest chance, total mm.
    qint64 rainFrom = IsoTime::invalid;
    qint64 rainTo = IsoTime::invalid;
    double rainProbability = 0;
    double rainMm = 0;
    TimeSpan conflict;             // the reservation or mowing that moved or deferred it
    QString explanation;           // the reason in words, as the plan shows it

    bool waters() const { return action == Action::Water || action == Action::Shifted; }
};
