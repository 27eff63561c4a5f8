#include "watering/WateringPlanner.h"

#include "sdk/EntityStore.h"

WateringPlanner::WateringPlanner(const EntityStore *store, const QTimeZone &zone, const CityPlan *plan)
    : m_store(store)
    , m_zone(zone)
    , m_plan(plan)
{
}

const WateringReader::Snapshot &WateringPlanner::snapshot(qint64 t)
{
    auto it = m_snapshots.find(t);
    if (it == m_snapshots.end()) {
        if (m_snapshots.size() > 400) // a season of days: enough for a replay, bounded for a long session
            m_snapshots.clear();
        it = m_snapshots.insert(t, WateringReader::read(*m_store, t, m_plan));
    }
    return it.value();
}

WateringDecision WateringPlanner::decideFrom(const WateringReader::Snapshot &snap, const QString &fieldId, const WateringRule &rule,
                                             qint64 decisionTime, const QTimeZone &zone)
{
    const int i = snap.indexOf(fieldId);
    FieldInput input;
    if (i >= 0)
        input = snap.fields.at(i).input();
    else
        input.id = fieldId;
    return DecisionEngine::decide(rule, input, snap.forecast, decisionTime, zone, snap.time);
}

QList<WateringPlanner::FieldPlan> WateringPlanner::planAt(qint64 t, const WateringSettings &settings)
{
    const QDate day = DecisionEngine::localDay(t, m_zone);
    QList<FieldPlan> out;
    const QList<WateringField> fields = snapshot(t).fields; // a copy: snapshot() may rehash below
    for (const WateringField &f : fields) {
        const WateringRule rule = settings.ruleFor(f.id);
        const qint64 decisionTime = DecisionEngine::decisionTime(day, rule, m_zone);
        const bool provisional = t < decisionTime;
        out << FieldPlan{f.id, decideFrom(snapshot(provisional ? t : decisionTime), f.id, rule, decisionTime, m_zone), provisional};
    }
    return out;
}

WateringPlanner::Replay WateringPlanner::replay(const QDate &first, const QDate &last, const WateringSettings &settings,
                                                const QStringList &fieldIds)
{
    Replay out;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        for (const QString &id : fieldIds) {
            const WateringRule rule = settings.ruleFor(id);
            const qint64 decisionTime = DecisionEngine::decisionTime(day, rule, m_zone);
            out[id].insert(day, decideFrom(snapshot(decisionTime), id, rule, decisionTime, m_zone));
        }
    }
    return out;
}
