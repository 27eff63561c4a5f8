#include "sdk/HourlySeries.h"

#include <QMap>

#include <cmath>

qint64 HourlySeries::hourStart(qint64 t, const QTimeZone &zone)
{
    const qint64 offset = qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC))) * 1000;
    const qint64 local = t + offset;
    const qint64 floored = local - (((local % kHourMs) + kHourMs) % kHourMs);
    return floored - offset;
}

qint64 HourlySeries::dayStart(const QDate &day, const QTimeZone &zone)
{
    return QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
}

QList<HourlySeries::Hour> HourlySeries::fold(const QList<TemporalSample> &samples, Fold fold, const QTimeZone &zone, bool stampedAtPeriodEnd)
{
    QMap<qint64, Hour> hours;
    for (const TemporalSample &s : samples) {
        bool ok = false;
        const double v = s.value.toDouble(&ok);
        if (!ok || !std::isfinite(v) || s.value.typeId() == QMetaType::QString)
            continue;
        // A period's count is stamped at its end: 11:00 closes 10:45–11:00.
        const qint64 start = hourStart(stampedAtPeriodEnd ? s.observedAt - 1 : s.observedAt, zone);
        Hour &h = hours[start];
        h.start = start;
        h.value += v;
        ++h.samples;
    }
    QList<Hour> out;
    out.reserve(hours.size());
    for (Hour h : std::as_const(hours)) {
        if (fold == Fold::Mean)
            h.value /= h.samples;
        out << h;
    }
    return out;
}

QList<HourlySeries::Hour> HourlySeries::add(const QList<Hour> &a, const QList<Hour> &b)
{
    QMap<qint64, Hour> sum;
    for (const QList<Hour> *list : {&a, &b}) {
        for (const Hour &h : *list) {
            Hour &s = sum[h.start];
            s.start = h.start;
            s.value += h.value;
            s.samples += h.samples;
        }
    }
    return sum.values();
}

std::array<double, 24> HourlySeries::dayProfile(const QList<Hour> &hours, const QDate &day, const QTimeZone &zone, Fold fold)
{
    std::array<double, 24> out;
    out.fill(std::nan(""));
    std::array<int, 24> seen{};
    const qint64 from = dayStart(day, zone), to = dayEnd(day, zone);
    for (const Hour &h : hours) {
        if (h.start < from || h.start >= to)
            continue;
        const int hour = QDateTime::fromMSecsSinceEpoch(h.start, zone).time().hour();
        out[size_t(hour)] = seen[size_t(hour)] ? out[size_t(hour)] + h.value : h.value;
        ++seen[size_t(hour)];
    }
    if (fold == Fold::Mean) {
        for (size_t i = 0; i < 24; ++i) {
            if (seen[i] > 1)
                out[i] /= seen[i];
        }
    }
    return out;
}
