#include "watering/DecisionEngine.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>

qint64 DecisionEngine::at(const QDate &day, int minutes, const QTimeZone &zone)
{
    return QDateTime(day, QTime(0, 0), zone).addSecs(qint64(minutes) * 60).toMSecsSinceEpoch();
}

qint64 DecisionEngine::decisionTime(const QDate &day, const WateringRule &rule, const QTimeZone &zone)
{
    return at(day, rule.windows.isEmpty() ? 0 : rule.windows.first().startMinute, zone);
}

QDate DecisionEngine::localDay(qint64 t, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(t, zone).date();
}

QString DecisionEngine::clock(qint64 t, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(t, zone).toString(QStringLiteral("HH:mm"));
}

QString DecisionEngine::dayWord(qint64 t, qint64 decisionTime, const QTimeZone &zone)
{
    const qint64 days = localDay(decisionTime, zone).daysTo(localDay(t, zone));
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    return QLocale().toString(localDay(t, zone), QStringLiteral("ddd d MMM"));
}

QString DecisionEngine::span(const TimeSpan &s, const QTimeZone &zone)
{
    return clock(s.start, zone) + QStringLiteral("–") + clock(s.end, zone);
}

double DecisionEngine::ringArea(const QPolygonF &lonLat)
{
    QPolygonF ring = lonLat;
    if (ring.size() > 1 && ring.first() == ring.last())
        ring.removeLast();
    if (ring.size() < 3)
        return 0;
    constexpr double kRadius = 6371008.8;
    constexpr double kRad = M_PI / 180.0;
    double meanLat = 0;
    for (QPointF p : ring)
        meanLat += p.y();
    meanLat /= ring.size();
    const double kx = std::cos(meanLat * kRad) * kRad * kRadius;
    const double ky = kRad * kRadius;
    double twice = 0;
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const QPointF a = ring.at(i), b = ring.at((i + 1) % ring.size());
        twice += a.x() * kx * b.y() * ky - b.x() * kx * a.y() * ky;
    }
    return std::abs(twice) / 2.0;
}

QList<ForecastHour> DecisionEngine::usableForecast(const QList<ForecastHour> &forecast, qint64 decisionTime, int horizonHours,
                                                   qint64 knownAt)
{
    QList<ForecastHour> out;
    for (const ForecastHour &h : forecast) {
        if (h.issued != IsoTime::invalid && (h.issued > knownAt || h.issued < knownAt - kForecastFreshMs))
            continue;
        if (h.start >= decisionTime && h.start < decisionTime + horizonHours * kHourMs)
            out << h;
    }
    std::sort(out.begin(), out.end(), [](const ForecastHour &a, const ForecastHour &b) { return a.start < b.start; });
    return out;
}

WateringDecision DecisionEngine::decide(const WateringRule &rule, const FieldInput &field, const QList<ForecastHour> &forecast,
                                        qint64 decisionTime, const QTimeZone &zone, qint64 knownAt)
{
    const QLocale locale;
    const qint64 known = knownAt == IsoTime::invalid ? decisionTime : knownAt;
    WateringDecision d;
    d.decidedAt = decisionTime;
    d.moisture = field.moisture;

    // 1. The soil, as the probe last said within three hours.
    if (!std::isfinite(field.moisture) || field.moistureAt == IsoTime::invalid || field.moistureAt > known
        || field.moistureAt <= known - kSoilFreshMs) {
        d.action = WateringDecision::Action::NoData;
        d.reason = WateringDecision::Reason::NoSoilReading;
        d.moisture = std::numeric_limits<double>::quiet_NaN();
        d.explanation = field.moistureAt == IsoTime::invalid || field.moistureAt > known
            ? tr("no soil reading: nothing decided")
            : tr("no soil reading since %1 %2: nothing decided").arg(dayWord(field.moistureAt, decisionTime, zone), clock(field.moistureAt, zone));
        return d;
    }
    const QString soil = locale.toString(field.moisture, 'f', 3);

    // 2. Moist enough.
    if (field.moisture >= rule.dryThreshold) {
        d.action = WateringDecision::Action::Skip;
        d.reason = WateringDecision::Reason::Moist;
        d.explanation = tr("soil moist enough (%1 ≥ %2 m³/m³): no watering").arg(soil, locale.toString(rule.dryThreshold, 'f', 3));
        return d;
    }

    // 3. Rain later that day, even though the soil is dry.
    const QList<ForecastHour> hours = usableForecast(forecast, decisionTime, rule.horizonHours, known);
    d.noForecast = hours.isEmpty();
    for (const ForecastHour &h : hours) {
        if (h.probability + 1e-9 < rule.rainProbability)
            continue;
        d.rainFrom = d.rainFrom == IsoTime::invalid ? h.start : d.rainFrom;
        d.rainTo = h.end;
        d.rainProbability = std::max(d.rainProbability, h.probability);
        d.rainMm += h.mm;
    }
    if (d.rainFrom != IsoTime::invalid && d.rainMm + 1e-9 >= rule.rainAmountMm) {
        d.action = WateringDecision::Action::Skip;
        d.reason = WateringDecision::Reason::Rain;
        d.explanation = tr("rain expected %1–%2, %3 %, %4 mm: skipped although the soil is dry (%5)")
                            .arg(clock(d.rainFrom, zone), clock(d.rainTo, zone), locale.toString(std::round(d.rainProbability * 100), 'f', 0),
                                 locale.toString(d.rainMm, 'f', 1), soil);
        return d;
    }

    // 4. How much: back to the target, at most what the first window can hold.
    const double window = rule.windows.isEmpty() ? 0 : rule.windows.first().hours();
    d.depthMm = std::max(0.0, std::min((rule.targetMoisture - field.moisture) * rule.rootDepthMm, rule.rateMmPerHour * window));
    const qint64 duration = qint64(std::llround(d.depthMm / rule.rateMmPerHour * kHourMs));
    d.volume = volume(d.depthMm, field.areaM2);

    // 5. When: the first window free of reservations and far enough before a mowing.
    const QDate day = localDay(decisionTime, zone);
    const qint64 gap = qint64(std::llround(rule.mowingGapHours * kHourMs));
    TimeSpan firstConflict, mowingConflict;
    WateringDecision::Reason firstReason = WateringDecision::Reason::None, mowingReason = WateringDecision::Reason::None;
    for (int i = 0; i < rule.windows.size(); ++i) {
        const qint64 start = at(day, rule.windows.at(i).startMinute, zone);
        const qint64 end = start + duration;
        WateringDecision::Reason conflictReason = WateringDecision::Reason::None;
        TimeSpan conflict;
        for (const TimeSpan &r : field.reservations) {
            if (r.overlaps(start, end)) {
                conflictReason = WateringDecision::Reason::Reserved;
                conflict = r;
                break;
            }
        }
        if (conflictReason == WateringDecision::Reason::None) {
            for (const TimeSpan &m : field.mowings) {
                if (m.start < end + gap && m.end > start) {
                    conflictReason = WateringDecision::Reason::Mowing;
                    conflict = m;
                    break;
                }
            }
        }
        if (conflictReason != WateringDecision::Reason::None) {
            if (firstReason == WateringDecision::Reason::None) {
                firstReason = conflictReason;
                firstConflict = conflict;
            }
            if (conflictReason == WateringDecision::Reason::Mowing && mowingReason == WateringDecision::Reason::None) {
                mowingReason = conflictReason;
                mowingConflict = conflict;
            }
            continue;
        }
        d.start = start;
        d.end = end;
        const QString amount = tr("water %1 m³ at %2").arg(locale.toString(d.volume, 'f', 1), clock(start, zone));
        if (i == 0) {
            d.action = WateringDecision::Action::Water;
            d.explanation = tr("soil dry (%1 < %2 m³/m³), no rain expected: %3")
                                .arg(soil, locale.toString(rule.dryThreshold, 'f', 3), amount);
        } else {
            d.action = WateringDecision::Action::Shifted;
            d.reason = firstReason;
            d.conflict = firstConflict;
            d.explanation = firstReason == WateringDecision::Reason::Reserved
                ? tr("field reserved %1: watering moved to %2 (%3)").arg(span(firstConflict, zone), clock(start, zone), amount)
                : tr("mowing %1 %2: water after mowing, at %3 (%4)")
                      .arg(dayWord(firstConflict.start, decisionTime, zone), clock(firstConflict.start, zone), clock(start, zone), amount);
        }
        if (d.noForecast)
            d.explanation += QLatin1Char(' ') + tr("— no weather forecast received: decided on the soil alone");
        return d;
    }
    // No window left today: a mowing to come is what the watering waits for, else the bookings.
    if (mowingReason != WateringDecision::Reason::None) {
        firstReason = mowingReason;
        firstConflict = mowingConflict;
    }
    d.action = WateringDecision::Action::Skip;
    d.reason = firstReason;
    d.conflict = firstConflict;
    d.start = d.end = IsoTime::invalid;
    const double depth = d.depthMm;
    d.depthMm = 0;
    d.volume = 0;
    d.explanation = firstReason == WateringDecision::Reason::Mowing
        ? tr("mowing %1 %2: water after mowing (soil dry, %3; %4 mm needed)")
              .arg(dayWord(firstConflict.start, decisionTime, zone), clock(firstConflict.start, zone), soil, locale.toString(depth, 'f', 1))
        : tr("field reserved in every watering window (%1): skipped although the soil is dry (%2)").arg(span(firstConflict, zone), soil);
    if (d.noForecast)
        d.explanation += QLatin1Char(' ') + tr("— no weather forecast received");
    return d;
}
