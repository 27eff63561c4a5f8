#include "watering/DryingCurve.h"

#include <algorithm>
#include <cmath>

double DryingCurve::dryingPerHour(const QList<TemporalSample> &recent)
{
    double fall = 0;
    double hours = 0;
    for (qsizetype i = 1; i < recent.size(); ++i) {
        bool okA = false, okB = false;
        const double a = recent.at(i - 1).value.toDouble(&okA);
        const double b = recent.at(i).value.toDouble(&okB);
        const double h = double(recent.at(i).observedAt - recent.at(i - 1).observedAt) / 3.6e6;
        if (!okA || !okB || h <= 0 || h > 6)
            continue;
        hours += h;
        fall += std::max(0.0, a - b); // rain and watering raise it: only the drying counts
    }
    return hours > 0 ? fall / hours : 0.0;
}

QList<QPointF> DryingCurve::project(const QList<TemporalSample> &recent, const QList<ForecastHour> &forecast,
                                    const WateringDecision &planned, const WateringRule &rule, qint64 t, int hours)
{
    QList<QPointF> out;
    double m = std::nan("");
    for (auto it = recent.crbegin(); it != recent.crend() && !std::isfinite(m); ++it) {
        bool ok = false;
        const double v = it->value.toDouble(&ok);
        if (ok && it->observedAt <= t)
            m = v;
    }
    if (!std::isfinite(m))
        return out;
    const double pace = dryingPerHour(recent);
    constexpr qint64 kHour = 3600LL * 1000;
    out << QPointF(double(t), m);
    for (int h = 1; h <= hours; ++h) {
        const qint64 from = t + (h - 1) * kHour, to = t + h * kHour;
        m -= pace;
        for (const ForecastHour &f : forecast) {
            if (f.start >= from && f.start < to)
                m += f.mm * f.probability / rule.rootDepthMm;
        }
        if (planned.waters() && planned.start >= from && planned.start < to)
            m += planned.depthMm / rule.rootDepthMm;
        m = std::clamp(m, 0.0, 0.46);
        out << QPointF(double(to), m);
    }
    return out;
}
