#pragma once

#include "watering/DecisionEngine.h"
#include "watering/WateringReader.h"
#include "watering/WateringSettings.h"

#include <QDate>
#include <QHash>
#include <QMap>

class CityPlan;
class EntityStore;

// Today's plan at the time cursor, and the decisions of past days, always recomputed from what
// the cache held at each day's decision time — never from later data — so that reviewing a day
// shows the plan and the reasons that held then. Snapshots of the store are kept for reuse.
class WateringPlanner
{
public:
    WateringPlanner(const EntityStore *store, const QTimeZone &zone, const CityPlan *plan = nullptr);

    struct FieldPlan
    {
        QString fieldId;
        WateringDecision decision;
        bool provisional = false; // before the decision time: from what is known now
    };
    // Per field of the snapshot at t, in its order.
    QList<FieldPlan> planAt(qint64 t, const WateringSettings &settings);

    // Field id → its decision of each day in [first, last] (one per day, oldest first).
    using Replay = QHash<QString, QMap<QDate, WateringDecision>>;
    Replay replay(const QDate &first, const QDate &last, const WateringSettings &settings, const QStringList &fieldIds);

    // The store as it was at t (cached).
    const WateringReader::Snapshot &snapshot(qint64 t);
    void clear() { m_snapshots.clear(); }
    const QTimeZone &zone() const { return m_zone; }
    const EntityStore *store() const { return m_store; }

    static WateringDecision decideFrom(const WateringReader::Snapshot &snap, const QString &fieldId, const WateringRule &rule,
                                       qint64 decisionTime, const QTimeZone &zone);

private:
    const EntityStore *m_store;
    QTimeZone m_zone;
    const CityPlan *m_plan;
    QHash<qint64, WateringReader::Snapshot> m_snapshots;
};
