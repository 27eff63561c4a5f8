#pragma once

#include "watering/WateringInputs.h"
#include "watering/WateringRule.h"

#include "core/Attribute.h"

#include <QPointF>

// The soil moisture expected over the next hours: the drying pace of the last two days (the
// hours it fell), the forecast's rain (its amount × its chance) and the planned watering.
// An estimate for the operator's eye, not part of the rule.
class DryingCurve
{
public:
    // Points (ms since the epoch, m³/m³), one per hour from t, `hours` long; empty without a reading.
    static QList<QPointF> project(const QList<TemporalSample> &recent, const QList<ForecastHour> &forecast,
                                  const WateringDecision &planned, const WateringRule &rule, qint64 t, int hours = 48);
    // The mean fall per hour over the samples (m³/m³ per hour), 0 when it only rose.
    static double dryingPerHour(const QList<TemporalSample> &recent);
};
