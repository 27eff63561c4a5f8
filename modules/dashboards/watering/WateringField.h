#pragma once

#include "watering/WateringInputs.h"

#include "sdk/EntityGeometry.h"

#include <QPolygonF>

#include <cmath>
#include <limits>
#include <optional>

// A sports field as the dashboard reads it at an instant: the Garden, its soil probe
// (GreenspaceRecord), its water meter (WaterConsumptionObserved, when it has one) and its
// calendar (SportsFieldSchedule).
struct WateringField
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    QString id;              // the Garden
    QString name;
    QString district;
    QPolygonF ring;          // lon/lat outline
    EntityGeometry geometry; // projected, for the map
    double areaM2 = 0;
    QString recordId;
    QString meterId;         // empty: no meter, its water is computed
    QString scheduleId;
    double moisture = kNaN;
    double soilTemperature = kNaN;
    qint64 moistureAt = IsoTime::invalid;
    double meterReading = kNaN; // cumulative m³
    qint64 meterAt = IsoTime::invalid;
    QList<TimeSpan> reservations;
    std::optional<TimeSpan> nextMowing;
    std::optional<TimeSpan> lastMowing;
    qint64 lastWatering = IsoTime::invalid;

    FieldInput input() const
    {
        FieldInput in{id, name, areaM2, moisture, moistureAt, reservations, {}};
        if (nextMowing)
            in.mowings << *nextMowing;
        return in;
    }
};
