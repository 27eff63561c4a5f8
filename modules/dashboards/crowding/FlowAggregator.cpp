#include "crowding/FlowAggregator.h"

#include "sdk/EntityStore.h"

#include <algorithm>
#include <numeric>

bool FlowDay::hasLastWeek() const
{
    return std::any_of(lastWeek.begin(), lastWeek.end(), [](double v) { return std::isfinite(v); });
}

bool FlowDay::hasLastYear() const
{
    return std::any_of(lastYear.begin(), lastYear.end(), [](double v) { return std::isfinite(v); });
}

double FlowDay::sum(const Hours &hours)
{
    return std::accumulate(hours.begin(), hours.end(), 0.0, [](double s, double v) { return std::isfinite(v) ? s + v : s; });
}

FlowAggregator::FlowAggregator(const EntityStore *store, const QList<CrowdSource> &sources, const QTimeZone &zone, PrivacyThreshold privacy)
    : m_store(store)
    , m_sources(sources)
    , m_zone(zone)
    , m_privacy(privacy)
{
}

QList<HourlySeries::Hour> FlowAggregator::hourly(const FlowSubject &subject, qint64 from, qint64 to, QString CrowdSource::*attribute) const
{
    QList<HourlySeries::Hour> total;
    for (const FlowSubject::Member &m : subject.members) {
        const CrowdSource *source = CrowdSource::find(m_sources, m.type);
        if (!source || (source->*attribute).isEmpty())
            continue;
        const QList<TemporalSample> samples = m_store->series(m.id, source->*attribute, from, to);
        total = HourlySeries::add(total, HourlySeries::fold(samples, source->fold, m_zone));
    }
    return total;
}

double FlowAggregator::periodTotal(const FlowSubject &subject, QString CrowdSource::*attribute, qint64 from, qint64 to) const
{
    const QList<HourlySeries::Hour> hours = hourly(subject, from, to, attribute);
    if (hours.isEmpty())
        return std::nan("");
    double sum = 0;
    for (const HourlySeries::Hour &h : hours)
        sum += h.value;
    return sum;
}

FlowDay FlowAggregator::day(const FlowSubject &subject, const QDate &day, qint64 now, bool withForecast) const
{
    FlowDay out;
    out.day = day;
    auto profile = [&](const QDate &d) {
        const qint64 from = HourlySeries::dayStart(d, m_zone);
        const qint64 to = std::min(HourlySeries::dayEnd(d, m_zone), now);
        if (to <= from)
            return FlowDay::empty();
        // A period's count is stamped at its end: the day's last period closes at midnight.
        return HourlySeries::dayProfile(hourly(subject, from + 1, to), d, m_zone, HourlySeries::Fold::Sum);
    };
    out.counts = profile(day);
    out.lastWeek = profile(day.addDays(-7));
    out.lastYear = profile(day.addDays(-364));

    const qint64 dayFrom = HourlySeries::dayStart(day, m_zone), dayTo = HourlySeries::dayEnd(day, m_zone);
    const bool today = now >= dayFrom && now < dayTo;
    if (today)
        out.hourInProgress = QDateTime::fromMSecsSinceEpoch(now, m_zone).time().hour();
    out.towards = m_privacy.visible(periodTotal(subject, &CrowdSource::towards, dayFrom + 1, std::min(dayTo, now)));
    out.away = m_privacy.visible(periodTotal(subject, &CrowdSource::away, dayFrom + 1, std::min(dayTo, now)));

    // Busiest complete hours, from the raw counts (a suppressed hour is never the busiest).
    QList<int> order;
    for (int h = 0; h < 24; ++h) {
        if (std::isfinite(out.counts[size_t(h)]) && h != out.hourInProgress)
            order << h;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return out.counts[size_t(a)] > out.counts[size_t(b)]; });
    out.busiest = order.mid(0, 3);

    if (today && withForecast) {
        const qint64 hour = HourlySeries::hourStart(now, m_zone);
        const SeasonalForecast forecast(hourly(subject, hour - kHistoryDays * 24 * HourlySeries::kHourMs, now), m_zone);
        out.forecast = forecast.forecast(hour, kForecastHours);
        out.accuracy1h = forecast.backtest(hour, 7, 1);
        out.accuracy3h = forecast.backtest(hour, 7, 3);
    }

    // Privacy last: every hour shown, compared or forecast under k is left out.
    for (size_t h = 0; h < 24; ++h) {
        out.suppressed[h] = m_privacy.hides(out.counts[h]);
        out.counts[h] = m_privacy.visible(out.counts[h]);
        out.lastWeek[h] = m_privacy.visible(out.lastWeek[h]);
        out.lastYear[h] = m_privacy.visible(out.lastYear[h]);
    }
    for (SeasonalForecast::Point &p : out.forecast)
        p.value = m_privacy.visible(p.value);
    out.busiest.removeIf([&](int h) { return out.suppressed[size_t(h)]; });
    out.total = m_privacy.visible(FlowDay::sum(out.counts));
    return out;
}
