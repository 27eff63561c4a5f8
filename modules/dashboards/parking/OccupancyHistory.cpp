#include "parking/OccupancyHistory.h"

#include "parking/ParkingNames.h"
#include "parking/ParkingReader.h"

#include "sdk/EntityStore.h"

#include <QDateTime>
#include <QMap>

const QString OccupancyHistory::kCity = QStringLiteral("*");

OccupancyHistory::OccupancyHistory(const EntityStore *store, const QTimeZone &zone)
    : m_store(store)
    , m_zone(zone)
{
}

void OccupancyHistory::setSites(const QList<ParkingSite> &sites)
{
    m_sites = sites;
    m_cache.clear();
}

QList<HourlySeries::Hour> OccupancyHistory::siteHours(const ParkingSite &site, qint64 from, qint64 to) const
{
    // Whole hours inside a span already read are taken from it: the chart's five weeks serve the
    // week of the peak table, the mean stay and the KPIs without reading the store again.
    const bool wholeHours = HourlySeries::hourStart(from, m_zone) == from && HourlySeries::hourStart(to, m_zone) == to;
    if (const auto it = m_cache.constFind(site.id); it != m_cache.cend() && wholeHours && it->from <= from && to <= it->to) {
        QList<HourlySeries::Hour> out;
        for (const HourlySeries::Hour &h : it->hours) {
            if (h.start >= from && h.start < to)
                out << h;
        }
        return out;
    }
    // A level, not a count: each sample stands for the instant it was observed at.
    const QList<HourlySeries::Hour> hours =
        HourlySeries::fold(ParkingReader::occupancySeries(*m_store, site, from, to - 1), HourlySeries::Fold::Mean, m_zone, false);
    m_cache.insert(site.id, Span{from, to, hours});
    return hours;
}

QList<HourlySeries::Hour> OccupancyHistory::hours(const QString &subject, qint64 from, qint64 to) const
{
    if (subject != kCity) {
        for (const ParkingSite &s : m_sites) {
            if (s.id == subject)
                return siteHours(s, from, to);
        }
        return {};
    }
    // Weighted by spaces; groups are part of their site and would count twice.
    QMap<qint64, std::pair<double, double>> sum; // hour → (occupied spaces, spaces)
    for (const ParkingSite &s : m_sites) {
        if (s.kind == ParkingSite::Kind::Group || !std::isfinite(s.counts.total) || s.counts.total <= 0)
            continue;
        for (const HourlySeries::Hour &h : siteHours(s, from, to)) {
            auto &[occupied, spaces] = sum[h.start];
            occupied += h.value * s.counts.total;
            spaces += s.counts.total;
        }
    }
    QList<HourlySeries::Hour> out;
    for (auto it = sum.cbegin(); it != sum.cend(); ++it)
        out << HourlySeries::Hour{it.key(), it.value().first / it.value().second, 1};
    return out;
}

QList<OccupancyHistory::Period> OccupancyHistory::rollUp(const QList<HourlySeries::Hour> &hours, Resolution resolution, const QTimeZone &zone)
{
    QList<Period> out;
    for (const HourlySeries::Hour &h : hours) {
        qint64 start = h.start;
        if (resolution != Resolution::Hour) {
            QDate day = QDateTime::fromMSecsSinceEpoch(h.start, zone).date();
            if (resolution == Resolution::Week)
                day = day.addDays(1 - day.dayOfWeek());
            start = HourlySeries::dayStart(day, zone);
        }
        if (out.isEmpty() || out.last().start != start)
            out << Period{start, 0, h.value, 0};
        Period &p = out.last();
        p.mean += h.value;
        p.peak = std::max(p.peak, h.value);
        ++p.hours;
    }
    for (Period &p : out)
        p.mean /= p.hours;
    return out;
}

OccupancyHistory::Peaks OccupancyHistory::peaks(const QList<HourlySeries::Hour> &hours, const QTimeZone &zone, double saturation)
{
    Peaks out;
    std::array<double, 48> sum{};
    std::array<int, 48> n{};
    double total = 0;
    for (const HourlySeries::Hour &h : hours) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(h.start, zone);
        const size_t slot = size_t(local.time().hour() + (local.date().dayOfWeek() >= 6 ? 24 : 0));
        sum[slot] += h.value;
        ++n[slot];
        total += h.value;
        out.saturatedHours += h.value >= saturation ? 1 : 0;
    }
    out.hours = int(hours.size());
    out.mean = hours.isEmpty() ? std::nan("") : total / double(hours.size());
    for (int slot = 0; slot < 48; ++slot) {
        if (n[size_t(slot)] == 0)
            continue;
        const double mean = sum[size_t(slot)] / n[size_t(slot)];
        double &best = slot < 24 ? out.weekdayValue : out.weekendValue;
        int &bestHour = slot < 24 ? out.weekdayHour : out.weekendHour;
        if (!std::isfinite(best) || mean > best) {
            best = mean;
            bestHour = slot % 24;
        }
    }
    return out;
}

double OccupancyHistory::meanStayHours(const QString &subject, qint64 from, qint64 to) const
{
    double parked = 0, entering = 0; // car-hours parked, cars entered
    for (const ParkingSite &s : m_sites) {
        if ((subject != kCity && s.id != subject) || s.kind == ParkingSite::Kind::Group || !std::isfinite(s.counts.total))
            continue;
        // Counts over a period are stamped at its end: the hours [from, to) hold (from, to].
        const QList<TemporalSample> entries = m_store->series(s.id, ParkingNames::entrances(), from + 1, to);
        if (entries.isEmpty())
            continue;
        // Both over the hours that have both, so a gap in one does not skew the ratio.
        QHash<qint64, double> entered;
        for (const TemporalSample &e : entries)
            entered[HourlySeries::hourStart(e.observedAt - 1, m_zone)] += e.value.toDouble();
        for (const HourlySeries::Hour &h : siteHours(s, from, to)) {
            if (!entered.contains(h.start))
                continue;
            parked += h.value * s.counts.total;
            entering += entered.value(h.start);
        }
    }
    return entering > 0 ? parked / entering : std::nan("");
}
