#include "watering/WhatIf.h"

#include "sdk/EntityStore.h"

#include <algorithm>

namespace {
// A change of the probe's reading from an instant on (a watering that differs).
struct Shift
{
    qint64 from;
    double delta;
};

double shiftAt(const QList<Shift> &shifts, qint64 t)
{
    double sum = 0;
    for (const Shift &s : shifts)
        sum += s.from < t ? s.delta : 0.0;
    return sum;
}

constexpr double kSaturation = 0.46; // a soil cannot hold more: the rest drains
} // namespace

WhatIf::Result WhatIf::run(WateringPlanner &planner, const QList<WateringField> &fields, const WateringSettings &inForce,
                           const WateringSettings &candidate, const QDate &first, const QDate &last)
{
    Result result;
    result.first = first;
    result.last = last;
    const QTimeZone &zone = planner.zone();
    QStringList ids;
    for (const WateringField &f : fields)
        ids << f.id;
    const WateringPlanner::Replay actual = planner.replay(first, last, inForce, ids);
    const qint64 from = DecisionEngine::at(first, 0, zone);
    const qint64 to = DecisionEngine::at(last.addDays(1), 0, zone);

    for (const WateringField &f : fields) {
        const WateringRule now = inForce.ruleFor(f.id);
        const WateringRule other = candidate.ruleFor(f.id);
        Field out{f.id, f.name};
        QList<Shift> shifts;
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            const WateringDecision was = actual.value(f.id).value(day);
            const qint64 decisionTime = DecisionEngine::decisionTime(day, other, zone);
            const WateringReader::Snapshot &snap = planner.snapshot(decisionTime);
            const int i = snap.indexOf(f.id);
            FieldInput input;
            input.id = f.id;
            if (i >= 0)
                input = snap.fields.at(i).input();
            if (std::isfinite(input.moisture))
                input.moisture = std::clamp(input.moisture + shiftAt(shifts, decisionTime), 0.0, kSaturation);
            const WateringDecision would = DecisionEngine::decide(other, input, snap.forecast, decisionTime, zone, snap.time);
            if (was.waters()) {
                out.actualM3 += was.volume;
                ++out.actualWaterings;
                shifts << Shift{was.start, -was.depthMm / now.rootDepthMm};
            }
            if (would.waters()) {
                out.whatIfM3 += would.volume;
                ++out.whatIfWaterings;
                shifts << Shift{would.start, would.depthMm / other.rootDepthMm};
            }
        }
        // Days below the critical threshold, as read and as the other rule would have left the soil.
        if (!f.recordId.isEmpty()) {
            const QList<TemporalSample> readings = planner.store()->series(f.recordId, QStringLiteral("soilMoistureVwc"), from, to - 1);
            QSet<QDate> dryNow, dryOther;
            for (const TemporalSample &s : readings) {
                bool ok = false;
                const double m = s.value.toDouble(&ok);
                if (!ok)
                    continue;
                const QDate day = DecisionEngine::localDay(s.observedAt, zone);
                if (m < other.criticalThreshold)
                    dryNow.insert(day);
                if (std::min(m + shiftAt(shifts, s.observedAt), kSaturation) < other.criticalThreshold)
                    dryOther.insert(day);
            }
            out.actualDryDays = int(dryNow.size());
            out.whatIfDryDays = int(dryOther.size());
        }
        result.fields << out;
    }
    return result;
}
