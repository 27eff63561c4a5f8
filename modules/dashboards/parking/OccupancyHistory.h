#pragma once

#include "parking/ParkingSite.h"

#include "sdk/HourlySeries.h"

#include <QHash>
#include <QTimeZone>

class EntityStore;

// Occupancy over time from the store: each site's hourly mean, the city's (every site weighted by
// its spaces, so a 600-space car park counts more than a 10-bay kerb), rolled up by day or week,
// and what the council reads from it: the peak hours, the hours at saturation, the mean stay.
// Hours are the city's local hours.
class OccupancyHistory
{
public:
    enum class Resolution { Hour, Day, Week };

    struct Period
    {
        qint64 start = 0; // local hour, day or week (Monday) start, UTC ms
        double mean = std::nan("");
        double peak = std::nan(""); // the busiest hour's mean within the period
        int hours = 0;              // hours with a value
    };

    struct Peaks
    {
        int weekdayHour = -1; // local hour with the highest mean occupancy, Monday–Friday
        double weekdayValue = std::nan("");
        int weekendHour = -1;
        double weekendValue = std::nan("");
        int saturatedHours = 0; // hours whose mean reached the saturation level
        double mean = std::nan("");
        int hours = 0;
    };

    static constexpr double kSaturation = 0.95;
    static const QString kCity; // the subject key of the whole city

    OccupancyHistory(const EntityStore *store, const QTimeZone &zone);

    // The sites the city is made of (their totals and history attributes); clears the cache.
    void setSites(const QList<ParkingSite> &sites);
    const QList<ParkingSite> &sites() const { return m_sites; }

    // Hourly occupancy (0–1) of a site id or kCity over [from, to).
    QList<HourlySeries::Hour> hours(const QString &subject, qint64 from, qint64 to) const;
    // Hours rolled up by hour (unchanged), local day or local week.
    static QList<Period> rollUp(const QList<HourlySeries::Hour> &hours, Resolution resolution, const QTimeZone &zone);
    static Peaks peaks(const QList<HourlySeries::Hour> &hours, const QTimeZone &zone, double saturation = kSaturation);
    // Mean stay in hours by Little's law (cars parked ÷ cars entering per hour) over [from, to),
    // for sites that count their entrances; NaN where the data does not allow it.
    double meanStayHours(const QString &subject, qint64 from, qint64 to) const;

    const QTimeZone &zone() const { return m_zone; }

private:
    QList<HourlySeries::Hour> siteHours(const ParkingSite &site, qint64 from, qint64 to) const;

    const EntityStore *m_store;
    QTimeZone m_zone;
    QList<ParkingSite> m_sites;
    // The last span of hours read per site id: the city, the KPIs and the peak table read the
    // same hours.
    struct Span
    {
        qint64 from = 0;
        qint64 to = 0;
        QList<HourlySeries::Hour> hours;
    };
    mutable QHash<QString, Span> m_cache;
};
