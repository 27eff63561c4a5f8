#include "parking/ParkingKpis.h"

#include "core/IsoTime.h"

#include <QCoreApplication>

QList<Kpi> ParkingKpis::compute(const OccupancyHistory &history, const QList<ParkingSite> &sites, qint64 t, const QString &source)
{
    const qint64 to = HourlySeries::hourStart(t, history.zone());
    const qint64 from = to - kPeriodMs;
    auto make = [&](const char *id, const char *name, double value, const QString &unit, bool higherIsBetter) {
        Kpi k;
        k.id = QString::fromLatin1(id);
        k.source = source;
        k.name = QCoreApplication::translate("ParkingKpis", name);
        k.value = value;
        k.unit = unit;
        k.higherIsBetter = higherIsBetter;
        k.periodStart = IsoTime::toDateTime(from);
        k.periodEnd = IsoTime::toDateTime(to);
        return k;
    };

    const OccupancyHistory::Peaks city = OccupancyHistory::peaks(history.hours(OccupancyHistory::kCity, from, to), history.zone());
    int saturated = 0, sensors = 0, silent = 0;
    for (const ParkingSite &s : sites) {
        ++sensors;
        silent += s.stale ? 1 : 0;
        if (s.kind != ParkingSite::Kind::Group)
            saturated += OccupancyHistory::peaks(history.hours(s.id, from, to), history.zone()).saturatedHours;
    }
    QList<Kpi> out;
    out << make("parking.averageOccupancy", QT_TRANSLATE_NOOP("ParkingKpis", "Parking: mean occupancy (7 days)"), city.mean * 100,
                QStringLiteral("%"), true);
    out << make("parking.saturationHours", QT_TRANSLATE_NOOP("ParkingKpis", "Parking: site-hours at saturation (≥ 95 %, 7 days)"),
                sites.isEmpty() ? std::nan("") : double(saturated), QStringLiteral("h"), false);
    Kpi stale = make("parking.staleSensors", QT_TRANSLATE_NOOP("ParkingKpis", "Parking: sensors without recent data"),
                     sensors ? 100.0 * silent / sensors : std::nan(""), QStringLiteral("%"), false);
    stale.periodStart = stale.periodEnd = IsoTime::toDateTime(t); // a state, not a period
    stale.target = 5;
    out << stale;
    return out;
}
