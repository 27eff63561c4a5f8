#include "sdk/SeasonalForecast.h"

#include <QDateTime>

#include <algorithm>

SeasonalForecast::SeasonalForecast(const QList<HourlySeries::Hour> &history, const QTimeZone &zone, const Options &options)
    : m_zone(zone)
    , m_options(options)
{
    m_values.reserve(history.size());
    for (const HourlySeries::Hour &h : history)
        m_values.insert(h.start, h.value);
}

qint64 SeasonalForecast::shifted(qint64 start, int days) const
{
    // In local time: a week before 10:00 is 10:00, across a clock change too.
    return QDateTime::fromMSecsSinceEpoch(start, m_zone).addDays(days).toMSecsSinceEpoch();
}

double SeasonalForecast::baseline(qint64 hourStart, qint64 cutoff) const
{
    auto meanOf = [&](int stepDays, int count) {
        double sum = 0;
        int n = 0;
        for (int k = 1; k <= count; ++k) {
            const qint64 at = shifted(hourStart, -stepDays * k);
            if (at >= cutoff)
                continue;
            if (const double v = value(at); std::isfinite(v)) {
                sum += v;
                ++n;
            }
        }
        return n ? sum / n : std::nan("");
    };
    const double weekly = meanOf(7, m_options.weeks);
    return std::isfinite(weekly) ? weekly : meanOf(1, 6);
}

QList<SeasonalForecast::Point> SeasonalForecast::forecast(qint64 from, int hours) const
{
    // How the last hours ran against their own baseline.
    double actual = 0, expected = 0;
    for (int k = 1; k <= m_options.correctionHours; ++k) {
        const qint64 at = from - k * HourlySeries::kHourMs;
        const double v = value(at), b = baseline(at, from);
        if (std::isfinite(v) && std::isfinite(b)) {
            actual += v;
            expected += b;
        }
    }
    const double factor = expected > 1e-9 ? std::clamp(actual / expected, m_options.minFactor, m_options.maxFactor) : 1.0;

    QList<Point> out;
    out.reserve(hours);
    double weight = 1;
    for (int h = 0; h < hours; ++h) {
        const qint64 start = from + h * HourlySeries::kHourMs;
        const double b = baseline(start, from);
        out << Point{start, std::isfinite(b) ? std::max(0.0, b * (1 + (factor - 1) * weight)) : std::nan("")};
        weight *= m_options.decay;
    }
    return out;
}

SeasonalForecast::Accuracy SeasonalForecast::backtest(qint64 end, int days, int horizon) const
{
    Accuracy a;
    double error = 0, actual = 0;
    const qint64 first = HourlySeries::hourStart(end - days * 24 * HourlySeries::kHourMs, m_zone);
    for (qint64 at = first; at < end; at += HourlySeries::kHourMs) {
        const double v = value(at);
        if (!std::isfinite(v))
            continue;
        const QList<Point> f = forecast(at - (horizon - 1) * HourlySeries::kHourMs, horizon);
        if (f.isEmpty() || !std::isfinite(f.last().value))
            continue;
        error += std::abs(f.last().value - v);
        actual += v;
        ++a.points;
    }
    if (a.points > 0) {
        a.mae = error / a.points;
        a.meanActual = actual / a.points;
    }
    return a;
}
