#pragma once

#include "core/core_export.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <cmath>
#include <limits>

// A pilot's key performance indicator as published by a dashboard (for example the average
// parking occupancy or the water saved against a non-smart baseline), for council review.
struct CITYDECK_CORE_EXPORT Kpi
{
    QString id;                 // unique per source, e.g. "parking.averageOccupancy"
    QString source;             // dashboard id that publishes it
    QString name;               // translated display name
    double value = std::numeric_limits<double>::quiet_NaN();
    double target = std::numeric_limits<double>::quiet_NaN();
    QString unit;               // display unit, e.g. "%", "m³"
    bool higherIsBetter = true;
    QDateTime periodStart;
    QDateTime periodEnd;

    bool hasTarget() const { return std::isfinite(target); }
    // True when the value reaches its target in the KPI's direction.
    bool meetsTarget() const;
};

Q_DECLARE_METATYPE(Kpi)
