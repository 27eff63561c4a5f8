#pragma once

#include "sdk/sdk_export.h"

#include "core/Attribute.h"

#include <QDate>
#include <QList>
#include <QTimeZone>

#include <array>

// Values of one attribute folded into the hours of a city's local time: what the tourism office
// reads ("how many people passed between 10 and 11") and what forecasts learn from. Counts over
// a period (CrowdFlowObserved.peopleCount) are summed and stamped at the period's end, so a value
// observed at 11:00 belongs to 10:00–11:00; levels (occupancy) are averaged.
class CITYDECK_SDK_EXPORT HourlySeries
{
public:
    enum class Fold { Sum, Mean };

    struct Hour
    {
        qint64 start = 0; // ms since the epoch, UTC, at a local hour boundary
        double value = 0;
        int samples = 0;
        bool operator==(const Hour &) const = default;
    };

    static constexpr qint64 kHourMs = 3600LL * 1000;

    // Non-numeric samples are skipped. Hours without a sample are absent.
    static QList<Hour> fold(const QList<TemporalSample> &samples, Fold fold, const QTimeZone &zone, bool stampedAtPeriodEnd = true);
    // Adds b into a hour by hour (districts from their counters; Sum folds only).
    static QList<Hour> add(const QList<Hour> &a, const QList<Hour> &b);

    // The local hour holding t (its start, UTC ms).
    static qint64 hourStart(qint64 t, const QTimeZone &zone);
    // Local midnight of a day (UTC ms) and the day after's.
    static qint64 dayStart(const QDate &day, const QTimeZone &zone);
    static qint64 dayEnd(const QDate &day, const QTimeZone &zone) { return dayStart(day.addDays(1), zone); }

    // A day's 24 local hours (NaN where no value; on the day clocks go back the repeated hour is
    // summed or averaged as the fold says, on the day they go forward the missing hour is NaN).
    static std::array<double, 24> dayProfile(const QList<Hour> &hours, const QDate &day, const QTimeZone &zone, Fold fold);
};
