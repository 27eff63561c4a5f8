#include "watering/WaterSavings.h"

#include "sdk/CsvExport.h"
#include "sdk/EntityStore.h"

#include <QLocale>

#include <algorithm>

namespace {
const QString kConsumption = QStringLiteral("waterConsumption");

double baselineVolume(const WateringRule &rule, double area)
{
    return DecisionEngine::volume(rule.fixedDepthMm, area);
}

// The fields without a meter: their water is what the replayed decisions gave.
WateringPlanner::Replay replayUnmetered(WateringPlanner &planner, const QList<WateringField> &fields, const WateringSettings &settings,
                                        const QDate &first, const QDate &last)
{
    QStringList computed;
    for (const WateringField &f : fields) {
        if (f.meterId.isEmpty())
            computed << f.id;
    }
    return planner.replay(first, last, settings, computed);
}
} // namespace

double WaterSavings::readingAt(const QList<TemporalSample> &samples, qint64 t)
{
    // Samples are oldest first: the last one not after t.
    auto it = std::upper_bound(samples.cbegin(), samples.cend(), t, [](qint64 v, const TemporalSample &s) { return v < s.observedAt; });
    while (it != samples.cbegin()) {
        --it;
        bool ok = false;
        const double v = it->value.toDouble(&ok);
        if (ok && std::isfinite(v))
            return v;
    }
    return std::nan("");
}

QList<WaterSavings::DayUse> WaterSavings::daily(WateringPlanner &planner, const QList<WateringField> &fields,
                                                const WateringSettings &settings, const QDate &first, const QDate &last, qint64 until)
{
    QList<DayUse> out;
    if (!first.isValid() || last < first)
        return out;
    const QTimeZone &zone = planner.zone();
    const qint64 from = DecisionEngine::at(first, 0, zone);
    const qint64 to = DecisionEngine::at(last.addDays(1), 0, zone);
    const WateringPlanner::Replay replay = replayUnmetered(planner, fields, settings, first, last);
    for (const WateringField &f : fields) {
        const WateringRule rule = settings.ruleFor(f.id);
        QList<TemporalSample> readings;
        if (!f.meterId.isEmpty())
            readings = planner.store()->series(f.meterId, kConsumption, from - 6 * DecisionEngine::kHourMs, to);
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            const bool due = DecisionEngine::decisionTime(day, rule, zone) <= until;
            DayUse u{day, f.id, 0, due ? baselineVolume(rule, f.areaM2) : 0.0, !f.meterId.isEmpty()};
            if (u.metered) {
                const double a = readingAt(readings, DecisionEngine::at(day, 0, zone));
                const double b = readingAt(readings, std::min(until, DecisionEngine::at(day.addDays(1), 0, zone)));
                // A meter replaced or reset reads less than before: that day is not counted as negative water.
                u.smart = std::isfinite(a) && std::isfinite(b) ? std::max(0.0, b - a) : 0.0;
            } else {
                const WateringDecision d = replay.value(f.id).value(day);
                u.smart = d.waters() && d.start <= until ? d.volume : 0.0;
            }
            out << u;
        }
    }
    return out;
}

WaterSavings::Row WaterSavings::between(WateringPlanner &planner, const QList<WateringField> &fields, const WateringSettings &settings,
                                        qint64 from, qint64 to)
{
    Row row;
    const QTimeZone &zone = planner.zone();
    const QDate first = DecisionEngine::localDay(from, zone);
    const QDate last = DecisionEngine::localDay(to, zone);
    row.first = first;
    row.last = last;
    row.days = int(first.daysTo(last));
    const WateringPlanner::Replay replay = replayUnmetered(planner, fields, settings, first, last);
    for (const WateringField &f : fields) {
        const WateringRule rule = settings.ruleFor(f.id);
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            const qint64 t = DecisionEngine::decisionTime(day, rule, zone);
            if (t >= from && t < to)
                row.baseline += baselineVolume(rule, f.areaM2);
        }
        if (!f.meterId.isEmpty()) {
            const QList<TemporalSample> readings = planner.store()->series(f.meterId, kConsumption, from - 6 * DecisionEngine::kHourMs, to);
            const double a = readingAt(readings, from), b = readingAt(readings, to);
            row.smart += std::isfinite(a) && std::isfinite(b) ? std::max(0.0, b - a) : 0.0;
        } else {
            for (const WateringDecision &d : replay.value(f.id)) {
                if (d.waters() && d.start >= from && d.start < to)
                    row.smart += d.volume;
            }
        }
    }
    return row;
}

QDate WaterSavings::periodStart(const QDate &day, Period period)
{
    switch (period) {
    case Period::Day:
        return day;
    case Period::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Period::Month:
        return QDate(day.year(), day.month(), 1);
    case Period::Season: {
        // Meteorological seasons: winter is December to February.
        const int m = day.month();
        const int startMonth = m == 12 ? 12 : m < 3 ? 12 : m - (m % 3);
        return QDate(m < 3 ? day.year() - 1 : day.year(), startMonth, 1);
    }
    }
    return day;
}

QString WaterSavings::periodLabel(const QDate &first, Period period)
{
    const QLocale locale;
    switch (period) {
    case Period::Day:
        return locale.toString(first, QStringLiteral("ddd d MMM yyyy"));
    case Period::Week:
        return tr("Week %1, %2").arg(first.weekNumber()).arg(first.addDays(3).year());
    case Period::Month:
        return locale.toString(first, QStringLiteral("MMMM yyyy"));
    case Period::Season:
        switch (first.month()) {
        case 12:
            return tr("Winter %1–%2").arg(first.year()).arg(first.year() + 1);
        case 3:
            return tr("Spring %1").arg(first.year());
        case 6:
            return tr("Summer %1").arg(first.year());
        default:
            return tr("Autumn %1").arg(first.year());
        }
    }
    return {};
}

QList<WaterSavings::Row> WaterSavings::aggregate(const QList<DayUse> &days, Period period, const QString &fieldId)
{
    QMap<QDate, Row> rows;
    QMap<QDate, QSet<QDate>> counted;
    for (const DayUse &u : days) {
        if (!fieldId.isEmpty() && u.fieldId != fieldId)
            continue;
        const QDate start = periodStart(u.day, period);
        Row &r = rows[start];
        if (r.label.isEmpty()) {
            r.label = periodLabel(start, period);
            r.first = u.day;
            r.last = u.day;
        }
        r.first = std::min(r.first, u.day);
        r.last = std::max(r.last, u.day);
        r.smart += u.smart;
        r.baseline += u.baseline;
        counted[start].insert(u.day);
    }
    QList<Row> out;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        it->days = int(counted.value(it.key()).size());
        out << *it;
    }
    return out;
}

QByteArray WaterSavings::csv(const QList<Row> &rows, double pricePerM3, const QString &scope)
{
    QByteArray out = "scope,period,first,last,days,smartM3,fixedScheduleM3,savedM3,savedPercent,pricePerM3,savedMoney\n";
    for (const Row &r : rows) {
        const QStringList fields{CsvExport::field(scope), CsvExport::field(r.label), r.first.toString(Qt::ISODate), r.last.toString(Qt::ISODate),
                                 QString::number(r.days), QString::number(r.smart, 'f', 2), QString::number(r.baseline, 'f', 2),
                                 QString::number(r.saved(), 'f', 2), QString::number(r.savedPercent(), 'f', 1),
                                 QString::number(pricePerM3, 'f', 2), QString::number(r.saved() * pricePerM3, 'f', 2)};
        out += fields.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}
