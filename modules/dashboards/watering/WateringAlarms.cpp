#include "watering/WateringAlarms.h"

#include "watering/DecisionEngine.h"

#include "sdk/EntityStore.h"

#include <QDateTime>
#include <QLocale>

namespace {
QString when(qint64 t, const QTimeZone &zone)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(t, zone), QStringLiteral("d MMM HH:mm"));
}
} // namespace

QList<WateringAlarms::Condition> WateringAlarms::check(const EntityStore &store, const WateringReader::Snapshot &snap,
                                                       const WateringSettings &settings, const QTimeZone &zone)
{
    QList<Condition> out;
    const qint64 t = snap.time;
    const QLocale locale;
    QList<TemporalSample> rain;
    if (!snap.stationId.isEmpty())
        rain = store.series(snap.stationId, QStringLiteral("precipitation"), t - kDryMs - 2 * 3600 * 1000LL, t);

    for (const WateringField &f : snap.fields) {
        const WateringRule rule = settings.ruleFor(f.id);
        if (!f.recordId.isEmpty() && (f.moistureAt == IsoTime::invalid || f.moistureAt <= t - kSilentMs)) {
            out << Condition{QStringLiteral("silent|") + f.id, f.id, Alarm::Severity::Warning, tr("Soil sensor silent: %1").arg(f.name),
                             f.moistureAt == IsoTime::invalid ? tr("No soil moisture reading from %1.").arg(f.recordId)
                                                              : tr("No soil moisture reading since %1: the rule cannot decide for this field.")
                                                                    .arg(when(f.moistureAt, zone))};
        }
        if (!f.recordId.isEmpty()) {
            // Below the critical level at every reading of the last day, and read over most of it.
            const QList<TemporalSample> day = store.series(f.recordId, QStringLiteral("soilMoistureVwc"), t - kDryMs, t);
            bool allDry = day.size() >= 2 && day.first().observedAt <= t - kDryMs + 4 * 3600 * 1000LL;
            for (const TemporalSample &s : day)
                allDry = allDry && s.value.toDouble() < rule.criticalThreshold;
            if (allDry)
                out << Condition{QStringLiteral("dry|") + f.id, f.id, Alarm::Severity::Critical, tr("Field too dry for over a day: %1").arg(f.name),
                                 tr("Soil moisture below %1 m³/m³ since %2 (now %3): the turf is at risk.")
                                     .arg(locale.toString(rule.criticalThreshold, 'f', 2), when(day.first().observedAt, zone),
                                          locale.toString(f.moisture, 'f', 3))};
        }
        if (!f.meterId.isEmpty() && !rain.isEmpty()) {
            const QList<TemporalSample> meter = store.series(f.meterId, QStringLiteral("waterConsumption"), t - kDryMs, t);
            for (qsizetype i = 1; i < meter.size(); ++i) {
                const qint64 a = meter.at(i - 1).observedAt, b = meter.at(i).observedAt;
                const double used = meter.at(i).value.toDouble() - meter.at(i - 1).value.toDouble();
                if (used < kWaterM3 || b - a > 2 * 3600 * 1000LL)
                    continue;
                double mm = 0;
                for (const TemporalSample &r : rain) {
                    if (r.observedAt > a - 3600 * 1000LL && r.observedAt <= b)
                        mm = std::max(mm, r.value.toDouble());
                }
                if (mm >= kRainMm)
                    out << Condition{QStringLiteral("rainwater|%1|%2").arg(f.id).arg(b), f.id, Alarm::Severity::Warning,
                                     tr("Watering recorded while it rains: %1").arg(f.name),
                                     tr("%1 m³ metered between %2 and %3 while the station measured %4 mm of rain in an hour.")
                                         .arg(locale.toString(used, 'f', 1), when(a, zone), when(b, zone), locale.toString(mm, 'f', 1))};
            }
        }
    }
    if (!snap.fields.isEmpty() && (snap.forecastIssued == IsoTime::invalid || snap.forecastIssued <= t - DecisionEngine::kForecastFreshMs)) {
        out << Condition{QStringLiteral("forecast"), snap.stationId, Alarm::Severity::Warning, tr("No weather forecast received"),
                         snap.forecastIssued == IsoTime::invalid
                             ? tr("No hourly weather forecast in the cache: the watering rule decides on the soil alone.")
                             : tr("The last hourly forecast was issued %1: the watering rule decides on the soil alone.")
                                   .arg(when(snap.forecastIssued, zone))};
    }
    return out;
}
