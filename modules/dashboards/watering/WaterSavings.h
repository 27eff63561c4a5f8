#pragma once

#include "watering/WateringField.h"
#include "watering/WateringPlanner.h"

#include "core/Attribute.h"

#include <QCoreApplication>
#include <QDate>

class EntityStore;

// Water the smart rule used against the analogue scenario (the fixed schedule the city had):
// per field and day — metered where the field has a meter, else the replayed decisions' volume —
// then per day, week, month or season, with the water saved and its price.
class WaterSavings
{
    Q_DECLARE_TR_FUNCTIONS(WaterSavings)
public:
    struct DayUse
    {
        QDate day;
        QString fieldId;
        double smart = 0;    // m³
        double baseline = 0; // m³
        bool metered = false;
    };
    enum class Period { Day, Week, Month, Season };
    struct Row
    {
        QString label;
        QDate first;
        QDate last;
        int days = 0;
        double smart = 0;
        double baseline = 0;
        double saved() const { return baseline - smart; }
        double savedPercent() const { return baseline > 0 ? 100.0 * saved() / baseline : 0.0; }
    };

    // Days [first, last] of these fields, up to `until` (the cursor: today counts what happened so far).
    static QList<DayUse> daily(WateringPlanner &planner, const QList<WateringField> &fields, const WateringSettings &settings,
                               const QDate &first, const QDate &last, qint64 until);
    // The whole of [from, to) (a KPI's calculation period): waterings that started in it.
    static Row between(WateringPlanner &planner, const QList<WateringField> &fields, const WateringSettings &settings,
                       qint64 from, qint64 to);
    // fieldId empty: every field.
    static QList<Row> aggregate(const QList<DayUse> &days, Period period, const QString &fieldId = {});
    static QString periodLabel(const QDate &first, Period period);
    static QDate periodStart(const QDate &day, Period period);
    // The CSV the officer exports: one line per row, volumes in m³, money at the price given.
    static QByteArray csv(const QList<Row> &rows, double pricePerM3, const QString &scope);

    // A meter's reading at t: its newest sample at or before t (NaN when none).
    static double readingAt(const QList<TemporalSample> &samples, qint64 t);
};
