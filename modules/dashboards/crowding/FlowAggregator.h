#pragma once

#include "crowding/CrowdSource.h"
#include "crowding/PrivacyThreshold.h"

#include "sdk/HourlySeries.h"
#include "sdk/SeasonalForecast.h"

#include <QDate>
#include <QTimeZone>

#include <array>

class EntityStore;

// What a pedestrian-flow view is about: one counter, a district's counters or all of them.
struct FlowSubject
{
    struct Member
    {
        QString id;
        QString type;
    };
    QString key;   // counter id, "district:<name>" or "*"
    QString label;
    QList<Member> members;
};

// One subject's day by local hour, with what it is compared with and what comes next.
struct FlowDay
{
    using Hours = std::array<double, 24>;
    static Hours empty()
    {
        Hours h;
        h.fill(std::nan(""));
        return h;
    }
    QDate day;
    Hours counts = empty();
    Hours lastWeek = empty(); // the same weekday a week before
    Hours lastYear = empty(); // the same weekday 52 weeks before
    std::array<bool, 24> suppressed{}; // counts under the privacy threshold
    int hourInProgress = -1;  // the cursor's hour when the day is today: its count is partial
    double total = 0;
    double towards = std::nan("");
    double away = std::nan("");
    QList<int> busiest;       // up to three hours, busiest first
    QList<SeasonalForecast::Point> forecast; // from the cursor's hour on, when the day is today
    SeasonalForecast::Accuracy accuracy1h;   // on the last 7 days
    SeasonalForecast::Accuracy accuracy3h;

    bool hasLastWeek() const;
    bool hasLastYear() const;
    static double sum(const Hours &hours);
};

// Reads the store for pedestrian-flow views: counts by local hour for a day, the same weekday a
// week and a year before (when the cache holds them), busiest hours, the towards/away split, and
// the forecast with its measured error. The privacy threshold applies to every number it returns.
class FlowAggregator
{
public:
    FlowAggregator(const EntityStore *store, const QList<CrowdSource> &sources, const QTimeZone &zone, PrivacyThreshold privacy);

    static constexpr int kForecastHours = 4;   // the hour in progress and the next three
    static constexpr int kHistoryDays = 35;    // what the forecast learns from

    // now: the time cursor (nothing after it is read).
    FlowDay day(const FlowSubject &subject, const QDate &day, qint64 now, bool withForecast = true) const;
    // The subject's people counted per hour over [from, to] (raw, before privacy).
    QList<HourlySeries::Hour> hourly(const FlowSubject &subject, qint64 from, qint64 to, QString CrowdSource::*attribute = &CrowdSource::count) const;

private:
    double periodTotal(const FlowSubject &subject, QString CrowdSource::*attribute, qint64 from, qint64 to) const;

    const EntityStore *m_store;
    QList<CrowdSource> m_sources;
    QTimeZone m_zone;
    PrivacyThreshold m_privacy;
};
